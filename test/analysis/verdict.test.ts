import { describe, expect, it } from 'vitest'
import { compileClaims, judgeStory } from '../../src/analysis/index.js'
import type { Verdict } from '../../src/domain.js'
import { CLAIMS_FILE, story } from './fixtures.js'

const set = compileClaims(CLAIMS_FILE)

function verdictOf(
  claimId: string,
  title: string,
  summary = '',
  published?: string | null,
): Verdict {
  const s = story(title, summary, published === undefined ? {} : { published })
  return judgeStory(set, s).find((j) => j.claim === claimId)?.verdict ?? 'unrelated'
}

type Case = [claim: string, title: string, summary: string, expected: Verdict]

// Talks claim: "Orbitel is in talks to invest more than $5 billion in Lumora." (2026-03-01)
const TALKS: Case[] = [
  [
    'orbitel-lumora-talks',
    'Orbitel in talks to invest $8 billion in Lumora',
    'The telecom group is negotiating a minority stake, people familiar with the matter said.',
    'confirms',
  ],
  [
    'orbitel-lumora-talks',
    'Orbitel reportedly nears deal to invest in Lumora',
    'Orbitel is said to be close to investing in the chatbot maker, according to sources.',
    'confirms',
  ],
  [
    'orbitel-lumora-talks',
    'Orbitel serait en discussions pour investir dans Lumora',
    "L'opérateur envisagerait d'injecter plus de 6 milliards de dollars dans la start-up, selon des sources proches du dossier.",
    'confirms',
  ],
  [
    'orbitel-lumora-talks',
    'Orbitel agrees to invest $7 billion in Lumora',
    'Orbitel has signed a definitive agreement to take a minority stake in Lumora.',
    'confirms',
  ],
  [
    'orbitel-lumora-talks',
    'Orbitel completes $6 billion investment in Lumora',
    'The telecom giant said it closed its investment in the chatbot maker on Monday.',
    'confirms',
  ],
  [
    'orbitel-lumora-talks',
    'Orbitel denies talks to invest in Lumora',
    'Orbitel said it is not in talks with Lumora about any investment.',
    'contradicts',
  ],
  [
    'orbitel-lumora-talks',
    'Orbitel dément toute négociation avec Lumora',
    "L'opérateur a démenti être en discussion pour investir dans la start-up.",
    'contradicts',
  ],
  [
    'orbitel-lumora-talks',
    'Orbitel ends talks to invest in Lumora',
    'The investment talks between Orbitel and Lumora collapsed over the weekend.',
    'contradicts',
  ],
  [
    'orbitel-lumora-talks',
    'Orbitel renonce à investir dans Lumora',
    "Les négociations sur l'investissement ont échoué, a indiqué Orbitel.",
    'contradicts',
  ],
  [
    'orbitel-lumora-talks',
    'Orbitel declined to comment on Lumora investment report',
    'Orbitel declined to comment on a report that it could invest in Lumora.',
    'mentions',
  ],
  [
    'orbitel-lumora-talks',
    'Should Orbitel invest in Lumora?',
    'Analysts weigh the case for an Orbitel investment in the chatbot maker.',
    'mentions',
  ],
  [
    'orbitel-lumora-talks',
    'Lumora shares jump on report of Orbitel investment talks',
    'Lumora stock rose 12% after a report that Orbitel may invest in the company.',
    'mentions',
  ],
  [
    'orbitel-lumora-talks',
    'Orbitel launches new 5G plans',
    'The telecom giant unveiled cheaper mobile plans on Tuesday.',
    'unrelated',
  ],
  [
    'orbitel-lumora-talks',
    'Lumora launches a new chatbot',
    'Lumora AI released a faster model for businesses.',
    'unrelated',
  ],
  [
    'orbitel-lumora-talks',
    'Orbitel signs cloud contract with Lumora',
    'Lumora will buy network capacity from Orbitel under a five-year contract.',
    'unrelated',
  ],
  [
    'orbitel-lumora-talks',
    'Orbitel has not abandoned its Lumora investment plan',
    'Orbitel said talks to invest in Lumora are continuing.',
    'confirms',
  ],
  [
    'orbitel-lumora-talks',
    'Orbitel n’a pas renoncé à investir dans Lumora',
    'Les discussions se poursuivent, selon l’opérateur.',
    'confirms',
  ],
]

// Agreed acquisition: "Vantix has agreed to buy Brightwave for about $12 billion in cash." (2026-02-10)
const AGREED: Case[] = [
  [
    'vantix-brightwave-deal',
    'Vantix to buy Brightwave for $12 billion',
    'Vantix Semiconductors said it will acquire the streaming service in an all-cash deal.',
    'confirms',
  ],
  [
    'vantix-brightwave-deal',
    'Vantix rachète Brightwave pour 12 milliards de dollars',
    'Le concepteur de puces a annoncé un accord définitif pour acquérir Brightwave.',
    'confirms',
  ],
  [
    'vantix-brightwave-deal',
    'Regulators approve Vantix purchase of Brightwave',
    'The competition authority cleared the $12 billion acquisition without conditions.',
    'confirms',
  ],
  [
    'vantix-brightwave-deal',
    'Vantix completes Brightwave acquisition',
    'Vantix said it had closed its purchase of Brightwave on Friday.',
    'confirms',
  ],
  [
    'vantix-brightwave-deal',
    'Vantix in talks to buy Brightwave',
    'Vantix is in advanced talks to acquire Brightwave, people familiar with the matter said.',
    'mentions',
  ],
  [
    'vantix-brightwave-deal',
    'Vantix et Brightwave en discussions pour un rachat',
    'Les deux groupes négocieraient un rapprochement, selon la presse.',
    'mentions',
  ],
  [
    'vantix-brightwave-deal',
    'Vantix calls off Brightwave takeover',
    'Vantix said it had terminated its agreement to buy Brightwave after regulators objected.',
    'contradicts',
  ],
  [
    'vantix-brightwave-deal',
    'Vantix abandonne le rachat de Brightwave',
    "Le groupe a mis fin à l'accord d'acquisition, faute de feu vert des autorités.",
    'contradicts',
  ],
  [
    'vantix-brightwave-deal',
    'Court blocks Vantix acquisition of Brightwave',
    'A federal judge blocked the $12 billion deal on antitrust grounds.',
    'contradicts',
  ],
  [
    'vantix-brightwave-deal',
    'Regulator sues to block Vantix-Brightwave deal',
    'The agency filed a lawsuit seeking to block the acquisition.',
    'mentions',
  ],
  [
    'vantix-brightwave-deal',
    "L'autorité de la concurrence ouvre une enquête approfondie sur le rachat de Brightwave par Vantix",
    "L'examen approfondi pourrait durer plusieurs mois.",
    'mentions',
  ],
  [
    'vantix-brightwave-deal',
    'Vantix puts Brightwave deal on hold',
    'Vantix said the acquisition of Brightwave is suspended pending a review.',
    'contradicts',
  ],
  [
    'vantix-brightwave-deal',
    'Vantix to buy Brightwave for $30 billion',
    'Vantix agreed to acquire Brightwave in a deal valued at $30 billion.',
    'contradicts',
  ],
  [
    'vantix-brightwave-deal',
    'Vantix, which agreed in February to buy Brightwave, reports record sales',
    'Vantix posted higher quarterly revenue on strong chip demand.',
    'mentions',
  ],
  [
    'vantix-brightwave-deal',
    'Vantix and Brightwave extend merger deadline',
    'The companies pushed back the end date of their acquisition agreement to December.',
    'confirms',
  ],
  [
    'vantix-brightwave-deal',
    'Vantix et Brightwave repoussent la date limite de leur rapprochement',
    'Les deux groupes restent engagés dans l’opération.',
    'confirms',
  ],
  [
    'vantix-brightwave-deal',
    'Vantix could walk away from Brightwave deal, analysts say',
    'Analysts said Vantix might abandon the acquisition if regulators object.',
    'mentions',
  ],
  [
    'vantix-brightwave-deal',
    'Vantix shares fall',
    'Vantix stock slid 4% in early trading.',
    'unrelated',
  ],
]

// French claim: "Nordhaven va racheter Selvane pour 2,4 milliards d'euros." (2026-01-15)
const FRENCH: Case[] = [
  [
    'nordhaven-selvane-rachat',
    'Nordhaven officialise le rachat de Selvane',
    "Le groupe Nordhaven a signé un accord pour acquérir l'éditeur Selvane pour 2,4 milliards d'euros.",
    'confirms',
  ],
  [
    'nordhaven-selvane-rachat',
    'Nordhaven to acquire Selvane for €2.4 billion',
    'Nordhaven Group agreed to buy the French software maker.',
    'confirms',
  ],
  [
    'nordhaven-selvane-rachat',
    'Nordhaven finalise le rachat de Selvane',
    "L'opération a été bouclée vendredi.",
    'confirms',
  ],
  [
    'nordhaven-selvane-rachat',
    'Le rachat de Selvane par Nordhaven capote',
    "Nordhaven a retiré son offre sur l'éditeur Selvane.",
    'contradicts',
  ],
  [
    'nordhaven-selvane-rachat',
    'Selvane : Nordhaven lorgnerait l’éditeur',
    'Nordhaven étudierait un rachat de Selvane, selon des sources.',
    'mentions',
  ],
  [
    'nordhaven-selvane-rachat',
    'Selvane dévoile un nouveau logiciel',
    "L'éditeur Selvane a présenté sa nouvelle suite.",
    'unrelated',
  ],
  [
    'nordhaven-selvane-rachat',
    'Nordhaven, qui a racheté Selvane, recrute 300 ingénieurs',
    'Le groupe Nordhaven veut doubler ses effectifs.',
    'mentions',
  ],
  [
    'nordhaven-selvane-rachat',
    'Rachat de Selvane : Nordhaven dément tout abandon',
    "Le groupe Nordhaven a démenti vouloir renoncer à l'opération.",
    'mentions',
  ],
]

// State claim: "Kestrel Capital now owns about 8% of Vantix." (2026-04-01)
const STATE: Case[] = [
  [
    'kestrel-vantix-stake',
    'Kestrel Capital now holds 8% of Vantix',
    'The fund completed its purchase of Vantix shares on Monday.',
    'confirms',
  ],
  [
    'kestrel-vantix-stake',
    'Kestrel agrees to take an 8% stake in Vantix',
    'The stake purchase is expected to close next quarter.',
    'mentions',
  ],
  [
    'kestrel-vantix-stake',
    'Kestrel sells its Vantix stake',
    'Kestrel Capital sold all of its shares in Vantix.',
    'contradicts',
  ],
  [
    'kestrel-vantix-stake',
    'Kestrel cède sa participation dans Vantix',
    'Le fonds Kestrel a vendu ses actions Vantix.',
    'contradicts',
  ],
  ['kestrel-vantix-stake', 'Vantix shares rise as Kestrel Capital builds a stake', '', 'mentions'],
]

// Single-party claims: funding round and IPO.
const SINGLE: Case[] = [
  [
    'datafjord-raise',
    'Datafjord raises $3 billion',
    'Datafjord said it raised $3 billion in new funding.',
    'confirms',
  ],
  [
    'datafjord-raise',
    'Datafjord signs partnership with a cloud provider',
    'Datafjord Inc will resell the provider’s services.',
    'unrelated',
  ],
  [
    'datafjord-raise',
    'Datafjord delays its IPO',
    'Its latest funding round valued the company at $40 billion.',
    'unrelated',
  ],
  [
    'datafjord-raise',
    'Datafjord repousse son introduction en Bourse',
    'Sa dernière levée de fonds la valorisait 40 milliards de dollars.',
    'unrelated',
  ],
  [
    'quillon-ipo',
    'Quillon prices IPO at $22 a share',
    'Quillon Motors raised $1.3 billion in its Nasdaq listing.',
    'confirms',
  ],
  [
    'quillon-ipo',
    'Quillon prices IPO at $16, below the range',
    'Quillon Motors sold fewer shares than planned.',
    'contradicts',
  ],
  [
    'quillon-ipo',
    'Quillon postpones its IPO',
    'Quillon said it would delay its listing because of market turmoil.',
    'contradicts',
  ],
  [
    'quillon-ipo',
    'Quillon recalls 10,000 cars',
    'Quillon Motors is recalling vehicles over a software fault.',
    'unrelated',
  ],
]

// Negative claim: "Orbitel is terminating its $3 billion deal to buy Brightwave." (2026-07-01)
const NEGATIVE: Case[] = [
  [
    'orbitel-brightwave-termination',
    'Orbitel walks away from Brightwave deal',
    'Orbitel said it terminated its agreement to acquire Brightwave.',
    'confirms',
  ],
  [
    'orbitel-brightwave-termination',
    'Orbitel reverses course, will go through with Brightwave acquisition',
    'Orbitel said it would proceed with the deal at the original price.',
    'contradicts',
  ],
  [
    'orbitel-brightwave-termination',
    'Orbitel suspend temporairement le rachat de Brightwave',
    'Le groupe attend des précisions sur les comptes de Brightwave.',
    'mentions',
  ],
]

// Structural rules: headline focus, other deals between the same parties, figures in clauses.
const STRUCTURE: Case[] = [
  // The headline is about something else; the deal is recalled in passing.
  [
    'vantix-brightwave-deal',
    'Vantix, from boom to doubts',
    'Vantix shares doubled this year. The collapse of its Brightwave acquisition in May still weighs on the group.',
    'mentions',
  ],
  [
    'vantix-brightwave-deal',
    'Vantix : de l’euphorie au doute',
    "L'action a doublé cette année. L'échec du rachat de Brightwave pèse encore sur le groupe.",
    'mentions',
  ],
  // Metaphorical headline verbs still put the deal in the headline.
  [
    'vantix-brightwave-deal',
    'Vantix s’empare de Brightwave pour 12 milliards de dollars',
    'Le concepteur de puces a signé un accord pour racheter la plateforme.',
    'confirms',
  ],
  // A takeover offer in the headline; the lede's "offer" is that offer, not a supply contract.
  [
    'orbitel-lumora-talks',
    'Lumora rejects Orbitel takeover offer',
    'Lumora rejected the offer, saying it undervalued the company.',
    'unrelated',
  ],
  // A figure in a relative clause does not decide.
  [
    'vantix-brightwave-deal',
    'Vantix, which agreed to buy Brightwave for $30 billion, names new CFO',
    'The group appointed a finance chief on Monday.',
    'mentions',
  ],
  [
    'vantix-brightwave-deal',
    'Vantix, qui a racheté Brightwave pour 30 milliards de dollars, change de directeur financier',
    'Le groupe a nommé un nouveau directeur lundi.',
    'mentions',
  ],
  // "Shareholders" does not make a story about an investment.
  [
    'orbitel-lumora-talks',
    'Orbitel shareholders back new board',
    'Orbitel shareholders approved the board slate; Lumora was not discussed.',
    'mentions',
  ],
  // A stated plan with terms is an announcement: a later pricing confirms it.
  [
    'quillon-ipo',
    'Quillon sets IPO terms',
    'Quillon plans to sell shares at $20 to $24 each in its Nasdaq listing.',
    'confirms',
  ],
]

// Common headline phrasing (EN/FR) for an agreed acquisition and investment talks.
const HEADLINES: Case[] = [
  ['vantix-brightwave-deal', 'Vantix clinches $12 billion Brightwave deal', '', 'confirms'],
  ['vantix-brightwave-deal', 'Vantix snaps up Brightwave in $12bn deal', '', 'confirms'],
  ['vantix-brightwave-deal', 'Vantix wins EU nod for Brightwave deal', '', 'confirms'],
  ['vantix-brightwave-deal', 'Vantix wraps up Brightwave acquisition', '', 'confirms'],
  ['vantix-brightwave-deal', 'Vantix met la main sur Brightwave', '', 'confirms'],
  [
    'vantix-brightwave-deal',
    'Feu vert de Bruxelles au rachat de Brightwave par Vantix',
    '',
    'confirms',
  ],
  [
    'vantix-brightwave-deal',
    'Vantix, Brightwave say deal still on track',
    'The companies said they remain committed to the merger.',
    'confirms',
  ],
  ['vantix-brightwave-deal', 'Vantix nears deal for Brightwave', '', 'mentions'],
  ['vantix-brightwave-deal', 'Vantix jette son dévolu sur Brightwave', '', 'mentions'],
  [
    'vantix-brightwave-deal',
    'UK watchdog refers Vantix-Brightwave deal for in-depth probe',
    '',
    'mentions',
  ],
  ['vantix-brightwave-deal', 'Vantix-Brightwave deal falls apart', '', 'contradicts'],
  ['vantix-brightwave-deal', 'Vantix drops pursuit of Brightwave', '', 'contradicts'],
  ['vantix-brightwave-deal', "Vantix's bid for Brightwave collapses", '', 'contradicts'],
  ['vantix-brightwave-deal', "Vantix jette l'éponge pour Brightwave", '', 'contradicts'],
  ['vantix-brightwave-deal', "Brightwave repousse l'offre de Vantix", '', 'contradicts'],
  [
    'vantix-brightwave-deal',
    'Vantix raises offer for Brightwave to $15 billion',
    '',
    'contradicts',
  ],
  ['vantix-brightwave-deal', 'Vantix shares jump as Brightwave deal nears', '', 'mentions'],
  [
    'vantix-brightwave-deal',
    'Regulator withdraws its challenge to Vantix-Brightwave deal',
    '',
    'mentions',
  ],
  [
    'vantix-brightwave-deal',
    "L'autorité renonce à son recours contre le rachat de Brightwave par Vantix",
    '',
    'mentions',
  ],
  [
    'vantix-brightwave-deal',
    'Closing of Vantix-Brightwave deal delayed to next quarter',
    '',
    'mentions',
  ],
  [
    'vantix-brightwave-deal',
    'Le rachat de Brightwave par Vantix retardé par Bruxelles',
    '',
    'mentions',
  ],
  ['vantix-brightwave-deal', 'Brightwave rejects report that Vantix deal is off', '', 'mentions'],
  [
    'orbitel-lumora-talks',
    'Orbitel weighs multibillion-dollar investment in Lumora',
    '',
    'confirms',
  ],
  ['orbitel-lumora-talks', 'Orbitel eyes stake in Lumora', '', 'confirms'],
  ['orbitel-lumora-talks', 'Lumora said to be in talks with Orbitel over funding', '', 'confirms'],
  ['orbitel-lumora-talks', 'Orbitel confirme des discussions avec Lumora', '', 'confirms'],
  ['orbitel-lumora-talks', 'Orbitel says no talks with Lumora', '', 'contradicts'],
  ['orbitel-lumora-talks', 'Orbitel dismisses report of Lumora investment', '', 'contradicts'],
  ['orbitel-lumora-talks', "Orbitel n'investira pas dans Lumora", '', 'contradicts'],
  [
    'orbitel-lumora-talks',
    'Orbitel has not yet agreed to invest in Lumora',
    'Talks continue, people familiar with the matter said.',
    'confirms',
  ],
]

// Another buyer takes the target (the claim's buyer named or not).
const RIVAL: Case[] = [
  [
    'vantix-brightwave-deal',
    'Halcyon to buy Brightwave for $14 billion',
    'Halcyon agreed to acquire the streaming service.',
    'contradicts',
  ],
  [
    'vantix-brightwave-deal',
    'Rival Halcyon buys Brightwave',
    'Halcyon beat Vantix to the deal.',
    'contradicts',
  ],
  [
    'vantix-brightwave-deal',
    'Halcyon rachète Brightwave, coiffant Vantix au poteau',
    '',
    'contradicts',
  ],
  ['nordhaven-selvane-rachat', "Le groupe Arvel rachète l'éditeur Selvane", '', 'contradicts'],
  ['vantix-brightwave-deal', 'Halcyon in talks to buy Brightwave', '', 'unrelated'],
  ['vantix-brightwave-deal', 'Could Halcyon buy Brightwave?', '', 'unrelated'],
  ['vantix-brightwave-deal', 'Brightwave buys Tiny Co', '', 'unrelated'],
  ['vantix-brightwave-deal', "Halcyon buys Brightwave's streaming unit", '', 'unrelated'],
  ['vantix-brightwave-deal', 'Halcyon rachète une filiale de Brightwave', '', 'unrelated'],
]

describe('judgeStory verdicts (invented EN/FR cases)', () => {
  it.each([
    ...TALKS,
    ...AGREED,
    ...FRENCH,
    ...STATE,
    ...SINGLE,
    ...NEGATIVE,
    ...STRUCTURE,
    ...HEADLINES,
    ...RIVAL,
  ])('%s ← "%s"', (claim, title, summary, expected) => {
    expect(verdictOf(claim, title, summary)).toBe(expected)
  })
})

describe('a single-party sale claim', () => {
  const sale = compileClaims({
    entities: CLAIMS_FILE.entities,
    claims: [
      {
        id: 'sale',
        text: 'Brightwave is exploring a sale, according to people familiar with the matter.',
        date: '2026-07-01',
      },
    ],
  })
  const verdict = (title: string): Verdict =>
    judgeStory(sale, story(title, '')).find((j) => j.claim === 'sale')?.verdict ?? 'unrelated'
  it.each<[string, Verdict]>([
    ['Vantix to buy Brightwave for $12 billion', 'confirms'],
    ['Brightwave hires bankers to explore a sale', 'confirms'],
    ['Brightwave ends sale process', 'contradicts'],
    ['Brightwave launches new shows', 'unrelated'],
  ])('%s → %s', (title, expected) => {
    expect(verdict(title)).toBe(expected)
  })
})

describe('dates and episodes', () => {
  it('a collapse reported before the claim date is an earlier episode (mentions)', () => {
    expect(
      verdictOf(
        'vantix-brightwave-deal',
        'Vantix ends talks to buy Brightwave',
        'Talks between Vantix and Brightwave over an acquisition collapsed.',
        '2025-06-01T00:00:00Z',
      ),
    ).toBe('mentions')
  })
  it('a funding round long after a single-party claim is another episode', () => {
    expect(
      verdictOf(
        'datafjord-raise',
        'Datafjord raises $3 billion',
        'Datafjord said it raised $3 billion in new funding.',
        '2027-06-01T00:00:00Z',
      ),
    ).toBe('mentions')
  })
  it('a story without a date is still judged', () => {
    expect(
      verdictOf('vantix-brightwave-deal', 'Vantix completes Brightwave acquisition', '', null),
    ).toBe('confirms')
  })
})

describe('judgement output', () => {
  it('carries a confidence in [0, 1], the deciding sentence and reasons', () => {
    const s = story(
      'Orbitel denies talks to invest in Lumora',
      'Orbitel said it is not in talks with Lumora about any investment.',
    )
    const j = judgeStory(set, s).find((x) => x.claim === 'orbitel-lumora-talks')
    expect(j?.verdict).toBe('contradicts')
    expect(j?.confidence).toBeGreaterThan(0.5)
    expect(j?.confidence).toBeLessThanOrEqual(1)
    expect(j?.evidence).toMatch(/Orbitel/)
    expect(j?.reasons.join(' ')).toMatch(/denial/)
  })
  it('hedged reporting lowers confidence for a claim about an agreed deal', () => {
    const plain = judgeStory(
      set,
      story('Vantix to buy Brightwave for $12 billion', 'Vantix agreed to acquire Brightwave.'),
    )
    const hedged = judgeStory(
      set,
      story(
        'Vantix to buy Brightwave for $12 billion, sources say',
        'Vantix reportedly agreed to acquire Brightwave.',
      ),
    )
    const a = plain.find((j) => j.claim === 'vantix-brightwave-deal')
    const b = hedged.find((j) => j.claim === 'vantix-brightwave-deal')
    expect(a?.verdict).toBe('confirms')
    expect(b?.verdict).toBe('confirms')
    expect(b!.confidence).toBeLessThan(a!.confidence)
  })
})
