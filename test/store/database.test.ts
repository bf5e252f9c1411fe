import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { openStore, parseDatabaseUrl, type Store } from '../../src/store/database.js'
import { syncConfigFeeds, listFeeds } from '../../src/store/feeds.js'
import { isPostgres } from '../../src/store/migrations/dialect.js'
import { migrations } from '../../src/store/migrations/index.js'
import { backends, useStore } from './backends.js'

const NOW = new Date('2026-01-30T08:00:00Z')

describe('parseDatabaseUrl', () => {
  it.each([
    {
      url: 'postgres://u@h:5432/db',
      expected: { dialect: 'postgres', connectionString: 'postgres://u@h:5432/db' },
    },
    {
      url: 'postgresql://h/db',
      expected: { dialect: 'postgres', connectionString: 'postgresql://h/db' },
    },
    { url: 'sqlite:./data/x.sqlite', expected: { dialect: 'sqlite', path: './data/x.sqlite' } },
    { url: 'sqlite:///abs/x.sqlite', expected: { dialect: 'sqlite', path: '/abs/x.sqlite' } },
    { url: 'file:data/x.db', expected: { dialect: 'sqlite', path: 'data/x.db' } },
    {
      url: '/var/lib/dealwatch.db',
      expected: { dialect: 'sqlite', path: '/var/lib/dealwatch.db' },
    },
    { url: ':memory:', expected: { dialect: 'sqlite', path: ':memory:' } },
    { url: 'sqlite::memory:', expected: { dialect: 'sqlite', path: ':memory:' } },
  ])('reads $url', ({ url, expected }) => {
    expect(parseDatabaseUrl(url)).toEqual(expected)
  })

  it('refuses a URL without a path', () => {
    expect(() => parseDatabaseUrl('sqlite:')).toThrow(/names no SQLite file/)
  })
})

describe('openStore errors and SQLite specifics', () => {
  it('creates the parent directories of a SQLite file and uses WAL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dealwatch-open-'))
    try {
      const path = join(dir, 'a', 'b', 'dealwatch.sqlite')
      const store = await openStore(`file:${path}`)
      const { rows } = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(store.db)
      await store.close()
      expect(existsSync(path)).toBe(true)
      expect(rows[0]?.journal_mode).toBe('wal')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('opens an in-memory SQLite database with the schema applied and foreign keys on', async () => {
    const store = await openStore(':memory:')
    try {
      expect(store.dialect).toBe('sqlite')
      expect(await listFeeds(store.db)).toEqual([])
      const insertOrphan = store.db
        .insertInto('stories')
        .values({
          id: 's',
          feed_id: 'no-such-feed',
          guid: 'g',
          url: 'u',
          canonical_url: 'u',
          title: 't',
          summary: '',
          published: null,
          lang: null,
          fetched_at: NOW.toISOString(),
        })
        .execute()
      await expect(insertOrphan).rejects.toThrow(/FOREIGN KEY/)
    } finally {
      await store.close()
    }
  })

  it('says which SQLite path it cannot open', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dealwatch-open-'))
    try {
      writeFileSync(join(dir, 'plain-file'), 'x')
      const path = join(dir, 'plain-file', 'sub', 'db.sqlite')
      await expect(openStore(`sqlite:${path}`)).rejects.toThrow(
        `cannot open SQLite database at ${path}: ENOTDIR`,
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('says where PostgreSQL could not be reached and how to start it', async () => {
    // Port 1 on loopback: nothing listens there, so the refusal is immediate.
    await expect(openStore('postgres://postgres:secret@127.0.0.1:1/test')).rejects.toThrow(
      /^cannot connect to PostgreSQL at 127\.0\.0\.1:1\/test: .*pg_ctlcluster 15 main start/,
    )
  })

  it('never shows the password of a PostgreSQL URL', async () => {
    const error = await openStore('postgres://postgres:secret@127.0.0.1:1/test').catch(
      (e: unknown) => e,
    )
    expect(String(error)).not.toContain('secret')
  })
})

describe.each(backends)('openStore on $name', (backend) => {
  describe.skipIf(backend.skip)('migrations', () => {
    const ctx = useStore(backend)

    it('reports its dialect', () => {
      expect(ctx.store.dialect).toBe(backend.name)
      expect(isPostgres(ctx.store.db)).toBe(backend.name === 'postgres')
    })

    it('applies every migration once, and opening again changes nothing', async () => {
      ctx.store = await reopen(ctx)
      ctx.store = await reopen(ctx)
      const applied = await ctx.store.db
        .selectFrom('kysely_migration' as never)
        .select('name' as never)
        .execute()
      expect(applied.map((r) => (r as { name: string }).name)).toEqual(Object.keys(migrations))
    })

    it('keeps data across close and reopen', async () => {
      await syncConfigFeeds(
        ctx.store.db,
        [{ url: 'https://example.com/rss', name: 'Example' }],
        NOW,
      )
      ctx.store = await reopen(ctx)
      expect((await listFeeds(ctx.store.db)).map((f) => f.name)).toEqual(['Example'])
    })
  })
})

async function reopen(ctx: { store: Store; url: string }): Promise<Store> {
  await ctx.store.close()
  return openStore(ctx.url)
}
