/**
 * Alerts: events (one per claim × verdict × 72 h, whatever the number of outlets), the stories
 * that made them (the never-twice guarantee), the delivery outbox, alert destinations with their
 * health, and per-server settings. Same conventions as 001: ISO text timestamps, 0/1 booleans,
 * JSON as text; only the auto-increment keys differ between SQLite and PostgreSQL.
 */
import { sql, type Kysely } from 'kysely'
import { autoIncrementKey } from './dialect.js'

// Migrations must not depend on today's Database type: they describe the schema at their time.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('alert_events')
    .addColumn('id', 'integer', autoIncrementKey(db))
    .addColumn('claim_id', 'text', (c) => c.notNull())
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('first_story_id', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('outlets', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('outlet_names_json', 'text', (c) => c.notNull())
    // The feeds already counted: a second story from one of them does not join the event.
    .addColumn('feed_ids_json', 'text', (c) => c.notNull().defaultTo('[]'))
    // double precision, not real: PostgreSQL's real is 4 bytes (0.91 would read 0.9100000262).
    .addColumn('confidence', 'double precision', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('reasons_json', 'text', (c) => c.notNull())
    .addColumn('story_url', 'text', (c) => c.notNull())
    .addColumn('story_title', 'text', (c) => c.notNull())
    .addColumn('story_published', 'text')
    .addColumn('outlet', 'text', (c) => c.notNull())
    .addColumn('claim_text', 'text', (c) => c.notNull())
    .addColumn('standing_json', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('alert_events_claim_idx')
    .on('alert_events')
    .columns(['claim_id', 'verdict', 'id'])
    .execute()

  await db.schema
    .createTable('alert_stories')
    .addColumn('story_id', 'text', (c) => c.notNull())
    .addColumn('claim_id', 'text', (c) => c.notNull())
    .addColumn('event_id', 'integer', (c) =>
      c.notNull().references('alert_events.id').onDelete('cascade'),
    )
    .addColumn('feed_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('alert_stories_pk', ['story_id', 'claim_id'])
    .execute()
  await db.schema
    .createIndex('alert_stories_event_idx')
    .on('alert_stories')
    .column('event_id')
    .execute()

  await db.schema
    .createTable('deliveries')
    .addColumn('id', 'integer', autoIncrementKey(db))
    .addColumn('event_id', 'integer', (c) =>
      c.notNull().references('alert_events.id').onDelete('cascade'),
    )
    .addColumn('destination', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    // While status is 'sending': the instant after which the claim is stale (its process died).
    .addColumn('claimed_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('message_id', 'text')
    // Sent with channel posts (enforce_nonce) so a retry after a crash returns the same message.
    .addColumn('nonce', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  // One post per event and destination; edits repeat (one per batch of joining outlets).
  await sql`create unique index deliveries_post_unique on deliveries (event_id, destination) where action = 'post'`.execute(
    db,
  )
  await db.schema
    .createIndex('deliveries_due_idx')
    .on('deliveries')
    .columns(['status', 'next_attempt_at'])
    .execute()

  await db.schema
    .createTable('destinations')
    .addColumn('destination', 'text', (c) => c.primaryKey())
    // Derivable from the key; nullable so other stages may record a destination by key alone.
    .addColumn('kind', 'text')
    .addColumn('target', 'text')
    .addColumn('guild_id', 'text')
    .addColumn('broken', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('broken_reason', 'text')
    .addColumn('broken_at', 'text')
    .addColumn('last_ok_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('guild_settings')
    .addColumn('guild_id', 'text', (c) => c.primaryKey())
    .addColumn('alert_channel_id', 'text')
    .addColumn('threshold', 'double precision')
    .addColumn('locale', 'text')
    // Nullable: the slash commands upsert single columns without it.
    .addColumn('updated_at', 'text')
    .execute()
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'guild_settings',
    'destinations',
    'deliveries',
    'alert_stories',
    'alert_events',
  ]) {
    await db.schema.dropTable(table).execute()
  }
}
