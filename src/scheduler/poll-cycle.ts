/**
 * One poll cycle: the only place that combines feeds, analysis, store and alerts.
 * For every due feed: fetch → decode → parse → normalise → store new stories → judge them →
 * save the evidence → enqueue alerts (never on a feed's first poll). Then deliver what is due.
 * Each feed is its own error boundary: one failing feed never stops the others.
 */
import type { Kysely } from 'kysely'
import type { Outbox } from '../alerts/outbox.js'
import { judgeStory, type ClaimSet } from '../analysis/index.js'
import type { FetchSettings } from '../config/load-config.js'
import { fetchFeed } from '../feeds/fetch-feed.js'
import { toStory } from '../feeds/normalise.js'
import { parseFeed } from '../feeds/parse-feed.js'
import { describeError, type Logger } from '../log.js'
import type { Database } from '../store/database.js'
import { claimStanding, saveJudgements } from '../store/evidence.js'
import {
  listDueFeeds,
  recordFeedFailure,
  recordFeedNotModified,
  recordFeedSuccess,
  type FeedRecord,
} from '../store/feeds.js'
import {
  insertStories,
  listUnanalysedStories,
  markStoryAnalysed,
  type StoredStory,
} from '../store/stories.js'

export interface PollDeps {
  db: Kysely<Database>
  fetch: FetchSettings
  /** The compiled claims to judge against (recompiled by the caller when claims change). */
  claims: () => Promise<ClaimSet>
  outbox: Pick<Outbox, 'enqueue' | 'deliverDue'>
  log: Logger
  now: () => Date
  /** How many feeds are fetched at once. */
  concurrency?: number
  /**
   * Address rule for feeds that server members added (and their redirects), e.g. public hosts
   * only. Feeds of the configuration are trusted.
   */
  allowUserFeedUrl?: (url: URL) => boolean | Promise<boolean>
}

export interface CycleSummary {
  feeds: number
  fetched: number
  notModified: number
  failed: number
  newStories: number
  judgements: number
  alerts: {
    opened: number
    joined: number
    duplicate: number
    belowThreshold: number
    baseline: number
  }
  delivery: unknown
}

export async function runPollCycle(deps: PollDeps): Promise<CycleSummary> {
  const started = deps.now()
  const feeds = await listDueFeeds(deps.db, started)
  const claims = await deps.claims()
  const summary: CycleSummary = {
    feeds: feeds.length,
    fetched: 0,
    notModified: 0,
    failed: 0,
    newStories: 0,
    judgements: 0,
    alerts: { opened: 0, joined: 0, duplicate: 0, belowThreshold: 0, baseline: 0 },
    delivery: undefined,
  }
  deps.log.debug('poll cycle started', { feeds: feeds.length, claims: claims.claims.length })
  await forEachLimited(feeds, deps.concurrency ?? 4, async (feed) => {
    const log = deps.log.child({ feed: feed.name })
    try {
      await pollFeed(feed, deps, summary, log)
      await judgePending(feed, claims, deps, summary, log)
    } catch (error) {
      // An unexpected failure (a bug, the database): record it on the feed so it backs off,
      // and go on with the other feeds.
      summary.failed++
      log.error('feed poll failed unexpectedly', { url: feed.url, error: describeError(error) })
      await recordFeedFailure(
        deps.db,
        feed.id,
        `internal error: ${describeError(error)}`,
        deps.now(),
      ).catch((e: unknown) =>
        log.error('cannot record the feed failure', { error: describeError(e) }),
      )
    }
  })
  summary.delivery = await deps.outbox.deliverDue()
  deps.log.info('poll cycle done', {
    feeds: summary.feeds,
    fetched: summary.fetched,
    notModified: summary.notModified,
    failed: summary.failed,
    newStories: summary.newStories,
    alerts: summary.alerts.opened + summary.alerts.joined,
    ms: deps.now().getTime() - started.getTime(),
  })
  return summary
}

/** Fetches, parses and stores one feed's stories, recording how the fetch went. */
async function pollFeed(
  feed: FeedRecord,
  deps: PollDeps,
  summary: CycleSummary,
  log: Logger,
): Promise<void> {
  const guard = feed.source === 'user' ? deps.allowUserFeedUrl : undefined
  const outcome = await fetchFeed(
    { url: feed.url, etag: feed.etag, lastModified: feed.lastModified },
    guard ? { ...deps.fetch, allowUrl: guard } : deps.fetch,
    deps.now(),
  )
  if (outcome.kind === 'not-modified') {
    summary.notModified++
    await recordFeedNotModified(deps.db, feed.id, { freshUntil: outcome.freshUntil }, deps.now())
    log.debug('feed not modified', { url: feed.url })
    return
  }
  if (outcome.kind === 'failed') {
    await failFeed(feed, outcome.message, deps, summary, log)
    return
  }
  const parsed = await parseFeed(outcome.text)
  if (!parsed.ok) {
    await failFeed(feed, `${feed.url}: ${parsed.error}`, deps, summary, log)
    return
  }
  summary.fetched++
  const stories = parsed.feed.items.flatMap((item) => {
    const story = toStory(item, { id: feed.id, url: feed.url, lang: feed.lang ?? undefined })
    return story ? [story] : []
  })
  const fresh = await insertStories(deps.db, feed.id, stories, deps.now())
  summary.newStories += fresh.length
  const permanentUrl = outcome.permanentRedirect
  await recordFeedSuccess(
    deps.db,
    feed.id,
    {
      etag: outcome.etag,
      lastModified: outcome.lastModified,
      freshUntil: outcome.freshUntil,
      itemCount: stories.length,
      ...(permanentUrl ? { url: permanentUrl } : {}),
    },
    deps.now(),
  )
  if (permanentUrl)
    log.info('feed moved permanently; URL updated', { from: feed.url, to: permanentUrl })
  log.debug('feed polled', {
    items: stories.length,
    new: fresh.length,
    baseline: !feed.baselineDone,
  })
}

/**
 * Judges every stored story of the feed not judged yet: the new ones, and any that a cycle which
 * stopped half-way (crash, kill) left behind, so nothing is lost whatever the fetch did this time.
 */
async function judgePending(
  feed: FeedRecord,
  claims: ClaimSet,
  deps: PollDeps,
  summary: CycleSummary,
  log: Logger,
): Promise<void> {
  for (const story of await listUnanalysedStories(deps.db, feed.id)) {
    await judgeAndEnqueue(story, feed, claims, deps, summary, log)
    await markStoryAnalysed(deps.db, story.id, deps.now())
  }
}

/** Judges one stored story, saves its evidence and queues its alerts (none on a first poll). */
async function judgeAndEnqueue(
  story: StoredStory,
  feed: FeedRecord,
  claims: ClaimSet,
  deps: PollDeps,
  summary: CycleSummary,
  log: Logger,
): Promise<void> {
  const judgements = judgeStory(claims, story)
  summary.judgements += judgements.length
  if (judgements.length === 0) return
  await saveJudgements(deps.db, story.id, judgements, deps.now())
  for (const judgement of judgements) {
    if (judgement.verdict !== 'confirms' && judgement.verdict !== 'contradicts') continue
    if (!feed.baselineDone) {
      // The first poll stores the feed's backlog without alerting on it.
      summary.alerts.baseline++
      continue
    }
    const claim = claims.claims.find((c) => c.id === judgement.claim)
    const result = await deps.outbox.enqueue({
      story: {
        id: story.id,
        title: story.title,
        url: story.url,
        published: story.published,
        outlet: feed.name,
        feedId: feed.id,
      },
      claim: { id: judgement.claim, text: claim?.text ?? judgement.claim },
      judgement,
      standing: await claimStanding(deps.db, judgement.claim),
    })
    countAlert(summary, result)
    log.info('alert', {
      result,
      verdict: judgement.verdict,
      claim: judgement.claim,
      story: story.url,
    })
  }
}

async function failFeed(
  feed: FeedRecord,
  message: string,
  deps: PollDeps,
  summary: CycleSummary,
  log: Logger,
): Promise<void> {
  summary.failed++
  const state = await recordFeedFailure(deps.db, feed.id, message, deps.now())
  log.warn('feed failed; backing off', {
    error: message,
    failures: state.consecutiveFailures,
    retryAt: state.nextAttemptAt,
  })
}

function countAlert(summary: CycleSummary, result: string): void {
  if (result === 'opened') summary.alerts.opened++
  else if (result === 'joined') summary.alerts.joined++
  else if (result === 'duplicate') summary.alerts.duplicate++
  else summary.alerts.belowThreshold++
}

/** Runs `fn` over `items` with at most `limit` running at once. */
async function forEachLimited<T>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T
      await fn(item)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}
