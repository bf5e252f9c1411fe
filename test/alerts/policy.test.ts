import { describe, expect, it } from 'vitest'
import {
  alertEligibility,
  destinationsFor,
  groupStory,
  retryDelayMs,
  type OpenEvent,
} from '../../src/alerts/policy.js'

describe('alertEligibility', () => {
  it.each([
    {
      name: 'confirms above threshold',
      verdict: 'confirms',
      confidence: 0.91,
      firstPoll: false,
      expected: { ok: true, verdict: 'confirms' },
    },
    {
      name: 'contradicts at the threshold',
      verdict: 'contradicts',
      confidence: 0.7,
      firstPoll: false,
      expected: { ok: true, verdict: 'contradicts' },
    },
    {
      name: 'confirms just below',
      verdict: 'confirms',
      confidence: 0.69,
      firstPoll: false,
      expected: { ok: false, reason: 'below-threshold' },
    },
    {
      name: 'mentions never alerts',
      verdict: 'mentions',
      confidence: 0.99,
      firstPoll: false,
      expected: { ok: false, reason: 'not-alertable' },
    },
    {
      name: 'unrelated never alerts',
      verdict: 'unrelated',
      confidence: 1,
      firstPoll: false,
      expected: { ok: false, reason: 'not-alertable' },
    },
    {
      name: 'first poll holds back',
      verdict: 'confirms',
      confidence: 0.99,
      firstPoll: true,
      expected: { ok: false, reason: 'first-poll' },
    },
    {
      name: 'NaN confidence',
      verdict: 'confirms',
      confidence: NaN,
      firstPoll: false,
      expected: { ok: false, reason: 'below-threshold' },
    },
  ] as const)('$name', ({ verdict, confidence, firstPoll, expected }) => {
    expect(alertEligibility({ verdict, confidence }, { threshold: 0.7, firstPoll })).toEqual(
      expected,
    )
  })
})

describe('destinationsFor', () => {
  it.each([
    { name: 'all pass', confidence: 0.9, expected: ['channel:1', 'console'] },
    { name: 'strict server excluded', confidence: 0.75, expected: ['console'] },
    { name: 'none pass', confidence: 0.5, expected: [] },
  ])('$name', ({ confidence, expected }) => {
    const rules = [
      { destination: 'channel:1', threshold: 0.8 },
      { destination: 'console', threshold: 0.7 },
      // A later duplicate (the env channel equal to a server's) does not override the first rule.
      { destination: 'channel:1', threshold: 0.1 },
    ]
    expect(destinationsFor(rules, confidence)).toEqual(expected)
  })
})

describe('groupStory', () => {
  const now = new Date('2026-02-01T12:00:00Z')
  const event: OpenEvent = { id: 7, firstStoryAt: '2026-02-01T08:00:00Z', feedIds: ['wire'] }
  it.each([
    {
      name: 'no event opens',
      event: undefined,
      published: '2026-02-01T09:00:00Z',
      feedId: 'fil',
      expected: { kind: 'open' },
    },
    {
      name: 'other outlet an hour later joins',
      event,
      published: '2026-02-01T09:00:00Z',
      feedId: 'fil',
      expected: { kind: 'join', eventId: 7 },
    },
    {
      name: 'exactly 72 h later joins',
      event,
      published: '2026-02-04T08:00:00Z',
      feedId: 'fil',
      expected: { kind: 'join', eventId: 7 },
    },
    {
      name: '72 h + 1 min later opens',
      event,
      published: '2026-02-04T08:01:00Z',
      feedId: 'fil',
      expected: { kind: 'open' },
    },
    {
      name: 'older story within the window joins',
      event,
      published: '2026-01-30T09:00:00Z',
      feedId: 'fil',
      expected: { kind: 'join', eventId: 7 },
    },
    {
      name: 'same outlet opens a new event',
      event,
      published: '2026-02-01T09:00:00Z',
      feedId: 'wire',
      expected: { kind: 'open' },
    },
    {
      name: 'undated story uses now',
      event,
      published: null,
      feedId: 'fil',
      expected: { kind: 'join', eventId: 7 },
    },
    {
      name: 'unparsable date uses now',
      event,
      published: 'yesterday',
      feedId: 'fil',
      expected: { kind: 'join', eventId: 7 },
    },
  ])('$name', ({ event, published, feedId, expected }) => {
    expect(groupStory(event, { published, feedId }, now, 72)).toEqual(expected)
  })

  it('undated story far from the event opens a new one', () => {
    const later = new Date('2026-02-10T00:00:00Z')
    expect(groupStory(event, { published: null, feedId: 'fil' }, later, 72)).toEqual({
      kind: 'open',
    })
  })
})

describe('retryDelayMs', () => {
  it.each([
    { failures: 1, ms: 30_000 },
    { failures: 2, ms: 60_000 },
    { failures: 3, ms: 120_000 },
    { failures: 7, ms: 1_920_000 },
    { failures: 8, ms: 3_600_000 },
    { failures: 1000, ms: 3_600_000 },
    { failures: 0, ms: 30_000 },
  ])('after $failures failures waits $ms ms', ({ failures, ms }) => {
    expect(retryDelayMs(failures)).toBe(ms)
  })
})
