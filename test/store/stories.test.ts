import { describe, expect, it } from 'vitest'
import { feedIdForUrl, syncConfigFeeds } from '../../src/store/feeds.js'
import {
  countStories,
  findStoriesByUrl,
  getStory,
  insertStories,
  type StoryInput,
} from '../../src/store/stories.js'
import { backends, useStore } from './backends.js'

const T0 = new Date('2026-01-30T08:00:00.000Z')
const T1 = new Date('2026-01-30T09:00:00.000Z')
const FEED_A = 'https://a.example/feed.xml'
const FEED_B = 'https://b.example/feed.xml'

function story(n: number, overrides: Partial<StoryInput> = {}): StoryInput {
  return {
    id: `s${n}`,
    guid: `guid-${n}`,
    url: `https://news.example/${n}?utm_source=rss`,
    canonicalUrl: `https://news.example/${n}`,
    title: `Headline ${n}`,
    summary: `Summary ${n}`,
    published: `2026-01-${String(10 + (n % 19)).padStart(2, '0')}T08:00:00.000Z`,
    ...overrides,
  }
}

describe.each(backends)('stories on $name', (backend) => {
  describe.skipIf(backend.skip)('queries', () => {
    const ctx = useStore(backend)
    const a = feedIdForUrl(FEED_A)
    const b = feedIdForUrl(FEED_B)
    const seed = () => syncConfigFeeds(ctx.store.db, [{ url: FEED_A }, { url: FEED_B }], T0)

    it('returns the stored stories the first time and nothing the second', async () => {
      await seed()
      const first = await insertStories(ctx.store.db, a, [story(1), story(2, { lang: 'fr' })], T0)
      expect(first).toEqual([
        { ...story(1), feedId: a, fetchedAt: T0.toISOString() },
        { ...story(2), lang: 'fr', feedId: a, fetchedAt: T0.toISOString() },
      ])
      expect(await insertStories(ctx.store.db, a, [story(1), story(2)], T1)).toEqual([])
      expect(await countStories(ctx.store.db)).toBe(2)
    })

    it('returns only the new ones of a partly known batch, in input order', async () => {
      await seed()
      await insertStories(ctx.store.db, a, [story(2)], T0)
      const fresh = await insertStories(ctx.store.db, a, [story(3), story(2), story(1)], T1)
      expect(fresh.map((s) => s.id)).toEqual(['s3', 's1'])
    })

    it('dedupes on (feed, guid) even when the id differs, and on the id across feeds', async () => {
      await seed()
      await insertStories(ctx.store.db, a, [story(1)], T0)
      expect(await insertStories(ctx.store.db, a, [story(1, { id: 'other-id' })], T1)).toEqual([])
      expect(await insertStories(ctx.store.db, b, [story(1)], T1)).toEqual([])
      const sameGuidOtherFeed = await insertStories(ctx.store.db, b, [story(1, { id: 'b-s1' })], T1)
      expect(sameGuidOtherFeed.map((s) => [s.id, s.feedId])).toEqual([['b-s1', b]])
    })

    it('keeps the first of duplicates inside one batch', async () => {
      await seed()
      const fresh = await insertStories(ctx.store.db, a, [story(1), story(1, { title: 'dup' })], T0)
      expect(fresh.map((s) => s.title)).toEqual(['Headline 1'])
    })

    it('stores batches larger than one INSERT', async () => {
      await seed()
      const many = Array.from({ length: 250 }, (_, i) => story(i))
      expect((await insertStories(ctx.store.db, a, many, T0)).length).toBe(250)
      expect(await insertStories(ctx.store.db, a, many, T1)).toEqual([])
      expect(await countStories(ctx.store.db, a)).toBe(250)
      expect(await countStories(ctx.store.db, b)).toBe(0)
    })

    it('stores each story once when two pollers insert the same batch at the same time', async () => {
      await seed()
      const batch = Array.from({ length: 40 }, (_, i) => story(i))
      const results = await Promise.all([
        insertStories(ctx.store.db, a, batch, T0),
        insertStories(ctx.store.db, a, batch, T0),
      ])
      expect(results[0].length + results[1].length).toBe(40)
      expect(await countStories(ctx.store.db)).toBe(40)
    })

    it('defaults canonical URL to the URL, and keeps a null date', async () => {
      await seed()
      const input: StoryInput = {
        id: 'x',
        guid: 'x',
        url: 'https://n.example/x',
        title: 'T',
        summary: '',
        published: null,
      }
      await insertStories(ctx.store.db, a, [input], T0)
      expect(await getStory(ctx.store.db, 'x')).toEqual({
        ...input,
        canonicalUrl: 'https://n.example/x',
        feedId: a,
        fetchedAt: T0.toISOString(),
      })
      expect(await getStory(ctx.store.db, 'missing')).toBeUndefined()
    })

    it('finds every outlet that carried a canonical URL, oldest first', async () => {
      await seed()
      await insertStories(ctx.store.db, b, [story(7, { id: 'b7' })], T1)
      await insertStories(ctx.store.db, a, [story(7, { id: 'a7' }), story(8)], T0)
      const found = await findStoriesByUrl(ctx.store.db, 'https://news.example/7')
      expect(found.map((s) => [s.id, s.feedId])).toEqual([
        ['a7', a],
        ['b7', b],
      ])
      expect(await findStoriesByUrl(ctx.store.db, 'https://news.example/none')).toEqual([])
    })

    it('refuses stories of an unknown feed', async () => {
      await expect(insertStories(ctx.store.db, 'no-feed', [story(1)], T0)).rejects.toThrow()
    })
  })
})
