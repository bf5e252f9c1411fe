/**
 * The alert outbox: `enqueue` turns a judgement into an alert event (or joins an open one) and
 * queues its deliveries in the same transaction; `deliverDue` sends what is due, durably
 * scheduling retries, so nothing is lost across crashes, restarts and Discord outages.
 *
 * Delivery semantics. Each delivery is claimed (conditional UPDATE, exactly one winner among
 * processes sharing the database) before it is sent, and marked sent right after Discord answers.
 * A crash between the two leaves a claim that expires after `claimTtlMs`; the delivery is then
 * sent again:
 * - edits are idempotent (they render the event as it stands), so at-least-once is harmless;
 * - channel posts carry a nonce with `enforce_nonce`, so Discord returns the message it already
 *   created instead of posting a second one (within the few minutes Discord remembers nonces);
 * - webhook posts have no such key: a crash in that window may post the alert twice. We accept
 *   that rare duplicate rather than risk losing an alert (at-least-once over at-most-once).
 */
import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Judgement, Lang } from '../domain.js'
import { describeError, type Logger } from '../log.js'
import type { Database } from '../store/database.js'
import {
  claimDelivery,
  dueDeliveries,
  endDelivery,
  findPost,
  guildAlertChannels,
  loadEvent,
  markDeliverySent,
  markDestinationBroken,
  markDestinationOk,
  recordAlert,
  rescheduleDelivery,
  type AlertEventRow,
  type AlertStory,
  type DestinationInfo,
  type DueDelivery,
} from '../store/alerts.js'
import { DeliveryError, type Alert, type Sink, type StandingCounts } from './alert.js'
import {
  alertEligibility,
  DEFAULT_GROUP_WINDOW_HOURS,
  DEFAULT_THRESHOLD,
  destinationsFor,
  groupStory,
  RETRY_BASE_MS,
  retryDelayMs,
  type DestinationRule,
} from './policy.js'

/** A judgement of a new story about a claim, offered to the outbox. */
export interface AlertCandidate {
  story: AlertStory
  claim: { id: string; text: string }
  judgement: Judgement
  /** The claim's standing after this story (counts of distinct outlets). */
  standing?: StandingCounts
  /** True for stories of a feed's first poll: they never alert (the pipeline also holds them back). */
  firstPoll?: boolean
}

export type EnqueueResult = 'opened' | 'joined' | 'duplicate' | 'below-threshold'

export interface DeliveryReport {
  sent: number
  /** Ended without sending (the message or the destination is gone for good). */
  failed: number
  /** Rescheduled (429, 5xx, timeout, network, or waiting for the post an edit needs). */
  retried: number
  /** Refused by Discord (400/401/403/404): the destination is marked broken. */
  broken: number
}

export interface Outbox {
  enqueue(candidate: AlertCandidate): Promise<EnqueueResult>
  deliverDue(): Promise<DeliveryReport>
}

export interface OutboxDeps {
  db: Kysely<Database>
  /** The configured sinks; `channelSink` (from createSinks with a bot token) serves per-server channels. */
  sinks: readonly Sink[] & { channelSink?: (channelId: string) => Sink }
  log: Logger
  now: () => Date
  /** Minimum confidence for an alert, in [0, 1] (servers may set their own). Default 0.7. */
  threshold?: number
  /** Stories within this many hours of an event's first story join it. Default 72. */
  groupWindowHours?: number
  /** Retry delay after n consecutive failures (ms); default 30 s × 2^(n−1), capped at 1 h. */
  retry?: { delayMs?: (failures: number) => number }
  /** How long a claim on a delivery holds before another process may take it over (ms). */
  claimTtlMs?: number
  /** Language of alerts to the configured sinks (servers may set their own). Default 'en'. */
  locale?: Lang
  /** Deliveries read per query in deliverDue. */
  batchSize?: number
}

/** Builds the outbox over a migrated database. */
export function createOutbox(deps: OutboxDeps): Outbox {
  const { db, log, now } = deps
  const threshold = deps.threshold ?? DEFAULT_THRESHOLD
  const windowHours = deps.groupWindowHours ?? DEFAULT_GROUP_WINDOW_HOURS
  const delayMs = deps.retry?.delayMs ?? retryDelayMs
  const claimTtlMs = deps.claimTtlMs ?? 5 * 60_000
  const batchSize = deps.batchSize ?? 50
  const channelSink = deps.sinks.channelSink
  const configured = new Map(deps.sinks.map((s) => [s.destination, s]))
  const channelSinks = new Map<string, Sink>()

  interface Target {
    info: DestinationInfo
    threshold: number
  }

  /** Every destination with its threshold: servers' own channels first, then the configured sinks. */
  async function targets(): Promise<Target[]> {
    const out: Target[] = []
    if (channelSink) {
      for (const g of await guildAlertChannels(db)) {
        out.push({
          info: {
            destination: `channel:${g.channelId}`,
            kind: 'channel',
            target: g.channelId,
            guildId: g.guildId,
          },
          threshold: g.threshold ?? threshold,
        })
      }
    }
    for (const sink of deps.sinks)
      out.push({ info: describeDestination(sink.destination, null), threshold })
    return out
  }

  async function enqueue(candidate: AlertCandidate): Promise<EnqueueResult> {
    const { judgement } = candidate
    const all = await targets()
    const rules: DestinationRule[] = all.map((t) => ({
      destination: t.info.destination,
      threshold: t.threshold,
    }))
    const lowest = rules.length === 0 ? threshold : Math.min(...rules.map((r) => r.threshold))
    const eligible = alertEligibility(judgement, {
      threshold: lowest,
      ...(candidate.firstPoll === undefined ? {} : { firstPoll: candidate.firstPoll }),
    })
    if (!eligible.ok) return 'below-threshold'
    const chosen = new Set(destinationsFor(rules, judgement.confidence))
    const destinations = dedupe(all.map((t) => t.info).filter((i) => chosen.has(i.destination)))
    if (rules.length > 0 && destinations.length === 0) return 'below-threshold'

    const at = now()
    const recorded = await recordAlert(
      db,
      {
        story: candidate.story,
        claim: candidate.claim,
        verdict: eligible.verdict,
        confidence: judgement.confidence,
        evidence: judgement.evidence,
        reasons: judgement.reasons,
        standing: candidate.standing
          ? {
              confirms: candidate.standing.confirms,
              contradicts: candidate.standing.contradicts,
              mentions: candidate.standing.mentions,
            }
          : null,
        destinations,
        now: at,
      },
      (latest) => groupStory(latest, candidate.story, at, windowHours),
    )
    if (recorded.result !== 'duplicate') {
      log.debug('alert recorded', {
        result: recorded.result,
        event: recorded.eventId,
        claim: candidate.claim.id,
        story: candidate.story.id,
      })
    }
    return recorded.result
  }

  function sinkFor(destination: string): Sink | undefined {
    const sink = configured.get(destination)
    if (sink) return sink
    const m = /^channel:(\d+)$/.exec(destination)
    if (!m?.[1] || !channelSink) return undefined
    let made = channelSinks.get(destination)
    if (!made) {
      made = channelSink(m[1])
      channelSinks.set(destination, made)
    }
    return made
  }

  async function localeFor(destination: string): Promise<Lang> {
    const m = /^channel:(\d+)$/.exec(destination)
    if (m) {
      const own = (await guildAlertChannels(db)).find((g) => g.channelId === m[1])
      if (own?.locale === 'fr' || own?.locale === 'en') return own.locale
    }
    return deps.locale ?? 'en'
  }

  async function deliverDue(): Promise<DeliveryReport> {
    const report: DeliveryReport = { sent: 0, failed: 0, retried: 0, broken: 0 }
    // Destinations that answered 429 or failed transiently this round: their other deliveries
    // wait (unclaimed, so no attempt is counted) instead of hammering a struggling server.
    const paused = new Set<string>()
    let afterId = 0
    for (;;) {
      const due = await dueDeliveries(db, now(), { afterId, limit: batchSize })
      if (due.length === 0) break
      for (const delivery of due) {
        afterId = delivery.id
        if (paused.has(delivery.destination)) continue
        await deliverOne(delivery, report, paused)
      }
    }
    if (report.sent + report.failed + report.retried + report.broken > 0) {
      log.info('alerts delivered', { ...report })
    }
    return report
  }

  async function deliverOne(
    delivery: DueDelivery,
    report: DeliveryReport,
    paused: Set<string>,
  ): Promise<void> {
    const started = now()
    const dlog = log.child({
      delivery: delivery.id,
      event: delivery.eventId,
      destination: delivery.destination,
    })
    if (
      !(await claimDelivery(db, delivery.id, started, new Date(started.getTime() + claimTtlMs)))
    ) {
      return // another process took it
    }
    const attempts = delivery.attempts + 1
    const sink = sinkFor(delivery.destination)
    if (!sink) {
      await endDelivery(db, delivery.id, 'failed', 'destination no longer configured', now())
      dlog.warn('alert dropped: its destination is no longer configured (check DISCORD_* settings)')
      report.failed++
      return
    }
    const event = await loadEvent(db, delivery.eventId)
    const alert = toAlert(event, await localeFor(delivery.destination))
    const info = describeDestination(delivery.destination, null)
    try {
      if (delivery.action === 'post') {
        // Discord caps nonces at 25 characters.
        const nonce = delivery.nonce ?? randomUUID().replace(/-/g, '').slice(0, 25)
        const { messageId } = await sink.post(alert, { nonce })
        await markDeliverySent(db, delivery.id, messageId, now())
      } else {
        const post = await findPost(db, delivery.eventId, delivery.destination)
        if (post?.status === 'sent' && post.messageId !== null) {
          await sink.edit(post.messageId, alert)
          await markDeliverySent(db, delivery.id, null, now())
        } else if (post?.status === 'pending' || post?.status === 'sending') {
          // The post is not out yet: try again once it may be (it will show the count itself).
          const at = now()
          const next = Math.max(Date.parse(post.nextAttemptAt), at.getTime() + RETRY_BASE_MS)
          await rescheduleDelivery(db, delivery.id, new Date(next), 'waiting for the post', at)
          report.retried++
          return
        } else {
          await endDelivery(
            db,
            delivery.id,
            'failed',
            'the alert was never posted to this destination',
            now(),
          )
          report.failed++
          return
        }
      }
      await markDestinationOk(db, info, now())
      report.sent++
    } catch (error) {
      const failure =
        error instanceof DeliveryError
          ? error
          : new DeliveryError(
              'transient',
              `sink ${delivery.destination} failed: ${describeError(error)}`,
              { cause: error },
            )
      await onFailure(delivery, failure, attempts, info, report, paused, dlog)
    }
  }

  async function onFailure(
    delivery: DueDelivery,
    failure: DeliveryError,
    attempts: number,
    info: DestinationInfo,
    report: DeliveryReport,
    paused: Set<string>,
    dlog: Logger,
  ): Promise<void> {
    const at = now()
    if (failure.kind === 'rate-limited' || failure.kind === 'transient') {
      const wait =
        failure.kind === 'rate-limited'
          ? (failure.retryAfterMs ?? RETRY_BASE_MS)
          : delayMs(attempts)
      const next = new Date(at.getTime() + wait)
      await rescheduleDelivery(db, delivery.id, next, failure.message, at)
      paused.add(delivery.destination)
      report.retried++
      dlog.warn('alert delivery will be retried', {
        error: failure.message,
        attempts,
        retryAt: next.toISOString(),
      })
      return
    }
    if (delivery.action === 'edit' && failure.status === 404) {
      // The message was deleted (or its channel): the destination itself may be fine.
      await endDelivery(db, delivery.id, 'failed', failure.message, at)
      report.failed++
      dlog.warn('alert update dropped', { error: failure.message })
      return
    }
    await endDelivery(db, delivery.id, 'broken', failure.message, at)
    await markDestinationBroken(db, info, failure.message, at)
    report.broken++
    dlog.error(
      `alert destination ${delivery.destination} is broken: ${failure.message} ` +
        '(admins see broken destinations in /feed list; new alerts are still tried and clear it once one goes through)',
    )
  }

  return { enqueue, deliverDue }
}

function dedupe(infos: DestinationInfo[]): DestinationInfo[] {
  const seen = new Set<string>()
  return infos.filter((i) => (seen.has(i.destination) ? false : (seen.add(i.destination), true)))
}

/** Kind and target of a destination key ('console', 'channel:<id>', 'webhook:<id>'). */
function describeDestination(destination: string, guildId: string | null): DestinationInfo {
  const [kind, target] = destination.split(':', 2) as [string, string | undefined]
  if (kind === 'channel' || kind === 'webhook')
    return { destination, kind, target: target ?? '', guildId }
  return { destination, kind: 'console', target: destination, guildId }
}

/** The Alert a sink renders, from an event row as it stands now. */
export function toAlert(event: AlertEventRow, locale: Lang): Alert {
  return {
    eventId: Number(event.id),
    claim: { id: event.claim_id, text: event.claim_text },
    verdict: event.verdict === 'contradicts' ? 'contradicts' : 'confirms',
    confidence: Number(event.confidence),
    evidence: event.evidence,
    reasons: parseJson<string[]>(event.reasons_json, []),
    story: {
      title: event.story_title,
      url: event.story_url,
      published: event.story_published,
      outlet: event.outlet,
    },
    outlets: Number(event.outlets),
    outletNames: parseJson<string[]>(event.outlet_names_json, []),
    standing:
      event.standing_json === null
        ? null
        : parseJson<StandingCounts | null>(event.standing_json, null),
    locale,
  }
}

function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T
  } catch {
    return fallback
  }
}
