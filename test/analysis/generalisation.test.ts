/**
 * General linguistic phenomena that rules tuned on a few deals tend to miss: price revisions,
 * modality of a regulator's block, no-comment phrasing, denials, attributive participles, French
 * headline present tense, non-final approvals. Invented companies only; EN + FR.
 */
import { describe, expect, it } from 'vitest'
import { compileClaims, describeClaim, judgeStory } from '../../src/analysis/index.js'
import type { Verdict } from '../../src/domain.js'
import { backgroundSpans } from '../../src/analysis/clauses.js'
import { foldSameLength } from '../../src/analysis/folded.js'
import { describeVerdicts, story, verdictIn, type VerdictCase } from './fixtures.js'

const set = compileClaims({
  entities: [
    { id: 'hexapod', name: 'Hexapod', aliases: ['Hexapod Inc', 'le groupe Hexapod'] },
    {
      id: 'corvina',
      name: 'Corvina',
      aliases: ['Corvina Labs', 'the robot-mower maker', 'le fabricant Corvina'],
    },
    { id: 'fabrion', name: 'Fabrion', aliases: ['Fabrion SA'] },
    { id: 'tessel', name: 'Tessel', aliases: ['Tessel Systems'] },
    { id: 'umbrella', name: 'Umbrella', aliases: ['Umbrella Labs'] },
    { id: 'globex', name: 'Globex', aliases: [] },
    { id: 'initech', name: 'Initech', aliases: [] },
    { id: 'marlowe', name: 'Marlowe', aliases: ['Marlowe Pay'] },
    { id: 'pelagos', name: 'Pelagos Energy', aliases: ['Pelagos'] },
    { id: 'tidewater', name: 'Tidewater Oil', aliases: ['Tidewater'] },
  ],
  claims: [
    {
      id: 'agreed',
      text: 'Hexapod has agreed to buy Corvina for $48 a share in cash, a deal valued at about $2.1 billion.',
      date: '2026-01-10',
    },
    {
      id: 'accord',
      text: "Fabrion a accepté de racheter Tessel pour 40 euros par action, soit environ 5 milliards d'euros.",
      date: '2026-01-20',
    },
    {
      id: 'talks',
      text: 'Pelagos Energy serait en discussions préliminaires en vue de racheter Tidewater Oil, selon des sources.',
      date: '2026-03-01',
    },
    {
      id: 'raised',
      text: "Umbrella a levé 300 millions d'euros lors d'un tour de table.",
      date: '2026-04-01',
    },
    { id: 'rachat', text: 'Globex va racheter Initech.', date: '2026-04-01' },
    {
      id: 'filing',
      text: 'Marlowe has publicly filed for an initial public offering on the New York Stock Exchange.',
      date: '2026-02-01',
    },
    {
      id: 'pause',
      text: "Marlowe a suspendu son projet d'introduction en Bourse aux États-Unis, selon des sources proches du dossier.",
      date: '2026-04-01',
    },
  ],
})

function verdictOf(
  claimId: string,
  title: string,
  summary = '',
  published = '2026-05-01T08:00:00Z',
): Verdict {
  return verdictIn(set, claimId, title, summary, published)
}

type Case = VerdictCase

const cases: Record<string, Case[]> = {
  'a price revision asserted in the headline is the deal re-priced': [
    [
      'agreed',
      'Hexapod cuts Corvina offer to $1.5 billion',
      'Hexapod lowered the price it will pay for Corvina after the mower maker took on debt.',
      'contradicts',
    ],
    ['agreed', 'Hexapod lowers its offer for Corvina to $1.6 billion', '', 'contradicts'],
    ['agreed', 'Hexapod raises its offer for Corvina to $2.6 billion', '', 'contradicts'],
    ['accord', "Fabrion abaisse son offre sur Tessel à 3,5 milliards d'euros", '', 'contradicts'],
    [
      'accord',
      'Fabrion revoit à la baisse son offre pour Tessel, à 32 euros par action',
      '',
      'contradicts',
    ],
    // Same price, or an analyst's price target: no revision of the deal.
    ['agreed', 'Hexapod completes $2.1 billion Corvina purchase', '', 'confirms'],
    ['agreed', 'Analyst raises price target on Hexapod to $90 after Corvina deal', '', 'mentions'],
  ],
  "a regulator's block that is expected, prepared or threatened is pending": [
    [
      'agreed',
      "EU set to block Hexapod's Corvina deal, people familiar say",
      'The European Commission is preparing to block the acquisition of Corvina by Hexapod.',
      'mentions',
    ],
    ['agreed', 'Regulator poised to block Hexapod takeover of Corvina', '', 'mentions'],
    ['accord', "Bruxelles s'apprête à bloquer le rachat de Tessel par Fabrion", '', 'mentions'],
    ['accord', 'Bruxelles se prépare à bloquer le rachat de Tessel par Fabrion', '', 'mentions'],
    // A decision taken still contradicts.
    ['agreed', "EU blocks Hexapod's acquisition of Corvina", '', 'contradicts'],
    ['accord', 'Bruxelles bloque le rachat de Tessel par Fabrion', '', 'contradicts'],
  ],
  'a refusal to comment is a non-denial': [
    [
      'talks',
      'Tidewater se refuse à tout commentaire sur l’intérêt de Pelagos',
      "Tidewater a indiqué ne pas commenter les rumeurs de marché prêtant à Pelagos l'intention de le racheter.",
      'mentions',
    ],
    ['talks', 'Tidewater refuses to comment on Pelagos takeover talk', '', 'mentions'],
    ['talks', 'Tidewater ne commente pas les rumeurs de rachat par Pelagos', '', 'mentions'],
    // A flat refusal of the offer is still a rejection.
    ['talks', "Tidewater refuse l'offre de rachat de Pelagos", '', 'contradicts'],
  ],
  'a party ruling the deal out denies it': [
    ['talks', "Pelagos chief says a Tidewater deal is 'not on the table'", '', 'contradicts'],
    ['talks', 'Pelagos says it held no talks with Tidewater about a takeover', '', 'contradicts'],
    ['talks', "Pelagos : le rachat de Tidewater n'est pas d'actualité", '', 'contradicts'],
    [
      'talks',
      'Pelagos assure qu’aucune discussion n’a eu lieu avec Tidewater sur un rachat',
      '',
      'contradicts',
    ],
    ['talks', 'Pelagos dément tout projet de rachat de Tidewater', '', 'contradicts'],
  ],
  'an attributive participle describes a noun, it reports no event': [
    [
      'filing',
      'Marlowe launches its long-delayed New York IPO',
      'Marlowe is offering 20 million shares in its initial public offering on the NYSE.',
      'confirms',
    ],
    ['agreed', "Corvina's suspended deal costs Hexapod a $60 million fee", '', 'mentions'],
    ['accord', "Fabrion relance l'opération sur Tessel longtemps reportée", '', 'confirms'],
    // The event itself still counts.
    ['agreed', 'Hexapod suspends its Corvina acquisition', '', 'contradicts'],
    ['talks', 'Pelagos abandons its plan to buy Tidewater', '', 'contradicts'],
    ['talks', 'Pelagos dément les rumeurs de rachat de Tidewater', '', 'contradicts'],
    ['accord', "Fabrion : l'opération sur Tessel suspendue", '', 'contradicts'],
  ],
  'a French headline in the present tense reports the event as done': [
    ['raised', "Umbrella lève 300 millions d'euros", '', 'confirms'],
    ['raised', 'Umbrella raises €300 million', '', 'confirms'],
    ['rachat', 'Globex rachète Initech', '', 'confirms'],
    // Still only talks or a plan: an earlier stage.
    ['raised', "Umbrella chercherait à lever 300 millions d'euros", '', 'mentions'],
  ],
  'one approval among several still needed is a step, not the final approval': [
    [
      'accord',
      'Feu vert de Bruxelles au rachat de Tessel par Fabrion',
      "L'opération attend encore l'aval des autorités américaines.",
      'mentions',
    ],
    [
      'agreed',
      'US clears Hexapod purchase of Corvina',
      'The deal still needs approval from other regulators before it can close.',
      'mentions',
    ],
    [
      'agreed',
      'Hexapod settles lawsuit, clearing the way for Corvina takeover',
      'The settlement removes the last obstacle to the deal.',
      'confirms',
    ],
    ['agreed', 'Corvina sells unit to rival as Hexapod deal seeks approval', '', 'mentions'],
    ['agreed', 'Hexapod wins final approval for Corvina takeover', '', 'confirms'],
  ],
  'an IPO: venues are not parties, a pause is not a withdrawal, a relaunch ends a pause': [
    // Filing claim (2026-02-01) naming the exchange: stories need not name the exchange.
    ['filing', 'Marlowe sets IPO terms, seeks up to $900 million', '', 'confirms'],
    ['filing', 'Marlowe prices IPO at $31, above range', '', 'confirms'],
    ['filing', 'Marlowe pauses IPO plans as markets tumble', '', 'mentions'],
    ['filing', 'Marlowe met son introduction en Bourse entre parenthèses', '', 'mentions'],
    ['filing', 'Marlowe withdraws its IPO filing', '', 'contradicts'],
    // Pause claim (2026-04-01): the same pause confirms; a later launch or pricing reverses it.
    ['pause', 'Marlowe pauses IPO plans as markets tumble', '', 'confirms'],
    ['pause', 'Marlowe launches its IPO, seeking up to $900 million', '', 'contradicts'],
    ['pause', 'Marlowe relance son introduction en Bourse', '', 'contradicts'],
    ['pause', 'Marlowe bondit de 20 % pour ses débuts à Wall Street', '', 'contradicts'],
    ['pause', 'Could Marlowe revive its IPO this year?', '', 'mentions'],
  ],
  'a takeover said in the passive names another buyer': [
    ['agreed', 'Corvina passe sous le contrôle de son sous-traitant', '', 'contradicts'],
    ['agreed', 'Corvina to be acquired by Quorra Robotics in $1 billion deal', '', 'contradicts'],
    ['accord', 'Tessel racheté par un fonds américain', '', 'contradicts'],
    // The claim's own buyer, a part of the target, or a modal: not another buyer.
    ['agreed', 'Corvina to be acquired by Hexapod for $2.1 billion', '', 'confirms'],
    ['agreed', "Corvina's lawn unit sold to Quorra", '', 'unrelated'],
    ['agreed', 'Corvina could be acquired by Quorra if Hexapod walks away', '', 'mentions'],
  ],
  'a part of a party changing hands is not the deal between the parties': [
    [
      'agreed',
      'Quorra to buy Hexapod mapping software unit as Corvina deal seeks approval',
      '',
      'mentions',
    ],
    [
      'accord',
      'Un fonds rachète la filiale logistique de Fabrion, en attendant le feu vert pour Tessel',
      '',
      'mentions',
    ],
    // The whole company, named with a word that is also a common noun, is still the deal.
    [
      'agreed',
      'Hexapod to acquire Corvina Labs in $2.1 billion deal to expand its business',
      '',
      'confirms',
    ],
  ],
  'decisions, non-answers and denials phrased with a negation': [
    ['agreed', 'Hexapod and Corvina mutually agree to terminate merger', '', 'contradicts'],
    ['accord', 'Fabrion et Tessel ont décidé de mettre fin à leur accord', '', 'contradicts'],
    ['talks', 'Pelagos refuses to confirm Tidewater talks', '', 'mentions'],
    ['talks', 'Pelagos ne confirme pas les discussions avec Tidewater', '', 'mentions'],
    ['talks', "Pelagos n'a pas l'intention de racheter Tidewater", '', 'contradicts'],
    ['talks', 'Pelagos CEO: "We never held talks with Tidewater"', '', 'contradicts'],
    ['agreed', 'Hexapod wins EU nod for Corvina deal, US review continues', '', 'mentions'],
    ['accord', 'Tessel passe sous le contrôle de Fabrion', '', 'confirms'],
    [
      'agreed',
      'Corvina accepts sweetened $2.6 billion bid from Quorra Robotics',
      '',
      'contradicts',
    ],
    ['agreed', 'Corvina accepts sweetened bid from Hexapod', '', 'mentions'],
  ],
  'pending, imminent and resumed': [
    ['agreed', 'Corvina to join Hexapod as deal nears completion', '', 'confirms'],
    [
      'accord',
      'Fabrion obtient le feu vert de Bruxelles pour Tessel, Pékin doit encore se prononcer',
      '',
      'mentions',
    ],
    ['agreed', 'Judge halts Hexapod-Corvina deal pending trial', '', 'mentions'],
    ['agreed', 'Court blocks Hexapod acquisition of Corvina', '', 'contradicts'],
    ['filing', 'Marlowe relaunches IPO, seeks up to $900 million', '', 'confirms'],
  ],
  'ruling out, and denying a setback': [
    ['talks', 'Pelagos rules out Tidewater takeover', '', 'contradicts'],
    ['agreed', 'Corvina deal: Hexapod rules out higher price', '', 'mentions'],
    ['agreed', 'Hexapod denies it will walk away from Corvina deal', '', 'mentions'],
    ['agreed', 'Hexapod terminates Corvina distribution agreement', '', 'unrelated'],
  ],
  'vocabulary gaps': [
    ['agreed', 'Is Hexapod overpaying for Corvina?', '', 'mentions'],
    ['rachat', 'Globex a-t-il surpayé Initech ?', '', 'mentions'],
  ],
  'a time before or after the deal, or a goal, is not the deal': [
    ['filing', 'Marlowe raises $200 million ahead of its IPO', '', 'unrelated'],
    ['filing', 'Marlowe insiders free to sell as post-IPO lock-up ends', '', 'unrelated'],
    ['filing', 'Entrée en Bourse en mars, Marlowe a vu son action doubler', '', 'mentions'],
  ],
  'a gerund of completion is not a completion': [
    ['talks', 'Pelagos is finalising a deal to buy Tidewater', '', 'confirms'],
    [
      'agreed',
      'Supplier deal is conditional on Hexapod completing its purchase of Corvina',
      '',
      'mentions',
    ],
  ],
}

describeVerdicts('generalisation cases (invented EN/FR)', verdictOf, cases)

describe('lexicon details', () => {
  it('does not read a nationality as a lawsuit ("suédois" is not "sue")', () => {
    expect(
      verdictOf(
        'filing',
        'Marlowe dépose officiellement son dossier d’introduction en Bourse à New York',
        'Le spécialiste suédois du paiement a rendu public son prospectus.',
        '2026-02-02T08:00:00Z',
      ),
    ).toBe('confirms')
  })
})

describe('a market story about a supply contract', () => {
  it('is a mention when the French lede names the data centres', () => {
    const supply = compileClaims({
      entities: [
        { id: 'quorra', name: 'Quorra', aliases: [] },
        { id: 'nimbus', name: 'Nimbus', aliases: [] },
      ],
      claims: [
        {
          id: 'c',
          text: 'Quorra has signed a contract to buy about $80 billion of computing capacity from Nimbus.',
          date: '2026-01-01',
        },
      ],
    })
    const got = judgeStory(
      supply,
      story(
        'Nimbus chute en Bourse, inquiète de sa dépendance à Quorra',
        'Les investisseurs s’inquiètent du coût des centres de données promis à Quorra.',
      ),
    )
    expect(got.map((j) => j.verdict)).toEqual(['mentions'])
  })
})

describe('claim understanding', () => {
  const claims = compileClaims({
    entities: [
      { id: 'quorra', name: 'Quorra', aliases: [] },
      { id: 'nimbus', name: 'Nimbus Cloud', aliases: ['Nimbus'] },
      { id: 'ferro', name: 'Ferro Holdings', aliases: [] },
    ],
    claims: [
      {
        id: 'goods',
        text: 'Quorra has signed a contract to buy about $80 billion of computing capacity from Nimbus over five years.',
      },
      { id: 'goods-fr', text: 'Quorra va acheter pour 5 milliards de dollars de puces à Nimbus.' },
      {
        id: 'company',
        text: 'Quorra agreed to buy chip designer Nimbus from Ferro Holdings for $40 billion.',
      },
      {
        id: 'venue',
        text: 'Quorra has filed for an initial public offering on the New York Stock Exchange.',
      },
    ],
  }).claims.map(describeClaim)
  it('reads buying goods or capacity from a supplier as a supply deal, buying a company as a takeover', () => {
    expect(claims.map((c) => c.kind)).toEqual(['supply', 'supply', 'acquisition', 'ipo'])
  })
  it('keeps the exchange of an IPO out of its parties', () => {
    expect(claims[3]?.parties.map((p) => p.id)).toEqual(['quorra'])
  })
})

describe('guards against false contradictions', () => {
  it.each<[string, string]>([
    ['agreed', 'Corvina to be acquired by its longtime suitor'],
    ['agreed', 'Corvina shares sold to investors at $20 in secondary offering'],
    ['agreed', 'Corvina was sold to Quorra Robotics in 2015, long before Hexapod came'],
    ['agreed', 'Regulators likely to block Hexapod-Corvina deal, analysts say'],
    ['talks', 'Pelagos would walk away from Tidewater talks if the price rose, CEO says'],
    ['filing', 'Marlowe postpones its IPO roadshow by a week'],
    // A setback or denial whose object is something else.
    ['talks', 'Pelagos shelves refinery expansion as it weighs Tidewater bid'],
    ['talks', 'Pelagos denies wrongdoing in Tidewater talks'],
    ['talks', 'Tidewater denies report of layoffs, says Pelagos talks continue'],
    ['talks', 'Pelagos abandonne son projet de raffinerie, mais discute toujours avec Tidewater'],
    ['agreed', 'Hexapod halts share buyback to fund Corvina purchase'],
    ['accord', "Fabrion suspend son programme de rachat d'actions pour financer Tessel"],
    ['agreed', 'Corvina rejects Fabrion approach, sticks with Hexapod deal'],
    // A rival's setback, a request, a refusal to sell.
    ['filing', 'Marlowe rival Arcadia postpones its IPO'],
    ['agreed', 'Corvina investors push Hexapod to raise its $2.1 billion offer'],
    ['agreed', 'Activist urges Corvina to reject Hexapod deal'],
  ])('%s ← %s', (claim, title) => {
    expect(verdictOf(claim, title)).not.toBe('contradicts')
  })
})

describe('clause position', () => {
  const bg = (text: string): string[] => {
    const f = foldSameLength(text)
    return backgroundSpans(f).map((sp) => text.slice(sp.start, sp.end))
  }
  it('a fronted dated participle phrase is background, a main clause with a date is not', () => {
    expect(bg('Listed in March, Marlowe has doubled in value')).toEqual(['Listed in March'])
    expect(bg('Entrée en Bourse en mars, Marlowe a vu son action doubler')).toEqual([
      'Entrée en Bourse en mars',
    ])
    expect(bg('Hexapod to buy Corvina in 2026, sources say')).toEqual([])
  })
  it('a condition, a later goal and an excluded party are background', () => {
    expect(bg('Marlowe raises $200 million ahead of its IPO')).toEqual(['ahead of its IPO'])
    expect(bg('Pelagos could walk away if Tidewater refuses')).toEqual(['if Tidewater refuses'])
    expect(bg('Pelagos renoncerait si Tidewater refuse')).toEqual(['si Tidewater refuse'])
  })
})

describe('not a past deal recalled as news', () => {
  it('keeps a dated main clause as the news', () => {
    expect(
      verdictOf('agreed', 'Hexapod to buy Corvina in 2026 for $2.1 billion, sources say'),
    ).toBe('confirms')
  })
})
