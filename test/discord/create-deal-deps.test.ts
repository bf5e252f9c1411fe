import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { previewClaim } from '../../src/discord/claim-preview.js'
import {
  createDealDeps,
  createFeedProbe,
  type FeedStageFunctions,
} from '../../src/discord/create-deal-deps.js'
import { handleCommand } from '../../src/discord/handlers/index.js'
import { GUILD, USER, memoryDeps } from './memory-deps.js'

const entities = [
  { id: 'amazon', name: 'Amazon', aliases: ['AWS', 'le géant de Seattle'] },
  { id: 'openai', name: 'OpenAI', aliases: [] },
]

describe('previewClaim (real analysis)', () => {
  it.each([
    {
      text: 'Amazon is in talks to invest more than $10 billion in OpenAI.',
      parties: ['Amazon', 'OpenAI'],
      kind: 'investment',
      figure: 'amount > $10 billion',
    },
    {
      text: 'Le géant de Seattle serait en discussions pour investir plus de 10 milliards de dollars dans OpenAI.',
      parties: ['Amazon', 'OpenAI'],
      kind: 'investment',
      figure: '10 milliards de dollars',
    },
  ])('understands "$text"', ({ text, parties, kind, figure }) => {
    const out = previewClaim(text, entities)
    if (!out.ok) throw new Error(`not understood: ${out.detail}`)
    expect(out.value.parties.map((p) => p.name)).toEqual(parties)
    expect(out.value.kind).toBe(kind)
    expect(out.value.figures.join(' | ')).toContain(figure)
  })
  it('refuses a sentence without parties, saying why', () => {
    expect(previewClaim('something happens somewhere', entities)).toMatchObject({
      ok: false,
      reason: 'not_understood',
      detail: expect.stringContaining('no party found'),
    })
  })
})

describe('createFeedProbe', () => {
  const stage = (over: Partial<FeedStageFunctions>): FeedStageFunctions => ({
    fetchFeed: async () => ({ kind: 'ok', text: '<rss/>' }),
    parseFeed: async () => ({ ok: true, feed: { title: ' Example ', items: [1, 2, 3] } }),
    ...over,
  })
  it.each([
    { name: 'ok', s: stage({}), out: { ok: true, value: { title: 'Example', itemCount: 3 } } },
    {
      name: 'fetch failed',
      s: stage({
        fetchFeed: async () => ({ kind: 'failed', message: 'GET x: HTTP 404 Not Found' }),
      }),
      out: { ok: false, reason: 'unreadable', detail: 'GET x: HTTP 404 Not Found' },
    },
    {
      name: 'not a feed',
      s: stage({
        parseFeed: async () => ({ ok: false, error: 'not a feed: looks like an HTML page' }),
      }),
      out: { ok: false, reason: 'unreadable', detail: 'not a feed: looks like an HTML page' },
    },
    {
      name: 'untitled',
      s: stage({ parseFeed: async () => ({ ok: true, feed: { items: [] } }) }),
      out: { ok: true, value: { title: null, itemCount: 0 } },
    },
  ])('$name', async ({ s, out }) => {
    expect(await createFeedProbe(s)('https://x.example/feed')).toEqual(out)
  })
})

describe('/feed add against a loopback feed server', () => {
  let server: Server
  let base: string
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/feed.xml') {
        res.writeHead(200, { 'content-type': 'application/rss+xml' })
        res.end(
          '<rss version="2.0"><channel><title>Loopback News</title><item><title>a</title></item><item><title>b</title></item></channel></rss>',
        )
      } else {
        res.writeHead(200, { 'content-type': 'text/html' })
        res.end('<html><body>home page</body></html>')
      }
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()))
  })

  // A minimal feed stage over global fetch: enough to exercise the probe end to end.
  const loopbackStage: FeedStageFunctions = {
    fetchFeed: async ({ url }) => {
      const res = await fetch(url)
      return res.ok
        ? { kind: 'ok', text: await res.text() }
        : { kind: 'failed', message: `HTTP ${res.status}` }
    },
    parseFeed: async (xml) =>
      xml.includes('<rss')
        ? {
            ok: true,
            feed: {
              title: /<title>([^<]*)<\/title>/.exec(xml)?.[1],
              items: xml.match(/<item>/g) ?? [],
            },
          }
        : { ok: false, error: 'not a feed: looks like an HTML page' },
  }
  const ctx = { lang: 'en' as const, guildId: GUILD, userId: USER, canManage: true }

  function depsFor(allowPrivate: boolean) {
    const mem = memoryDeps()
    return {
      mem,
      deps: createDealDeps({
        store: mem,
        entities: async () => entities,
        probeFeed: createFeedProbe(loopbackStage),
        resolveHost: async () => ['127.0.0.1'],
        allowPrivateFeedAddresses: allowPrivate,
      }),
    }
  }

  it('is refused by default: loopback is private', async () => {
    const { deps, mem } = depsFor(false)
    const out = await handleCommand(
      { command: 'feed', subcommand: 'add', options: { url: `${base}/feed.xml` } },
      deps,
      ctx,
    )
    expect(out.type === 'reply' && out.reply.content).toContain('points to 127.0.0.1')
    expect(mem.calls.some((c) => c.fn === 'addFeed')).toBe(false)
  })

  it('with the check relaxed, fetches, parses and saves with the feed title', async () => {
    const { deps, mem } = depsFor(true)
    const out = await handleCommand(
      { command: 'feed', subcommand: 'add', options: { url: `${base}/feed.xml` } },
      deps,
      ctx,
    )
    expect(out.type === 'reply' && out.reply.content).toContain(
      'Feed added: **Loopback News** (2 stories now)',
    )
    expect(mem.calls.find((c) => c.fn === 'addFeed')?.args[0]).toMatchObject({
      url: `${base}/feed.xml`,
      name: 'Loopback News',
    })
  })

  it('a web page instead of a feed is not saved', async () => {
    const { deps, mem } = depsFor(true)
    const out = await handleCommand(
      { command: 'feed', subcommand: 'add', options: { url: `${base}/` } },
      deps,
      ctx,
    )
    expect(out.type === 'reply' && out.reply.content).toContain('looks like an HTML page')
    expect(mem.calls.some((c) => c.fn === 'addFeed')).toBe(false)
  })
})
