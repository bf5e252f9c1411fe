import { describe, expect, it } from 'vitest'
import { findCues, isQuestion, type CueClass } from '../../src/analysis/cues.js'
import { findKinds, kindsCompatible, type DealKind } from '../../src/analysis/deal-kinds.js'
import { foldSameLength } from '../../src/analysis/folded.js'
import { normaliseText } from '../../src/analysis/text.js'

function classes(text: string): CueClass[] {
  return findCues(foldSameLength(normaliseText(text))).map((c) => c.cls)
}

// [sentence, a class that must be found] — general phrasing, EN and FR.
const PRESENT: [string, CueClass][] = [
  ['The company is reportedly weighing a sale', 'hedge'],
  ['according to people familiar with the matter', 'hedge'],
  ['Zephyr would buy the unit', 'hedge'],
  ['Le groupe serait en discussions', 'hedge'],
  ['Le groupe aurait proposé 3 milliards', 'hedge'],
  ['selon des sources proches du dossier', 'hedge'],
  ["d'après la presse spécialisée", 'hedge'],
  ['A spokesperson declined to comment', 'noComment'],
  ['The firm did not immediately respond to a request', 'noComment'],
  ["Le groupe n'a pas souhaité commenter", 'noComment'],
  ["L'entreprise s'est refusée à tout commentaire", 'noComment'],
  ['The company denied the report', 'denial'],
  ['Zephyr said it is not in talks with anyone', 'denial'],
  ['The report is untrue, the company said', 'denial'],
  ['Le groupe dément toute discussion', 'denial'],
  ["Le groupe n'est pas en discussion avec Halden", 'denial'],
  ['Ces informations sont infondées', 'denial'],
  ['Halden rejected a report that Zephyr had backed out', 'denial'],
  ['Halden a contesté les informations selon lesquelles Zephyr se retirait', 'denial'],
  ['Zephyr says it has no active plans to use Halden chips', 'denial'],
  ['Halden dément tout désengagement de Zephyr', 'collapse'],
  ['Zephyr has begun renting Halden chips', 'agree'],
  ['Zephyr a commencé à louer des puces de Halden', 'agree'],
  ['Le projet Stargate patine', 'pause'],
  ['Talks falter over price', 'pause'],
  ['Zephyr throws in the towel on Halden', 'collapse'],
  ['Zephyr pulls back from Halden deal', 'collapse'],
  ['The Zephyr-Halden deal unravels', 'collapse'],
  ["Fin de l'aventure pour Zephyr et Halden", 'collapse'],
  ['Les pourparlers ont tourné court', 'collapse'],
  ["Zephyr lâche l'affaire", 'collapse'],
  ['Halden ferme la porte à Zephyr', 'rejection'],
  ["Halden a décliné l'offre de Zephyr", 'rejection'],
  ['Halden takeover set to fail as Berlin runs out of time', 'collapse'],
  ['Washington kills the deal', 'collapse'],
  ['EU waves through Zephyr deal', 'approve'],
  ['Pékin donne son aval au rachat', 'approve'],
  ['Zephyr plays down report of Halden bid', 'denial'],
  ["Zephyr s'inscrit en faux contre ces informations", 'denial'],
  ['Zephyr is sounding out Halden about a merger', 'talks'],
  ['Zephyr fait les yeux doux à Halden', 'talks'],
  ['Zephyr absorbe Halden', 'agree'],
  ['Halden passe sous pavillon Zephyr', 'agree'],
  ['Zephyr and Halden tie the knot', 'agree'],
  ['Regulators torpedo the Zephyr-Halden merger', 'collapse'],
  ['Bruxelles torpille la fusion', 'collapse'],
  ['Zephyr ditches Halden deal', 'collapse'],
  ['Zephyr and Halden part ways', 'collapse'],
  ['Zephyr a laissé expirer son offre', 'collapse'],
  ['Halden snubs Zephyr bid', 'rejection'],
  ['Le gouvernement retoque le projet', 'rejection'],
  ['Halden expanded its agreement with Zephyr by up to $6.5 billion', 'newEpisode'],
  ['Halden a étendu son contrat avec Zephyr', 'newEpisode'],
  ['Stargate stumbles as partners clash', 'pause'],
  ['Zephyr announced that it will buy Halden', 'agree'],
  ['The two companies called off the merger', 'collapse'],
  ['Talks broke down last week', 'collapse'],
  ['Zephyr walked away from the deal', 'collapse'],
  ['The buyer terminated the agreement', 'collapse'],
  ['Zephyr abandons its bid', 'collapse'],
  ["Le groupe renonce à l'opération", 'collapse'],
  ['Le projet de fusion capote', 'collapse'],
  ["Le rachat tombe à l'eau", 'collapse'],
  ['Les deux groupes mettent fin à leur accord', 'collapse'],
  ['Halden said it had struck a partnership with Zephyr', 'agree'],
  ['Halden strikes AI content licensing deal with Zephyr', 'agree'],
  ['Halden nears $500 million round at $14 billion valuation', 'talks'],
  ['Zephyr is nearing a $3 billion takeover of Brio', 'talks'],
  ['Zephyr takes 8% stake in Halden', 'agree'],
  ['Zephyr prendra 5,4 % du capital de Halden', 'agree'],
  ['Halden has secured more than $1 billion in committed capital', 'agree'],
  ['Visa met 5,3 milliards de dollars sur la table pour Plaid', 'agree'],
  ['SoftBank rachèterait Graphcore pour environ 500 millions de dollars', 'talks'],
  ['ASML prendrait la tête du tour de table', 'talks'],
  ["Le groupe entrerait au capital d'Halden", 'talks'],
  ['Le groupe contrôle désormais plus de 90 % du capital', 'complete'],
  ['Zephyr va débourser 6,5 milliards de dollars pour racheter Halden', 'agree'],
  ["Zephyr s'est engagé à louer des serveurs à Halden", 'agree'],
  ['Halden fixe la fourchette de son introduction en Bourse', 'agree'],
  ['Zephyr a soumis une proposition de rachat à Halden', 'talks'],
  ["Halden a accepté sur le principe l'offre de Zephyr", 'agree'],
  ["Halden's board has accepted Zephyr's improved takeover offer", 'agree'],
  ['Zephyr has submitted a non-binding offer for Halden', 'talks'],
  ['Zephyr a remis une offre non engageante pour Halden', 'talks'],
  ['Zephyr and Halden resume merger talks', 'reaffirm'],
  ['Zephyr relance son offre sur Halden', 'reaffirm'],
  // A sum offered is a bid made, not an agreement.
  ['A consortium led by Halden has offered $97.4 billion to buy Zephyr', 'talks'],
  ['Halden offers €40 a share for Zephyr', 'talks'],
  ['Rival offers about $5bn for the unit', 'talks'],
  ['The board rejected the offer', 'rejection'],
  ['Halden rebuffs takeover approach', 'rejection'],
  ["Le conseil rejette l'offre", 'rejection'],
  ['Shareholders voted against the deal', 'rejection'],
  ['The deal is on hold', 'pause'],
  ['Zephyr suspends the acquisition', 'pause'],
  ['The listing was postponed', 'delay'],
  ["L'opération est suspendue", 'pause'],
  ["L'introduction en Bourse est repoussée", 'delay'],
  ['The IPO priced below the range', 'shortfall'],
  ['The offering was downsized', 'shortfall'],
  ["L'offre a été revue à la baisse", 'shortfall'],
  ['The regulator blocked the merger', 'block'],
  ["L'autorité bloque le rachat", 'block'],
  ['Brussels prohibits the takeover', 'block'],
  ['The agency opened an in-depth investigation', 'legal'],
  ['The FTC sued to stop the deal', 'legal'],
  ['La Commission ouvre une enquête approfondie', 'legal'],
  ['Regulators approved the deal', 'approve'],
  ['The watchdog cleared the acquisition', 'approve'],
  ['Bruxelles donne son feu vert', 'approve'],
  ['Le rachat est autorisé', 'approve'],
  ['Zephyr completed the acquisition', 'complete'],
  ['The deal closed on Friday', 'complete'],
  ["Le groupe a finalisé l'opération", 'complete'],
  ['Le rachat est bouclé', 'complete'],
  ['Zephyr agreed to buy Halden', 'agree'],
  ['The two signed a definitive agreement', 'agree'],
  ['Zephyr to acquire Halden', 'agree'],
  ['Zephyr va racheter Halden', 'agree'],
  ['Le groupe a signé un accord', 'agree'],
  ['Zephyr officialise le rachat', 'agree'],
  ['Halden confirmed the talks', 'announce'],
  ['The parties reaffirmed their commitment', 'reaffirm'],
  ['Zephyr will proceed with the deal', 'reaffirm'],
  ['They extended the deadline', 'reaffirm'],
  ['Zephyr is in talks to buy Halden', 'talks'],
  ['Zephyr is exploring a bid', 'talks'],
  ['Halden received a takeover approach', 'talks'],
  ['Le groupe envisage un rachat', 'talks'],
  ['Les négociations avancent', 'talks'],
  ['Zephyr plans to list its shares', 'intent'],
  ['Zephyr is preparing to sell the unit', 'intent'],
  ["Le groupe s'apprête à lever des fonds", 'intent'],
  ['Zephyr tried to buy Halden last year', 'attempt'],
  ['Le groupe a tenté de racheter Halden', 'attempt'],
  ['Analysis: what the deal means', 'opinion'],
  ['Opinion: the merger is a mistake', 'opinion'],
  ['Décryptage : pourquoi le rachat inquiète', 'opinion'],
  ['Halden shares soared 30%', 'market'],
  ["L'action Halden bondit de 20 %", 'market'],
  ['Halden shares closed at a record high after the deal', 'market'],
  ["Halden's shareholders voted in favour of the sale to Zephyr", 'approve'],
  ['Halden says the Zephyr deal is a licence, not a sale', 'denial'],
  ['Les actionnaires de Halden ont voté en faveur de la cession', 'approve'],
  ['Zephyr had agreed to buy Halden last year', 'past'],
  ['Zephyr could reach a deal with Halden this week', 'hedge'],
  ["Le groupe avait proposé l'an dernier", 'past'],
  ['Zephyr is raising another round', 'newEpisode'],
  ['Halden lance une nouvelle levée', 'newEpisode'],
  ["Zephyr a accepté d'investir 2 milliards dans Halden", 'agree'],
  ['Zephyr agrees €18 billion takeover of Halden', 'agree'],
  ['Zephyr-Halden asset-management deal dies amid resistance', 'collapse'],
  ['Zephyr bows out of the race for Halden', 'collapse'],
  ['Zephyr breaks off talks with Halden', 'collapse'],
  ['Zephyr drops Halden deal after deadline passes', 'collapse'],
  ['Zephyr ends its Halden acquisition', 'collapse'],
  ['Zephyr rompt les négociations avec Halden', 'collapse'],
  ["Le rapprochement entre Zephyr et Halden n'aura pas lieu", 'collapse'],
  ['Zephyr se désiste dans le dossier Halden', 'collapse'],
  ['Zephyr exclut toute offre sur Halden', 'denial'],
  ["Zephyr n'envisage pas de racheter Halden", 'denial'],
  ['Zephyr will need to sweeten its Halden bid, analysts say', 'opinion'],
  ['Zephyr devra relever son offre, estiment les analystes', 'opinion'],
  ['Zephyr sells data centre campus to Halden for $650 million', 'agree'],
  ['Zephyr a vendu son campus à Halden', 'agree'],
  ['Zephyr ends its Halden takeover battle', 'collapse'],
  ['Zephyr dropped its long fight to control Halden', 'collapse'],
  ['Zephyr walks away from Halden takeover for a second time', 'newEpisode'],
  ['Zephyr fait une nouvelle tentative sur Halden', 'newEpisode'],
  ['Les deux groupes ont accepté de fusionner', 'agree'],
  ['Zephyr et Halden ont déposé, via leur holding, une offre sur Brio', 'talks'],
  ['Zephyr a déposé une nouvelle offre sur Halden', 'talks'],
]

// [sentence, a class that must NOT be found] — near-misses.
const ABSENT: [string, CueClass][] = [
  ["Zephyr a annoncé lundi qu'il ne ferait pas d'offre sur Halden", 'agree'],
  ['Zephyr announced it would not make an offer for Halden', 'agree'],

  ['The two agreed to withdraw all claims against each other', 'agree'],
  ['They agreed to extend the deadline', 'agree'],
  // A share price closing is no deal closing.
  ['Halden shares closed at a record high after the deal', 'complete'],
  ['Le titre a clôturé en hausse de 5 %', 'complete'],
  ['The deal was announced in May', 'hedge'],
  // An IPO's terms: shares offered at a price are no bid.
  ['Zephyr offered 20 million shares at $25 each', 'talks'],
  ['Halden struck out on its own', 'agree'],
  ['Zephyr says the reactor restart is ahead of schedule', 'reaffirm'],
  ['Halden va relancer la production de son usine', 'reaffirm'],
  ['Les cartes sont sur la table', 'agree'],
  ['Le groupe entre au capital', 'talks'],
  ['Halden secured approval from regulators', 'agree'],
  ['Zephyr takes time to decide on its stake', 'agree'],
  ['Le groupe prend acte de la décision', 'agree'],
  ['Reporters asked about the blockchain unit', 'block'],
  ['The company signed up new customers at the start of the year', 'complete'],
  ['A cash-and-stock deal', 'market'],
  ['The share sale raised $1 billion', 'market'],
  ['Le début des années 2030', 'complete'],
  ['Zephyr reported higher sales', 'pause'],
  ['A considerable sum', 'talks'],
  // A modal bounding a figure is no hedge of the report; a modal on the deal is.
  ['Zephyr signs a $17bn deal that could rise to about $19bn', 'hedge'],
  ["un contrat qui pourrait lui rapporter jusqu'à 14 milliards de dollars", 'hedge'],
  ['A deal that could be worth more than $30 billion', 'hedge'],
  // A public tender offer filed is an announced step, not an offer under discussion.
  ["Zephyr a déposé son offre publique d'achat sur Halden", 'talks'],
  // The pluperfect of reported speech is no earlier event.
  ['Zephyr said on Monday it had agreed to buy Halden', 'past'],
  ['Zephyr has not agreed terms with Halden', 'agree'],
]

describe('findCues', () => {
  it.each(PRESENT)('"%s" has %s', (text, cls) => {
    expect(classes(text)).toContain(cls)
  })
  it.each(ABSENT)('"%s" has no %s', (text, cls) => {
    expect(classes(text)).not.toContain(cls)
  })
  it('gives offsets into the folded text', () => {
    const folded = foldSameLength('Le groupe dément la rumeur')
    const hit = findCues(folded).find((c) => c.cls === 'denial')
    expect(folded.slice(hit!.start, hit!.end)).toBe('dement')
  })
  it('never throws on odd text', () => {
    for (const t of ['', ' ', '\u0000\u0001', '💥💥', "''''", '-'.repeat(1000)])
      expect(() => findCues(t)).not.toThrow()
  })
})

describe('isQuestion', () => {
  it.each<[string, boolean]>([
    ['Will Zephyr buy Halden?', true],
    ['Zephyr et Halden : un mariage de raison ?', true],
    ['Pourquoi Zephyr veut Halden', true],
    ['Zephyr buys Halden', false],
    ['Is this the end for Halden', true],
  ])('%s → %s', (title, expected) => {
    expect(isQuestion(title)).toBe(expected)
  })
})

describe('findKinds', () => {
  it.each<[string, DealKind]>([
    ['Zephyr to acquire Halden', 'acquisition'],
    ['le rachat de Halden', 'acquisition'],
    ['A consortium is bidding €38.40 a share for Halden', 'acquisition'],
    ['Zephyr was outbid for Halden', 'acquisition'],
    ['Zephyr invests $2bn in Halden', 'investment'],
    ['Zephyr raised its position in Halden to 21%', 'investment'],
    ['Zephyr porte sa position dans Halden à 21 %', 'investment'],
    ['Halden lève 500 millions', 'investment'],
    ['un tour de table de série B', 'investment'],
    ['Halden files for an IPO', 'ipo'],
    ["l'introduction en Bourse de Halden", 'ipo'],
    ['a $10 billion cloud computing contract', 'supply'],
    ['Zephyr is renting servers from Halden', 'supply'],
    ['Zephyr absorbe Halden', 'acquisition'],
    ["Halden tombe dans l'escarcelle de Zephyr", 'acquisition'],
    ['Zephyr louerait des puces de Halden', 'supply'],
    ["un contrat d'hébergement", 'supply'],
    ['Zephyr sells 400 stores', 'divestiture'],
    ['Zephyr cède sa filiale', 'divestiture'],
    ['la vente de son réseau fixe à Halden', 'divestiture'],
    ["la mise en vente d'Halden", 'divestiture'],
    ['a multi-year partnership', 'partnership'],
    ['un partenariat stratégique', 'partnership'],
    ['the deal', 'deal'],
    ["l'accord", 'deal'],
  ])('"%s" → %s', (text, kind) => {
    expect(findKinds(foldSameLength(normaliseText(text))).map((k) => k.kind)).toContain(kind)
  })
  it.each([
    'Bharti and MTN are in exclusive talks on a deal',
    'Hexapod est en négociations exclusives avec Globex',
    'Hexapod négocie en exclusivité avec Globex',
    'the exclusive negotiations ended',
  ])('reads no partnership in the exclusivity of a negotiation: %s', (text) => {
    expect(findKinds(foldSameLength(normaliseText(text))).map((k) => k.kind)).not.toContain(
      'partnership',
    )
  })
  it('still reads an exclusive licence as a partnership', () => {
    expect(
      findKinds(foldSameLength('an exclusive licence to the patents')).map((k) => k.kind),
    ).toContain('partnership')
  })
  it('reads no sale in revenue ("les ventes") or in a kind word inside a name', () => {
    expect(
      findKinds(foldSameLength('les ventes ont progressé de 5 %')).map((k) => k.kind),
    ).not.toContain('divestiture')
  })
  it.each<[DealKind, DealKind, boolean]>([
    ['acquisition', 'divestiture', true],
    ['divestiture', 'acquisition', false],
    ['investment', 'partnership', true],
    ['acquisition', 'supply', false],
    ['ipo', 'investment', false],
    ['supply', 'supply', true],
  ])('claim %s accepts story %s: %s', (claim, story, expected) => {
    expect(kindsCompatible(claim, story)).toBe(expected)
  })
})
