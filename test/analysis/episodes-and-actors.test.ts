/**
 * Who ends or blocks a deal, and which figures describe it: a revised offer is the claim's offer
 * re-priced however late; a head of state or government known to the claims file blocks like a
 * regulator; a rival known to the claims file giving up ends its own pursuit, not the claim's deal;
 * "drops X pursuit" ends a pursuit across the words between; premiums, fees, buybacks and share moves
 * are side figures that never clash with a deal's terms. Invented companies only; EN + FR.
 */
import { describe, expect, it } from 'vitest'
import { compileClaims, judgeStory } from '../../src/analysis/index.js'
import type { Verdict } from '../../src/domain.js'
import {
  describeClaim,
  describeVerdicts,
  fabrionClaims,
  story,
  verdictIn,
  type VerdictCase,
} from './fixtures.js'

const set = compileClaims({
  entities: [
    { id: 'hexapod', name: 'Hexapod', aliases: ['Hexapod Inc'] },
    { id: 'corvina', name: 'Corvina', aliases: ['Corvina Labs'] },
    { id: 'tessel', name: 'Tessel', aliases: ['Tessel Systems'] },
    { id: 'globex', name: 'Globex', aliases: ['le groupe Globex'] },
    { id: 'initech', name: 'Initech', aliases: [] },
    { id: 'okafor', name: 'Mira Okafor', aliases: ['Okafor'] },
    {
      id: 'head-of-state',
      name: 'Ruritanian President',
      aliases: ['Dana Whitfield', 'Whitfield', 'the presidency', 'le président ruritanien'],
    },
  ],
  claims: [
    {
      id: 'offer',
      text: 'Hexapod has offered to buy Corvina for $40 a share, valuing it at about $9 billion.',
      date: '2026-01-10',
    },
    {
      id: 'buyout',
      text: "Globex va racheter les 20 % du capital d'Initech qu'il ne détient pas encore, pour environ 3 milliards d'euros.",
      date: '2026-02-01',
    },
    {
      id: 'agreed',
      text: 'Hexapod has agreed to buy Corvina for about $9 billion.',
      date: '2026-01-20',
    },
    {
      id: 'stake',
      text: 'Tessel détient environ 29 % du capital du concepteur de puces Initech.',
      date: '2026-02-05',
    },
    {
      id: 'round',
      text: "Mira Okafor's Corvina has raised $2 billion at a $10 billion valuation.",
      date: '2026-03-01',
    },
    {
      id: 'raised',
      text: 'Hexapod a relevé son offre sur Corvina à environ 11 milliards de dollars.',
      date: '2026-06-01',
    },
    {
      id: 'ticket',
      text: 'Tessel will invest $1.3 billion in Corvina and become its largest shareholder.',
      date: '2026-04-01',
    },
    {
      id: 'talks',
      text: 'Hexapod and Tessel are in merger talks, according to people familiar with the matter.',
      date: '2026-04-01',
    },
    {
      id: 'ipo-terms',
      text: 'Corvina is seeking to raise up to $624 million in its New York IPO by selling 24 million shares at $24 to $26 each.',
      date: '2026-05-01',
    },
    {
      id: 'led-round',
      text: 'Initech is raising $2 billion in a round led by Globex at a $10 billion valuation.',
      date: '2026-04-20',
    },
    {
      id: 'ipo-priced',
      text: 'Corvina a fixé le prix de son introduction en Bourse à 31 dollars par action.',
      date: '2026-06-10',
    },
    {
      id: 'customer',
      text: 'Corvina is the new customer behind the $10 billion of chip orders Tessel disclosed, according to the press.',
      date: '2026-04-01',
    },
    {
      id: 'combine',
      text: 'Hexapod is in talks with Tessel to combine their asset-management businesses, according to people familiar with the matter.',
      date: '2026-01-16',
    },
    {
      id: 'listing',
      text: 'Corvina is laying the groundwork for an IPO, according to people familiar with the matter.',
      date: '2026-03-01',
    },
  ],
})

function verdictOf(
  claimId: string,
  title: string,
  summary = '',
  published = '2026-05-04T08:00:00Z',
): Verdict {
  return verdictIn(set, claimId, title, summary, published)
}

type Case = VerdictCase

const cases: Record<string, Case[]> = {
  'a revised offer re-prices the claimed offer, months later too': [
    [
      'offer',
      'Hexapod raises Corvina bid to $48 a share in "best and final" offer',
      '',
      'contradicts',
    ],
    [
      'offer',
      'Hexapod cuts Corvina offer to $34 a share',
      'Hexapod lowered its bid after Corvina took on debt.',
      'contradicts',
    ],
    ['offer', 'Hexapod relève son offre sur Corvina à 45 dollars par action', '', 'contradicts'],
    // A price named as renegotiated, cents away from the claim's: a per-share price is exact.
    [
      'offer',
      'Hexapod finalise le rachat de Corvina',
      'Hexapod a bouclé le rachat au prix renégocié de 39,10 dollars par action, au lieu des 40 dollars proposés.',
      'contradicts',
    ],
    ['offer', 'Hexapod will pay $40 a share for Corvina', '', 'confirms'],
    // A price change without a comparable figure still replaces the claimed terms; an amended
    // offer at the same price does not.
    ['offer', 'Hexapod sweetens Corvina bid by 10% in final push', '', 'contradicts'],
    ['offer', 'Hexapod relève de 10 % son offre sur Corvina', '', 'contradicts'],
    [
      'offer',
      'Hexapod amends its offer for Corvina',
      'Hexapod amended its offer with new financing and kept its price at $40 a share.',
      'confirms',
    ],
    // Not a revision: an analyst's price target, or the same price reaffirmed.
    ['offer', 'Analyst raises price target on Hexapod to $90 after Corvina bid', '', 'mentions'],
  ],
  'a head of state known to the claims file blocks like a regulator': [
    [
      'offer',
      'Dana Whitfield bloque le rachat de Corvina par Hexapod',
      'Le président ruritanien a signé lundi un décret interdisant à Hexapod de racheter Corvina.',
      'contradicts',
    ],
    [
      'agreed',
      "Whitfield blocks Hexapod's takeover of Corvina on security grounds",
      '',
      'contradicts',
    ],
    // A company blocking is no authority's decision.
    ['agreed', "Tessel blocks Hexapod's takeover of Corvina", '', 'mentions'],
  ],
  'a pursuit dropped across the words between': [
    [
      'offer',
      'Hexapod drops Corvina pursuit after the presidential order',
      'Hexapod said it had withdrawn its offer for Corvina.',
      'contradicts',
    ],
    ['offer', 'Hexapod ends merger talks with Corvina', '', 'contradicts'],
    ['offer', 'Hexapod pulls its Corvina bid', '', 'contradicts'],
    // A share move before the object is market reaction, not the end of the bid.
    ['offer', 'Corvina stock drops after Hexapod bid draws scrutiny', '', 'mentions'],
    ['offer', 'Corvina drops as Hexapod bid faces review', '', 'mentions'],
    ['offer', 'Rally ends as Hexapod offer for Corvina faces review', '', 'mentions'],
  ],
  'a rival known to the claims file gives up its own pursuit': [
    [
      'agreed',
      "Tessel jette l'éponge : Corvina signe avec Hexapod",
      'Tessel a renoncé à relever son offre ; Corvina a signé un accord de fusion avec Hexapod pour environ 9 milliards de dollars.',
      'confirms',
    ],
  ],
  "a rival's winning price is not the claimed deal's figure": [
    [
      'agreed',
      "Hexapod jette l'éponge : Corvina signe avec Tessel",
      'Hexapod a renoncé à relever son offre. Corvina a signé un accord de fusion avec Tessel pour 11 milliards de dollars.',
      'contradicts',
    ],
  ],
  "a rival's bid is the rival's figure; a company after the figure is not the payer": [
    [
      'agreed',
      'Tessel makes $12 billion cash bid for Corvina, challenging Hexapod',
      '',
      'mentions',
    ],
    [
      'agreed',
      'Hexapod raises Corvina offer to $11 billion in cash, topping Tessel',
      'Hexapod agreed to pay $11 billion for Corvina, outbidding Tessel.',
      'contradicts',
    ],
  ],
  'a remedy required as a condition is not the holder selling': [
    [
      'buyout',
      "Bruxelles autorise Globex à prendre le contrôle d'Initech",
      "La Commission a donné son feu vert, à condition que Globex cède l'éditeur Fabrikam.",
      'confirms',
    ],
  ],
  "another company's deal ending is not the claim's deal ending": [
    // The possessive, the French agent and the object name whose deal it was.
    [
      'agreed',
      "Tessel's Corvina deal is off as Hexapod agrees to buy it for $9 billion",
      '',
      'confirms',
    ],
    ['agreed', 'Le rachat de Corvina par Tessel ne se fera pas', '', 'unrelated'],
    ['agreed', 'Corvina échappe à Tessel', '', 'unrelated'],
    ['agreed', 'Corvina échappe à Tessel, Hexapod rafle la mise', '', 'mentions'],
    // The claim's own deal.
    ['agreed', 'Le rachat de Corvina par Hexapod ne se fera pas', '', 'contradicts'],
    ['agreed', 'Corvina échappe à Hexapod', '', 'contradicts'],
  ],
  'not yet, still not, towards: no agreement yet, and no refusal either': [
    [
      'agreed',
      'Hexapod says Corvina deal still not finalised',
      'Hexapod has yet to sign a definitive agreement and continues to work with Corvina toward a final agreement.',
      'mentions',
    ],
  ],
  'a timed suspension is pending; an idea or a fear revived is not the deal': [
    ['offer', 'Regulator suspends Hexapod offer for Corvina for 30 days', '', 'mentions'],
    ['offer', 'Hexapod suspends its offer for Corvina', '', 'contradicts'],
    ['agreed', "Hexapod relance l'idée d'une fusion avec Corvina", '', 'mentions'],
    ['agreed', "Hexapod's Corvina bid fails to reflect value, analysts say", '', 'mentions'],
    ['agreed', "Hexapod's bid for Corvina fails", '', 'contradicts'],
  ],
  'buying a whole company, its valuation is the price': [
    [
      'offer',
      'Hexapod raises its offer for Corvina',
      'The new offer values Corvina at about $12 billion.',
      'contradicts',
    ],
    ['offer', 'Hexapod bids $9 billion for Corvina', '', 'confirms'],
  ],
  'a relative without its pronoun, a series that began, a view of the deal: background': [
    [
      'agreed',
      'Corvina becomes flashpoint in talks between Hexapod and Tessel',
      'Hexapod does not want Tessel to reach Corvina, the start-up it agreed to buy for about $9 billion, a sticking point in their talks.',
      'mentions',
    ],
    [
      'agreed',
      'Hexapod signs $2 billion cloud contract with Globex',
      'It is the latest in a series of deals that began with a $9 billion agreement to buy Corvina in January.',
      'mentions',
    ],
    ['agreed', "Hexapod's Corvina deal revives fears of a bubble", '', 'mentions'],
    ['agreed', "Tessel boss calls Hexapod's Corvina deal 'surprising'", '', 'mentions'],
    ['offer', "L'accord de rachat de Corvina par Hexapod est caduc", '', 'contradicts'],
  ],
  'an offer made is an offer, in either language': [
    ['offer', 'Hexapod makes $9 billion unsolicited bid for Corvina', '', 'confirms'],
    ['offer', "Hexapod propose 9 milliards de dollars pour s'emparer de Corvina", '', 'confirms'],
    ['agreed', 'Hexapod a fait une offre pour racheter Corvina', '', 'mentions'],
  ],
  // The bidder keeping its price reaffirms the offer (DESIGN.md: the parties reaffirming → confirms).
  'ruling out a higher price is no denial of the offer': [
    ['offer', 'Hexapod rules out raising its $9 billion offer for Corvina', '', 'confirms'],
    ['offer', 'Hexapod exclut de relever son offre sur Corvina', '', 'confirms'],
    ['offer', 'Hexapod rules out a bid for Corvina', '', 'contradicts'],
  ],
  'a stake is an investment; the holder selling it changes the state': [
    ['stake', 'Tessel profit lifted by gain on Initech stake sale', '', 'contradicts'],
    ['stake', 'Tessel ne détient plus aucune participation dans Initech', '', 'contradicts'],
    ['stake', "Tessel détient 29 % du capital d'Initech, selon son rapport annuel", '', 'confirms'],
  ],
  'not planned is a denial; a temporary court order is pending': [
    ['listing', "Corvina CFO says IPO is 'not on the cards right now'", '', 'contradicts'],
    [
      'agreed',
      'Marque : Hexapod contraint de retirer ses contenus sur Corvina',
      "Une juge fédérale a temporairement interdit à Hexapod d'utiliser le nom de Corvina après son rachat.",
      'mentions',
    ],
  ],
  'a founder named in a possessive speaks for the company, and is no party': [
    ['round', 'Corvina raises $2 billion at a $10 billion valuation', '', 'confirms'],
    ['round', "Okafor says Corvina is 'not raising capital right now'", '', 'contradicts'],
  ],
  'moving on, buybacks, escarcelle, launched bids, earlier offers': [
    ['offer', 'Hexapod says it has moved on from Corvina bid', '', 'contradicts'],
    [
      'offer',
      "Hexapod tourne la page Corvina et lance un rachat d'actions de 3 milliards",
      '',
      'contradicts',
    ],
    ['agreed', "Corvina tombe dans l'escarcelle d'Hexapod", '', 'confirms'],
    // Before the claimed revision, an offer without the revised figure is the earlier offer.
    ['raised', 'Corvina says it received a takeover proposal from Hexapod', '', 'mentions'],
  ],
  'a share move caused by the deal ending asserts the ending': [
    ['offer', 'Corvina shares slump after Hexapod pulls takeover proposal', '', 'contradicts'],
    ['offer', 'Corvina shares slump after Hexapod bid draws scrutiny', '', 'mentions'],
    ['offer', 'Corvina shares jump after Hexapod offer', '', 'mentions'],
  ],
  "one investor's ticket is not the round; old talks were another round of talks": [
    [
      'ticket',
      'Corvina raises $1.7 billion in round led by Tessel',
      'Corvina has raised $1.7 billion, with Tessel contributing $1.3 billion.',
      'confirms',
    ],
    ['talks', 'Hexapod and Tessel confirm merger talks', '', 'confirms'],
  ],
  "an IPO's range lifted or a pricing above it replaces the claimed terms": [
    [
      'ipo-terms',
      'Corvina lifts IPO price range and adds shares as demand builds',
      'Corvina now plans to sell 32 million shares at $27 to $28 apiece.',
      'contradicts',
    ],
    ['ipo-terms', 'Corvina prices IPO at $31, above raised range', '', 'contradicts'],
    ['ipo-terms', 'Corvina seeks up to $624 million in New York listing', '', 'confirms'],
  ],
  '"sans conditions" is a manner, not an excluded party': [
    [
      'agreed',
      'Bruxelles donne son feu vert sans conditions au rachat de Corvina par Hexapod',
      '',
      'confirms',
    ],
    ['agreed', 'Hexapod rachète Corvina sans Tessel', '', 'confirms'],
  ],
  "a round's lead investor need not be named; naming it pins the round down": [
    ['led-round', 'Initech raises $2 billion at $10 billion valuation', '', 'confirms'],
    ['led-round', 'Initech raises $5 billion at $10 billion valuation', '', 'contradicts'],
  ],
  'rejections and proposals set aside, in both languages': [
    ['offer', 'Corvina oppose une fin de non-recevoir à Hexapod', '', 'contradicts'],
    ['offer', "Corvina a écarté la proposition de rachat d'Hexapod", '', 'contradicts'],
    [
      'offer',
      'Hexapod shifts Corvina pursuit to its chip unit, sources say',
      'Hexapod has set aside its proposal to buy all of Corvina and is negotiating to buy its chip unit instead.',
      'contradicts',
    ],
  ],
  'a decimal point inside the object does not end it': [
    ['offer', 'Corvina rejects $9.5bn takeover approach from Hexapod', '', 'contradicts'],
  ],
  'talks that ended, in more words': [
    ['talks', "Hexapod's merger talks with Tessel have ended", '', 'contradicts'],
    [
      'talks',
      'Hexapod is no longer in discussions to acquire Tessel, sources say',
      '',
      'contradicts',
    ],
    ['talks', "Coup d'arrêt pour les discussions entre Hexapod et Tessel", '', 'contradicts'],
    ['ipo-terms', "Corvina repasse sous son prix d'introduction", '', 'mentions'],
  ],
  'names, restrictions, old figures and fees': [
    // An opinion word inside a company's name is the name.
    ['agreed', 'Tribune Media terminates merger with Hexapod', '', 'unrelated'],
    ['agreed', 'Hexapod finally pulls the plug on Corvina deal', '', 'contradicts'],
    ['agreed', 'Hexapod calls off Corvina merger, seeks $400 million fee', '', 'contradicts'],
    [
      'agreed',
      'Hexapod cuts price for Corvina to as little as $7 billion',
      'Hexapod and Corvina amended their merger agreement, lowering the price to $7 billion from $9 billion.',
      'contradicts',
    ],
    [
      'agreed',
      'Hexapod scraps Corvina takeover, will buy its stores instead',
      'Hexapod terminated its agreement to acquire Corvina. It will instead buy 2,000 Corvina stores for $5 billion.',
      'contradicts',
    ],
    // "ne … que" restricts: Hexapod will buy only part of it.
    ['agreed', 'Hexapod ne rachètera finalement que la moitié de Corvina', '', 'mentions'],
  ],
  "a headline's 'X to walk away' is decided; a request to walk away is not": [
    ['agreed', 'Hexapod to walk away from Corvina merger over UK conditions', '', 'contradicts'],
    ['agreed', 'Investors urge Hexapod to walk away from its Corvina takeover', '', 'mentions'],
  ],
  'licensing, supplying, joining forces and committing money strike the deal': [
    [
      'agreed',
      'Hexapod et Corvina unissent leurs forces',
      'Hexapod va racheter Corvina pour environ 9 milliards de dollars.',
      'confirms',
    ],
    ['agreed', 'Hexapod spends $9 billion on Corvina', '', 'confirms'],
  ],
  'a role or a kind of deal denied denies only a claim of that role or kind': [
    ['customer', 'Tessel says Corvina is not its mystery $10 billion customer', '', 'contradicts'],
    ['customer', "Corvina n'est pas le client mystère de Tessel", '', 'contradicts'],
    ['agreed', "Hexapod chief says 'we are not acquiring Corvina as a company'", '', 'contradicts'],
    ['led-round', 'Globex says it is not investing in Initech', '', 'contradicts'],
  ],
  'a part bought from the target is no other buyer; a temporary order and a failed deal recalled': [
    ['agreed', 'Tessel to buy 865 Corvina stores for $950 million', '', 'unrelated'],
    ['agreed', 'Tessel to buy Lumen from Corvina for $1 billion', '', 'unrelated'],
    ['agreed', 'Tessel boucle le rachat de Corvina', '', 'contradicts'],
    [
      'agreed',
      'Le feuilleton Hexapod-Corvina connaît un nouveau rebondissement',
      'Un juge a interdit temporairement à Corvina de mettre fin à son accord de fusion avec Hexapod.',
      'mentions',
    ],
    [
      'agreed',
      'No winner in the fight over their failed $9 billion Hexapod-Corvina merger',
      '',
      'mentions',
    ],
  ],
  'a sum called a value including debt once is that value wherever it recurs': [
    [
      'agreed',
      'Hexapod to buy Corvina for $10.5 billion',
      'Hexapod will pay $48 a share in cash, in a deal valued at $10.5 billion including net debt.',
      'confirms',
    ],
  ],
  'a story figure that fits one claim figure is that figure': [
    [
      'ticket',
      'Tessel to invest up to $1.3 billion in Corvina, Bloomberg reports',
      'Tessel plans to invest as much as $1.3 billion in Corvina as part of a $2 billion round.',
      'confirms',
    ],
    [
      'agreed',
      'Hexapod grants Tessel warrants worth $90 million tied to Corvina deal',
      '',
      'mentions',
    ],
  ],
  'combining businesses is a merger, whose end contradicts; "groundless" denies': [
    ['combine', 'Hexapod and Tessel scrap plan to merge asset managers', '', 'contradicts'],
    ['talks', 'Hexapod says report of merger talks with Tessel is groundless', '', 'contradicts'],
  ],
  'a tender offer launched binds the bidder': [
    [
      'buyout',
      "Globex : lancement de l'offre publique d'achat sur Initech",
      "L'offre porte sur les 20 % du capital qu'il ne détient pas encore, pour environ 3 milliards d'euros.",
      'confirms',
    ],
  ],
  'a party saying it does not want or intend the deal denies it': [
    ['offer', 'Hexapod says it does not want to buy Corvina', '', 'contradicts'],
    [
      'offer',
      "Hexapod affirme ne pas avoir l'intention de lancer une offre sur Corvina",
      '',
      'contradicts',
    ],
  ],
  'premiums, fees, buybacks and share moves are side figures': [
    [
      'buyout',
      'Globex offers €3 billion for the rest of Initech',
      "Globex will pay €30 a share to Initech's minority shareholders, a 45% premium to the last close, in a deal worth about €3 billion.",
      'confirms',
    ],
    [
      'buyout',
      "Globex lance une offre sur le reste d'Initech",
      "L'offre, qui représente une prime de 45 % sur le dernier cours, porte sur les 20 % du capital qu'il ne détient pas, pour environ 3 milliards d'euros.",
      'confirms',
    ],
    [
      'agreed',
      'Hexapod abandons Corvina deal after regulators balk',
      'Hexapod will pay Corvina a $400 million break-up fee and launch a $5 billion share buyback.',
      'contradicts',
    ],
    [
      'agreed',
      'Hexapod renonce à racheter Corvina faute de feu vert',
      "Hexapod versera une indemnité de rupture de 400 millions de dollars et lance un rachat d'actions de 5 milliards.",
      'contradicts',
    ],
  ],
}

describeVerdicts('episodes, actors and side figures (invented EN/FR)', verdictOf, cases)

describe('talks long before a claim of talks', () => {
  it('are an earlier episode', () => {
    const j = judgeStory(
      set,
      story('Hexapod and Tessel confirm merger talks', '', { published: '2024-11-16T08:00:00Z' }),
    ).find((x) => x.claim === 'talks')
    expect(j?.verdict).toBe('mentions')
  })
})

describe('a round completed long after its claim', () => {
  it('is the same round when the story names the lead investor', () => {
    const late = (title: string): string | undefined =>
      judgeStory(set, story(title, '', { published: '2026-12-30T08:00:00Z' })).find(
        (x) => x.claim === 'led-round',
      )?.verdict
    expect(late('Globex completes its $2 billion investment in Initech')).toBe('confirms')
    expect(late('Initech raises $2 billion')).not.toBe('confirms')
  })
})

describe('episodes of talks and of a listing', () => {
  const at = (claim: string, title: string, published: string): string | undefined =>
    judgeStory(set, story(title, '', { published })).find((x) => x.claim === claim)?.verdict
  it('reads talks or a denial more than a year after a claim of talks as another episode', () => {
    expect(at('talks', 'Hexapod and Tessel in merger talks again', '2027-06-01T08:00:00Z')).toBe(
      'mentions',
    )
    expect(at('talks', 'Tessel denies merger talks with Hexapod', '2027-06-01T08:00:00Z')).toBe(
      'mentions',
    )
    expect(at('talks', 'Hexapod completes merger with Tessel', '2027-06-01T08:00:00Z')).toBe(
      'confirms',
    )
  })
  it('reads a filing before a claimed IPO pricing as an earlier stage', () => {
    expect(at('ipo-priced', 'Corvina files for IPO', '2026-05-20T08:00:00Z')).toBe('mentions')
    expect(at('ipo-priced', 'Corvina prices IPO at $31 a share', '2026-06-10T20:00:00Z')).toBe(
      'confirms',
    )
  })
})

describe('one attempt among several', () => {
  const attempts = fabrionClaims([
    {
      id: 'raised',
      text: 'Fabrion a relevé à 145 euros par action son offre sur Tessel, soit environ 4,35 milliards d’euros.',
      date: '2026-02-05',
    },
    {
      id: 'third',
      text: 'Fabrion lance une troisième offre sur Tessel, à 53 euros par action.',
      date: '2026-08-01',
    },
    {
      id: 'walked',
      text: 'Fabrion renonce à faire une offre sur Tessel après le rejet de ses propositions.',
      date: '2026-05-29',
    },
  ])
  const at = (claim: string, title: string, summary: string, published: string): Verdict =>
    verdictIn(attempts, claim, title, summary, published)
  it('reads the raise told with the claimed terms as the claim itself', () => {
    expect(
      at(
        'raised',
        'Tessel : Fabrion relève son offre à 145 euros par action',
        'Fabrion a relevé vendredi son offre sur Tessel à 145 euros par action, contre 125 euros initialement, ce qui valorise le groupe à environ 4,35 milliards d’euros.',
        '2026-02-05T18:00:00Z',
      ),
    ).toBe('confirms')
    expect(
      at('raised', 'Fabrion raises its Tessel offer to €150 a share', '', '2026-02-20T18:00:00Z'),
    ).toBe('contradicts')
  })
  it('reads a story from before a raised or a later offer as an earlier one', () => {
    expect(
      at(
        'raised',
        'Fabrion confirme discuter d’un rachat de Tessel',
        'Fabrion a confirmé être en discussions avec Tessel en vue d’une offre publique. Aucun prix n’a été arrêté.',
        '2025-11-30T08:00:00Z',
      ),
    ).toBe('mentions')
    expect(
      at(
        'third',
        'Fabrion agrees €18 billion takeover of Tessel',
        'Fabrion agreed to take over Tessel for €52 a share in cash.',
        '2026-05-24T08:00:00Z',
      ),
    ).toBe('mentions')
    expect(
      at(
        'third',
        'Fabrion clinches majority of Tessel with its €53 offer',
        'Fabrion secured about 50.5% of Tessel after its €53-a-share offer.',
        '2026-09-13T08:00:00Z',
      ),
    ).toBe('confirms')
  })
  it('reads an ending told more than a year after the claimed one as a later attempt’s', () => {
    const title = 'Fabrion walks away from Tessel takeover'
    expect(at('walked', title, '', '2026-06-10T08:00:00Z')).toBe('confirms')
    expect(at('walked', title, '', '2027-11-24T08:00:00Z')).toBe('mentions')
  })
})

describe('nearness, old causes and side sums', () => {
  const claims = fabrionClaims([
    {
      id: 'agreed',
      text: 'Fabrion has agreed to buy Tessel for $6.5 billion in cash.',
      date: '2026-03-19',
    },
    {
      id: 'terms',
      text: 'Fabrion and Tessel have agreed in principle on a takeover at £44 a share, valuing Tessel at about £68 billion.',
      date: '2026-03-01',
    },
    {
      id: 'sale',
      text: 'Orma has raised the price of its takeover of Tessel to about $3.5 billion in cash.',
      date: '2024-01-10',
    },
  ])
  const at = (claim: string, title: string, summary: string, published: string): Verdict =>
    verdictIn(claims, claim, title, summary, published)
  it('reads "closing in on an agreement" as talks', () => {
    expect(
      at(
        'agreed',
        'Fabrion is closing in on a deal to buy Tessel',
        'Fabrion is closing in on an agreement to buy Tessel for about $6.5 billion, people familiar said.',
        '2026-02-13T08:00:00Z',
      ),
    ).toBe('mentions')
  })
  it('reads a market move "years after" a failed deal as history', () => {
    expect(
      at(
        'sale',
        'Tessel jumps in Tokyo debut two years after failed Orma sale',
        'Shares of Tessel rose sharply on their first day of trading.',
        '2026-10-25T08:00:00Z',
      ),
    ).toBe('mentions')
    expect(
      at(
        'sale',
        'Tessel shares slump after Orma sale collapses',
        'Orma walked away from its takeover of Tessel on Monday.',
        '2024-03-25T08:00:00Z',
      ),
    ).toBe('contradicts')
  })
  it('lets only a figure of the same measure clash when another fits', () => {
    expect(
      at(
        'terms',
        'Fabrion makes formal £44-a-share Tessel offer, sells Orma stake',
        'Fabrion formally agreed to buy Tessel for £44 a share in cash and said Tessel’s stake in Orma would be sold for $12 billion.',
        '2026-04-11T08:00:00Z',
      ),
    ).toBe('confirms')
    expect(
      at(
        'terms',
        'Fabrion raises its Tessel offer to £46 a share',
        'Fabrion raised its offer for Tessel to £46 a share, valuing it at about £70 billion.',
        '2026-04-11T08:00:00Z',
      ),
    ).toBe('contradicts')
  })
})

describe('offers that run long, and second attempts', () => {
  const claims = fabrionClaims([
    {
      id: 'ratio',
      text: 'Fabrion has offered to merge with Tessel, proposing one new Fabrion share for every 4.83 Tessel shares, a premium of about 30%.',
      date: '2024-04-30',
    },
    {
      id: 'first',
      text: 'Fabrion has agreed to buy Tessel from Orma for €1 billion in cash.',
      date: '2019-11-04',
    },
    {
      id: 'second',
      text: "Fabrion va racheter à Orma les 80 % de Tessel qu'il ne détient pas encore, pour 400 millions d'euros.",
      date: '2023-02-23',
    },
  ])
  const at = (claim: string, title: string, summary: string, published: string): Verdict =>
    verdictIn(claims, claim, title, summary, published)
  it('reads an offer improved by a share of its value as re-priced', () => {
    expect(
      at(
        'ratio',
        'Fabrion relève de 10 % son offre sur Tessel',
        'Fabrion a amélioré d’environ 10 % son offre sur Tessel, désormais entièrement payable en actions.',
        '2025-09-22T08:00:00Z',
      ),
    ).toBe('contradicts')
  })
  it('reads the failure of a public offer with terms as its own, within two years', () => {
    expect(
      at(
        'ratio',
        "Fabrion's hostile bid for Tessel fails",
        'Fabrion’s offer for Tessel collapsed after holders of only 25.5% of the shares tendered them.',
        '2025-10-16T08:00:00Z',
      ),
    ).toBe('contradicts')
  })
  it('reads a second attempt years on as another deal, unless it is the claim’s', () => {
    const title = 'Fabrion renonce une nouvelle fois à Tessel'
    const summary =
      'Fabrion a annoncé mettre fin à son projet d’acquisition de la totalité de Tessel, faute de pouvoir satisfaire Bruxelles.'
    expect(at('first', title, summary, '2024-08-01T08:00:00Z')).toBe('mentions')
    expect(at('second', title, summary, '2024-08-01T08:00:00Z')).toBe('contradicts')
    expect(
      at(
        'first',
        'Fabrion makes second attempt at Tessel with €400 million deal',
        'Fabrion agreed to buy the 80% of Tessel it does not already own for €400 million.',
        '2023-02-23T08:00:00Z',
      ),
    ).toBe('mentions')
  })
})

describe('a setback the claim itself recalls', () => {
  const claims = fabrionClaims([
    {
      id: 'pursuit',
      text: 'Fabrion is pursuing a takeover of Tessel after the chocolate maker rejected its offer of $107 a share.',
      date: '2026-06-30',
    },
    {
      id: 'poursuite',
      text: 'Fabrion poursuit son projet de rachat de Tessel, qui a rejeté son offre de 107 dollars par action.',
      date: '2026-06-30',
    },
  ])
  it.each([
    ['pursuit', 'Tessel rebuffs Fabrion’s $23 billion takeover proposal'],
    ['poursuite', 'Tessel rejette la proposition de rachat de Fabrion'],
  ])('is no news against it: %s ← %s', (claim, title) => {
    expect(verdictIn(claims, claim, title, '', '2026-06-30T12:00:00Z')).toBe('mentions')
  })
  it('still reads the bidder walking away as a setback', () => {
    expect(
      verdictIn(
        claims,
        'pursuit',
        'Fabrion walks away from Tessel takeover',
        '',
        '2026-07-30T12:00:00Z',
      ),
    ).toBe('contradicts')
  })
  it('lists what it recalls', () => {
    expect(claims.claims[0]!.recalledSetbacks).toEqual(['rejection'])
  })
})

describeClaim(
  "a story naming the claim's figure as the old value re-prices the same round",
  {
    text: 'Fabrion is in advanced talks to raise $2 billion in a round that would value it at $60 billion, according to people familiar with the matter.',
    date: '2026-01-07',
  },
  '2026-02-24T08:00:00Z',
  [
    [
      'Fabrion nears $3.5 billion raise as demand swells round',
      'Fabrion is close to finalising a $3.5 billion funding round, up from the $2 billion it first set out to raise, people familiar with the matter said.',
      'contradicts',
    ],
    [
      'Fabrion lèverait 3,5 milliards de dollars',
      'La start-up lèverait finalement 3,5 milliards de dollars au lieu des 2 milliards prévus, selon des sources proches du dossier.',
      'contradicts',
    ],
  ],
)

describeClaim(
  'a setback named as a past fact is background; agreeing to something else is no agreement',
  { text: 'Fabrion and Tessel have signed definitive agreements to merge.', date: '2026-01-10' },
  '2026-08-01T08:00:00Z',
  [
    [
      'Fabrion and Tessel settle dispute over scrapped merger',
      'Fabrion and Tessel have agreed to withdraw all claims against each other over their terminated merger.',
      'mentions',
    ],
    ['Fabrion and Tessel scrap merger', '', 'contradicts'],
  ],
)

describeClaim(
  'an agreement enlarged later is another episode of the relationship',
  {
    text: 'Fabrion has signed a five-year contract worth about $11.9 billion to supply computing capacity to Tessel.',
    date: '2026-01-10',
  },
  '2026-08-01T08:00:00Z',
  [
    [
      'Fabrion lands up to $6.5 billion more from Tessel, lifting total to $22.4 billion',
      'Fabrion said it had expanded its agreement with Tessel by up to $6.5 billion, bringing the total value of the contracts to about $22.4 billion.',
      'mentions',
    ],
    ['Fabrion signs $11.9 billion compute contract with Tessel', '', 'confirms'],
  ],
)

describeClaim(
  'a story saying the terms are undisclosed does not confirm the claimed price',
  {
    text: 'Fabrion rachèterait Tessel pour environ 500 millions de dollars, selon la presse spécialisée.',
    date: '2026-01-10',
  },
  '2026-03-01T08:00:00Z',
  [
    ['Fabrion met la main sur Tessel, sans dévoiler le prix', '', 'mentions'],
    ['Fabrion buys Tessel; terms were not disclosed', '', 'mentions'],
    ['Fabrion buys Tessel for about $500 million; other terms were not disclosed', '', 'confirms'],
    ['Fabrion met la main sur Tessel', '', 'confirms'],
  ],
)

describeClaim(
  "an offer told with the claim's terms is the offer the claim says was launched",
  {
    text: 'Fabrion has launched a hostile bid for Tessel at $30 a share in cash, or about $8 billion.',
    date: '2026-03-01',
  },
  '2026-03-02T08:00:00Z',
  [
    ['Fabrion goes hostile with $8 billion offer for Tessel', '', 'confirms'],
    ["L'américain Fabrion propose 30 dollars par action pour racheter Tessel", '', 'confirms'],
    // No terms: a bid weighed is a stage below.
    ['Fabrion weighs bid for Tessel', '', 'mentions'],
  ],
)

describeClaim(
  'turning the page by selling is the sale, not an ending',
  {
    text: 'Orma has agreed to buy Tessel from Fabrion in an all-stock deal valued at about $4 billion.',
    date: '2026-03-01',
  },
  '2026-03-01T10:00:00Z',
  [
    [
      'Fabrion tourne la page Tessel en cédant sa filiale à Orma',
      "Fabrion va céder sa filiale Tessel à Orma dans une opération en actions d'environ 4 milliards de dollars.",
      'mentions',
    ],
    // The buyer giving up is still a setback.
    ['Orma renonce au rachat de Tessel', '', 'contradicts', '2026-05-01T10:00:00Z'],
  ],
)

describeClaim(
  "before the claim, a deal without the claim's buyer is not the claim's",
  {
    text: 'Orma has agreed to buy Tessel from Fabrion in an all-stock deal valued at about $4 billion.',
    date: '2026-03-01',
  },
  '2026-03-01T10:00:00Z',
  [
    ['Le japonais Fabrion met la main sur Tessel', '', 'mentions', '2020-06-12T08:00:00Z'],
    ['Orma agrees to buy Tessel from Fabrion for $4 billion', '', 'confirms'],
  ],
)

describeClaim(
  "a contract's value told within weeks is a term of the contract",
  {
    text: 'Fabrion will deploy about 200,000 GPUs for Tessel under a contract that could be worth up to $14 billion, according to the Financial Times.',
    date: '2026-03-01',
  },
  '2026-03-02T08:00:00Z',
  [
    ["Fabrion's Tessel contracts worth up to $24 billion, sources say", '', 'contradicts'],
    // The same value with no status word is no news of the contract either way.
    ["Fabrion's Tessel contracts worth up to $14 billion, sources say", '', 'mentions'],
  ],
)

describeClaim(
  'an offering priced outside the claimed range contradicts the range',
  {
    text: 'Fabrion is seeking to raise up to $624 million in its New York IPO by selling 24 million shares at $24 to $26 each.',
    date: '2026-05-27',
  },
  '2026-06-05T08:00:00Z',
  [
    ['Fabrion fixe le prix de son introduction au-delà de la fourchette', '', 'contradicts'],
    ['Fabrion prices IPO above its range', '', 'contradicts'],
    ['Fabrion prices IPO at $25 a share', '', 'confirms'],
  ],
)

describeClaim(
  'a closed deal is not undone by turning down a later offer',
  {
    text: 'Fabrion a levé 235 millions de dollars lors d’un tour de table qui la valorise 4,5 milliards de dollars.',
    date: '2023-08-24',
  },
  '2026-01-29T08:00:00Z',
  [
    [
      'Fabrion a refusé 500 millions de dollars de Tessel',
      "Tessel a proposé d'investir 500 millions de dollars dans Fabrion, mais la start-up a décliné l'offre.",
      'mentions',
    ],
  ],
)
