/**
 * The alerts stage inside the running bot: poll cycles over a loopback feed server post to a
 * Discord-compatible API through DISCORD_WEBHOOK_URL + DISCORD_API_URL, edit the message when a
 * second outlet reports the event, and post nothing again after a restart on the same database.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { startBot } from '../../src/cli/bot.js'
import { readEnv } from '../../src/config/env.js'
import { loadConfig, type Config } from '../../src/config/load-config.js'
import { silentLogger } from '../../src/log.js'
import { openStore } from '../../src/store/database.js'
import { CLAIMS, EN, FR, rss } from '../e2e/fixtures.js'
import { FakeDiscord } from '../support/fake-discord.js'
import { startFeedServer, type FeedServer } from '../support/feed-server.js'

const HOOK = '/webhooks/130000000000000001/hook-token'

let feeds: FeedServer
let fake: FakeDiscord
let dir: string

beforeEach(async () => {
  feeds = await startFeedServer()
  fake = await new FakeDiscord().start()
  dir = mkdtempSync(join(tmpdir(), 'dealwatch-alerts-pipeline-'))
})

afterEach(async () => {
  await feeds.close()
  await fake.stop()
  rmSync(dir, { recursive: true, force: true })
})

/** One `dealwatch run --once`: open the database, run a cycle, close everything. */
async function runOnce(): Promise<void> {
  const file = join(dir, 'bot.sqlite')
  const store = await openStore(file)
  const config: Config = {
    ...loadConfig(),
    feeds: [
      { url: feeds.url('/en.xml'), name: 'Wire EN', lang: 'en' },
      { url: feeds.url('/fr.xml'), name: 'Fil FR', lang: 'fr' },
    ],
    claims: CLAIMS,
  }
  const env = {
    ...readEnv({
      DISCORD_WEBHOOK_URL: `https://discord.com/api${HOOK}`,
      DISCORD_API_URL: fake.api,
    }),
    databaseUrl: file,
  }
  const stdout = new PassThrough()
  const bot = await startBot({
    store,
    config,
    env,
    log: silentLogger,
    stdout,
    now: () => new Date(),
  })
  try {
    await bot.runCycle()
  } finally {
    await bot.stop()
    await store.close()
  }
}

it('posts new alerts once, edits them for more outlets, and never posts twice across runs', async () => {
  feeds.route('/en.xml', { body: rss('Wire EN', 'en', [EN.office]) })
  feeds.route('/fr.xml', { body: rss('Fil FR', 'fr', []) })
  await runOnce() // first poll: backlog stored, nothing alerted
  expect(fake.requests).toEqual([])

  feeds.route('/en.xml', { body: rss('Wire EN', 'en', [EN.office, EN.talks]) })
  await runOnce()
  const posts = fake.requests.filter((r) => r.method === 'POST' && r.path === HOOK)
  expect(posts).toHaveLength(1)
  expect(posts[0]?.body.embeds[0].title).toBe(CLAIMS.claims[0]?.text)

  feeds.route('/fr.xml', { body: rss('Fil FR', 'fr', [FR.talks]) })
  await runOnce()
  const [message] = [...fake.messages.values()]
  const edits = fake.requests.filter((r) => r.method === 'PATCH')
  expect(edits.map((r) => r.path)).toEqual([`${HOOK}/messages/${message?.id}`])
  const fields = edits[0]?.body.embeds[0].fields as { name: string; value: string }[]
  expect(fields.find((f) => f.name === 'Also reported by')?.value).toBe('+1 outlet: Fil FR')

  const before = fake.requests.length
  await runOnce()
  expect(fake.requests.length).toBe(before)
  expect(fake.messages.size).toBe(1)
})
