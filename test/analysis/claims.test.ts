import { describe, expect, it } from 'vitest'
import {
  analyzeStories,
  compileClaims,
  describeClaim,
  judgeStory,
} from '../../src/analysis/index.js'
import type { ClaimsFile } from '../../src/domain.js'
import type { CompiledClaim } from '../../src/analysis/index.js'
import { CLAIMS_FILE, ENTITIES, fabrionClaims, story } from './fixtures.js'

function understand(text: string, extra: Partial<ClaimsFile['claims'][number]> = {}) {
  const set = compileClaims({ entities: ENTITIES, claims: [{ id: 'c', text, ...extra }] })
  return { d: describeClaim(set.claims[0]!), warnings: set.warnings }
}

describe('claim understanding', () => {
  it.each<[string, string[], string, string, boolean]>([
    // text, parties (id:role), kind, status, hedged
    [
      'Orbitel has agreed to buy Lumora for $4 billion.',
      ['orbitel:buyer', 'lumora:target'],
      'acquisition',
      'agreed',
      false,
    ],
    [
      'Orbitel is in talks to acquire Lumora, according to people familiar with the matter.',
      ['orbitel:buyer', 'lumora:target'],
      'acquisition',
      'talks',
      true,
    ],
    [
      'Orbitel completed its acquisition of Lumora.',
      ['orbitel:buyer', 'lumora:target'],
      'acquisition',
      'closed',
      false,
    ],
    [
      'Lumora was acquired by Orbitel for $4 billion.',
      ['orbitel:buyer', 'lumora:target'],
      'acquisition',
      'announced',
      false,
    ],
    // An explicit agreement to an offer is agreed, not talks.
    [
      'Lumora has agreed to a sweetened takeover offer from Orbitel worth about $5 billion.',
      ['orbitel:buyer', 'lumora:target'],
      'acquisition',
      'agreed',
      false,
    ],
    [
      "Lumora's board has accepted Orbitel's improved takeover offer.",
      ['orbitel:buyer', 'lumora:target'],
      'acquisition',
      'agreed',
      false,
    ],
    [
      'Orbitel has made a sweetened offer to acquire Lumora.',
      ['orbitel:buyer', 'lumora:target'],
      'acquisition',
      'talks',
      false,
    ],
    [
      'Le rachat de Lumora par Orbitel est finalisé.',
      ['orbitel:buyer', 'lumora:target'],
      'acquisition',
      'closed',
      false,
    ],
    [
      'Orbitel va investir 2 milliards de dollars dans Lumora.',
      ['orbitel:investor', 'lumora:target'],
      'investment',
      'agreed',
      false,
    ],
    [
      'Orbitel serait en discussions pour investir dans Lumora, selon des sources.',
      ['orbitel:investor', 'lumora:target'],
      'investment',
      'talks',
      true,
    ],
    [
      'Kestrel Capital now owns about 8% of Vantix.',
      ['kestrel:investor', 'vantix:target'],
      'investment',
      'closed',
      false,
    ],
    [
      'Orbitel has invested more than $13 billion in Lumora since 2019.',
      ['orbitel:investor', 'lumora:target'],
      'investment',
      'closed',
      false,
    ],
    ['Datafjord plans to go public on Nasdaq.', ['datafjord:issuer'], 'ipo', 'talks', false],
    ['Quillon has filed for an IPO.', ['quillon:issuer'], 'ipo', 'agreed', false],
    [
      'Lumora signed a $3 billion cloud contract with Orbitel.',
      ['lumora:party', 'orbitel:party'],
      'supply',
      'agreed',
      false,
    ],
    [
      // Selvane, named only in the purpose clause, is context, not a party.
      'Orbitel will sell 300 stores to Nordhaven to win approval for its merger with Selvane.',
      ['orbitel:seller', 'nordhaven:buyer'],
      'divestiture',
      'agreed',
      false,
    ],
    [
      'Orbitel is in exclusive talks to sell Lumora to Nordhaven.',
      ['orbitel:seller', 'lumora:target', 'nordhaven:buyer'],
      'divestiture',
      'talks',
      false,
    ],
    [
      'Orbitel will sell the streaming rights to Lumora games to Nordhaven.',
      ['orbitel:seller', 'lumora:target', 'nordhaven:buyer'],
      'divestiture',
      'agreed',
      false,
    ],
    [
      "Orbitel va céder sa filiale Lumora au fonds américain Nordhaven pour 2 milliards d'euros.",
      ['orbitel:seller', 'lumora:target', 'nordhaven:buyer'],
      'divestiture',
      'agreed',
      false,
    ],
    [
      'Orbitel est entré en négociations exclusives avec Nordhaven pour lui céder Lumora.',
      ['orbitel:seller', 'nordhaven:buyer', 'lumora:target'],
      'divestiture',
      'talks',
      false,
    ],
    [
      "Orbitel a accepté d'investir jusqu'à 2 milliards de dollars dans Lumora, selon des sources proches du dossier.",
      ['orbitel:investor', 'lumora:target'],
      'investment',
      'agreed',
      true,
    ],
    [
      'Orbitel va racheter trois usines à Lumora pour 1 milliard de dollars une fois son rachat de Selvane finalisé.',
      ['orbitel:buyer', 'lumora:target'],
      'acquisition',
      'agreed',
      false,
    ],
    [
      'Lumora will provide Orbitel with GPU capacity under a deal worth $17.4 billion that could rise to $19.4 billion.',
      ['lumora:party', 'orbitel:party'],
      'supply',
      'announced',
      false,
    ],
    [
      'Orbitel and Lumora will combine their satellite businesses in a new company.',
      ['orbitel:buyer', 'lumora:target'],
      'acquisition',
      'agreed',
      false,
    ],
    [
      'Orbitel va investir 1 milliard de dollars dans Lumora et autoriser Selvane à utiliser ses personnages.',
      ['orbitel:investor', 'lumora:target', 'selvane:party'],
      'investment',
      'agreed',
      false,
    ],
    [
      'Nordhaven a bloqué le rachat de Lumora par Orbitel, invoquant la sécurité nationale.',
      ['orbitel:buyer', 'lumora:target', 'nordhaven:party'],
      'acquisition',
      'blocked',
      false,
    ],
    [
      "Nordhaven has blocked Orbitel's proposed takeover of Lumora.",
      ['orbitel:buyer', 'lumora:target', 'nordhaven:party'],
      'acquisition',
      'blocked',
      false,
    ],
    [
      "Orbitel has signed a 20-year agreement to buy the power from Lumora's reactor.",
      ['orbitel:party', 'lumora:party'],
      'supply',
      'agreed',
      false,
    ],
    [
      'Orbitel has signed a 20-year agreement to buy the output of Lumora’s nuclear plant.',
      ['orbitel:party', 'lumora:party'],
      'supply',
      'agreed',
      false,
    ],
    [
      "Orbitel va acheter l'électricité des réacteurs de Lumora.",
      ['orbitel:party', 'lumora:party'],
      'supply',
      'announced',
      false,
    ],
    [
      'Lumora will supply Orbitel with nuclear power under an expanded power purchase agreement worth about $18 billion.',
      ['lumora:party', 'orbitel:party'],
      'supply',
      'agreed',
      false,
    ],
    [
      'Lumora a vendu à Orbitel son campus de centres de données pour 650 millions de dollars.',
      ['lumora:seller', 'orbitel:buyer'],
      'divestiture',
      'agreed',
      false,
    ],
    [
      "Lumora has walked away from Orbitel's $23 billion takeover offer and will pursue an IPO instead.",
      ['orbitel:buyer', 'lumora:target'],
      'acquisition',
      'ended',
      false,
    ],
    [
      'Orbitel and Selvane will sell 300 stores to Nordhaven.',
      ['orbitel:seller', 'selvane:seller', 'nordhaven:buyer'],
      'divestiture',
      'agreed',
      false,
    ],
    [
      'Orbitel is terminating its deal to buy Lumora.',
      ['orbitel:buyer', 'lumora:target'],
      'acquisition',
      'terminated',
      false,
    ],
    [
      'Orbitel abandonne son projet de rachat de Lumora.',
      ['orbitel:buyer', 'lumora:target'],
      'acquisition',
      'ended',
      false,
    ],
    [
      'Lumora rejected an offer from Orbitel.',
      ['orbitel:buyer', 'lumora:target'],
      'acquisition',
      'rejected',
      false,
    ],
    [
      'Regulators blocked the merger of Orbitel and Lumora.',
      ['orbitel:buyer', 'lumora:target'],
      'acquisition',
      'blocked',
      false,
    ],
    [
      'Orbitel denied it is in talks to buy Lumora.',
      ['orbitel:buyer', 'lumora:target'],
      'acquisition',
      'denied',
      false,
    ],
    [
      'Orbitel put its purchase of Lumora on hold.',
      ['orbitel:buyer', 'lumora:target'],
      'acquisition',
      'stalled',
      false,
    ],
    [
      'Regulators approved the Orbitel-Lumora merger.',
      ['orbitel:buyer', 'lumora:target'],
      'acquisition',
      'approved',
      false,
    ],
    [
      'Orbitel and Lumora announced a multi-year partnership.',
      ['orbitel:partner', 'lumora:partner'],
      'partnership',
      'agreed',
      false,
    ],
  ])('%s', (text, parties, kind, status, hedged) => {
    const { d } = understand(text)
    expect(d.parties.map((p) => `${p.id}:${p.role}`)).toEqual(parties)
    expect(d.kind).toBe(kind)
    expect(d.status).toBe(status)
    expect(d.hedged).toBe(hedged)
  })

  it('reads figures with intervals and currency', () => {
    const { d } = understand('Orbitel has agreed to buy Lumora for about $4 billion.')
    expect(d.figures).toHaveLength(1)
    const f = d.figures[0]!
    expect(f.currency).toBe('USD')
    expect(f.low).toBeLessThan(4e9)
    expect(f.high).toBeGreaterThan(4e9)
    expect(f.qualifier).toBe('approx')
  })

  it('reads French figures (milliards, comma decimals)', () => {
    const { d } = understand("Orbitel va racheter Lumora pour 2,5 milliards d'euros.")
    expect(d.figures[0]?.currency).toBe('EUR')
    expect(d.figures[0]?.low).toBeLessThanOrEqual(2.5e9)
    expect(d.figures[0]?.high).toBeGreaterThanOrEqual(2.5e9)
  })

  it('structured fields override the derived understanding', () => {
    const { d, warnings } = understand('Orbitel and Lumora have an arrangement.', {
      parties: ['lumora', 'orbitel'],
      kind: 'investment',
      status: 'closed',
    })
    expect(d.parties.map((p) => p.id)).toEqual(['lumora', 'orbitel'])
    expect(d.kind).toBe('investment')
    expect(d.status).toBe('closed')
    expect(warnings).toEqual([])
  })

  it('bad overrides become warnings, not errors', () => {
    const { d, warnings } = understand('Orbitel buys Lumora.', {
      parties: ['nobody'],
      kind: 'weird',
      status: 'maybe',
    })
    expect(d.parties).toEqual([])
    expect(warnings.join('\n')).toMatch(/nobody/)
    expect(warnings.join('\n')).toMatch(/weird/)
    expect(warnings.join('\n')).toMatch(/maybe/)
  })

  it('names that are not configured entities become ad-hoc parties', () => {
    const set = compileClaims({
      entities: [],
      claims: [{ id: 'z', text: 'Zephyr Robotics has agreed to buy Halden Labs for $2 billion.' }],
    })
    const d = describeClaim(set.claims[0]!)
    expect(d.parties.map((p) => p.name)).toEqual(['Zephyr Robotics', 'Halden Labs'])
    const j = judgeStory(
      set,
      story('Zephyr Robotics completes Halden Labs acquisition', 'The deal closed on Monday.'),
    )
    expect(j[0]?.verdict).toBe('confirms')
  })

  it('a claim with no recognisable party is kept with a warning', () => {
    const set = compileClaims({
      entities: [],
      claims: [{ id: 'z', text: 'something will happen soon.' }],
    })
    expect(set.claims).toHaveLength(1)
    expect(set.warnings.join('\n')).toMatch(/no party/)
  })

  it('detects the claim language', () => {
    expect(understand('Orbitel va racheter Lumora.').d.lang).toBe('fr')
    expect(understand('Orbitel will buy Lumora.').d.lang).toBe('en')
  })
})

describe('compileClaims robustness', () => {
  it('never throws on malformed input and reports warnings', () => {
    const bad = {
      entities: [
        null,
        { id: 'a' },
        { id: 'orbitel', name: 'Orbitel', aliases: [3, 'Orbitel Corp'] },
      ],
      claims: [
        null,
        { id: 'x' },
        { id: 'y', text: 'Orbitel buys things.' },
        { id: 'y', text: 'dup' },
      ],
    } as unknown as ClaimsFile
    const set = compileClaims(bad)
    expect(set.claims.map((c) => c.id)).toEqual(['y'])
    expect(set.warnings.length).toBeGreaterThanOrEqual(3)
    expect(() => compileClaims({} as ClaimsFile)).not.toThrow()
  })
})

describe('analyzeStories', () => {
  const set = compileClaims(CLAIMS_FILE)
  it('outputs judgements in story-date order, undated last, stable', () => {
    const stories = [
      story('Vantix completes Brightwave acquisition', '', {
        id: 'late',
        published: '2026-09-01T00:00:00Z',
      }),
      story('Vantix completes Brightwave acquisition', '', { id: 'nodate', published: null }),
      story('Vantix completes Brightwave acquisition', '', {
        id: 'early',
        published: '2026-08-01T00:00:00Z',
      }),
      story('Vantix completes Brightwave acquisition', '', {
        id: 'early2',
        published: '2026-08-01T00:00:00Z',
      }),
    ]
    expect(analyzeStories(set, stories).map((j) => j.item)).toEqual([
      'early',
      'early2',
      'late',
      'nodate',
    ])
  })
  it('outputs only related pairs, with the contract fields', () => {
    const out = analyzeStories(set, [
      story('Orbitel launches 5G plans', 'Cheaper mobile plans for all.'),
      story('Orbitel in talks to invest $8 billion in Lumora', ''),
    ])
    expect(out).toHaveLength(1)
    expect(Object.keys(out[0]!).sort()).toEqual([
      'claim',
      'confidence',
      'evidence',
      'item',
      'reasons',
      'verdict',
    ])
  })
  it('never throws on odd stories', () => {
    const odd = [
      story('', ''),
      story('???', '...'),
      {
        id: 'x',
        title: null,
        summary: undefined,
        url: '',
        published: 'not a date',
      } as unknown as ReturnType<typeof story>,
      story('Orbitel '.repeat(500), 'Lumora '.repeat(500)),
      story('💥 Orbitel 💥 Lumora 💥', '\u0000\u0007'),
    ]
    expect(() => analyzeStories(set, odd)).not.toThrow()
  })
  it('is deterministic', () => {
    const stories = [
      story('Orbitel denies talks to invest in Lumora', 'Orbitel said it is not in talks.', {
        id: 'd1',
      }),
    ]
    expect(analyzeStories(set, stories)).toEqual(analyzeStories(set, stories))
  })
})

describe('a price per share is no passive agent', () => {
  it('keeps the bidder first in "X offre 105 rands par action pour racheter le reste de Y"', () => {
    const set = compileClaims({
      entities: [
        { id: 'canalis', name: 'Canalis', aliases: [] },
        { id: 'multivue', name: 'Multivue', aliases: [] },
      ],
      claims: [
        {
          id: 'c',
          text: 'Canalis offre 105 rands par action en numéraire pour racheter le reste du capital de Multivue.',
        },
      ],
    })
    const claim = set.claims[0]
    expect(claim?.parties.map((p) => [p.id, p.role])).toEqual([
      ['canalis', 'buyer'],
      ['multivue', 'target'],
    ])
    expect(claim?.figures[0]?.currency).toBe('ZAR')
  })
})

describe("a kind word inside a company's name names the company", () => {
  const set = compileClaims({
    entities: [
      { id: 'bourse', name: 'Nasdaq', aliases: ['Nasdaq Inc'] },
      { id: 'lse', name: 'London Stock Exchange', aliases: ['LSE'] },
      { id: 'tidal', name: 'Tidal Partners', aliases: [] },
      { id: 'ardent', name: 'Ardent', aliases: [] },
    ],
    claims: [
      {
        id: 'own',
        text: 'Nasdaq now owns about 15% of the London Stock Exchange.',
        date: '2026-01-10',
      },
      {
        id: 'hold',
        text: 'Tidal Partners will hold about 15% of Nasdaq as a result of selling Ardent to the exchange operator.',
        date: '2026-01-10',
      },
    ],
  })
  const verdict = (claim: string, title: string): string =>
    judgeStory(set, story(title, '', { published: '2026-05-01T08:00:00Z' })).find(
      (j) => j.claim === claim,
    )?.verdict ?? 'unrelated'
  it('reads a stake in an exchange as an investment, not a listing', () => {
    expect(describeClaim(set.claims[0]!).kind).toBe('investment')
    expect(describeClaim(set.claims[1]!).kind).toBe('investment')
  })
  it('judges the holding by the holder selling, not by another seller', () => {
    expect(verdict('hold', 'Tidal Partners to sell half its Nasdaq stake')).toBe('contradicts')
    expect(
      verdict('hold', 'Borse Dubai sells Nasdaq shares, Tidal Partners becomes top shareholder'),
    ).not.toBe('contradicts')
  })
})

describe('a claim about one term of a deal named only in the background', () => {
  const set = fabrionClaims([
    {
      id: 'dividend',
      text: 'Fabrion will pay its shareholders a €5.5 billion special dividend as part of its merger with Tessel.',
      date: '2026-01-10',
    },
  ])
  const verdict = (title: string, summary = ''): string =>
    judgeStory(set, story(title, summary, { published: '2026-02-01T08:00:00Z' })).find(
      (j) => j.claim === 'dividend',
    )?.verdict ?? 'unrelated'
  it('is told only by a story giving the term', () => {
    expect(set.claims[0]!.sideTerm).toBe(true)
    expect(verdict('Fabrion and Tessel agree to 50-50 merger')).toBe('mentions')
    expect(
      verdict(
        'Fabrion and Tessel agree to 50-50 merger',
        'Before closing, Fabrion will pay its shareholders a €5.5 billion special dividend.',
      ),
    ).toBe('confirms')
  })
})

describe('a company named only in a background clause is context, not a party', () => {
  const set = compileClaims({
    entities: [
      { id: 'aventa', name: 'Aventa', aliases: [] },
      { id: 'novax', name: 'Novax', aliases: [] },
      { id: 'sanor', name: 'Sanor', aliases: [] },
    ],
    claims: [
      {
        id: 'white-knight',
        text: "Aventa is in talks with Novax about a friendly merger as an alternative to Sanor's hostile bid.",
        date: '2026-04-19',
      },
    ],
  })
  const verdict = (title: string): string =>
    judgeStory(set, story(title, '', { published: '2026-05-01T08:00:00Z' })).find(
      (j) => j.claim === 'white-knight',
    )?.verdict ?? 'unrelated'
  it('keeps the two parties of the claimed deal and gives the bidder as context', () => {
    const d = describeClaim(set.claims[0]!)
    expect(d.parties.map((p) => p.id)).toEqual(['aventa', 'novax'])
    expect(d.context).toEqual(['Sanor'])
  })
  it('judges a story about the context company at most a mention', () => {
    expect(verdict('Sanor launches €47.8 billion hostile bid for Aventa')).toBe('mentions')
    expect(verdict('Aventa in talks with Novax on friendly merger')).toBe('confirms')
  })
})

describe("the claim's own wording, read once", () => {
  const wordingOf = (text: string): CompiledClaim['wording'] =>
    fabrionClaims([{ id: 'c', text, date: '2026-01-10' }]).claims[0]!.wording
  it.each<[string, Partial<CompiledClaim['wording']>]>([
    // Accented part words count ("activité", "pôle"): the folded text is tested.
    ["Fabrion va racheter 77 % de l'activité charbon de Tessel.", { ofPart: true }],
    ['Fabrion va céder son pôle santé à Tessel.', { ofPart: true }],
    ["Fabrion is buying Tessel's wind turbine unit.", { ofPart: true }],
    ['Fabrion va racheter Tessel.', { ofPart: false, hostile: false }],
    ['Fabrion a lancé une offre non sollicitée sur Tessel.', { hostile: true }],
    ['Fabrion made an unsolicited bid for Tessel.', { hostile: true }],
    ['Fabrion signed a licensing agreement with Tessel.', { otherAgreement: true }],
    ['Fabrion a signé un accord de distribution avec Tessel.', { otherAgreement: true }],
  ])('%s', (text, expected) => {
    expect(wordingOf(text)).toMatchObject(expected)
  })
})

describe('a French offer for a company is a bid for it', () => {
  const kindOf = (text: string): string =>
    fabrionClaims([{ id: 'c', text, date: '2026-01-10' }]).claims[0]!.kind
  it.each<[string, string]>([
    ['Fabrion a relevé à 145 euros par action son offre sur Tessel.', 'acquisition'],
    ['Fabrion lance une troisième offre sur Tessel, à 53 euros par action.', 'acquisition'],
    ['Fabrion a déposé une offre de rachat sur Tessel.', 'acquisition'],
    ['Fabrion et Tessel ont signé un accord.', 'deal'],
  ])('%s', (text, kind) => {
    expect(kindOf(text)).toBe(kind)
  })
})

describe('`dealwatch claims` shows the setbacks a claim recalls', () => {
  it('prints them under the figures', async () => {
    const { describeClaim } = await import('../../src/analysis/index.js')
    const { formatClaim } = await import('../../src/cli/claims.js')
    const set = fabrionClaims([
      {
        id: 'pursuit',
        text: 'Fabrion is pursuing a takeover of Tessel after the target rejected its offer.',
        date: '2026-06-30',
      },
    ])
    const d = describeClaim(set.claims[0]!)
    expect(d.recalledSetbacks).toEqual(['rejection'])
    expect(formatClaim(d)).toContain(
      'recalls (a story reporting this is not against the claim): rejection',
    )
  })
})
