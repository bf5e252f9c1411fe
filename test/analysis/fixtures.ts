/**
 * Invented entities and claims for the analysis tests (fictional companies; no real news text).
 */
import { describe, expect, it } from 'vitest'
import { compileClaims, judgeStory, type ClaimSet } from '../../src/analysis/index.js'
import type { ClaimsFile, Story, Verdict } from '../../src/domain.js'

export const ENTITIES: ClaimsFile['entities'] = [
  {
    id: 'orbitel',
    name: 'Orbitel',
    aliases: ['Orbitel Corp', 'ORBT', 'the telecom giant', "l'opérateur Orbitel"],
  },
  {
    id: 'lumora',
    name: 'Lumora',
    aliases: ['Lumora AI', 'the chatbot maker', 'la start-up Lumora'],
  },
  {
    id: 'vantix',
    name: 'Vantix',
    aliases: ['Vantix Semiconductors', 'VTX', 'the chip designer', 'le concepteur de puces'],
  },
  { id: 'kestrel', name: 'Kestrel Capital', aliases: ['Kestrel', 'le fonds Kestrel'] },
  { id: 'brightwave', name: 'Brightwave', aliases: ['Brightwave Inc', 'the streaming service'] },
  { id: 'nordhaven', name: 'Nordhaven', aliases: ['Nordhaven Group', 'le groupe Nordhaven'] },
  { id: 'selvane', name: 'Selvane', aliases: ['Selvane SA', "l'éditeur Selvane"] },
  { id: 'arc', name: 'ARC', aliases: ['Arc Systems'] },
  { id: 'datafjord', name: 'Datafjord', aliases: ['Datafjord Inc'] },
  { id: 'quillon', name: 'Quillon', aliases: ['Quillon Motors'] },
]

export const CLAIMS: ClaimsFile['claims'] = [
  {
    id: 'orbitel-lumora-talks',
    text: 'Orbitel is in talks to invest more than $5 billion in Lumora.',
    date: '2026-03-01',
  },
  {
    id: 'vantix-brightwave-deal',
    text: 'Vantix has agreed to buy Brightwave for about $12 billion in cash.',
    date: '2026-02-10',
  },
  {
    id: 'nordhaven-selvane-rachat',
    text: 'Nordhaven va racheter Selvane pour 2,4 milliards d’euros.',
    date: '2026-01-15',
  },
  {
    id: 'kestrel-vantix-stake',
    text: 'Kestrel Capital now owns about 8% of Vantix.',
    date: '2026-04-01',
  },
  {
    id: 'datafjord-raise',
    text: 'Datafjord is in talks to raise at least $2 billion at a valuation of more than $40 billion.',
    date: '2026-05-01',
  },
  {
    id: 'quillon-ipo',
    text: 'Quillon plans to raise up to $1.5 billion in its Nasdaq IPO by selling shares at $20 to $24 each.',
    date: '2026-06-01',
  },
  {
    id: 'orbitel-brightwave-termination',
    text: 'Orbitel is terminating its $3 billion deal to buy Brightwave.',
    date: '2026-07-01',
  },
]

export const CLAIMS_FILE: ClaimsFile = { entities: ENTITIES, claims: CLAIMS }

/** Claims about Fabrion, Tessel and, where a third company is needed, Orma (invented companies). */
export function fabrionClaims(claims: ClaimsFile['claims']): ClaimSet {
  return compileClaims({
    entities: [
      { id: 'fabrion', name: 'Fabrion', aliases: [] },
      { id: 'tessel', name: 'Tessel', aliases: [] },
      { id: 'orma', name: 'Orma', aliases: [] },
    ],
    claims,
  })
}

let counter = 0
/** A story with defaults; `published` defaults to a date after every claim. */
export function story(title: string, summary = '', extra: Partial<Story> = {}): Story {
  counter++
  return {
    id: extra.id ?? `s${counter}`,
    title,
    summary,
    url: 'https://example.test/' + counter,
    published: extra.published === undefined ? '2026-08-01T08:00:00Z' : extra.published,
    ...(extra.lang !== undefined ? { lang: extra.lang } : {}),
  }
}

/** The verdict of one claim of `set` on a story (`unrelated` when the engine returns none). */
export function verdictIn(
  set: ClaimSet,
  claimId: string,
  title: string,
  summary = '',
  published = '2026-05-01T08:00:00Z',
): Verdict {
  return (
    judgeStory(set, story(title, summary, { published })).find((j) => j.claim === claimId)
      ?.verdict ?? 'unrelated'
  )
}

/** One row of a verdict table: a claim id, a story's title and summary, the expected verdict. */
export type VerdictCase = [claim: string, title: string, summary: string, expected: Verdict]

/** One describe block per named group of cases, one test per row. */
export function describeVerdicts(
  title: string,
  verdictOf: (claim: string, title: string, summary: string) => Verdict,
  cases: Record<string, VerdictCase[]>,
): void {
  describe(title, () => {
    for (const [name, rows] of Object.entries(cases)) {
      describe(name, () => {
        it.each(rows)('%s ← %s', (claim, storyTitle, summary, expected) => {
          expect(verdictOf(claim, storyTitle, summary)).toBe(expected)
        })
      })
    }
  })
}

/** A story about one claim: title, summary, expected verdict, and its own date where it differs. */
export type StoryCase = [title: string, summary: string, expected: Verdict, published?: string]

/**
 * One describe block for one claim about the invented companies Fabrion, Tessel and Orma: every row
 * is a story judged against it, published at `published` unless the row gives its own date.
 */
export function describeClaim(
  name: string,
  claim: { text: string; date: string },
  published: string,
  rows: StoryCase[],
): void {
  describe(name, () => {
    const set = fabrionClaims([{ id: 'c', ...claim }])
    it.each(rows)('%s / %s → %s', (title, summary, expected, at) => {
      expect(verdictIn(set, 'c', title, summary, at ?? published)).toBe(expected)
    })
  })
}
