/**
 * What the configuration syncs of claims and feeds share: rows of the YAML configuration
 * (source 'config') that left it are marked removed, never deleted, so their evidence and
 * polling history stay and they come back intact if the configuration lists them again.
 */
import type { Kysely } from 'kysely'
import type { Database } from './database.js'
import { iso } from './time.js'

/**
 * Sets removed_at on the active config rows of `table` whose id is not in `keep` (all of them when
 * `keep` is empty); rows added by users are untouched. Returns the ids it removed.
 */
export async function retireConfigRows(
  db: Kysely<Database>,
  table: 'claims' | 'feeds',
  keep: readonly string[],
  now: Date,
): Promise<string[]> {
  let stale = db
    .updateTable(table)
    .set({ removed_at: iso(now) })
    .where('source', '=', 'config')
    .where('removed_at', 'is', null)
  if (keep.length > 0) stale = stale.where('id', 'not in', [...keep])
  return (await stale.returning('id').execute()).map((r) => r.id)
}
