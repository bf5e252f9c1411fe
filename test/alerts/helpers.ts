/** Shared builders for the alerts tests: candidates, a recording sink and a captured logger. */
import type { Alert, DeliveryError, Sink } from '../../src/alerts/alert.js'
import type { AlertCandidate } from '../../src/alerts/outbox.js'
import { createLogger, type Logger } from '../../src/log.js'

export const T0 = new Date('2026-03-02T10:00:00Z')

/** A confirms candidate for claim `c1` from feed `feedId`; fields overridable. */
export function candidate(
  storyId: string,
  feedId: string,
  overrides: {
    claimId?: string
    verdict?: AlertCandidate['judgement']['verdict']
    confidence?: number
    published?: string | null
    firstPoll?: boolean
  } = {},
): AlertCandidate {
  const claimId = overrides.claimId ?? 'c1'
  return {
    story: {
      id: storyId,
      title: `Story ${storyId}`,
      url: `https://news.example/${storyId}`,
      published: overrides.published === undefined ? '2026-03-02T09:00:00Z' : overrides.published,
      outlet: `Outlet ${feedId}`,
      feedId,
    },
    claim: { id: claimId, text: 'Globex is in talks to acquire Initech for about $2 billion.' },
    judgement: {
      item: storyId,
      claim: claimId,
      verdict: overrides.verdict ?? 'confirms',
      confidence: overrides.confidence ?? 0.9,
      evidence: `Evidence of ${storyId}.`,
      reasons: ['same parties'],
    },
    standing: { confirms: 1, contradicts: 0, mentions: 0 },
    ...(overrides.firstPoll === undefined ? {} : { firstPoll: overrides.firstPoll }),
  }
}

export interface RecordingSink extends Sink {
  posts: Alert[]
  edits: { messageId: string; alert: Alert }[]
  /** Errors thrown by the next calls, in order. */
  failures: DeliveryError[]
}

export function recordingSink(destination = 'console'): RecordingSink {
  const sink: RecordingSink = {
    destination,
    posts: [],
    edits: [],
    failures: [],
    post: (alert) => {
      const failure = sink.failures.shift()
      if (failure) return Promise.reject(failure)
      sink.posts.push(alert)
      return Promise.resolve({ messageId: `m-${destination}-${sink.posts.length}` })
    },
    edit: (messageId, alert) => {
      const failure = sink.failures.shift()
      if (failure) return Promise.reject(failure)
      sink.edits.push({ messageId, alert })
      return Promise.resolve()
    },
  }
  return sink
}

/** A logger whose lines are kept. */
export function capturedLogger(): { log: Logger; lines: string[] } {
  const lines: string[] = []
  return {
    log: createLogger({ level: 'debug', write: (l) => lines.push(l), clock: () => T0 }),
    lines,
  }
}

/** A mutable clock. */
export function clock(start = T0): { now: () => Date; advance: (ms: number) => void } {
  let t = start.getTime()
  return { now: () => new Date(t), advance: (ms) => (t += ms) }
}
