/**
 * Queries of the alerts stage: alert events and their stories, the delivery outbox, destination
 * health and per-server alert settings. The same code runs on SQLite and PostgreSQL.
 *
 * Concurrency: several pollers (coroutines of one process, or processes sharing PostgreSQL) may
 * record stories of the same claim at once. `recordAlert` serialises them per claim (a PostgreSQL
 * advisory lock; SQLite runs one write transaction at a time) and the alert_stories primary key
 * makes "never alerted twice for a claim" hold whatever happens. Deliveries are claimed with a
 * conditional UPDATE before sending, so only one process sends each.
 */
import { randomUUID } from 'node:crypto'
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely'
import type { AlertVerdict } from '../domain.js'
import { isPostgres } from './migrations/dialect.js'
import type { AlertEventTable, Database, DeliveryAction, DeliveryStatus } from './database.js'
import { iso, stringsOfJson, toNumber } from './time.js'

export type AlertEventRow = Selectable<AlertEventTable>

/** The latest event of a claim × verdict, as grouping needs it. */
export interface LatestEvent {
  id: number
  /** First story's publication instant, else the event's opening instant (ISO). */
  firstStoryAt: string
  feedIds: string[]
}

/** A destination an alert is posted to, with what the admins need to find it. */
export interface DestinationInfo {
  destination: string
  kind: 'console' | 'channel' | 'webhook'
  target: string
  guildId: string | null
}

/** The story an alert is about, as its event and alert_stories row keep it. */
export interface AlertStory {
  id: string
  title: string
  url: string
  published: string | null
  /** The feed's name, shown as the outlet. */
  outlet: string
  feedId: string
}

export interface RecordAlertInput {
  story: AlertStory
  claim: { id: string; text: string }
  verdict: AlertVerdict
  confidence: number
  evidence: string
  reasons: readonly string[]
  standing: { confirms: number; contradicts: number; mentions: number } | null
  /** Where a new event is posted (already filtered by threshold). */
  destinations: readonly DestinationInfo[]
  now: Date
}

export type RecordAlertResult =
  | { result: 'opened'; eventId: number }
  | { result: 'joined'; eventId: number }
  | { result: 'duplicate' }

/** Thrown inside the transaction to roll it back when a concurrent writer recorded the story. */
class AlreadyRecorded extends Error {}

/**
 * Records that `input.story` alerts `input.claim`: `decide` (the pure grouping policy) chooses,
 * from the claim × verdict's latest event, to join it or open a new one. Opening enqueues one
 * 'post' delivery per destination; joining counts the outlet and enqueues an 'edit' for each
 * destination whose post is sent or being sent (a pending post will show the new count anyway).
 * A story already recorded for the claim returns 'duplicate' and changes nothing.
 */
export async function recordAlert(
  db: Kysely<Database>,
  input: RecordAlertInput,
  decide: (latest: LatestEvent | undefined) => { kind: 'join'; eventId: number } | { kind: 'open' },
): Promise<RecordAlertResult> {
  try {
    return await db.transaction().execute(async (trx) => {
      if (isPostgres(db)) {
        await sql`select pg_advisory_xact_lock(hashtext(${'dealwatch-alert:' + input.claim.id}))`.execute(
          trx,
        )
      } else {
        // Take SQLite's write lock first: a transaction that reads and then writes would fail at
        // once with SQLITE_BUSY (no busy wait) when another process wrote in between.
        await sql`update alert_events set id = id where 1 = 0`.execute(trx)
      }
      const seen = await trx
        .selectFrom('alert_stories')
        .select('event_id')
        .where('story_id', '=', input.story.id)
        .where('claim_id', '=', input.claim.id)
        .executeTakeFirst()
      if (seen) return { result: 'duplicate' as const }

      const latest = await trx
        .selectFrom('alert_events')
        .select(['id', 'story_published', 'opened_at', 'feed_ids_json'])
        .where('claim_id', '=', input.claim.id)
        .where('verdict', '=', input.verdict)
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst()
      const decision = decide(
        latest && {
          id: toNumber(latest.id),
          firstStoryAt: latest.story_published ?? latest.opened_at,
          feedIds: stringsOfJson(latest.feed_ids_json),
        },
      )
      const at = iso(input.now)
      const eventId =
        decision.kind === 'join'
          ? await joinEvent(trx, decision.eventId, input, at)
          : await openEvent(trx, input, at)

      const inserted = await trx
        .insertInto('alert_stories')
        .values({
          story_id: input.story.id,
          claim_id: input.claim.id,
          event_id: eventId,
          feed_id: input.story.feedId,
          created_at: at,
        })
        .onConflict((oc) => oc.columns(['story_id', 'claim_id']).doNothing())
        .executeTakeFirst()
      if (toNumber(inserted.numInsertedOrUpdatedRows ?? 0n) === 0) throw new AlreadyRecorded()
      return {
        result: decision.kind === 'join' ? ('joined' as const) : ('opened' as const),
        eventId,
      }
    })
  } catch (error) {
    if (error instanceof AlreadyRecorded) return { result: 'duplicate' }
    throw error
  }
}

async function openEvent(
  trx: Transaction<Database>,
  input: RecordAlertInput,
  at: string,
): Promise<number> {
  const row = await trx
    .insertInto('alert_events')
    .values({
      claim_id: input.claim.id,
      verdict: input.verdict,
      first_story_id: input.story.id,
      opened_at: at,
      outlets: 1,
      outlet_names_json: JSON.stringify([input.story.outlet]),
      feed_ids_json: JSON.stringify([input.story.feedId]),
      confidence: input.confidence,
      evidence: input.evidence,
      reasons_json: JSON.stringify(input.reasons),
      story_url: input.story.url,
      story_title: input.story.title,
      story_published: input.story.published,
      outlet: input.story.outlet,
      claim_text: input.claim.text,
      standing_json: input.standing === null ? null : JSON.stringify(input.standing),
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const eventId = toNumber(row.id)
  for (const d of input.destinations) {
    await trx
      .insertInto('destinations')
      .values({
        destination: d.destination,
        kind: d.kind,
        target: d.target,
        guild_id: d.guildId,
        updated_at: at,
      })
      .onConflict((oc) => oc.column('destination').doNothing())
      .execute()
    await trx
      .insertInto('deliveries')
      .values({
        event_id: eventId,
        destination: d.destination,
        action: 'post',
        status: 'pending',
        next_attempt_at: at,
        claimed_until: null,
        last_error: null,
        message_id: null,
        nonce: d.kind === 'channel' ? randomUUID().replace(/-/g, '').slice(0, 25) : null,
        created_at: at,
        updated_at: at,
      })
      .execute()
  }
  return eventId
}

async function joinEvent(
  trx: Transaction<Database>,
  eventId: number,
  input: RecordAlertInput,
  at: string,
): Promise<number> {
  const event = await trx
    .selectFrom('alert_events')
    .select(['outlet_names_json', 'feed_ids_json'])
    .where('id', '=', eventId)
    .executeTakeFirstOrThrow(
      () => new Error(`store: alert event ${eventId} vanished while a story joined it`),
    )
  const feedIds = stringsOfJson(event.feed_ids_json)
  const names = stringsOfJson(event.outlet_names_json)
  if (!feedIds.includes(input.story.feedId)) feedIds.push(input.story.feedId)
  if (!names.includes(input.story.outlet)) names.push(input.story.outlet)
  await trx
    .updateTable('alert_events')
    .set({
      outlets: feedIds.length,
      feed_ids_json: JSON.stringify(feedIds),
      outlet_names_json: JSON.stringify(names),
      ...(input.standing === null ? {} : { standing_json: JSON.stringify(input.standing) }),
      updated_at: at,
    })
    .where('id', '=', eventId)
    .execute()

  const posts = await trx
    .selectFrom('deliveries')
    .select(['destination', 'status'])
    .where('event_id', '=', eventId)
    .where('action', '=', 'post')
    .execute()
  for (const post of posts) {
    if (post.status !== 'sent' && post.status !== 'sending') continue
    const pendingEdit = await trx
      .selectFrom('deliveries')
      .select('id')
      .where('event_id', '=', eventId)
      .where('destination', '=', post.destination)
      .where('action', '=', 'edit')
      .where('status', '=', 'pending')
      .executeTakeFirst()
    // An edit not yet sent renders the event as it stands when sent: one edit covers both joins.
    if (pendingEdit) continue
    await trx
      .insertInto('deliveries')
      .values({
        event_id: eventId,
        destination: post.destination,
        action: 'edit',
        status: 'pending',
        next_attempt_at: at,
        claimed_until: null,
        last_error: null,
        message_id: null,
        nonce: null,
        created_at: at,
        updated_at: at,
      })
      .execute()
  }
  return eventId
}

/** An outbox row due for sending. */
export interface DueDelivery {
  id: number
  eventId: number
  destination: string
  action: DeliveryAction
  attempts: number
  nonce: string | null
}

/**
 * Deliveries due at `now` in id order (posts before the edits of the same event), after id
 * `afterId`: pending ones whose next attempt has come, and ones claimed by a process whose claim
 * expired (it crashed mid-send).
 */
export async function dueDeliveries(
  db: Kysely<Database>,
  now: Date,
  options: { afterId: number; limit: number },
): Promise<DueDelivery[]> {
  const at = iso(now)
  const rows = await db
    .selectFrom('deliveries')
    .select(['id', 'event_id', 'destination', 'action', 'attempts', 'nonce'])
    .where('id', '>', options.afterId)
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', at)]),
        eb.and([eb('status', '=', 'sending'), eb('claimed_until', '<=', at)]),
      ]),
    )
    .orderBy('id')
    .limit(options.limit)
    .execute()
  return rows.map((r) => ({
    id: toNumber(r.id),
    eventId: toNumber(r.event_id),
    destination: r.destination,
    action: r.action,
    attempts: toNumber(r.attempts),
    nonce: r.nonce,
  }))
}

/**
 * Claims a due delivery for sending until `until`: true when this caller won it (exactly one
 * caller does, across processes); counts the attempt.
 */
export async function claimDelivery(
  db: Kysely<Database>,
  id: number,
  now: Date,
  until: Date,
): Promise<boolean> {
  const at = iso(now)
  const result = await db
    .updateTable('deliveries')
    .set((eb) => ({
      status: 'sending',
      claimed_until: iso(until),
      attempts: eb('attempts', '+', 1),
      updated_at: at,
    }))
    .where('id', '=', id)
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', at)]),
        eb.and([eb('status', '=', 'sending'), eb('claimed_until', '<=', at)]),
      ]),
    )
    .executeTakeFirst()
  return result.numUpdatedRows === 1n
}

/** Marks a claimed delivery sent (with the message id of a post). */
export async function markDeliverySent(
  db: Kysely<Database>,
  id: number,
  messageId: string | null,
  now: Date,
): Promise<void> {
  await db
    .updateTable('deliveries')
    .set({
      status: 'sent',
      claimed_until: null,
      last_error: null,
      ...(messageId === null ? {} : { message_id: messageId }),
      updated_at: iso(now),
    })
    .where('id', '=', id)
    .execute()
}

/** Puts a claimed delivery back in the queue for `nextAttemptAt`, recording why. */
export async function rescheduleDelivery(
  db: Kysely<Database>,
  id: number,
  nextAttemptAt: Date,
  reason: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('deliveries')
    .set({
      status: 'pending',
      claimed_until: null,
      next_attempt_at: iso(nextAttemptAt),
      last_error: reason,
      updated_at: iso(now),
    })
    .where('id', '=', id)
    .execute()
}

/** Ends a delivery without sending it: 'broken' (destination refused) or 'failed' (pointless now). */
export async function endDelivery(
  db: Kysely<Database>,
  id: number,
  status: Extract<DeliveryStatus, 'broken' | 'failed'>,
  reason: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('deliveries')
    .set({ status, claimed_until: null, last_error: reason, updated_at: iso(now) })
    .where('id', '=', id)
    .execute()
}

/** The post of an event to a destination (for its edits): status and Discord message id. */
export async function findPost(
  db: Kysely<Database>,
  eventId: number,
  destination: string,
): Promise<
  { status: DeliveryStatus; messageId: string | null; nextAttemptAt: string } | undefined
> {
  const row = await db
    .selectFrom('deliveries')
    .select(['status', 'message_id', 'next_attempt_at'])
    .where('event_id', '=', eventId)
    .where('destination', '=', destination)
    .where('action', '=', 'post')
    .executeTakeFirst()
  return (
    row && { status: row.status, messageId: row.message_id, nextAttemptAt: row.next_attempt_at }
  )
}

/** An alert event by id; throws when missing (deliveries reference events). */
export async function loadEvent(db: Kysely<Database>, eventId: number): Promise<AlertEventRow> {
  return db
    .selectFrom('alert_events')
    .selectAll()
    .where('id', '=', eventId)
    .executeTakeFirstOrThrow(() => new Error(`store: alert event ${eventId} not found`))
}

/** Records that a destination refused alerts (admins see it, e.g. in `/feed list`). */
export async function markDestinationBroken(
  db: Kysely<Database>,
  info: DestinationInfo,
  reason: string,
  now: Date,
): Promise<void> {
  const at = iso(now)
  await saveDestinationHealth(db, info, {
    broken: 1,
    broken_reason: reason,
    broken_at: at,
    updated_at: at,
  })
}

/** Records a successful delivery: a destination that works again is no longer broken. */
export async function markDestinationOk(
  db: Kysely<Database>,
  info: DestinationInfo,
  now: Date,
): Promise<void> {
  const at = iso(now)
  await saveDestinationHealth(db, info, {
    broken: 0,
    broken_reason: null,
    last_ok_at: at,
    updated_at: at,
  })
}

/** Upserts a destination's health columns; its identity columns are written on first sight. */
async function saveDestinationHealth(
  db: Kysely<Database>,
  info: DestinationInfo,
  health: { broken: 0 | 1; broken_reason: string | null; updated_at: string } & (
    { broken_at: string } | { last_ok_at: string }
  ),
): Promise<void> {
  await db
    .insertInto('destinations')
    .values({
      destination: info.destination,
      kind: info.kind,
      target: info.target,
      guild_id: info.guildId,
      ...health,
    })
    .onConflict((oc) => oc.column('destination').doUpdateSet(health))
    .execute()
}

/** A destination's health row, if any. */
export async function destinationHealth(
  db: Kysely<Database>,
  destination: string,
): Promise<{ broken: boolean; reason: string | null; guildId: string | null } | undefined> {
  const row = await db
    .selectFrom('destinations')
    .select(['broken', 'broken_reason', 'guild_id'])
    .where('destination', '=', destination)
    .executeTakeFirst()
  return (
    row && { broken: toNumber(row.broken) === 1, reason: row.broken_reason, guildId: row.guild_id }
  )
}

/** A server's alert channel with its threshold and locale (null: the configuration's). */
export interface GuildAlertChannel {
  guildId: string
  channelId: string
  threshold: number | null
  locale: string | null
}

/** Every server that chose an alert channel. */
export async function guildAlertChannels(db: Kysely<Database>): Promise<GuildAlertChannel[]> {
  const rows = await db
    .selectFrom('guild_settings')
    .select(['guild_id', 'alert_channel_id', 'threshold', 'locale'])
    .where('alert_channel_id', 'is not', null)
    .orderBy('guild_id')
    .execute()
  return rows.flatMap((r) =>
    r.alert_channel_id === null
      ? []
      : [
          {
            guildId: r.guild_id,
            channelId: r.alert_channel_id,
            threshold: r.threshold === null ? null : toNumber(r.threshold),
            locale: r.locale,
          },
        ],
  )
}

/**
 * Saves a server's alert settings (only the given fields change; a new server's other columns stay
 * null, meaning the configuration's). The slash commands' `/alerts` settings go through here too.
 */
export async function saveGuildSettings(
  db: Kysely<Database>,
  guildId: string,
  settings: { alertChannelId?: string | null; threshold?: number | null; locale?: string | null },
  now: Date,
): Promise<void> {
  const values = {
    ...(settings.alertChannelId === undefined ? {} : { alert_channel_id: settings.alertChannelId }),
    ...(settings.threshold === undefined ? {} : { threshold: settings.threshold }),
    ...(settings.locale === undefined ? {} : { locale: settings.locale }),
    updated_at: iso(now),
  }
  await db
    .insertInto('guild_settings')
    .values({ guild_id: guildId, ...values })
    .onConflict((oc) => oc.column('guild_id').doUpdateSet(values))
    .execute()
}

/** Counts of deliveries by status (for summaries and tests). */
export async function deliveryCounts(
  db: Kysely<Database>,
): Promise<Record<DeliveryStatus, number>> {
  const rows = await db
    .selectFrom('deliveries')
    .select((eb) => ['status', eb.fn.countAll().as('n')])
    .groupBy('status')
    .execute()
  const out: Record<DeliveryStatus, number> = {
    pending: 0,
    sending: 0,
    sent: 0,
    failed: 0,
    broken: 0,
  }
  for (const r of rows) out[r.status] = toNumber(r.n)
  return out
}
