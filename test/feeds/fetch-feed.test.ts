import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_USER_AGENT,
  fetchFeed,
  freshnessOf,
  type FetchOutcome,
} from '../../src/feeds/fetch-feed.js'
import { startFeedServer, useFeedServer } from '../support/feed-server.js'

const NOW = new Date('2026-01-22T12:00:00Z')
const RSS = readFileSync(new URL('../fixtures/feeds/en-rss2.xml', import.meta.url), 'utf8')
const LAST_MODIFIED = 'Wed, 21 Jan 2026 10:00:00 GMT'

const server = useFeedServer()

function expectKind<K extends FetchOutcome['kind']>(
  outcome: FetchOutcome,
  kind: K,
): Extract<FetchOutcome, { kind: K }> {
  expect(outcome.kind, JSON.stringify(outcome)).toBe(kind)
  return outcome as Extract<FetchOutcome, { kind: K }>
}

describe('fetchFeed', () => {
  it('GETs a feed with identifying headers and returns text and validators', async () => {
    server.route('/ok.xml', { body: RSS, etag: '"v1"', lastModified: LAST_MODIFIED })
    const ok = expectKind(await fetchFeed({ url: server.url('/ok.xml') }, {}, NOW), 'ok')
    expect(ok).toMatchObject({
      status: 200,
      text: RSS,
      charset: 'utf-8',
      etag: '"v1"',
      lastModified: LAST_MODIFIED,
      freshUntil: null,
      finalUrl: server.url('/ok.xml'),
    })
    expect(ok.permanentRedirect).toBeUndefined()
    const [request] = server.hits('/ok.xml')
    expect(request?.headers['user-agent']).toBe(DEFAULT_USER_AGENT)
    expect(request?.headers['accept']).toContain('application/rss+xml')
    expect(request?.headers['if-none-match']).toBeUndefined()
  })

  it('sends a custom User-Agent', async () => {
    server.route('/ua.xml', { body: RSS })
    await fetchFeed({ url: server.url('/ua.xml') }, { userAgent: 'test-agent/1' }, NOW)
    expect(server.hits('/ua.xml')[0]?.headers['user-agent']).toBe('test-agent/1')
  })

  it('returns not-modified for a matching ETag', async () => {
    server.route('/etag.xml', { body: RSS, etag: '"abc"' })
    const outcome = await fetchFeed(
      { url: server.url('/etag.xml'), etag: '"abc"', lastModified: null },
      {},
      NOW,
    )
    expect(outcome).toEqual({
      kind: 'not-modified',
      etag: '"abc"',
      lastModified: null,
      freshUntil: null,
    })
    expect(server.hits('/etag.xml')[0]?.headers['if-none-match']).toBe('"abc"')
  })

  it('returns the new body when the ETag changed', async () => {
    server.route('/etag2.xml', { body: RSS, etag: '"new"' })
    const ok = expectKind(
      await fetchFeed({ url: server.url('/etag2.xml'), etag: '"old"' }, {}, NOW),
      'ok',
    )
    expect(ok.etag).toBe('"new"')
  })

  it('returns not-modified for If-Modified-Since at or after Last-Modified', async () => {
    server.route('/lm.xml', { body: RSS, lastModified: LAST_MODIFIED })
    const outcome = await fetchFeed(
      { url: server.url('/lm.xml'), lastModified: LAST_MODIFIED },
      {},
      NOW,
    )
    expect(outcome).toMatchObject({ kind: 'not-modified', lastModified: LAST_MODIFIED, etag: null })
    expect(server.hits('/lm.xml')[0]?.headers['if-modified-since']).toBe(LAST_MODIFIED)
    const older = 'Tue, 20 Jan 2026 10:00:00 GMT'
    expectKind(await fetchFeed({ url: server.url('/lm.xml'), lastModified: older }, {}, NOW), 'ok')
  })

  it.each([
    { status: 500, text: 'Internal Server Error' },
    { status: 404, text: 'Not Found' },
    { status: 410, text: 'Gone' },
    { status: 403, text: 'Forbidden' },
  ])('reports HTTP $status as a value with a clear message', async ({ status, text }) => {
    server.route(`/status-${status}`, { status, body: 'nope' })
    const failed = expectKind(
      await fetchFeed({ url: server.url(`/status-${status}`) }, {}, NOW),
      'failed',
    )
    expect(failed.reason).toBe('http-status')
    expect(failed.status).toBe(status)
    expect(
      failed.message.startsWith(`GET ${server.url(`/status-${status}`)}: HTTP ${status} ${text}`),
    ).toBe(true)
  })

  it('times out on a body that stalls after the headers', async () => {
    server.route('/stall.xml', { stall: true, body: '<rss version="2.0"><channel>' })
    const failed = expectKind(
      await fetchFeed({ url: server.url('/stall.xml') }, { timeoutMs: 150 }, NOW),
      'failed',
    )
    expect(failed.reason).toBe('timeout')
    expect(failed.message).toContain('150 ms')
  })

  it('times out when the headers never come', async () => {
    server.route('/silent.xml', () => undefined) // never answers
    const failed = expectKind(
      await fetchFeed({ url: server.url('/silent.xml') }, { timeoutMs: 150 }, NOW),
      'failed',
    )
    expect(failed.reason).toBe('timeout')
  })

  it('refuses a body larger than maxBytes by its Content-Length', async () => {
    server.route('/big.xml', { body: 'x'.repeat(5000) })
    const failed = expectKind(
      await fetchFeed({ url: server.url('/big.xml') }, { maxBytes: 1000 }, NOW),
      'failed',
    )
    expect(failed).toMatchObject({ reason: 'too-large', status: 200 })
    expect(failed.message).toContain('5000 bytes declared')
  })

  it('stops reading an endless body past maxBytes', async () => {
    server.route('/endless.xml', { endless: true })
    const failed = expectKind(
      await fetchFeed({ url: server.url('/endless.xml') }, { maxBytes: 256 * 1024 }, NOW),
      'failed',
    )
    expect(failed.reason).toBe('too-large')
    expect(failed.message).toContain('more than 262144 bytes')
  })

  it('counts decompressed bytes against the cap and decodes gzip', async () => {
    server.route('/gzip.xml', { body: RSS, gzip: true })
    expectKind(await fetchFeed({ url: server.url('/gzip.xml') }, {}, NOW), 'ok')
    server.route('/bomb.xml', { body: 'x'.repeat(200_000), gzip: true })
    const failed = expectKind(
      await fetchFeed({ url: server.url('/bomb.xml') }, { maxBytes: 100_000 }, NOW),
      'failed',
    )
    expect(failed.reason).toBe('too-large')
  })

  it('follows a redirect chain within the limit and flags an all-permanent chain', async () => {
    server.route('/p1', { redirect: '/p2', status: 301 })
    server.route('/p2', { redirect: server.url('/p3'), status: 308 })
    server.route('/p3', { body: RSS })
    const ok = expectKind(
      await fetchFeed({ url: server.url('/p1') }, { maxRedirects: 2 }, NOW),
      'ok',
    )
    expect(ok.finalUrl).toBe(server.url('/p3'))
    expect(ok.permanentRedirect).toBe(server.url('/p3'))
  })

  it('does not flag a permanent redirect behind a temporary one', async () => {
    server.route('/t1', { redirect: '/t2', status: 302 })
    server.route('/t2', { redirect: '/t3', status: 301 })
    server.route('/t3', { body: RSS })
    const ok = expectKind(await fetchFeed({ url: server.url('/t1') }, {}, NOW), 'ok')
    expect(ok.finalUrl).toBe(server.url('/t3'))
    expect(ok.permanentRedirect).toBeUndefined()
  })

  it('keeps the permanent part of a chain that turns temporary', async () => {
    server.route('/m1', { redirect: '/m2', status: 301 })
    server.route('/m2', { redirect: '/m3', status: 307 })
    server.route('/m3', { body: RSS })
    const ok = expectKind(await fetchFeed({ url: server.url('/m1') }, {}, NOW), 'ok')
    expect(ok.permanentRedirect).toBe(server.url('/m2'))
  })

  it('gives up past maxRedirects', async () => {
    for (let i = 0; i < 8; i++) server.route(`/r${i}`, { redirect: `/r${i + 1}` })
    server.route('/r8', { body: RSS })
    const failed = expectKind(
      await fetchFeed({ url: server.url('/r0') }, { maxRedirects: 5 }, NOW),
      'failed',
    )
    expect(failed.reason).toBe('too-many-redirects')
    expect(failed.message).toContain('more than 5 redirects')
    expect(server.hits('/r6')).toHaveLength(0)
    expect(server.hits('/r5')).toHaveLength(1)
  })

  it('fails cleanly on a redirect without Location or to a non-http URL', async () => {
    server.route('/nowhere', { status: 302, body: '' })
    expect(await fetchFeed({ url: server.url('/nowhere') }, {}, NOW)).toMatchObject({
      kind: 'failed',
      reason: 'http-status',
      status: 302,
    })
    server.route('/ftp', { redirect: 'ftp://example.com/feed' })
    expect(await fetchFeed({ url: server.url('/ftp') }, {}, NOW)).toMatchObject({
      kind: 'failed',
      reason: 'bad-url',
    })
  })

  it.each(['not a url', 'ftp://example.com/feed.xml', 'file:///etc/passwd', ''])(
    'rejects the URL %j without a request',
    async (url) => {
      const failed = expectKind(await fetchFeed({ url }, {}, NOW), 'failed')
      expect(failed.reason).toBe('bad-url')
      expect(server.requests).toHaveLength(0)
    },
  )

  it('asks allowUrl about the URL and every redirect target', async () => {
    server.route('/guarded', { redirect: '/internal' })
    server.route('/internal', { body: RSS })
    const seen: string[] = []
    const allowUrl = (url: URL): boolean => {
      seen.push(url.pathname)
      return url.pathname !== '/internal'
    }
    const failed = expectKind(
      await fetchFeed({ url: server.url('/guarded') }, { allowUrl }, NOW),
      'failed',
    )
    expect(failed).toMatchObject({ reason: 'bad-url', status: 302 })
    expect(failed.message).toContain(`redirect to ${server.url('/internal')} refused`)
    expect(seen).toEqual(['/guarded', '/internal'])
    expect(server.hits('/internal')).toHaveLength(0)
    const refused = await fetchFeed(
      { url: server.url('/internal') },
      { allowUrl: async () => false },
      NOW,
    )
    expect(refused).toMatchObject({ kind: 'failed', reason: 'bad-url' })
    expect(server.hits('/internal')).toHaveLength(0)
  })

  it('reports a refused connection as a network failure', async () => {
    const closed = await startFeedServer()
    const url = closed.url('/feed.xml')
    await closed.close()
    const failed = expectKind(await fetchFeed({ url }, {}, NOW), 'failed')
    expect(failed.reason).toBe('network')
    expect(failed.message).toContain(`GET ${url}: network error (ECONNREFUSED`)
  })

  it('decodes the body with the HTTP charset', async () => {
    server.route('/latin1.xml', {
      body: Buffer.from('<rss>Société</rss>', 'latin1'),
      contentType: 'text/xml; charset=ISO-8859-1',
    })
    const ok = expectKind(await fetchFeed({ url: server.url('/latin1.xml') }, {}, NOW), 'ok')
    expect(ok.text).toBe('<rss>Société</rss>')
    expect(ok.charset).toBe('windows-1252')
  })

  it('returns freshUntil from Cache-Control max-age on 200 and 304', async () => {
    server.route('/fresh.xml', {
      body: RSS,
      etag: '"f"',
      headers: { 'cache-control': 'public, max-age=600' },
    })
    const ok = expectKind(await fetchFeed({ url: server.url('/fresh.xml') }, {}, NOW), 'ok')
    expect(ok.freshUntil?.toISOString()).toBe('2026-01-22T12:10:00.000Z')
    const notModified = expectKind(
      await fetchFeed({ url: server.url('/fresh.xml'), etag: '"f"' }, {}, NOW),
      'not-modified',
    )
    expect(notModified.freshUntil?.toISOString()).toBe('2026-01-22T12:10:00.000Z')
  })
})

describe('freshnessOf', () => {
  it.each<{ headers: Record<string, string>; expected: string | null }>([
    { headers: {}, expected: null },
    { headers: { 'cache-control': 'max-age=60' }, expected: '2026-01-22T12:01:00.000Z' },
    {
      headers: { 'cache-control': 'max-age=600', age: '100' },
      expected: '2026-01-22T12:08:20.000Z',
    },
    { headers: { 'cache-control': 'max-age=86400' }, expected: '2026-01-22T13:00:00.000Z' },
    { headers: { 'cache-control': 'max-age=0' }, expected: null },
    { headers: { 'cache-control': 'no-cache, max-age=600' }, expected: null },
    { headers: { 'cache-control': 'no-store' }, expected: null },
    { headers: { 'cache-control': 'private, s-maxage=999' }, expected: null },
    // Expires is read against the server's Date, so a skewed server clock does not matter.
    {
      headers: { expires: 'Thu, 01 Jan 2026 00:30:00 GMT', date: 'Thu, 01 Jan 2026 00:00:00 GMT' },
      expected: '2026-01-22T12:30:00.000Z',
    },
    { headers: { expires: 'Thu, 22 Jan 2026 12:15:00 GMT' }, expected: '2026-01-22T12:15:00.000Z' },
    { headers: { expires: '0' }, expected: null },
    { headers: { expires: 'Thu, 22 Jan 2026 11:00:00 GMT' }, expected: null },
    {
      headers: { expires: 'Thu, 22 Jan 2026 12:15:00 GMT', 'cache-control': 'max-age=60' },
      expected: '2026-01-22T12:01:00.000Z',
    },
  ])('$headers → $expected', ({ headers, expected }) => {
    expect(freshnessOf(new Headers(headers), NOW)?.toISOString() ?? null).toBe(expected)
  })
})
