/**
 * Story queries. A story is stored once per feed: (feed_id, guid) is unique, and inserting a
 * story that is already there is a no-op, so two pollers racing on one feed cannot double it.
 */
import type { Kysely, Selectable } from 'kysely'
import type { Lang, Story } from '../domain.js'
import type { Database, StoryTable } from './database.js'
import { iso, toNumber } from './time.js'

/** A story as the feed stage hands it over for storage. */
export interface StoryInput {
  /** Stable story id, unique across feeds (derived by the feed stage). */
  id: string
  /** The feed item's guid (or the stand-in the feed stage chose); unique within a feed. */
  guid: string
  url: string
  /** Normalised URL used to find the same story across outlets; defaults to `url`. */
  canonicalUrl?: string
  title: string
  summary: string
  published: string | null
  lang?: Lang
}

/** A stored story: the analysis' Story plus where and when it was fetched. */
export interface StoredStory extends Story {
  feedId: string
  guid: string
  canonicalUrl: string
  fetchedAt: string
}

/** Rows per INSERT: keeps well under SQLite's bound-parameter limit. */
const CHUNK = 100

function toStory(row: Omit<Selectable<StoryTable>, 'analysed_at'>): StoredStory {
  const story: StoredStory = {
    id: row.id,
    feedId: row.feed_id,
    guid: row.guid,
    url: row.url,
    canonicalUrl: row.canonical_url,
    title: row.title,
    summary: row.summary,
    published: row.published,
    fetchedAt: row.fetched_at,
  }
  if (row.lang === 'en' || row.lang === 'fr') story.lang = row.lang
  return story
}

/**
 * Stores the stories of one feed and returns only those that were new, in input order.
 * Stories already stored (same feed and guid, or same id) are skipped, also under concurrency.
 */
export async function insertStories(
  db: Kysely<Database>,
  feedId: string,
  stories: readonly StoryInput[],
  now: Date,
): Promise<StoredStory[]> {
  const fetchedAt = iso(now)
  const rows = stories.map((s) => ({
    id: s.id,
    feed_id: feedId,
    guid: s.guid,
    url: s.url,
    canonical_url: s.canonicalUrl ?? s.url,
    title: s.title,
    summary: s.summary,
    published: s.published,
    lang: s.lang ?? null,
    fetched_at: fetchedAt,
  }))
  const inserted = new Set<string>()
  for (let start = 0; start < rows.length; start += CHUNK) {
    const returned = await db
      .insertInto('stories')
      .values(rows.slice(start, start + CHUNK))
      // No conflict target: skips duplicates of both the primary key and (feed_id, guid).
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .execute()
    for (const r of returned) inserted.add(r.id)
  }
  // A duplicate inside one batch: keep its first occurrence only.
  return rows.filter((r) => inserted.delete(r.id)).map(toStory)
}

/** The story with this id, or undefined. */
export async function getStory(db: Kysely<Database>, id: string): Promise<StoredStory | undefined> {
  const row = await db.selectFrom('stories').selectAll().where('id', '=', id).executeTakeFirst()
  return row === undefined ? undefined : toStory(row)
}

/**
 * The stories of a feed that were stored but not yet judged, oldest fetch first: the ones just
 * inserted, plus any left by a cycle that stopped before judging them.
 */
export async function listUnanalysedStories(
  db: Kysely<Database>,
  feedId: string,
): Promise<StoredStory[]> {
  const rows = await db
    .selectFrom('stories')
    .selectAll()
    .where('feed_id', '=', feedId)
    .where('analysed_at', 'is', null)
    .orderBy('fetched_at')
    .orderBy('id')
    .execute()
  return rows.map(toStory)
}

/** Records that a story was judged (its evidence saved and its alerts queued). */
export async function markStoryAnalysed(
  db: Kysely<Database>,
  id: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('stories')
    .set({ analysed_at: iso(now) })
    .where('id', '=', id)
    .execute()
}

/** Every stored story with this canonical URL (one per outlet that carried it), oldest first. */
export async function findStoriesByUrl(
  db: Kysely<Database>,
  canonicalUrl: string,
): Promise<StoredStory[]> {
  const rows = await db
    .selectFrom('stories')
    .selectAll()
    .where('canonical_url', '=', canonicalUrl)
    .orderBy('fetched_at')
    .orderBy('id')
    .execute()
  return rows.map(toStory)
}

/** Number of stored stories, of one feed when `feedId` is given. */
export async function countStories(db: Kysely<Database>, feedId?: string): Promise<number> {
  let query = db.selectFrom('stories').select((eb) => eb.fn.countAll().as('n'))
  if (feedId !== undefined) query = query.where('feed_id', '=', feedId)
  const row = await query.executeTakeFirstOrThrow()
  return toNumber(row.n)
}
