/**
 * Helpers for migrations whose DDL must differ between SQLite and PostgreSQL (e.g. an
 * auto-increment key). Everything else should use the schema builder unchanged.
 */
import { PostgresAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely'

/** True when `db` talks to PostgreSQL. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter
}

/**
 * Column modifier for an auto-increment integer primary key: identity on PostgreSQL,
 * `integer primary key autoincrement` on SQLite. Use with `addColumn('id', 'integer', autoIncrementKey(db))`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function autoIncrementKey(db: Kysely<any>) {
  const pg = isPostgres(db)
  return (col: ColumnDefinitionBuilder): ColumnDefinitionBuilder =>
    pg ? col.primaryKey().generatedAlwaysAsIdentity() : col.primaryKey().autoIncrement()
}
