/**
 * The store side of the slash commands (`DealDeps` of src/discord/deal-deps.ts) over Kysely, on the
 * tables of the core migration (feeds, stories, entities, claims, evidence) and of the alerts
 * migration (guild_settings, destinations, alert_stories, alert_events), both applied at open. The
 * same queries run on SQLite and PostgreSQL.
 */
import { createHash } from 'node:crypto'
import { sql, type ExpressionBuilder, type Kysely } from 'kysely'
import type {
  BrokenDestination,
  ClaimSummary,
  DealDeps,
  EvidenceEntry,
  FeedHealth,
  GuildSettings,
  Result,
  StoryExplanation,
} from '../discord/deal-deps.js'
import type { EntitySpec } from '../domain.js'
import { saveGuildSettings } from './alerts.js'
import type { Database } from './database.js'
import { feedIdForUrl } from './feeds.js'
import { stringsOfJson } from './time.js'

/** The part of DealDeps the database answers (the rest: previewClaim, probeFeed, resolveHost). */
export type DealStore = Pick<
  DealDeps,
  | 'listClaims'
  | 'claimEvidence'
  | 'addClaim'
  | 'removeClaim'
  | 'listFeeds'
  | 'listBrokenDestinations'
  | 'addFeed'
  | 'removeFeed'
  | 'getGuildSettings'
  | 'setAlertChannel'
  | 'setThreshold'
  | 'explainStory'
> & {
  /** Every stored entity (what `/claim add` previews read claims against). */
  entities(): Promise<EntitySpec[]>
}

export interface DealStoreOptions {
  /** Alert threshold of servers that never set one (the configuration's). */
  defaultThreshold: number
  /** Alert channel of servers that never set one (DISCORD_ALERT_CHANNEL_ID), if any. */
  defaultAlertChannelId?: string | null
  /** The clock, injected so tests control timestamps. */
  now?: () => Date
}

/** At most this many evidence rows are read per command (a deal's timeline rarely nears it). */
const EVIDENCE_LIMIT = 500

/** Id of a claim added on a server: `u-` + 8 hex digits of sha256(guild + text). */
export function userClaimId(guildId: string, text: string): string {
  return 'u-' + createHash('sha256').update(`${guildId}\n${text}`).digest('hex').slice(0, 8)
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

interface Party {
  id: string
  name: string
  /** Folded name and aliases, matched as whole words in a folded claim text. */
  patterns: RegExp[]
}

/**
 * The entities a claim is about: its `parties` override if any, else every entity whose name or an
 * alias appears in its text as a whole word (accent- and case-insensitive).
 */
function partiesOf(text: string, specJson: string, entities: readonly Party[]): Party[] {
  let override: string[] = []
  try {
    const spec = JSON.parse(specJson) as { parties?: unknown }
    if (Array.isArray(spec.parties))
      override = spec.parties.filter((p): p is string => typeof p === 'string')
  } catch {
    override = []
  }
  if (override.length > 0) return entities.filter((e) => override.includes(e.id))
  const folded = fold(text)
  return entities.filter((e) => e.patterns.some((p) => p.test(folded)))
}

/** Deal key and name: claims with the same two or more parties form one deal. */
function dealOf(claimId: string, parties: readonly Party[]): { dealKey: string; dealName: string } {
  if (parties.length < 2) return { dealKey: claimId, dealName: claimId }
  const sorted = [...parties].sort((a, b) => a.id.localeCompare(b.id))
  return {
    dealKey: sorted.map((p) => p.id).join('+'),
    dealName: sorted.map((p) => p.name).join(' × '),
  }
}

/**
 * The rows a server sees: those of every server (guild_id null: the configuration's, or written
 * outside any server) and its own. Outside a server (`guildId` null), only the shared ones.
 */
function visibleIn(guildId: string | null) {
  return (eb: ExpressionBuilder<Database, 'claims' | 'feeds' | 'destinations'>) =>
    guildId === null
      ? eb('guild_id', 'is', null)
      : eb.or([eb('guild_id', 'is', null), eb('guild_id', '=', guildId)])
}

/** URL spellings that may have been stored for the story a user pastes. */
function urlCandidates(raw: string): string[] {
  const out = new Set<string>([raw.trim()])
  try {
    const u = new URL(raw.trim())
    u.hash = ''
    out.add(u.toString())
    for (const key of [...u.searchParams.keys()]) {
      if (/^(utm_|fbclid$|gclid$|xtor$)/i.test(key)) u.searchParams.delete(key)
    }
    out.add(u.toString())
    const s = u.toString()
    out.add(s.endsWith('/') ? s.slice(0, -1) : `${s}/`)
    if (u.protocol === 'http:' || u.protocol === 'https:') {
      const other = new URL(s)
      other.protocol = u.protocol === 'http:' ? 'https:' : 'http:'
      out.add(other.toString())
    }
  } catch {
    // not a URL: only the raw text can match
  }
  return [...out]
}

/**
 * Builds the store half of DealDeps on an open, migrated database. Never throws for expected
 * outcomes (unknown ids, duplicates): those are `ok: false` values.
 */
export function createDealStore(db: Kysely<Database>, options: DealStoreOptions): DealStore {
  const now = options.now ?? (() => new Date())

  async function loadParties(): Promise<Party[]> {
    const rows = await db
      .selectFrom('entities')
      .select(['id', 'name', 'aliases_json'])
      .orderBy('id')
      .execute()
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      patterns: [r.name, ...stringsOfJson(r.aliases_json)]
        .map((n) => fold(n).trim())
        .filter((n) => n.length >= 2)
        .map((n) => new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(n)}($|[^\\p{L}\\p{N}])`, 'u')),
    }))
  }

  async function listClaims(guildId: string | null): Promise<ClaimSummary[]> {
    const q = db
      .selectFrom('claims')
      .select(['id', 'text', 'date', 'spec_json', 'source', 'guild_id'])
      .where('removed_at', 'is', null)
      .where(visibleIn(guildId))
    const [rows, parties] = await Promise.all([
      q.orderBy('created_at').orderBy('id').execute(),
      loadParties(),
    ])
    return rows.map((r) => ({
      id: r.id,
      text: r.text,
      date: r.date,
      origin: r.source,
      ...dealOf(r.id, partiesOf(r.text, r.spec_json, parties)),
    }))
  }

  async function claimEvidence(claimIds: readonly string[]): Promise<EvidenceEntry[]> {
    if (claimIds.length === 0) return []
    const rows = await db
      .selectFrom('evidence')
      .innerJoin('stories', 'stories.id', 'evidence.story_id')
      .innerJoin('feeds', 'feeds.id', 'stories.feed_id')
      .select([
        'evidence.claim_id',
        'evidence.story_id',
        'evidence.verdict',
        'evidence.confidence',
        'evidence.evidence',
        'evidence.reasons_json',
        'evidence.created_at',
        'stories.title',
        'stories.url',
        'stories.published',
        'feeds.name as outlet',
      ])
      .where('evidence.claim_id', 'in', [...claimIds])
      .where('evidence.verdict', '!=', 'unrelated')
      // ISO text sorts chronologically; undated stories take the time they were judged.
      .orderBy(sql`coalesce(stories.published, evidence.created_at)`, 'desc')
      .orderBy('evidence.story_id', 'desc')
      .limit(EVIDENCE_LIMIT)
      .execute()
    return rows.map((r) => ({
      claimId: r.claim_id,
      storyId: r.story_id,
      title: r.title,
      url: r.url,
      outlet: r.outlet,
      published: r.published,
      judgedAt: r.created_at,
      verdict: r.verdict,
      confidence: Number(r.confidence),
      evidence: r.evidence,
      reasons: stringsOfJson(r.reasons_json),
    }))
  }

  async function addClaim(input: {
    guildId: string
    userId: string
    text: string
  }): Promise<Result<ClaimSummary, 'duplicate'>> {
    const text = input.text.trim().replace(/\s+/g, ' ')
    const visible = await listClaims(input.guildId)
    if (visible.some((c) => fold(c.text) === fold(text))) return { ok: false, reason: 'duplicate' }
    const id = userClaimId(input.guildId, text)
    const values = {
      text,
      date: null,
      spec_json: JSON.stringify({ id, text }),
      source: 'user' as const,
      guild_id: input.guildId,
      created_by: input.userId,
      created_at: now().toISOString(),
      removed_at: null,
    }
    // A claim removed earlier with the same text comes back (with its evidence).
    await db
      .insertInto('claims')
      .values({ id, ...values })
      .onConflict((oc) => oc.column('id').doUpdateSet(values))
      .execute()
    const added = (await listClaims(input.guildId)).find((c) => c.id === id)
    if (!added) throw new Error(`store: claim ${id} was written but cannot be read back`)
    return { ok: true, value: added }
  }

  async function removeClaim(input: {
    guildId: string
    claimId: string
  }): Promise<Result<ClaimSummary, 'not_found' | 'config'>> {
    const claim = (await listClaims(input.guildId)).find((c) => c.id === input.claimId)
    if (!claim) return { ok: false, reason: 'not_found' }
    if (claim.origin === 'config') return { ok: false, reason: 'config' }
    await db
      .updateTable('claims')
      .set({ removed_at: now().toISOString() })
      .where('id', '=', input.claimId)
      .where('guild_id', '=', input.guildId)
      .where('removed_at', 'is', null)
      .execute()
    return { ok: true, value: claim }
  }

  async function listFeeds(guildId: string | null): Promise<FeedHealth[]> {
    const rows = await db
      .selectFrom('feeds')
      .selectAll()
      .where('removed_at', 'is', null)
      .where(visibleIn(guildId))
      .orderBy('name')
      .orderBy('id')
      .execute()
    return rows.map((r) => ({
      id: r.id,
      url: r.url,
      name: r.name,
      lang: r.lang,
      origin: r.source,
      lastOkAt: r.last_ok_at,
      consecutiveFailures: Number(r.consecutive_failures),
      lastError: r.last_error,
      itemCount: Number(r.item_count),
    }))
  }

  async function addFeed(input: {
    guildId: string
    url: string
    name: string
    lang: 'en' | 'fr' | null
  }): Promise<Result<FeedHealth, 'duplicate'>> {
    const existing = await db
      .selectFrom('feeds')
      .select(['id', 'removed_at'])
      .where('url', '=', input.url)
      .executeTakeFirst()
    if (existing && existing.removed_at === null) return { ok: false, reason: 'duplicate' }
    const values = {
      name: input.name,
      lang: input.lang,
      guild_id: input.guildId,
      source: 'user' as const,
      removed_at: null,
    }
    if (existing) {
      // A removed feed comes back with its polling state; its first-poll baseline stays done.
      await db.updateTable('feeds').set(values).where('id', '=', existing.id).execute()
    } else {
      await db
        .insertInto('feeds')
        .values({
          id: feedIdForUrl(input.url),
          url: input.url,
          ...values,
          created_at: now().toISOString(),
        })
        .execute()
    }
    const id = existing?.id ?? feedIdForUrl(input.url)
    const feed = (await listFeeds(input.guildId)).find((f) => f.id === id)
    if (!feed) throw new Error(`store: feed ${id} was written but cannot be read back`)
    return { ok: true, value: feed }
  }

  async function removeFeed(input: {
    guildId: string
    feed: string
  }): Promise<Result<FeedHealth, 'not_found' | 'config'>> {
    const feed = (await listFeeds(input.guildId)).find(
      (f) => f.id === input.feed || f.url === input.feed,
    )
    if (!feed) return { ok: false, reason: 'not_found' }
    if (feed.origin === 'config') return { ok: false, reason: 'config' }
    await db
      .updateTable('feeds')
      .set({ removed_at: now().toISOString() })
      .where('id', '=', feed.id)
      .execute()
    return { ok: true, value: feed }
  }

  async function getGuildSettings(guildId: string): Promise<GuildSettings> {
    const defaults: GuildSettings = {
      alertChannelId: options.defaultAlertChannelId ?? null,
      threshold: options.defaultThreshold,
    }
    const row = await db
      .selectFrom('guild_settings')
      .select(['alert_channel_id', 'threshold'])
      .where('guild_id', '=', guildId)
      .executeTakeFirst()
    return {
      alertChannelId: row?.alert_channel_id ?? defaults.alertChannelId,
      threshold: row?.threshold ?? defaults.threshold,
    }
  }

  async function setAlertChannel(guildId: string, channelId: string): Promise<void> {
    await saveGuildSettings(db, guildId, { alertChannelId: channelId }, now())
  }

  async function setThreshold(guildId: string, threshold: number): Promise<void> {
    await saveGuildSettings(db, guildId, { threshold }, now())
  }

  async function listBrokenDestinations(guildId: string | null): Promise<BrokenDestination[]> {
    const rows = await db
      .selectFrom('destinations')
      .select(['destination', 'broken_reason'])
      .where('broken', '=', 1)
      .where(visibleIn(guildId))
      .orderBy('destination')
      .execute()
    // A channel destination concerns this server only if it is the server's alert channel (its own
    // setting or the deployment's default); other servers' channels are not shown.
    const mine = new Set<string>()
    if (options.defaultAlertChannelId) mine.add(options.defaultAlertChannelId)
    if (guildId !== null) {
      const own = (await getGuildSettings(guildId)).alertChannelId
      if (own !== null) mine.add(own)
    }
    return rows
      .filter((r) => {
        const m = /^channel:(\d+)$/.exec(r.destination)
        return m === null || mine.has(m[1] ?? '')
      })
      .map((r) => ({
        // Keys are 'channel:ID' / 'webhook:ID' (never a webhook token).
        name: r.destination.replace(':', ' '),
        reason: r.broken_reason ?? '?',
      }))
  }

  /** The alert event a story joined for a claim, and whether the story opened it. */
  async function alertOf(
    storyId: string,
    claimId: string,
  ): Promise<{ eventId: number; primary: boolean } | null> {
    const row = await db
      .selectFrom('alert_stories')
      .innerJoin('alert_events', 'alert_events.id', 'alert_stories.event_id')
      .select(['alert_stories.event_id', 'alert_events.first_story_id'])
      .where('alert_stories.story_id', '=', storyId)
      .where('alert_stories.claim_id', '=', claimId)
      .executeTakeFirst()
    if (!row) return null
    return { eventId: Number(row.event_id), primary: row.first_story_id === storyId }
  }

  async function explainStory(
    url: string,
    guildId: string | null,
  ): Promise<StoryExplanation | undefined> {
    const candidates = urlCandidates(url)
    const story = await db
      .selectFrom('stories')
      .innerJoin('feeds', 'feeds.id', 'stories.feed_id')
      .select([
        'stories.id',
        'stories.title',
        'stories.url',
        'stories.published',
        'stories.fetched_at',
        'stories.feed_id',
        'feeds.name as outlet',
      ])
      .where((eb) =>
        eb.or([eb('stories.url', 'in', candidates), eb('stories.canonical_url', 'in', candidates)]),
      )
      .orderBy('stories.fetched_at', 'desc')
      .executeTakeFirst()
    if (!story) return undefined
    // A feed's first poll stores its whole backlog at one instant: the earliest fetch time of the feed.
    const first = await db
      .selectFrom('stories')
      .select((eb) => eb.fn.min('fetched_at').as('first'))
      .where('feed_id', '=', story.feed_id)
      .executeTakeFirst()
    const rows = await db
      .selectFrom('evidence')
      .innerJoin('claims', 'claims.id', 'evidence.claim_id')
      .select([
        'evidence.claim_id',
        'claims.text',
        'evidence.verdict',
        'evidence.confidence',
        'evidence.evidence',
        'evidence.reasons_json',
      ])
      .where('evidence.story_id', '=', story.id)
      .where('evidence.verdict', '!=', 'unrelated')
      .orderBy('evidence.confidence', 'desc')
      .execute()
    const threshold =
      guildId === null ? options.defaultThreshold : (await getGuildSettings(guildId)).threshold
    const judgements: StoryExplanation['judgements'] = []
    for (const r of rows) {
      judgements.push({
        claimId: r.claim_id,
        claimText: r.text,
        verdict: r.verdict,
        confidence: Number(r.confidence),
        evidence: r.evidence,
        reasons: stringsOfJson(r.reasons_json),
        alert: await alertOf(story.id, r.claim_id),
      })
    }
    return {
      story: {
        id: story.id,
        title: story.title,
        url: story.url,
        outlet: story.outlet,
        published: story.published,
      },
      firstPoll: first?.first === story.fetched_at,
      threshold,
      judgements,
    }
  }

  async function entities(): Promise<EntitySpec[]> {
    const rows = await db
      .selectFrom('entities')
      .select(['id', 'name', 'aliases_json'])
      .orderBy('id')
      .execute()
    return rows.map((r) => ({ id: r.id, name: r.name, aliases: stringsOfJson(r.aliases_json) }))
  }

  return {
    entities,
    listClaims,
    claimEvidence,
    addClaim,
    removeClaim,
    listFeeds,
    listBrokenDestinations,
    addFeed,
    removeFeed,
    getGuildSettings,
    setAlertChannel,
    setThreshold,
    explainStory,
  }
}
