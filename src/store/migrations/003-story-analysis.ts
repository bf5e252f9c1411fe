/**
 * Stories remember when they were analysed, so a story stored by a cycle that crashed before
 * judging it is judged (and alerted) by the next cycle instead of being lost. Stories stored
 * before this migration had been analysed in the same step: they count as analysed.
 */
import { sql, type Kysely } from 'kysely'

// Migrations must not depend on today's Database type: they describe the schema at their time.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('stories').addColumn('analysed_at', 'text').execute()
  await db
    .updateTable('stories')
    .set({ analysed_at: sql`fetched_at` })
    .execute()
  await db.schema
    .createIndex('stories_unanalysed_idx')
    .on('stories')
    .columns(['feed_id', 'analysed_at'])
    .execute()
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('stories_unanalysed_idx').execute()
  await db.schema.alterTable('stories').dropColumn('analysed_at').execute()
}
