/**
 * Both sides of one deal: a sale ("X to sell Y to Z") is also told as the buyer's purchase ("Z buys
 * Y from X"), but only a story naming the buyer tells it; the takeover a remedy sale was made for
 * is another deal. Invented companies only; EN + FR.
 */
import { describe, expect, it } from 'vitest'
import { compileClaims } from '../../src/analysis/index.js'
import type { Verdict } from '../../src/domain.js'
import { describeVerdicts, verdictIn, type VerdictCase } from './fixtures.js'

const set = compileClaims({
  entities: [
    { id: 'hexapod', name: 'Hexapod', aliases: ['Hexapod Group'] },
    { id: 'corvina', name: 'Corvina', aliases: ['Corvina Labs'] },
    { id: 'tessel', name: 'Tessel', aliases: ['Tessel Systems'] },
    { id: 'globex', name: 'Globex', aliases: ['le groupe Globex'] },
  ],
  claims: [
    {
      id: 'sale-talks',
      text: 'Hexapod is in exclusive talks to sell Corvina to Tessel.',
      date: '2026-01-10',
    },
    {
      id: 'bid',
      text: 'Tessel has proposed taking Corvina private in a buyout worth about $20 billion.',
      date: '2026-01-10',
    },
    {
      id: 'ev',
      text: 'Hexapod va racheter Globex pour 25,75 dollars par action, soit environ 8 milliards de dollars, ou 13 milliards dette comprise.',
      date: '2026-01-06',
    },
    {
      id: 'ipo-terms',
      text: 'Corvina plans to sell 32 million shares at $24 to $26 each in its Nasdaq IPO, raising up to $832 million.',
      date: '2026-04-01',
    },
    {
      id: 'definitive',
      text: 'Hexapod and Corvina have signed a definitive agreement to combine their steel operations in a 50-50 joint venture.',
      date: '2026-01-10',
    },
    {
      id: 'merger-talks',
      text: 'Hexapod and Corvina are in exclusive talks to merge.',
      date: '2026-01-10',
    },
    {
      id: 'combine',
      text: 'Hexapod is in talks with Globex to combine their asset-management businesses, according to people familiar with the matter.',
      date: '2026-01-16',
    },
    {
      id: 'jv',
      text: "Hexapod et Globex ont signé un protocole d'accord pour réunir leurs activités de gestion d'actifs dans une coentreprise à parts égales.",
      date: '2026-01-21',
    },
    {
      id: 'cad',
      text: 'Hexapod a conclu une entente définitive pour acquérir Tessel à 13 $ par action en espèces, soit environ 520 millions de dollars.',
      date: '2026-01-12',
    },
    {
      id: 'range',
      text: "Globex va racheter Tessel pour un prix compris entre 5,8 et 6,2 milliards d'euros.",
      date: '2026-02-17',
    },
    {
      id: 'walked-away',
      text: "Corvina has walked away from Tessel's $23 billion takeover offer.",
      date: '2026-01-10',
    },
    {
      id: 'blocked',
      text: 'Globex a bloqué le rachat de Corvina par Hexapod.',
      date: '2026-01-10',
    },
    {
      id: 'led',
      text: 'Corvina has raised $2 billion at an $8 billion valuation in a funding round led by Tessel.',
      date: '2026-04-01',
    },
    {
      id: 'holding',
      text: 'Tessel now holds about 21% of Globex.',
      date: '2026-02-01',
    },
    {
      id: 'self-sale',
      text: 'Globex is seeking to sell itself for between $750 million and $1 billion, according to people familiar with the matter.',
      date: '2026-01-10',
    },
    {
      id: 'invest-talks',
      text: 'Tessel is in talks to invest in Corvina as part of a funding round that would value it at more than $10 billion.',
      date: '2026-01-10',
    },
    {
      id: 'invested',
      text: 'Tessel is investing $15 million in Corvina as part of a multi-year partnership.',
      date: '2026-01-10',
    },
    {
      id: 'round-talks',
      text: 'Corvina is in talks to raise $1.5 billion at a valuation of $39.5 billion, according to people familiar with the matter.',
      date: '2026-04-28',
    },
    {
      id: 'partnership',
      text: 'Globex a conclu un partenariat avec Corvina, qui aura accès à ses données en temps réel.',
      date: '2026-05-01',
    },
    {
      id: 'val-talks',
      text: "Globex serait en discussions pour lever entre 500 millions et 1 milliard de dollars sur la base d'une valorisation de 18 milliards de dollars.",
      date: '2026-03-09',
    },
    {
      id: 'backstop',
      text: 'Tessel va recevoir des bons de souscription correspondant à environ 5,4 % de Corvina en échange de sa garantie de 1,4 milliard de dollars sur les loyers de Globex.',
      date: '2026-04-25',
    },
    {
      id: 'warrants',
      text: 'Tessel will receive warrants for a stake of about 8% in Globex in return for backing its leases.',
      date: '2026-04-20',
    },
    {
      id: 'no-longer',
      text: 'Tessel is no longer pursuing a takeover of Corvina.',
      date: '2026-03-01',
    },
    {
      id: 'remedy',
      text: "Hexapod va céder l'activité cloud de Corvina à Globex pour obtenir le feu vert à son rachat de Corvina.",
      date: '2026-02-01',
    },
  ],
})

const verdictOf = (claim: string, title: string, summary = ''): Verdict =>
  verdictIn(set, claim, title, summary, '2026-05-04T08:00:00Z')

const cases: Record<string, VerdictCase[]> = {
  "the buyer's purchase tells the sale": [
    ['sale-talks', 'Tessel agrees to buy Corvina from Hexapod for €4 billion', '', 'confirms'],
    ['sale-talks', 'Tessel finalise le rachat de Corvina auprès de Hexapod', '', 'confirms'],
    ['sale-talks', 'Tessel walks away from talks to buy Corvina from Hexapod', '', 'contradicts'],
    [
      'sale-talks',
      'Hexapod agrees Corvina sale',
      'Hexapod said on Monday it had agreed to sell Corvina to Tessel for €4 billion.',
      'confirms',
    ],
  ],
  'a sale process that names no buyer is about the sale, not the sale to that buyer': [
    ['sale-talks', 'Hexapod opens talks on a sale of Corvina', '', 'mentions'],
    ['sale-talks', 'Hexapod explore la vente de Corvina', '', 'mentions'],
  ],
  'a purchase by another buyer, or the takeover a remedy served, is not the sale itself': [
    ['remedy', 'Hexapod completes its takeover of Corvina', '', 'mentions'],
    ['remedy', 'Globex rachète l’activité cloud de Corvina à Hexapod', '', 'confirms'],
  ],
  'a bidder holding back its own offer puts it on hold; a closing running late is pending': [
    ['bid', 'Tessel delays formal Corvina offer after CEO exit', '', 'contradicts'],
    ['bid', 'Tessel repousse son offre sur Corvina', '', 'contradicts'],
    ['bid', 'Closing of Tessel buyout of Corvina delayed by review', '', 'mentions'],
  ],
  "a plain sum may be the claim's value including debt": [
    ['ev', 'Hexapod completes $13 billion acquisition of Globex', '', 'confirms'],
    ['ev', 'Hexapod s’offre Globex pour 13 milliards de dollars', '', 'confirms'],
    ['ev', 'Hexapod agrees to buy Globex for $11 billion', '', 'contradicts'],
  ],
  'an event the story dates in an earlier year is history': [
    [
      'bid',
      'Corvina shares jump on renewed Tessel interest',
      'Analysts noted Corvina rebuffed a Tessel offer in 2019 and may resist again.',
      'mentions',
    ],
    [
      'bid',
      'Tessel walks away from Corvina buyout',
      'In 2019, Corvina rejected a Tessel offer.',
      'contradicts',
    ],
    ['bid', 'Corvina rejected Tessel buyout offer in 2019, filing shows', '', 'mentions'],
    // A doubt is no report: "analysts doubt the board will sell".
    ['bid', 'Analysts doubt Corvina will sell to Tessel', '', 'mentions'],
  ],
  'an IPO priced outside the range contradicts its terms, however the pricing is told': [
    [
      'ipo-terms',
      'Corvina fixe le prix de son introduction à 27 dollars',
      "Corvina a placé 32 millions d'actions à 27 dollars pièce, levant 864 millions de dollars avant ses débuts au Nasdaq.",
      'contradicts',
    ],
    ['ipo-terms', 'Corvina prices IPO at $25 a share, raising $800 million', '', 'confirms'],
    [
      'ipo-terms',
      'Corvina lève 908 millions de dollars en fixant son prix à 29 dollars',
      'Corvina a fixé le prix de son introduction au Nasdaq à 29 dollars par action.',
      'contradicts',
    ],
  ],
  'talks with a company that is not a party are another deal of the parties': [
    [
      'merger-talks',
      'Hexapod and Corvina in exclusive talks with Globex to sell two channels',
      'The sale would make room for their merger.',
      'mentions',
    ],
    [
      'merger-talks',
      'Hexapod et Corvina en négociations exclusives avec Globex pour lui céder deux chaînes',
      '',
      'mentions',
    ],
    ['merger-talks', 'Hexapod in exclusive talks with Corvina over merger', '', 'confirms'],
  ],
  'the second of two infinitive alternatives is hypothetical': [
    [
      'bid',
      'Tessel gets more time on Corvina',
      'The deadline for Tessel to make a firm offer or walk away was extended to May 27.',
      'mentions',
    ],
    [
      'bid',
      'Tessel obtient un délai pour une éventuelle offre de rachat de Corvina',
      "Tessel a jusqu'au 27 mai pour faire une offre ferme ou de renoncer.",
      'mentions',
    ],
  ],
  "a tender's result ('secures 95.6% of Y') is a takeover, the claim's or another buyer's": [
    ['bid', 'Globex secures 95.6% of Corvina, moves to squeeze out holdouts', '', 'contradicts'],
    ['bid', "Globex s'assure 60 % de Corvina à l'issue de son offre publique", '', 'contradicts'],
    ['bid', 'Tessel secures 95.6% of Corvina in tender offer', '', 'confirms'],
  ],
  'combining businesses or a joint venture is a merger of those businesses': [
    ['combine', 'Hexapod and Globex scrap plan to merge asset managers', '', 'contradicts'],
    ['jv', 'Hexapod et Globex renoncent à leur coentreprise', '', 'contradicts'],
    ['jv', 'Hexapod and Globex sign deal to combine fund arms in joint venture', '', 'confirms'],
    [
      'combine',
      'Hexapod et Globex en discussions pour rapprocher leurs gestions d’actifs',
      '',
      'confirms',
    ],
  ],
  'a price revised down re-prices the deal; the size of the cut is a side figure': [
    [
      'range',
      'Le prix du rachat de Tessel par Globex revu à la baisse',
      "Globex a signé l'accord définitif, avec une baisse de prix de 300 millions d'euros. La fourchette est ramenée à 5,5 à 5,9 milliards d'euros.",
      'contradicts',
    ],
    // A price change without a comparable figure replaces the claimed terms too.
    ['range', 'Globex cuts price for Tessel by €300 million in final deal', '', 'contradicts'],
    ['ev', 'Hexapod quintuples Globex bid to $40 a share', '', 'contradicts'],
    ['ev', 'Globex : Hexapod porte son offre à 30 dollars par action', '', 'contradicts'],
    ['ev', "L'enquête de Bruxelles porte sur l'offre de Hexapod pour Globex", '', 'mentions'],
    // The new price between the verb and its object; a renegotiation named as a noun.
    ['ev', 'Hexapod ramène à 20 dollars par action son offre pour Globex', '', 'contradicts'],
    [
      'ev',
      'Hexapod et Globex revoient leur accord',
      'Hexapod a obtenu de Globex une révision de leur entente : le groupe sera acquis pour 20 dollars par action, soit environ 6 milliards de dollars.',
      'contradicts',
    ],
  ],
  'a bare "$" beside Canadian dollars is read either way; an old value after a name with full stops is history':
    [
      ['cad', 'Hexapod agrees to buy Tessel for C$520 million', '', 'confirms'],
      [
        'cad',
        'Hexapod sweetens Tessel bid to C$18 a share',
        'Hexapod has agreed to pay C$18 a share for Tessel Systems Inc., up from C$13, valuing the group at about C$720 million.',
        'contradicts',
      ],
    ],
  'an oil block is a tract, not a veto; a size in assets is no price': [
    [
      'ev',
      'Rival claims first right over Globex stake, clouding Hexapod deal',
      "A rival says it holds a right of first refusal over Globex's 30% interest in Guyana's Stabroek block; Hexapod said the dispute could push the closing of its Globex takeover into next year.",
      'mentions',
    ],
    ['ev', 'Regulators block Hexapod takeover of Globex', '', 'contradicts'],
    ['ev', 'President Whitfield blocks Hexapod’s Globex deal', '', 'contradicts'],
    [
      'ev',
      'Hexapod completes Globex purchase',
      'Hexapod completed its acquisition of Globex, creating a lender with about $1.4 trillion of assets.',
      'confirms',
    ],
  ],
  'a preliminary accord is a stage below a definitive agreement': [
    [
      'definitive',
      'Hexapod and Corvina agree to combine their steel operations',
      'Hexapod and Corvina signed a memorandum of understanding to merge their steel businesses in a 50-50 joint venture. A definitive agreement is expected early next year.',
      'mentions',
    ],
    [
      'definitive',
      "Hexapod et Corvina signent un protocole d'accord pour fusionner leurs activités",
      '',
      'mentions',
    ],
    [
      'definitive',
      'Hexapod and Corvina sign definitive agreement to combine steel operations',
      '',
      'confirms',
    ],
  ],
  'a rule approved is not the deal approved': [
    [
      'ev',
      'Ruritania widens regulator powers as Hexapod eyes Globex',
      "The government approved an emergency decree giving the energy regulator the right to vet any purchase of a stake in a utility, days after Hexapod's offer for Globex.",
      'mentions',
    ],
    [
      'ev',
      'Le gouvernement approuve un décret visant le rachat de Globex par Hexapod',
      '',
      'mentions',
    ],
    ['ev', 'Regulators approve Hexapod’s takeover of Globex', '', 'confirms'],
  ],
  'a correction of what a deal is denies only a takeover or a sale': [
    ['invested', 'Watchdog says Tessel-Corvina tie-up is not a merger', '', 'mentions'],
  ],
  'the old value named after the new one does not fit the claim': [
    [
      'ev',
      'Hexapod and Globex amend their merger agreement',
      'The companies lowered the price to between $20 and $22 a share from $25.75, depending on the stores regulators require them to sell.',
      'contradicts',
    ],
    [
      'ev',
      'Hexapod relève son offre sur Globex',
      'Hexapod a relevé à 29 dollars par action son offre sur le solde du capital de Globex, contre 25,75 dollars proposés en janvier.',
      'contradicts',
    ],
  ],
}

cases['a later agreement or approval reverses a claim that the deal ended or was blocked'] = [
  ['walked-away', 'Tessel to buy Corvina for $32 billion in its largest deal', '', 'contradicts'],
  ['walked-away', 'Tessel nears deal to buy Corvina, sources say', '', 'mentions'],
  ['blocked', 'Globex donne son feu vert au rachat de Corvina par Hexapod', '', 'contradicts'],
  ['blocked', 'Hexapod and Corvina mull options after block', '', 'mentions'],
]

cases['the lead investor denying it led the round denies the claim'] = [
  ['led', "Tessel says it did not lead Corvina's $2 billion round", '', 'contradicts'],
  ['led', "Tessel n'a pas mené le tour de table de Corvina", '', 'contradicts'],
  ['led', 'Corvina raises $2 billion in a round led by Tessel', '', 'confirms'],
]

cases["a holder's stake moving away from the claimed one contradicts it"] = [
  ['holding', 'Tessel raises Globex stake to around 28%', '', 'contradicts'],
  ['holding', 'Tessel détient désormais 28 % du capital de Globex', '', 'contradicts'],
  ['holding', 'Tessel holds 21% of Globex, filing shows', '', 'mentions'],
]

cases['a round closed without the investor that was in talks to join it'] = [
  ['invest-talks', 'Corvina closes $2 billion round, without Tessel', '', 'contradicts'],
  [
    'invest-talks',
    'Corvina boucle une levée de 2 milliards de dollars, sans Tessel',
    '',
    'contradicts',
  ],
  ['invest-talks', 'Corvina could raise $2 billion without Tessel, sources say', '', 'mentions'],
  // An investment already made is not undone by a later round it does not join.
  ['invested', "Corvina lève 600 millions d'euros, sans Tessel", '', 'mentions'],
]

cases["a round 'new' to the company is the claim's round when its terms are the claim's, days on"] =
  [
    ['round-talks', 'Corvina in talks for new funding at $39.5 billion valuation', '', 'confirms'],
    [
      'round-talks',
      "Corvina discuterait d'une nouvelle levée",
      "Corvina discuterait d'une nouvelle levée de 1,5 milliard de dollars qui porterait sa valeur à 39,5 milliards, selon Bloomberg.",
      'confirms',
    ],
    ['round-talks', 'Corvina in talks for a new funding round, sources say', '', 'mentions'],
  ]

cases['a share move caused by the deal, with a lede stating the deal, reports it'] = [
  [
    'partnership',
    'Globex shares jump after Corvina deal to bring its data to chatbots',
    'Globex said on Thursday it had struck a partnership with Corvina that gives it access to its data.',
    'confirms',
  ],
  [
    'partnership',
    'Globex shares jump after report of Corvina deal',
    'Globex is said to be close to a partnership with Corvina, according to people familiar with the matter.',
    'mentions',
  ],
  [
    'partnership',
    'Globex shares jump 10%',
    'Globex and Corvina signed a partnership last month.',
    'mentions',
  ],
]

cases['a refusal then a rejection in another clause is no setback denied'] = [
  ['bid', "« Corvina n'est pas à vendre » : son patron éconduit Tessel", '', 'contradicts'],
  ['bid', "'Corvina is not for sale': chief executive rebuffs Tessel", '', 'contradicts'],
  ['bid', 'Tessel denies it will walk away from Corvina buyout', '', 'mentions'],
]

cases["the claim's figure recalled as the aim re-prices the same process, weeks on"] = [
  [
    'val-talks',
    'Globex nears $500 million round at $14 billion valuation',
    'Globex is in advanced talks to raise $500 million at a $14 billion valuation. The valuation is below the $18 billion the company had sought when it began the fundraising.',
    'contradicts',
  ],
  // Without the recall, a round at other terms seven weeks on is another episode.
  [
    'val-talks',
    'Globex nears $500 million round at $14 billion valuation',
    'Globex is in advanced talks to raise $500 million at a $14 billion valuation.',
    'mentions',
  ],
]

cases['an investment with a third party needs its investor and its investee'] = [
  ['backstop', 'Tessel takes 5.4% stake in Corvina', '', 'confirms'],
  ['backstop', 'Tessel prendra 5,4 % du capital de Corvina', '', 'confirms'],
  ['backstop', 'Tessel lifts Hexapod stake to 14% as Globex expands lease', '', 'unrelated'],
  ['backstop', 'Tessel backs Globex lease deal with $1.3 billion guarantee', '', 'unrelated'],
]

cases['money secured is raised; the sum it was seeking is the aim, not the terms'] = [
  ['round-talks', 'Corvina has secured $1.5 billion at a $39.5 billion valuation', '', 'confirms'],
  [
    'round-talks',
    'Corvina raise swells',
    'Corvina has secured $2.1 billion, well above the roughly $1.5 billion it was reported to be seeking.',
    'mentions',
  ],
]

cases["French press idioms: a sum 'sur la table', a deal in the conditional"] = [
  ['ev', 'Hexapod met 8 milliards de dollars sur la table pour Globex', '', 'confirms'],
  ['ev', 'Hexapod rachèterait Globex pour 8 milliards de dollars', '', 'mentions'],
  ['self-sale', 'Tessel rachèterait Globex pour 900 millions de dollars', '', 'confirms'],
]

cases['a headline revising or failing, with the lede naming the parties'] = [
  [
    'bid',
    'Échec cuisant pour Tessel',
    "L'offre de Tessel sur Corvina a fait chou blanc : le groupe n'a recueilli que 0,4 % d'apports.",
    'contradicts',
  ],
  [
    'ev',
    'Hexapod cuts its offer price to $22 a share',
    'Hexapod and Globex amended their merger agreement, cutting the price to $22 a share from $25.75.',
    'contradicts',
  ],
]

cases['a stake figure names the holding; a French idiom ends the deal'] = [
  ['holding', 'Tessel monte à 28 % dans Globex', '', 'contradicts'],
  ['holding', 'Tessel détient désormais 21 % de Globex', '', 'confirms'],
  ['merger-talks', 'Fin de partie pour le mariage entre Hexapod et Corvina', '', 'contradicts'],
]

cases['the claimed buyer selling is not its purchase'] = [
  ['ev', 'Hexapod puts its entire Globex stake up for sale', '', 'mentions'],
  ['ev', 'Hexapod va céder sa participation dans Globex', '', 'mentions'],
  ['ev', 'Hexapod agrees to buy Globex for $25.75 a share', '', 'confirms'],
]

cases["a listing's first-day move does not give the offering's terms"] = [
  ['ipo-terms', 'Corvina bondit de 15 % pour ses débuts à Wall Street', '', 'mentions'],
  ['ipo-terms', 'Corvina jumps 15% in Nasdaq debut', '', 'mentions'],
  ['ipo-terms', 'Corvina prices IPO at $25, raising $800 million', '', 'confirms'],
]

cases['a company seeking to sell itself: the sale, to whoever and however late, is the outcome'] = [
  ['self-sale', 'Globex agrees to sell itself to Tessel for $116 million', '', 'contradicts'],
  [
    'self-sale',
    'Tessel met la main sur Globex',
    'Le groupe Tessel a annoncé le rachat de Globex pour 116 millions de dollars.',
    'contradicts',
  ],
  ['self-sale', 'Tessel agrees to buy Globex for $900 million', '', 'confirms'],
  ['self-sale', 'Globex could fetch $2 billion in a sale, analysts say', '', 'mentions'],
]

cases['an agreed stake that the holder moves is stated anew'] = [
  ['warrants', 'Tessel lifts Globex stake to 14% as leases expand', '', 'contradicts'],
  ['warrants', 'Tessel porte sa participation dans Globex à 14 %', '', 'contradicts'],
  ['warrants', 'Tessel could lift Globex stake to 14%, sources say', '', 'mentions'],
  ['warrants', 'Tessel to take a stake of about 8% in Globex', '', 'confirms'],
]

cases['another outcome is not the claimed one'] = [
  ['no-longer', 'Tessel drops its pursuit of Corvina', '', 'confirms'],
  ['no-longer', 'Corvina rejects Tessel proposal as undervaluing it', '', 'mentions'],
  ['no-longer', 'Judge blocks Tessel takeover of Corvina', '', 'mentions'],
  ['walked-away', 'Corvina dit non à Tessel et garde le cap vers la Bourse', '', 'confirms'],
]

cases['a setback headline naming one party is about the setback its lede reports'] = [
  [
    'merger-talks',
    "Coup d'arrêt pour les ambitions européennes d'Hexapod",
    'Hexapod renonce à fusionner avec Corvina : les discussions ont pris fin sans accord.',
    'contradicts',
  ],
  [
    'merger-talks',
    "Hexapod's European plan hits a dead end",
    'Hexapod and Corvina have ended their merger talks without an agreement.',
    'contradicts',
  ],
  // No setback in the headline: the deal is recalled in passing.
  [
    'merger-talks',
    'Hexapod names a new chief executive',
    'The appointment comes after Hexapod and Corvina ended their merger talks.',
    'mentions',
  ],
  // The setback of the headline, but the lede names only one party of the deal.
  [
    'merger-talks',
    'Hexapod hits a dead end in Asia',
    'Hexapod has abandoned its plan to open a plant in Vietnam.',
    'unrelated',
  ],
]

describeVerdicts('sides and roles', verdictOf, cases)

describe('talks are short-lived', () => {
  const at = (claim: string, title: string, published: string): string =>
    verdictIn(set, claim, title, '', published)
  it('reads the end of talks or an offer more than a year on as another episode', () => {
    expect(at('bid', 'Corvina rejects Tessel buyout offer', '2027-06-01T08:00:00Z')).toBe(
      'mentions',
    )
    expect(at('bid', 'Corvina rejects Tessel buyout offer', '2026-03-01T08:00:00Z')).toBe(
      'contradicts',
    )
  })
  it('keeps exclusive negotiations alive until they end', () => {
    expect(
      at('sale-talks', 'Hexapod ends talks to sell Corvina to Tessel', '2027-06-01T08:00:00Z'),
    ).toBe('contradicts')
  })
})
