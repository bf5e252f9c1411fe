/**
 * Feed queries: the configured and user-added feeds, their polling state (HTTP validators,
 * freshness, failures with per-feed backoff) and whether their first poll (baseline) is done.
 */
import { createHash } from 'node:crypto'
import type { Kysely, Selectable } from 'kysely'
import type { Lang } from '../domain.js'
import type { Database, FeedTable, RecordSource } from './database.js'
import { retireConfigRows } from './config-rows.js'
import { iso, isoOrNull, toNumber } from './time.js'

/** A feed as the rest of the bot sees it. Timestamps are ISO strings. */
export interface FeedRecord {
  id: string
  url: string
  name: string
  lang: Lang | null
  guildId: string | null
  source: RecordSource
  etag: string | null
  lastModified: string | null
  freshUntil: string | null
  lastPolledAt: string | null
  lastOkAt: string | null
  lastError: string | null
  consecutiveFailures: number
  nextAttemptAt: string | null
  /** True once the first successful poll stored the feed's backlog (which must not alert). */
  baselineDone: boolean
  itemCount: number
  createdAt: string
  removedAt: string | null
}

/** A feed of the YAML config (`feeds:` entries). */
export interface FeedInput {
  url: string
  name?: string
  lang?: Lang
}

/** First delay after a failure; it doubles per consecutive failure up to `MAX_BACKOFF_MS`. */
export const BASE_BACKOFF_MS = 5 * 60_000
export const MAX_BACKOFF_MS = 6 * 60 * 60_000

/** Stable feed id: the first 12 hex digits of sha256(url). */
export function feedIdForUrl(url: string): string {
  return createHash('sha256').update(url).digest('hex').slice(0, 12)
}

/**
 * Delay before retrying a feed after `failures` consecutive failures (failures ≥ 1):
 * min(5 min × 2^(failures−1), 6 h), in milliseconds.
 */
export function backoffDelayMs(failures: number): number {
  const exponent = Math.max(0, Math.min(failures - 1, 30))
  return Math.min(BASE_BACKOFF_MS * 2 ** exponent, MAX_BACKOFF_MS)
}

/** Display name of a feed that has none: its host name. */
function defaultName(url: string): string {
  try {
    return new URL(url).hostname
  } catch {
    return url
  }
}

function toFeed(row: Selectable<FeedTable>): FeedRecord {
  return {
    id: row.id,
    url: row.url,
    name: row.name,
    lang: row.lang === 'en' || row.lang === 'fr' ? row.lang : null,
    guildId: row.guild_id,
    source: row.source,
    etag: row.etag,
    lastModified: row.last_modified,
    freshUntil: row.fresh_until,
    lastPolledAt: row.last_polled_at,
    lastOkAt: row.last_ok_at,
    lastError: row.last_error,
    consecutiveFailures: toNumber(row.consecutive_failures),
    nextAttemptAt: row.next_attempt_at,
    baselineDone: toNumber(row.baseline_done) === 1,
    itemCount: toNumber(row.item_count),
    createdAt: row.created_at,
    removedAt: row.removed_at,
  }
}

/** The feed with this id (removed or not), or undefined. */
export async function getFeed(db: Kysely<Database>, id: string): Promise<FeedRecord | undefined> {
  const row = await db.selectFrom('feeds').selectAll().where('id', '=', id).executeTakeFirst()
  return row === undefined ? undefined : toFeed(row)
}

async function requireFeed(db: Kysely<Database>, id: string): Promise<FeedRecord> {
  const feed = await getFeed(db, id)
  if (feed === undefined) throw new Error(`store: no feed with id "${id}"`)
  return feed
}

/**
 * Makes the stored config feeds match `feeds`: inserts new ones, updates name/lang, un-removes
 * ones that came back, and sets removed_at on config feeds that left the config (user feeds are
 * untouched). Polling state survives. Returns the ids added and removed.
 */
export async function syncConfigFeeds(
  db: Kysely<Database>,
  feeds: readonly FeedInput[],
  now: Date,
): Promise<{ added: string[]; removed: string[] }> {
  return db.transaction().execute(async (trx) => {
    const existing = new Set(
      (await trx.selectFrom('feeds').select('id').where('removed_at', 'is', null).execute()).map(
        (r) => r.id,
      ),
    )
    const added: string[] = []
    const keep: string[] = []
    for (const feed of feeds) {
      const id = feedIdForUrl(feed.url)
      keep.push(id)
      if (!existing.has(id)) added.push(id)
      const values = { name: feed.name ?? defaultName(feed.url), lang: feed.lang ?? null }
      await trx
        .insertInto('feeds')
        .values({ id, url: feed.url, ...values, source: 'config', created_at: iso(now) })
        .onConflict((oc) =>
          oc.column('id').doUpdateSet({ ...values, source: 'config', removed_at: null }),
        )
        .execute()
    }
    const removed = await retireConfigRows(trx, 'feeds', keep, now)
    return { added, removed }
  })
}

/**
 * Adds a user feed (e.g. `/feed add`). A removed feed with the same URL comes back with its
 * history. Returns `{ ok: false, reason: 'exists' }` when the feed is already active.
 */
export async function addFeed(
  db: Kysely<Database>,
  feed: FeedInput & { guildId?: string | null },
  now: Date,
): Promise<{ ok: true; value: FeedRecord } | { ok: false; reason: 'exists'; feed: FeedRecord }> {
  const id = feedIdForUrl(feed.url)
  const current = await getFeed(db, id)
  if (current !== undefined && current.removedAt === null)
    return { ok: false, reason: 'exists', feed: current }
  const values = {
    name: feed.name ?? defaultName(feed.url),
    lang: feed.lang ?? null,
    guild_id: feed.guildId ?? null,
    source: 'user' as const,
  }
  await db
    .insertInto('feeds')
    .values({ id, url: feed.url, ...values, created_at: iso(now) })
    .onConflict((oc) => oc.column('id').doUpdateSet({ ...values, removed_at: null }))
    .execute()
  return { ok: true, value: await requireFeed(db, id) }
}

/** Marks a feed removed (its stories and evidence stay). Returns false when it was not active. */
export async function removeFeed(db: Kysely<Database>, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('feeds')
    .set({ removed_at: iso(now) })
    .where('id', '=', id)
    .where('removed_at', 'is', null)
    .executeTakeFirst()
  return toNumber(result.numUpdatedRows) > 0
}

/** Feeds ordered by name, then id; active ones only unless `includeRemoved`. */
export async function listFeeds(
  db: Kysely<Database>,
  options: { includeRemoved?: boolean } = {},
): Promise<FeedRecord[]> {
  let query = db.selectFrom('feeds').selectAll().orderBy('name').orderBy('id')
  if (options.includeRemoved !== true) query = query.where('removed_at', 'is', null)
  return (await query.execute()).map(toFeed)
}

/**
 * Active feeds that may be fetched at `now`: not backing off (next_attempt_at null or ≤ now)
 * and not fresh (fresh_until null or ≤ now).
 */
export async function listDueFeeds(db: Kysely<Database>, now: Date): Promise<FeedRecord[]> {
  const at = iso(now)
  const rows = await db
    .selectFrom('feeds')
    .selectAll()
    .where('removed_at', 'is', null)
    .where((eb) => eb.or([eb('next_attempt_at', 'is', null), eb('next_attempt_at', '<=', at)]))
    .where((eb) => eb.or([eb('fresh_until', 'is', null), eb('fresh_until', '<=', at)]))
    .orderBy('id')
    .execute()
  return rows.map(toFeed)
}

/** HTTP facts of a successful fetch. */
export interface FeedSuccess {
  etag: string | null
  lastModified: string | null
  /** Not before this instant (from Cache-Control / Expires), or null. */
  freshUntil: Date | null
  itemCount: number
  /** The feed's new URL after a permanent redirect, if any. */
  url?: string
}

/**
 * Records a 200 response: stores validators and freshness, resets failures and backoff, and
 * marks the baseline done. Returns the updated feed.
 */
export async function recordFeedSuccess(
  db: Kysely<Database>,
  id: string,
  success: FeedSuccess,
  now: Date,
): Promise<FeedRecord> {
  await db
    .updateTable('feeds')
    .set({
      etag: success.etag,
      last_modified: success.lastModified,
      fresh_until: isoOrNull(success.freshUntil),
      item_count: success.itemCount,
      ...(success.url === undefined ? {} : { url: success.url }),
      ...healthy(now),
      baseline_done: 1,
    })
    .where('id', '=', id)
    .execute()
  return requireFeed(db, id)
}

/** Records a 304 Not Modified: the feed is healthy; validators stay. Returns the updated feed. */
export async function recordFeedNotModified(
  db: Kysely<Database>,
  id: string,
  notModified: { freshUntil: Date | null },
  now: Date,
): Promise<FeedRecord> {
  await db
    .updateTable('feeds')
    .set({ fresh_until: isoOrNull(notModified.freshUntil), ...healthy(now) })
    .where('id', '=', id)
    .execute()
  return requireFeed(db, id)
}

function healthy(now: Date) {
  return {
    last_polled_at: iso(now),
    last_ok_at: iso(now),
    last_error: null,
    consecutive_failures: 0,
    next_attempt_at: null,
  }
}

/**
 * Records a failed fetch: increments consecutive_failures and sets next_attempt_at to
 * now + backoffDelayMs(failures). Returns the updated feed (with the new count and next attempt).
 */
export async function recordFeedFailure(
  db: Kysely<Database>,
  id: string,
  error: string,
  now: Date,
): Promise<FeedRecord> {
  await db.transaction().execute(async (trx) => {
    // Increment in SQL first: the row lock it takes serialises concurrent pollers on PostgreSQL.
    const row = await trx
      .updateTable('feeds')
      .set((eb) => ({
        last_polled_at: iso(now),
        last_error: error,
        consecutive_failures: eb('consecutive_failures', '+', 1),
      }))
      .where('id', '=', id)
      .returning('consecutive_failures')
      .executeTakeFirst()
    if (row === undefined) throw new Error(`store: no feed with id "${id}"`)
    const delayMs = backoffDelayMs(toNumber(row.consecutive_failures))
    await trx
      .updateTable('feeds')
      .set({ next_attempt_at: iso(new Date(now.getTime() + delayMs)) })
      .where('id', '=', id)
      .execute()
  })
  return requireFeed(db, id)
}
