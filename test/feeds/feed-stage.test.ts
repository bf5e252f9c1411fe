// The feed stage end to end over loopback: fetch → decode → parse → toStory, as a poll cycle
// uses it, plus the behaviours of the shared test feed server that other suites rely on.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fetchFeed } from '../../src/feeds/fetch-feed.js'
import { toStory, type FeedStory } from '../../src/feeds/normalise.js'
import { parseFeed } from '../../src/feeds/parse-feed.js'
import { useFeedServer } from '../support/feed-server.js'

const NOW = new Date('2026-01-22T12:00:00Z')
const bytes = (name: string): Buffer =>
  readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url))

const server = useFeedServer()

async function poll(
  path: string,
  state: { etag?: string | null; lastModified?: string | null } = {},
): Promise<FeedStory[] | 'not-modified'> {
  const url = server.url(path)
  const fetched = await fetchFeed({ url, ...state }, { timeoutMs: 2000 }, NOW)
  if (fetched.kind === 'not-modified') return 'not-modified'
  if (fetched.kind === 'failed') throw new Error(fetched.message)
  const parsed = await parseFeed(fetched.text)
  if (!parsed.ok) throw new Error(parsed.error)
  return parsed.feed.items.flatMap(
    (item) => toStory(item, { id: 'feed', url: fetched.finalUrl }) ?? [],
  )
}

describe('feed stage over loopback', () => {
  it('reads windows-1252 bytes served without an HTTP charset', async () => {
    server.route('/cp1252.xml', {
      body: bytes('fr-windows-1252.xml'),
      contentType: 'application/rss+xml',
    })
    const stories = await poll('/cp1252.xml')
    expect(stories).toMatchObject([
      {
        title: 'Contoso rachète Northwind pour 4 milliards d’euros — “un accord historique”',
        summary: 'Le prix : 4 milliards €, payé en numéraire.',
        lang: 'fr',
        published: '2026-01-22T06:00:00.000Z',
      },
    ])
  })

  it('reads ISO-8859-1 bytes with no declaration and no HTTP charset', async () => {
    server.route('/latin1.xml', {
      body: bytes('fr-iso-8859-1-undeclared.xml'),
      contentType: 'text/xml',
    })
    const stories = await poll('/latin1.xml')
    expect(stories).toMatchObject([
      { title: "Fabrikam lève 300 millions auprès d'investisseurs français" },
    ])
  })

  it('resolves relative links against the final URL after a redirect', async () => {
    server.route('/old-feed', { redirect: '/feeds/en.xml', status: 301 })
    server.route('/feeds/en.xml', { body: bytes('en-rss2.xml').toString('utf8') })
    const stories = await poll('/old-feed')
    expect(stories).not.toBe('not-modified')
    expect((stories as FeedStory[]).map((s) => s.url)).toContain(
      server.url('/2026/01/fabrikam-raise'),
    )
  })

  it('stores nothing new on the second poll: the ETag gets a 304', async () => {
    server.route('/atom.xml', {
      body: bytes('fr-atom.xml').toString('utf8'),
      etag: '"a1"',
      contentType: 'application/atom+xml',
    })
    const first = await fetchFeed({ url: server.url('/atom.xml') }, {}, NOW)
    expect(first.kind).toBe('ok')
    const etag = first.kind === 'ok' ? first.etag : null
    expect(await poll('/atom.xml', { etag })).toBe('not-modified')
    // A new version of the feed (new ETag) is fetched again, and ids stay stable.
    server.route('/atom.xml', { body: bytes('fr-atom.xml').toString('utf8'), etag: '"a2"' })
    const again = await poll('/atom.xml', { etag })
    const firstIds = (await poll('/atom.xml')) as FeedStory[]
    expect((again as FeedStory[]).map((s) => s.id)).toEqual(firstIds.map((s) => s.id))
  })
})

describe('test feed server', () => {
  it('answers 404 for unknown paths and after unroute', async () => {
    expect((await fetch(server.url('/nothing'))).status).toBe(404)
    server.route('/temp', { body: 'x' })
    expect((await fetch(server.url('/temp'))).status).toBe(200)
    server.unroute('/temp')
    expect((await fetch(server.url('/temp'))).status).toBe(404)
  })

  it('matches on the pathname, logs the full path, and replaces routes', async () => {
    server.route('/q', { body: 'one' })
    expect(await (await fetch(server.url('/q?page=2'))).text()).toBe('one')
    server.route('/q', { body: 'two' })
    expect(await (await fetch(server.url('/q'))).text()).toBe('two')
    expect(server.hits('/q').map((r) => r.path)).toEqual(['/q?page=2', '/q'])
  })

  it('runs handler routes and turns a throwing handler into a 500', async () => {
    server.route('/teapot', (_req, res) => {
      res.writeHead(418, { 'x-test': 'yes' })
      res.end('short and stout')
    })
    const teapot = await fetch(server.url('/teapot'))
    expect([teapot.status, teapot.headers.get('x-test'), await teapot.text()]).toEqual([
      418,
      'yes',
      'short and stout',
    ])
    server.route('/throws', () => {
      throw new Error('boom')
    })
    const failed = await fetch(server.url('/throws'))
    expect([failed.status, await failed.text()]).toEqual([500, 'handler failed: Error: boom'])
  })

  it('honours If-None-Match lists and weak tags', async () => {
    server.route('/e', { body: 'x', etag: 'W/"v2"' })
    expect(
      (await fetch(server.url('/e'), { headers: { 'if-none-match': '"v1", "v2"' } })).status,
    ).toBe(304)
    expect((await fetch(server.url('/e'), { headers: { 'if-none-match': '"v3"' } })).status).toBe(
      200,
    )
  })
})
