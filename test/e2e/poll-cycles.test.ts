/**
 * End to end over real parts: a loopback feed server, a SQLite file, the real poll cycle and
 * analysis, the outbox, and the console sink writing into a buffer.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startBot, type Bot } from '../../src/cli/bot.js'
import { readEnv } from '../../src/config/env.js'
import { loadConfig, type Config } from '../../src/config/load-config.js'
import { silentLogger } from '../../src/log.js'
import { openStore, type Store } from '../../src/store/database.js'
import { listFeeds } from '../../src/store/feeds.js'
import { insertStories } from '../../src/store/stories.js'
import { toStory } from '../../src/feeds/normalise.js'
import { parseFeed } from '../../src/feeds/parse-feed.js'
import { startFeedServer, type FeedServer } from '../support/feed-server.js'
import { CLAIMS, EN, FR, rss } from './fixtures.js'

let server: FeedServer
let store: Store
let bot: Bot
let output: string

beforeEach(async () => {
  server = await startFeedServer()
  const file = join(mkdtempSync(join(tmpdir(), 'dealwatch-e2e-')), 'bot.sqlite')
  store = await openStore(file)
  const config: Config = {
    ...loadConfig(),
    feeds: [
      { url: server.url('/en.xml'), name: 'Wire EN', lang: 'en' },
      { url: server.url('/fr.xml'), name: 'Fil FR', lang: 'fr' },
      { url: server.url('/broken.xml'), name: 'Broken' },
    ],
    claims: CLAIMS,
  }
  const stdout = new PassThrough()
  output = ''
  stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
  const env = { ...readEnv({}), databaseUrl: file }
  bot = await startBot({ store, config, env, log: silentLogger, stdout, now: () => new Date() })
})

afterEach(async () => {
  await bot.stop()
  await store.close()
  await server.close()
})

describe('poll cycles end to end', () => {
  it('holds back the first poll, then alerts once per event, and never twice', async () => {
    server.route('/en.xml', {
      body: rss('Wire EN', 'en', [EN.office, EN.earlyTalks]),
      etag: '"en-1"',
    })
    server.route('/fr.xml', { body: rss('Fil FR', 'fr', []), etag: '"fr-1"' })
    server.route('/broken.xml', { status: 500, body: 'oops' })

    const first = await bot.runCycle()
    expect(first).toMatchObject({ feeds: 3, fetched: 2, failed: 1, newStories: 2 })
    expect(first.alerts).toMatchObject({ opened: 0, joined: 0, baseline: 1 })
    expect(output).toBe('')

    // Second poll: one event reported by two outlets → one alert, counted "+1 outlet".
    server.route('/en.xml', {
      body: rss('Wire EN', 'en', [EN.office, EN.earlyTalks, EN.talks]),
      etag: '"en-2"',
    })
    server.route('/fr.xml', { body: rss('Fil FR', 'fr', [FR.talks]), etag: '"fr-2"' })
    const second = await bot.runCycle()
    expect(second.newStories).toBe(2)
    expect(second.alerts).toMatchObject({ opened: 1, joined: 1 })
    expect(output).toMatch(/CONFIRMS/)
    expect(output).toContain('Globex is in talks to acquire Initech for about $2 billion.')
    expect(output.match(/CONFIRMS/g)).toHaveLength(1)

    // Third poll: the deal is called off → one contradicts alert.
    server.route('/en.xml', {
      body: rss('Wire EN', 'en', [EN.office, EN.earlyTalks, EN.talks, EN.calledOff]),
      etag: '"en-3"',
    })
    const third = await bot.runCycle()
    expect(third).toMatchObject({ newStories: 1, notModified: 1 })
    expect(third.alerts).toMatchObject({ opened: 1, joined: 0 })
    expect(output).toMatch(/CONTRADICTS/)
    expect(output).toContain('call off merger talks')

    // Nothing new: conditional GETs answer 304 and nothing is posted again.
    const before = output
    const fourth = await bot.runCycle()
    expect(fourth).toMatchObject({ newStories: 0, notModified: 2 })
    expect(output).toBe(before)
    expect(server.hits('/en.xml').at(-1)?.headers['if-none-match']).toBe('"en-3"')
  })

  it('keeps polling the other feeds when one fails, and backs the failing one off', async () => {
    server.route('/en.xml', { body: rss('Wire EN', 'en', [EN.office]) })
    server.route('/fr.xml', {
      body: '<html><body>Not a feed</body></html>',
      contentType: 'text/html',
    })
    server.route('/broken.xml', { status: 500, body: 'oops' })
    const summary = await bot.runCycle()
    expect(summary).toMatchObject({ fetched: 1, failed: 2 })
    const feeds = await listFeeds(store.db)
    const byName = new Map(feeds.map((f) => [f.name, f]))
    expect(byName.get('Wire EN')).toMatchObject({ consecutiveFailures: 0, baselineDone: true })
    expect(byName.get('Fil FR')?.lastError).toMatch(/not a feed/)
    expect(byName.get('Broken')?.lastError).toMatch(/500/)
    expect(byName.get('Broken')?.nextAttemptAt).not.toBeNull()
    // Backing off: the failed feeds are not due on an immediate second cycle.
    const again = await bot.runCycle()
    expect(again.feeds).toBe(1)
  })

  it('judges and alerts stories that a crashed cycle stored but never judged', async () => {
    server.route('/en.xml', { body: rss('Wire EN', 'en', [EN.office]), etag: '"en-1"' })
    server.route('/fr.xml', { body: rss('Fil FR', 'fr', []), etag: '"fr-1"' })
    server.route('/broken.xml', { status: 500, body: 'oops' })
    await bot.runCycle()
    // A cycle stores a new story, then the process dies before judging it.
    const feed = (await listFeeds(store.db)).find((f) => f.name === 'Wire EN')
    const parsed = await parseFeed(rss('Wire EN', 'en', [EN.talks]))
    if (!parsed.ok || feed === undefined) throw new Error('fixture feed did not parse')
    const stored = parsed.feed.items.flatMap((item) => toStory(item, { ...feed, lang: 'en' }) ?? [])
    expect(await insertStories(store.db, feed.id, stored, new Date())).toHaveLength(1)
    // The next cycle gets 304s, and still judges the orphan and alerts once.
    const next = await bot.runCycle()
    expect(next).toMatchObject({ newStories: 0, notModified: 2 })
    expect(next.alerts.opened).toBe(1)
    expect(output).toContain('Globex is in talks to acquire Initech')
    const again = await bot.runCycle()
    expect(again.alerts.opened + again.alerts.joined).toBe(0)
  })
})
