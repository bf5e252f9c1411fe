/**
 * The two databases the store contract suites run against: a SQLite file in a temp dir and the
 * local PostgreSQL (one fresh schema per test, dropped afterwards). PostgreSQL being down is a
 * failure with instructions, unless DEALWATCH_SKIP_PG=1.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { openStore, type Store } from '../../src/store/database.js'

export const PG_URL = process.env['DATABASE_TEST_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test'
export const SKIP_PG = process.env['DEALWATCH_SKIP_PG'] === '1'

export interface Backend {
  name: 'sqlite' | 'postgres'
  /** True when this backend's suites must be skipped (only PostgreSQL with DEALWATCH_SKIP_PG=1). */
  skip: boolean
  /** Called once per suite. */
  start(): Promise<void>
  /** A database URL for a fresh, empty database. */
  freshUrl(): Promise<string>
  /** Drops what `freshUrl` created. */
  dispose(url: string): Promise<void>
  stop(): Promise<void>
}

function sqliteBackend(): Backend {
  let dir = ''
  let n = 0
  return {
    name: 'sqlite',
    skip: false,
    start: () => {
      dir = mkdtempSync(join(tmpdir(), 'dealwatch-store-'))
      return Promise.resolve()
    },
    freshUrl: () => Promise.resolve(`sqlite:${join(dir, `db${++n}`, 'dealwatch.sqlite')}`),
    dispose: () => Promise.resolve(),
    stop: () => {
      rmSync(dir, { recursive: true, force: true })
      return Promise.resolve()
    },
  }
}

function postgresBackend(): Backend {
  let admin: pg.Client | undefined
  const schemaOf = (url: string) => /search_path=(\w+)/.exec(decodeURIComponent(url))?.[1]
  return {
    name: 'postgres',
    skip: SKIP_PG,
    start: async () => {
      const client = new pg.Client({ connectionString: PG_URL })
      try {
        await client.connect()
      } catch (error) {
        throw new Error(
          `PostgreSQL is not reachable at ${PG_URL} (${String(error)}). Start it with ` +
            '`pg_ctlcluster 15 main start` (database `test`, user postgres, trust auth), point ' +
            'DATABASE_TEST_URL elsewhere, or set DEALWATCH_SKIP_PG=1 to skip the PostgreSQL tests.',
          { cause: error },
        )
      }
      admin = client
    },
    freshUrl: async () => {
      const schema = `dw_test_${randomBytes(6).toString('hex')}`
      await admin?.query(`create schema ${schema}`)
      const url = new URL(PG_URL)
      url.searchParams.set('options', `-c search_path=${schema}`)
      return url.toString()
    },
    dispose: async (url) => {
      const schema = schemaOf(url)
      if (schema !== undefined) await admin?.query(`drop schema if exists ${schema} cascade`)
    },
    stop: async () => {
      await admin?.end()
    },
  }
}

export const backends: Backend[] = [sqliteBackend(), postgresBackend()]

/**
 * Registers hooks giving every test of the enclosing describe a freshly migrated store.
 * `ctx.url` reopens the same database (close/reopen tests).
 */
export function useStore(backend: Backend): { store: Store; url: string } {
  const ctx = {} as { store: Store; url: string }
  beforeAll(() => backend.start())
  afterAll(() => backend.stop())
  beforeEach(async () => {
    ctx.url = await backend.freshUrl()
    ctx.store = await openStore(ctx.url)
  })
  afterEach(async () => {
    await ctx.store?.close()
    await backend.dispose(ctx.url)
  })
  return ctx
}
