/**
 * Another buyer taking the target contradicts the claim even when that buyer is itself a company the
 * claims file knows (a party of another claim), and a purchase of the target's shares is not a
 * takeover. Invented companies only; EN + FR.
 */
import { describe, expect, it } from 'vitest'
import { findCues } from '../../src/analysis/cues.js'
import { foldSameLength } from '../../src/analysis/folded.js'
import { compileClaims, judgeStory } from '../../src/analysis/index.js'
import type { Verdict } from '../../src/domain.js'
import { story } from './fixtures.js'

const set = compileClaims({
  entities: [
    { id: 'quorvex', name: 'Quorvex', aliases: ['Quorvex Labs'] },
    { id: 'lumatic', name: 'Lumatic', aliases: ['Lumatic SA'] },
    { id: 'brannock', name: 'Brannock', aliases: ['Brannock Group'] },
    { id: 'ostrel', name: 'Ostrel', aliases: [] },
  ],
  claims: [
    {
      id: 'talks',
      text: 'Quorvex is in advanced talks to acquire Lumatic, according to people familiar with the matter.',
      date: '2026-01-10',
    },
    {
      id: 'accord',
      text: "Quorvex a accepté de racheter Lumatic pour 30 euros par action, soit 2 milliards d'euros.",
      date: '2026-01-10',
    },
    // Makes Brannock a known entity: the other buyer below is no unknown capitalised word.
    { id: 'other', text: 'Brannock has agreed to buy Ostrel for $1 billion.', date: '2025-06-01' },
  ],
})

function verdictOf(claim: string, title: string, summary = ''): Verdict | 'unrelated' {
  const j = judgeStory(set, story(title, summary, { published: '2026-05-01T08:00:00Z' }))
  return j.find((x) => x.claim === claim)?.verdict ?? 'unrelated'
}

describe('a known company other than the claimed buyer takes the target', () => {
  it.each([
    ['talks', 'Brannock completes $4 billion Lumatic acquisition'],
    ['talks', 'Brannock completes acquisition of Lumatic'],
    ['talks', 'Brannock agrees to buy Lumatic for $3 billion, trumping Quorvex'],
    ['accord', 'Brannock rachète Lumatic pour 3 milliards de dollars'],
    ['accord', 'Brannock finalise le rachat de Lumatic'],
  ])('%s ← %s → contradicts', (claim, title) => {
    expect(verdictOf(claim, title)).toBe('contradicts')
  })
})

describe('the claimed buyer itself, or only shares of the target, is no other buyer', () => {
  it.each([
    ['talks', 'Quorvex completes Lumatic acquisition', 'confirms'],
    ['talks', 'Brannock completes $500 million purchase of Lumatic shares', 'unrelated'],
    ['talks', 'Brannock buys shares in Lumatic', 'unrelated'],
    ['accord', 'Brannock rachète des actions de Lumatic', 'unrelated'],
  ])('%s ← %s → %s', (claim, title, expected) => {
    expect(verdictOf(claim, title)).toBe(expected)
  })
})

describe("the press's takeover verbs name a purchase (rafle, avale, s'empare de, scoops up)", () => {
  it.each([
    ['accord', 'Brannock rafle Lumatic pour 32 euros par action', 'contradicts'],
    ['accord', 'Brannock avale Lumatic et devient numéro un européen', 'contradicts'],
    ['talks', "Brannock s'empare de Lumatic pour 3 milliards de dollars", 'contradicts'],
    ['talks', 'Brannock scoops up Lumatic for $3 billion', 'contradicts'],
    ['accord', 'Quorvex rafle Lumatic pour 30 euros par action', 'confirms'],
    ['talks', 'Quorvex scoops up Lumatic', 'confirms'],
    // A contract won, not a company bought.
    ['accord', 'Brannock rafle un contrat de Lumatic', 'unrelated'],
  ])('%s ← %s → %s', (claim, title, expected) => {
    expect(verdictOf(claim, title)).toBe(expected)
  })
})

describe('another company winning the target takes it', () => {
  it.each([
    ['accord', 'Brannock consortium wins Lumatic as 86% of shares are tendered', 'contradicts'],
    ['talks', 'Brannock remporte la bataille pour Lumatic', 'contradicts'],
    ['talks', 'Brannock wins control of Lumatic', 'contradicts'],
    ['accord', 'Brannock strikes $55 billion deal for Lumatic', 'contradicts'],
    ['talks', 'Brannock signe un accord pour racheter Lumatic', 'contradicts'],
    ['accord', 'Quorvex strikes $2 billion deal for Lumatic', 'confirms'],
    ['accord', 'Quorvex wins takeover battle for Lumatic', 'confirms'],
    // Winning something of the target is not winning the target.
    ['accord', 'Brannock wins Lumatic contract', 'unrelated'],
  ])('%s ← %s → %s', (claim, title, expected) => {
    expect(verdictOf(claim, title)).toBe(expected)
  })
})

describe('a deal for a part of the target is not the takeover of the whole', () => {
  it.each([
    ['talks', "Quorvex bids for Lumatic's fixed-line network", 'mentions'],
    ['talks', 'Quorvex lifts Lumatic stake to 25%', 'unrelated'],
    ['accord', 'Quorvex rachète le réseau de Lumatic pour 2 milliards de dollars', 'mentions'],
    ['talks', 'Quorvex agrees to buy Lumatic for $3 billion', 'confirms'],
  ])('%s ← %s → %s', (claim, title, expected) => {
    expect(verdictOf(claim, title)).toBe(expected)
  })
  it('carries the headline part into a lede that does not name the target', () => {
    const j = judgeStory(
      set,
      story(
        "EU clears Quorvex's purchase of Lumatic's landline grid",
        "The Commission approved Quorvex's acquisition of the fixed-line network on Thursday.",
        { published: '2026-05-01T08:00:00Z' },
      ),
    )
    expect(j.find((x) => x.claim === 'talks')?.verdict).toBe('mentions')
  })
  it.each([['talks', 'Quorvex agrees to buy Lumatic for $3.2 billion', 'confirms']])(
    '%s ← %s → %s',
    (claim, title, expected) => {
      expect(verdictOf(claim, title)).toBe(expected)
    },
  )
})

describe('a hostile bid launched is not the agreed deal', () => {
  it.each([
    ['accord', 'Quorvex lance une OPA hostile sur Lumatic', 'mentions'],
    ['accord', 'Quorvex makes $2 billion hostile bid for Lumatic', 'mentions'],
    ['talks', 'Quorvex makes unsolicited offer for Lumatic', 'confirms'],
    ['accord', 'Quorvex agrees to buy Lumatic for €30 a share', 'confirms'],
  ])('%s ← %s → %s', (claim, title, expected) => {
    expect(verdictOf(claim, title)).toBe(expected)
  })
})

describe('a party correcting what the deal is denies the takeover', () => {
  it.each([
    ['accord', 'Lumatic says Quorvex deal is a licence, not a sale', 'contradicts'],
    [
      'accord',
      "Lumatic : l'accord avec Quorvex n'est pas un rachat, mais une licence",
      'contradicts',
    ],
    ['accord', 'Quorvex and Lumatic sign licence deal', 'unrelated'],
  ])('%s ← %s → %s', (claim, title, expected) => {
    expect(verdictOf(claim, title)).toBe(expected)
  })
})

describe("before the claim, another buyer's deal is an earlier contest, never the claim's", () => {
  const before = (claim: string, title: string): Verdict | 'unrelated' =>
    judgeStory(set, story(title, '', { published: '2025-02-13T08:00:00Z' })).find(
      (x) => x.claim === claim,
    )?.verdict ?? 'unrelated'
  it.each([
    ['accord', 'Brannock agrees to buy Lumatic for $45 billion, beating Quorvex', 'mentions'],
    ['accord', 'Brannock rachète Lumatic, coupant l’herbe sous le pied de Quorvex', 'mentions'],
  ])('%s ← %s → %s', (claim, title, expected) => {
    expect(before(claim, title)).toBe(expected)
  })
})

describe("the claim's buyer selling the target on is the deal's aftermath, not another buyer", () => {
  it.each([
    ['accord', 'Brannock to buy Lumatic from Quorvex in $4 billion all-share deal', 'mentions'],
    ['accord', 'Brannock rachète Lumatic de Quorvex pour 4 milliards', 'mentions'],
    // The seller is someone else: another buyer takes the target.
    ['accord', 'Brannock to buy Lumatic from Ostrel in $4 billion deal', 'contradicts'],
  ])('%s ← %s → %s', (claim, title, expected) => {
    expect(verdictOf(claim, title)).toBe(expected)
  })
})

describe("a rival's hostile bid is a contest for the target, not the target taken", () => {
  it.each([
    ['Brannock lance une OPA hostile sur Lumatic', 'unrelated'],
    ['Brannock launches hostile bid for Lumatic', 'unrelated'],
    ['Brannock agrees to buy Lumatic for $45 billion', 'contradicts'],
  ])('%s → %s', (title, expected) => {
    expect(verdictOf('accord', title)).toBe(expected)
  })
})

describe('an intention reported in the conditional is no offer launched', () => {
  it('"envisagerait de lancer une offre publique" is not the offer', () => {
    expect(
      verdictOf('accord', 'Brannock envisagerait de lancer une offre publique sur Lumatic'),
    ).not.toBe('contradicts')
  })
})

describe('a known company agrees to take the target in the lede, the claimed buyer absent', () => {
  const three = compileClaims({
    entities: [
      { id: 'quorvex', name: 'Quorvex', aliases: [] },
      { id: 'lumatic', name: 'Lumatic Holdings', aliases: [] },
      { id: 'ostrel', name: 'Ostrel', aliases: [] },
      { id: 'brannock', name: 'Brannock Energy', aliases: [] },
    ],
    claims: [
      {
        id: 'stake',
        text: "Quorvex has agreed to buy Lumatic Holdings' stake in grid operator Ostrel in a deal valued at about $18.4 billion including debt.",
        date: '2025-07-29',
      },
      {
        id: 'other',
        text: 'Brannock Energy has agreed to buy Halden for $1 billion.',
        date: '2024-01-01',
      },
    ],
  })
  const verdict = (title: string, summary: string, published: string) =>
    judgeStory(three, story(title, summary, { published })).find((x) => x.claim === 'stake')
      ?.verdict ?? 'unrelated'
  it.each([
    [
      'Rival group to buy Ostrel parent for $9 billion in cash',
      'Brannock Energy has agreed to acquire Lumatic Holdings, the owner of Ostrel, for $9 billion in cash.',
      '2026-07-07T08:00:00Z',
      'contradicts',
    ],
    [
      'Rival group to buy Ostrel parent for $9 billion in cash',
      'Brannock Energy has agreed to acquire Lumatic Holdings, the owner of Ostrel, for $9 billion in cash.',
      '2025-03-01T08:00:00Z',
      'mentions',
    ],
    [
      'Quorvex to buy Ostrel stake',
      'Quorvex has agreed to acquire Lumatic Holdings’ stake in Ostrel for about $18.4 billion including debt.',
      '2025-07-29T08:00:00Z',
      'confirms',
    ],
  ])('%s / %s (%s) → %s', (title, summary, published, expected) => {
    expect(verdict(title, summary, published)).toBe(expected)
  })
})

describe("the buyer's owner in the headline, or an asset of the target, is no other buyer", () => {
  it.each([
    [
      'accord',
      'Patrik Drahn s’offre Lumatic pour 2 milliards d’euros',
      'Quorvex a conclu un accord pour racheter Lumatic, contrôlé par la famille Dolan, au prix de 30 euros par action.',
      'confirms',
    ],
    ['accord', 'Brannock rafle l’Orbix de Lumatic pour 1 milliard', '', 'unrelated'],
    ['talks', "Brannock to buy Lumatic's Orbix for $1 billion", '', 'unrelated'],
    // Without the lede naming the claimed buyer, the headline's buyer is another buyer.
    ['accord', 'Brannock s’offre Lumatic pour 2 milliards d’euros', '', 'contradicts'],
  ])('%s ← %s / %s → %s', (claim, title, summary, expected) => {
    expect(verdictOf(claim, title, summary)).toBe(expected)
  })
})

describe('buying into the target is a stake, not the target taken', () => {
  it.each([
    ['accord', 'Brannock buys into Lumatic, threatening Quorvex takeover'],
    ['talks', 'Brannock buys into Lumatic'],
  ])('%s ← %s → not contradicts', (claim, title) => {
    expect(verdictOf(claim, title)).not.toBe('contradicts')
  })
  it('buying the target itself still takes it', () => {
    expect(verdictOf('talks', 'Brannock buys Lumatic')).toBe('contradicts')
  })
})

it('a challenger is a rival, not a legal challenge', () => {
  const cls = (t: string) => findCues(foldSameLength(t)).map((c) => c.cls)
  expect(cls('creating a challenger to British Gas')).not.toContain('legal')
  expect(cls('the regulator will challenge the merger')).toContain('legal')
})
