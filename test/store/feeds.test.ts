import { describe, expect, it } from 'vitest'
import {
  addFeed,
  backoffDelayMs,
  feedIdForUrl,
  getFeed,
  listDueFeeds,
  listFeeds,
  recordFeedFailure,
  recordFeedNotModified,
  recordFeedSuccess,
  removeFeed,
  syncConfigFeeds,
} from '../../src/store/feeds.js'
import { backends, useStore } from './backends.js'

const T0 = new Date('2026-01-30T08:00:00.000Z')
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000)
const A = 'https://a.example/feed.xml'
const B = 'https://b.example/rss'
const C = 'https://c.example/atom'

describe('backoffDelayMs', () => {
  it.each([
    { failures: 1, minutes: 5 },
    { failures: 2, minutes: 10 },
    { failures: 3, minutes: 20 },
    { failures: 5, minutes: 80 },
    { failures: 7, minutes: 320 },
    { failures: 8, minutes: 360 },
    { failures: 50, minutes: 360 },
    { failures: 10_000, minutes: 360 },
  ])('waits $minutes min after $failures failures', ({ failures, minutes }) => {
    expect(backoffDelayMs(failures)).toBe(minutes * 60_000)
  })
})

describe('feedIdForUrl', () => {
  it('is short, stable and differs per URL', () => {
    expect(feedIdForUrl(A)).toMatch(/^[0-9a-f]{12}$/)
    expect(feedIdForUrl(A)).toBe(feedIdForUrl(A))
    expect(feedIdForUrl(A)).not.toBe(feedIdForUrl(B))
  })
})

describe.each(backends)('feeds on $name', (backend) => {
  describe.skipIf(backend.skip)('queries', () => {
    const ctx = useStore(backend)

    it('syncConfigFeeds inserts config feeds with defaults', async () => {
      const result = await syncConfigFeeds(
        ctx.store.db,
        [{ url: A, name: 'Alpha', lang: 'fr' }, { url: B }],
        T0,
      )
      expect(result).toEqual({ added: [feedIdForUrl(A), feedIdForUrl(B)], removed: [] })
      const feeds = await listFeeds(ctx.store.db)
      expect(feeds.map((f) => [f.name, f.lang, f.source])).toEqual([
        ['Alpha', 'fr', 'config'],
        ['b.example', null, 'config'],
      ])
      expect(feeds[0]).toMatchObject({
        id: feedIdForUrl(A),
        url: A,
        guildId: null,
        consecutiveFailures: 0,
        baselineDone: false,
        itemCount: 0,
        createdAt: T0.toISOString(),
        removedAt: null,
        etag: null,
        nextAttemptAt: null,
      })
    })

    it('syncConfigFeeds updates, removes and brings back config feeds, leaving user feeds alone', async () => {
      const db = ctx.store.db
      await syncConfigFeeds(db, [{ url: A, name: 'Alpha' }, { url: B }], T0)
      await addFeed(db, { url: C, name: 'User feed', guildId: 'g1' }, T0)
      await recordFeedSuccess(
        db,
        feedIdForUrl(A),
        { etag: '"e1"', lastModified: null, freshUntil: null, itemCount: 3 },
        T0,
      )

      const second = await syncConfigFeeds(
        db,
        [{ url: A, name: 'Alpha renamed', lang: 'en' }],
        minutes(1),
      )
      expect(second).toEqual({ added: [], removed: [feedIdForUrl(B)] })
      const active = await listFeeds(db)
      expect(active.map((f) => f.name)).toEqual(['Alpha renamed', 'User feed'])
      expect(active[0]).toMatchObject({ lang: 'en', etag: '"e1"', baselineDone: true })
      const all = await listFeeds(db, { includeRemoved: true })
      expect(all.find((f) => f.url === B)?.removedAt).toBe(minutes(1).toISOString())

      const third = await syncConfigFeeds(db, [{ url: A }, { url: B }], minutes(2))
      expect(third).toEqual({ added: [feedIdForUrl(B)], removed: [] })
      expect((await getFeed(db, feedIdForUrl(B)))?.removedAt).toBeNull()

      const emptied = await syncConfigFeeds(db, [], minutes(3))
      expect(emptied.removed.sort()).toEqual([feedIdForUrl(A), feedIdForUrl(B)].sort())
      expect((await listFeeds(db)).map((f) => f.url)).toEqual([C])
    })

    it('addFeed refuses an active duplicate and revives a removed feed', async () => {
      const db = ctx.store.db
      const first = await addFeed(db, { url: A, guildId: 'g1' }, T0)
      expect(first).toMatchObject({
        ok: true,
        value: { url: A, name: 'a.example', source: 'user', guildId: 'g1' },
      })
      expect(await addFeed(db, { url: A }, T0)).toMatchObject({
        ok: false,
        reason: 'exists',
        feed: { url: A },
      })

      expect(await removeFeed(db, feedIdForUrl(A), minutes(1))).toBe(true)
      expect(await removeFeed(db, feedIdForUrl(A), minutes(1))).toBe(false)
      expect(await listFeeds(db)).toEqual([])

      const again = await addFeed(db, { url: A, name: 'Back' }, minutes(2))
      expect(again).toMatchObject({
        ok: true,
        value: { name: 'Back', removedAt: null, createdAt: T0.toISOString() },
      })
    })

    it('removeFeed of an unknown id is false', async () => {
      expect(await removeFeed(ctx.store.db, 'nope', T0)).toBe(false)
    })

    it('listDueFeeds honours freshness, backoff and removal', async () => {
      const db = ctx.store.db
      await syncConfigFeeds(db, [{ url: A }, { url: B }, { url: C }], T0)
      const [a, b, c] = [A, B, C].map(feedIdForUrl) as [string, string, string]
      expect((await listDueFeeds(db, T0)).length).toBe(3)

      await recordFeedSuccess(
        db,
        a,
        { etag: null, lastModified: null, freshUntil: minutes(30), itemCount: 1 },
        T0,
      )
      await recordFeedFailure(db, b, 'HTTP 500', T0)
      await removeFeed(db, c, T0)

      const due = async (at: Date) => (await listDueFeeds(db, at)).map((f) => f.id).sort()
      expect(await due(minutes(1))).toEqual([])
      expect(await due(minutes(5))).toEqual([b])
      expect(await due(minutes(30))).toEqual([a, b].sort())
    })

    it('recordFeedFailure backs off exponentially up to 6 hours and success resets it', async () => {
      const db = ctx.store.db
      await syncConfigFeeds(db, [{ url: A }], T0)
      const id = feedIdForUrl(A)
      const delays: number[] = []
      for (let i = 0; i < 9; i++) {
        const state = await recordFeedFailure(db, id, `timeout #${i + 1}`, T0)
        expect(state.consecutiveFailures).toBe(i + 1)
        expect(state.lastError).toBe(`timeout #${i + 1}`)
        delays.push((Date.parse(state.nextAttemptAt ?? '') - T0.getTime()) / 60_000)
      }
      expect(delays).toEqual([5, 10, 20, 40, 80, 160, 320, 360, 360])

      const ok = await recordFeedSuccess(
        db,
        id,
        {
          etag: '"v2"',
          lastModified: 'Fri, 30 Jan 2026 07:00:00 GMT',
          freshUntil: null,
          itemCount: 12,
        },
        minutes(1),
      )
      expect(ok).toMatchObject({
        consecutiveFailures: 0,
        nextAttemptAt: null,
        lastError: null,
        etag: '"v2"',
        lastModified: 'Fri, 30 Jan 2026 07:00:00 GMT',
        itemCount: 12,
        baselineDone: true,
        lastOkAt: minutes(1).toISOString(),
        lastPolledAt: minutes(1).toISOString(),
      })
    })

    it('recordFeedSuccess follows a permanent redirect without changing the id', async () => {
      const db = ctx.store.db
      await syncConfigFeeds(db, [{ url: A }], T0)
      const moved = 'https://a.example/new-feed.xml'
      const feed = await recordFeedSuccess(
        db,
        feedIdForUrl(A),
        { etag: null, lastModified: null, freshUntil: null, itemCount: 0, url: moved },
        T0,
      )
      expect(feed).toMatchObject({ id: feedIdForUrl(A), url: moved })
    })

    it('recordFeedNotModified keeps validators and baseline, clears failures', async () => {
      const db = ctx.store.db
      await syncConfigFeeds(db, [{ url: A }], T0)
      const id = feedIdForUrl(A)
      await recordFeedSuccess(
        db,
        id,
        { etag: '"e"', lastModified: null, freshUntil: null, itemCount: 4 },
        T0,
      )
      await recordFeedFailure(db, id, 'ECONNRESET', minutes(1))
      const state = await recordFeedNotModified(db, id, { freshUntil: minutes(20) }, minutes(10))
      expect(state).toMatchObject({
        etag: '"e"',
        itemCount: 4,
        baselineDone: true,
        consecutiveFailures: 0,
        nextAttemptAt: null,
        lastError: null,
        freshUntil: minutes(20).toISOString(),
        lastPolledAt: minutes(10).toISOString(),
      })
    })

    it('recording against an unknown feed throws naming the id', async () => {
      await expect(recordFeedFailure(ctx.store.db, 'ghost', 'x', T0)).rejects.toThrow(
        /no feed with id "ghost"/,
      )
      await expect(
        recordFeedNotModified(ctx.store.db, 'ghost', { freshUntil: null }, T0),
      ).rejects.toThrow(/ghost/)
    })

    it('concurrent failures of one feed are all counted', async () => {
      const db = ctx.store.db
      await syncConfigFeeds(db, [{ url: A }], T0)
      const id = feedIdForUrl(A)
      await Promise.all([1, 2, 3, 4].map((i) => recordFeedFailure(db, id, `e${i}`, T0)))
      expect((await getFeed(db, id))?.consecutiveFailures).toBe(4)
    })
  })
})
