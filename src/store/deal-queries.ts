/**
 * The store side of the slash commands (`DealDeps` of src/discord/deal-deps.ts) over Kysely, on the
 * tables of the core migration (feeds, stories, entities, claims, evidence). The same queries run
 * on SQLite and PostgreSQL.
 *
 * Tables added by later migrations of other stages (guild_settings, destinations, alert_stories /
 * alert_events) are read through raw SQL after checking that they exist, so the commands work
 * (with defaults) before those migrations land, and pick them up without a code change.
 */
import { createHash } from 'node:crypto'
import { sql, type Kysely } from 'kysely'
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
import type { Database } from './database.js'
import { feedIdForUrl } from './feeds.js'

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

function parseStringArray(text: string): string[] {
  try {
    const v: unknown = JSON.parse(text)
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
  } catch {
    return []
  }
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
  const tableCache = new Map<string, boolean>()

  /**
   * Whether a table of a later migration exists in the schema this connection uses (PostgreSQL's
   * search_path, not any schema of the database). Cached once true: tables are not dropped.
   */
  async function hasTable(
    name: 'guild_settings' | 'destinations' | 'alert_stories' | 'alert_events',
  ): Promise<boolean> {
    if (tableCache.get(name) === true) return true
    try {
      await sql`select 1 from ${sql.table(name)} where 1 = 0`.execute(db)
    } catch {
      return false // "no such table" / "relation does not exist"
    }
    tableCache.set(name, true)
    return true
  }

  async function loadParties(): Promise<Party[]> {
    const rows = await db
      .selectFrom('entities')
      .select(['id', 'name', 'aliases_json'])
      .orderBy('id')
      .execute()
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      patterns: [r.name, ...parseStringArray(r.aliases_json)]
        .map((n) => fold(n).trim())
        .filter((n) => n.length >= 2)
        .map((n) => new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(n)}($|[^\\p{L}\\p{N}])`, 'u')),
    }))
  }

  async function listClaims(guildId: string | null): Promise<ClaimSummary[]> {
    let q = db
      .selectFrom('claims')
      .select(['id', 'text', 'date', 'spec_json', 'source', 'guild_id'])
      .where('removed_at', 'is', null)
    q =
      guildId === null
        ? q.where('guild_id', 'is', null)
        : q.where((eb) => eb.or([eb('guild_id', 'is', null), eb('guild_id', '=', guildId)]))
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
      reasons: parseStringArray(r.reasons_json),
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
    let q = db.selectFrom('feeds').selectAll().where('removed_at', 'is', null)
    q =
      guildId === null
        ? q.where('guild_id', 'is', null)
        : q.where((eb) => eb.or([eb('guild_id', 'is', null), eb('guild_id', '=', guildId)]))
    const rows = await q.orderBy('name').orderBy('id').execute()
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
    if (!(await hasTable('guild_settings'))) return defaults
    const { rows } = await sql<{
      alert_channel_id: string | null
      threshold: number | string | null
    }>`
      select alert_channel_id, threshold from guild_settings where guild_id = ${guildId}`.execute(
      db,
    )
    const row = rows[0]
    if (!row) return defaults
    const threshold = row.threshold === null ? NaN : Number(row.threshold)
    return {
      alertChannelId: row.alert_channel_id ?? defaults.alertChannelId,
      threshold: Number.isFinite(threshold) ? threshold : defaults.threshold,
    }
  }

  async function requireSettingsTable(): Promise<void> {
    if (!(await hasTable('guild_settings'))) {
      throw new Error(
        'store: table guild_settings does not exist; the alerts migration that creates it has not been applied',
      )
    }
  }

  async function setAlertChannel(guildId: string, channelId: string): Promise<void> {
    await requireSettingsTable()
    const at = now().toISOString()
    await sql`insert into guild_settings (guild_id, alert_channel_id, updated_at)
      values (${guildId}, ${channelId}, ${at})
      on conflict (guild_id) do update
      set alert_channel_id = excluded.alert_channel_id, updated_at = excluded.updated_at`.execute(
      db,
    )
  }

  async function setThreshold(guildId: string, threshold: number): Promise<void> {
    await requireSettingsTable()
    const at = now().toISOString()
    await sql`insert into guild_settings (guild_id, threshold, updated_at)
      values (${guildId}, ${threshold}, ${at})
      on conflict (guild_id) do update
      set threshold = excluded.threshold, updated_at = excluded.updated_at`.execute(db)
  }

  async function listBrokenDestinations(guildId: string | null): Promise<BrokenDestination[]> {
    if (!(await hasTable('destinations'))) return []
    const { rows } = await sql<Record<string, unknown>>`select * from destinations`.execute(db)
    // A channel destination concerns this server only if it is the server's alert channel (its own
    // setting or the deployment's default); other servers' channels are not shown.
    const mine = new Set<string>()
    if (options.defaultAlertChannelId) mine.add(options.defaultAlertChannelId)
    if (guildId !== null) {
      const own = (await getGuildSettings(guildId)).alertChannelId
      if (own !== null) mine.add(own)
    }
    return rows
      .filter((r) => Number(r['broken']) === 1 || r['broken'] === true)
      .filter((r) => !('guild_id' in r) || r['guild_id'] === null || r['guild_id'] === guildId)
      .filter((r) => {
        const m = /^channel:(\d+)$/.exec(String(r['destination'] ?? ''))
        return m === null || mine.has(m[1] ?? '')
      })
      .map((r) => ({
        name: describeDestination(r),
        reason: String(r['broken_reason'] ?? r['reason'] ?? r['last_error'] ?? '?'),
      }))
  }

  async function alertOf(
    storyId: string,
    claimId: string,
  ): Promise<{ eventId: number; primary: boolean } | null> {
    if (!(await hasTable('alert_stories'))) return null
    const { rows } = await sql<
      Record<string, unknown>
    >`select * from alert_stories where story_id = ${storyId}`.execute(db)
    const row = rows.find((r) => !('claim_id' in r) || r['claim_id'] === claimId)
    if (!row) return null
    const eventId = Number(row['event_id'] ?? row['alert_event_id'])
    if (!Number.isFinite(eventId)) return null
    if ('is_primary' in row || 'primary' in row) {
      return {
        eventId,
        primary: Number(row['is_primary'] ?? row['primary']) === 1 || row['is_primary'] === true,
      }
    }
    if (await hasTable('alert_events')) {
      const { rows: events } = await sql<
        Record<string, unknown>
      >`select * from alert_events where id = ${eventId}`.execute(db)
      const first =
        events[0]?.['story_id'] ?? events[0]?.['first_story_id'] ?? events[0]?.['primary_story_id']
      if (first !== undefined) return { eventId, primary: first === storyId }
    }
    return { eventId, primary: true }
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
        reasons: parseStringArray(r.reasons_json),
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
    return rows.map((r) => ({ id: r.id, name: r.name, aliases: parseStringArray(r.aliases_json) }))
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

/**
 * A destination row in words. The alerts stage keys destinations as 'channel:ID' / 'webhook:ID'
 * (never a webhook token); other shapes are described from whatever identifying column exists.
 */
function describeDestination(r: Record<string, unknown>): string {
  if (typeof r['destination'] === 'string') return r['destination'].replace(':', ' ')
  const kind = typeof r['kind'] === 'string' ? r['kind'] : 'destination'
  const target = r['channel_id'] ?? r['target'] ?? r['name'] ?? r['webhook_id'] ?? r['id']
  return `${kind} ${String(target ?? '?')}`
}
