/**
 * The alert policy, pure: which judgements become alerts, which destinations take them, how
 * stories of several outlets group into one event, and when a failed delivery is retried.
 * Time is always passed in; nothing here reads the clock or does I/O.
 */
import type { AlertVerdict, Judgement } from '../domain.js'

/** Default minimum confidence for an alert. */
export const DEFAULT_THRESHOLD = 0.7
/** Default grouping window: stories within 72 h of an event's first story join it. */
export const DEFAULT_GROUP_WINDOW_HOURS = 72

export type Eligibility =
  | { ok: true; verdict: AlertVerdict }
  | { ok: false; reason: 'not-alertable' | 'first-poll' | 'below-threshold' }

/**
 * Whether a judgement may become an alert: only confirms/contradicts, never from a feed's first
 * poll (its backlog is history, not news), and only at or above `threshold` (in [0, 1]).
 */
export function alertEligibility(
  judgement: Pick<Judgement, 'verdict' | 'confidence'>,
  options: { threshold: number; firstPoll?: boolean },
): Eligibility {
  const { verdict } = judgement
  if (verdict !== 'confirms' && verdict !== 'contradicts')
    return { ok: false, reason: 'not-alertable' }
  if (options.firstPoll === true) return { ok: false, reason: 'first-poll' }
  if (!(judgement.confidence >= options.threshold)) return { ok: false, reason: 'below-threshold' }
  return { ok: true, verdict }
}

/** A destination with the threshold that applies to it (a server's own, or the default). */
export interface DestinationRule {
  destination: string
  threshold: number
}

/**
 * The destinations whose threshold `confidence` reaches, first occurrence of each destination
 * winning (callers list per-server rules before the defaults).
 */
export function destinationsFor(rules: readonly DestinationRule[], confidence: number): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const rule of rules) {
    if (seen.has(rule.destination)) continue
    seen.add(rule.destination)
    if (confidence >= rule.threshold) out.push(rule.destination)
  }
  return out
}

/** The latest event of a claim × verdict, as the grouping needs it. */
export interface OpenEvent {
  id: number
  /** ISO instant of the event's first story: its publication date, else when it was seen. */
  firstStoryAt: string
  /** Feeds (outlets) already counted in the event. */
  feedIds: readonly string[]
}

export type GroupDecision = { kind: 'join'; eventId: number } | { kind: 'open' }

/**
 * One alert per event, not per outlet: a story joins `event` (the latest of its claim × verdict)
 * when its instant (publication, else `now`) lies within `windowHours` of the event's first story,
 * either side, and its feed is not already counted; otherwise it opens a new event (a second story
 * from the same outlet is news of its own, e.g. the official confirmation after the rumour).
 */
export function groupStory(
  event: OpenEvent | undefined,
  story: { published: string | null; feedId: string },
  now: Date,
  windowHours: number = DEFAULT_GROUP_WINDOW_HOURS,
): GroupDecision {
  if (event === undefined) return { kind: 'open' }
  if (event.feedIds.includes(story.feedId)) return { kind: 'open' }
  const storyAt = instantOf(story.published, now)
  const firstAt = instantOf(event.firstStoryAt, now)
  const gapMs = Math.abs(storyAt.getTime() - firstAt.getTime())
  return gapMs <= windowHours * 3_600_000 ? { kind: 'join', eventId: event.id } : { kind: 'open' }
}

/** An ISO instant as a Date, `fallback` when missing or unparsable. */
export function instantOf(iso: string | null, fallback: Date): Date {
  if (iso === null) return fallback
  const t = Date.parse(iso)
  return Number.isNaN(t) ? fallback : new Date(t)
}

/** First retry after 30 s, doubling, at most one hour apart; attempts are never capped. */
export const RETRY_BASE_MS = 30_000
export const RETRY_CAP_MS = 3_600_000

/**
 * Delay before the next attempt after `failures` consecutive transient failures (>= 1):
 * 30 s × 2^(failures − 1), capped at one hour.
 */
export function retryDelayMs(failures: number): number {
  const n = Math.max(0, Math.floor(failures) - 1)
  // 2^7 × 30 s already exceeds the cap; avoid huge exponents.
  return n >= 7 ? RETRY_CAP_MS : Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** n)
}
