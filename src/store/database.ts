/**
 * The database: Kysely table types and `openStore`, which picks SQLite or PostgreSQL from a URL,
 * applies the migrations and hands back one Kysely instance that the query modules share.
 *
 * Conventions that hold in both dialects, so the query code is the same:
 * - timestamps are ISO 8601 strings (`Date#toISOString()`), compared as text;
 * - booleans are integers 0/1;
 * - JSON is stored as text (`*_json` columns).
 */
import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import Database from 'better-sqlite3'
import {
  Kysely,
  Migrator,
  PostgresDialect,
  SqliteDialect,
  sql,
  type DatabaseIntrospector,
  type Generated,
  type TableMetadata,
} from 'kysely'
import pg from 'pg'
import { migrations } from './migrations/index.js'

/** Where a feed comes from: the YAML config, or a user's `/feed add`. */
export type RecordSource = 'config' | 'user'

export interface FeedTable {
  /** Short sha256 of the URL it was first added with (see `feedIdForUrl`). */
  id: string
  url: string
  name: string
  lang: string | null
  guild_id: string | null
  source: RecordSource
  etag: string | null
  last_modified: string | null
  /** ISO instant before which the feed must not be fetched again (Cache-Control). */
  fresh_until: string | null
  last_polled_at: string | null
  last_ok_at: string | null
  last_error: string | null
  consecutive_failures: Generated<number>
  /** ISO instant of the next allowed attempt after failures (backoff), null when healthy. */
  next_attempt_at: string | null
  /** 1 once the first successful poll stored the feed's existing stories (no alerts for those). */
  baseline_done: Generated<number>
  item_count: Generated<number>
  created_at: string
  removed_at: string | null
}

export interface StoryTable {
  id: string
  feed_id: string
  guid: string
  url: string
  canonical_url: string
  title: string
  summary: string
  published: string | null
  lang: string | null
  fetched_at: string
  /** When the analysis judged the story (null: stored but not judged yet, e.g. after a crash). */
  analysed_at: Generated<string | null>
}

export interface EntityTable {
  id: string
  name: string
  aliases_json: string
  source: RecordSource
  created_at: string
}

export interface ClaimTable {
  id: string
  text: string
  date: string | null
  /** The full ClaimSpec (overrides included) as JSON. */
  spec_json: string
  source: RecordSource
  guild_id: string | null
  created_by: string | null
  created_at: string
  removed_at: string | null
}

export interface EvidenceTable {
  story_id: string
  claim_id: string
  verdict: string
  confidence: number
  evidence: string
  reasons_json: string
  created_at: string
}

/** One alert: a claim × verdict reported by one or more outlets within the grouping window. */
export interface AlertEventTable {
  id: Generated<number>
  claim_id: string
  verdict: string
  first_story_id: string
  opened_at: string
  /** Distinct outlets (feeds) that reported the event, the first included. */
  outlets: number
  outlet_names_json: string
  feed_ids_json: Generated<string>
  confidence: number
  evidence: string
  reasons_json: string
  story_url: string
  story_title: string
  story_published: string | null
  /** Name of the first story's feed. */
  outlet: string
  claim_text: string
  /** The claim's standing after the latest story of the event ({confirms, contradicts, mentions}). */
  standing_json: string | null
  updated_at: string
}

/** story × claim → event: a story is alerted at most once per claim (primary key). */
export interface AlertStoryTable {
  story_id: string
  claim_id: string
  event_id: number
  feed_id: string
  created_at: string
}

export type DeliveryAction = 'post' | 'edit'
export type DeliveryStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'broken'

/** The outbox: one row per (event, destination, action) still to send or already sent. */
export interface DeliveryTable {
  id: Generated<number>
  event_id: number
  /** 'console', 'channel:<id>' or 'webhook:<id>'. */
  destination: string
  action: DeliveryAction
  status: DeliveryStatus
  attempts: Generated<number>
  next_attempt_at: string
  claimed_until: string | null
  last_error: string | null
  message_id: string | null
  nonce: string | null
  created_at: string
  updated_at: string
}

/** Health of an alert destination: broken (1) after Discord refused it (400/403/404). */
export interface DestinationTable {
  destination: string
  kind: string | null
  target: string | null
  guild_id: string | null
  broken: Generated<number>
  broken_reason: string | null
  broken_at: string | null
  last_ok_at: string | null
  updated_at: string
}

/** Per-server settings chosen with slash commands; null columns take the configuration's value. */
export interface GuildSettingsTable {
  guild_id: string
  alert_channel_id: string | null
  threshold: number | null
  locale: string | null
  updated_at: string | null
}

/** Every table of the schema. Later migrations extend this interface (add tables here). */
export interface Database {
  feeds: FeedTable
  stories: StoryTable
  entities: EntityTable
  claims: ClaimTable
  evidence: EvidenceTable
  alert_events: AlertEventTable
  alert_stories: AlertStoryTable
  deliveries: DeliveryTable
  destinations: DestinationTable
  guild_settings: GuildSettingsTable
}

export type StoreDialect = 'sqlite' | 'postgres'

/** An open database with its schema migrated to the latest version. */
export interface Store {
  db: Kysely<Database>
  dialect: StoreDialect
  /** Closes the SQLite file or drains the PostgreSQL pool. Safe to await once. */
  close(): Promise<void>
}

/** Where a database URL points. */
export type DatabaseTarget =
  { dialect: 'sqlite'; path: string } | { dialect: 'postgres'; connectionString: string }

/**
 * Reads a DATABASE_URL: `postgres://…`/`postgresql://…` for PostgreSQL; `sqlite:PATH`,
 * `file:PATH` or a plain path for SQLite (`:memory:` allowed). Pure: touches no file.
 */
export function parseDatabaseUrl(databaseUrl: string): DatabaseTarget {
  const url = databaseUrl.trim()
  if (/^postgres(ql)?:\/\//i.test(url)) return { dialect: 'postgres', connectionString: url }
  const path = url.replace(/^(sqlite|file):(\/\/)?/i, '')
  if (path === '') throw new Error(`DATABASE_URL "${databaseUrl}" names no SQLite file`)
  return { dialect: 'sqlite', path }
}

/**
 * Opens the database named by `databaseUrl` (see `parseDatabaseUrl`) and runs every pending
 * migration. SQLite files get their parent directories created, WAL journaling, foreign keys and
 * a busy timeout (so a second process waits instead of failing). Throws an Error saying what to
 * do when the database cannot be opened, reached or migrated.
 */
export async function openStore(databaseUrl: string): Promise<Store> {
  const target = parseDatabaseUrl(databaseUrl)
  const store = target.dialect === 'sqlite' ? openSqlite(target.path) : await openPostgres(target)
  try {
    await migrateToLatest(store)
  } catch (error) {
    await store.close()
    throw error
  }
  return store
}

function openSqlite(path: string): Store {
  let database: Database.Database
  try {
    if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true })
    database = new Database(path)
    database.pragma('journal_mode = WAL')
    database.pragma('foreign_keys = ON')
    database.pragma('busy_timeout = 5000')
  } catch (error) {
    throw new Error(
      `cannot open SQLite database at ${path}: ${messageOf(error)} ` +
        '(check that the directory is writable, or set DATABASE_URL)',
      { cause: error },
    )
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) })
  return { db, dialect: 'sqlite', close: () => db.destroy() }
}

async function openPostgres(target: { connectionString: string }): Promise<Store> {
  const where = describePostgres(target.connectionString)
  const pool = new pg.Pool({ connectionString: target.connectionString, max: 10 })
  // An idle client that errors (server restart) must not crash the process; the next query reports it.
  pool.on('error', () => undefined)
  try {
    await pool.query('select 1')
  } catch (error) {
    await pool.end().catch(() => undefined)
    throw new Error(
      `cannot connect to PostgreSQL at ${where}: ${messageOf(error)} ` +
        '(is the server running? e.g. `pg_ctlcluster 15 main start`; check DATABASE_URL)',
      { cause: error },
    )
  }
  const db = new Kysely<Database>({ dialect: new CurrentSchemaPostgresDialect({ pool }) })
  return { db, dialect: 'postgres', close: () => db.destroy() }
}

/**
 * PostgreSQL whose introspection (what Kysely's migrator uses to find its bookkeeping tables)
 * looks at the connection's current schema only. Kysely's own introspector reads every schema of
 * the database: slow on a shared database, and it fails when another schema is dropped meanwhile
 * ("schema … does not exist"), as happens when several tenants or test runs share one database.
 */
class CurrentSchemaPostgresDialect extends PostgresDialect {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the introspector serves any schema
  override createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    const getTables = async (): Promise<TableMetadata[]> => {
      const { rows } = await sql<{ name: string; schema: string; kind: string }>`
        select c.relname as name, n.nspname as schema, c.relkind as kind
        from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
        where n.nspname = current_schema() and c.relkind in ('r', 'p', 'v')`.execute(db)
      return rows.map((r) => ({
        name: r.name,
        schema: r.schema,
        isView: r.kind === 'v',
        columns: [],
      }))
    }
    return {
      getSchemas: async () =>
        (
          await sql<{
            name: string
          }>`select nspname as name from pg_catalog.pg_namespace where nspname = current_schema()`.execute(
            db,
          )
        ).rows,
      getTables,
      getMetadata: async () => ({ tables: await getTables() }),
    }
  }
}

async function migrateToLatest(store: Store): Promise<void> {
  const migrator = new Migrator({
    db: store.db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
    // Kysely looks for its bookkeeping tables in every schema unless told which one; name the
    // current schema so several dealwatch schemas can share one PostgreSQL database.
    ...(store.dialect === 'postgres'
      ? { migrationTableSchema: await currentSchema(store.db) }
      : {}),
  })
  const { error, results } = await migrator.migrateToLatest()
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? '(setup)'
    throw new Error(`database migration ${failed} failed: ${messageOf(error)}`, { cause: error })
  }
}

async function currentSchema(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(
    db,
  )
  const schema = rows[0]?.schema
  if (schema === null || schema === undefined) {
    throw new Error('PostgreSQL has no current schema: the search_path names no existing schema')
  }
  return schema
}

/** host:port/database of a PostgreSQL URL, without credentials (safe to log). */
function describePostgres(connectionString: string): string {
  try {
    const url = new URL(connectionString)
    return `${url.hostname || 'localhost'}:${url.port || '5432'}${url.pathname}`
  } catch {
    return '(unparsable DATABASE_URL)'
  }
}

function messageOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) {
    return error.errors.map(messageOf).join('; ')
  }
  return error instanceof Error ? error.message : String(error)
}
