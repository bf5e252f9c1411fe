/**
 * `dealwatch run --once --config FILE` as a real process: loopback feeds, a Discord-compatible
 * API given by DISCORD_API_URL, a SQLite file. Alerts are posted once, edited for extra outlets,
 * and never posted twice across runs.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { FakeDiscord } from '../support/fake-discord.js'
import { startFeedServer, type FeedServer } from '../support/feed-server.js'
import { CLAIMS, EN, FR, rss } from './fixtures.js'

const run = promisify(execFile)
const CHANNEL = '222222222222222222'
let feeds: FeedServer
let discord: FakeDiscord
let dir: string
let configFile: string

beforeAll(async () => {
  feeds = await startFeedServer()
  discord = await new FakeDiscord().start()
  dir = mkdtempSync(join(tmpdir(), 'dealwatch-cli-'))
  configFile = join(dir, 'dealwatch.yaml')
  writeFileSync(
    configFile,
    stringify({
      feeds: [
        { url: feeds.url('/en.xml'), name: 'Wire EN', lang: 'en' },
        { url: feeds.url('/fr.xml'), name: 'Fil FR', lang: 'fr' },
      ],
      ...CLAIMS,
    }),
  )
})

afterAll(async () => {
  await discord.stop()
  await feeds.close()
})

function dealwatch(...args: string[]): Promise<{ stdout: string; stderr: string }> {
  return run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    env: {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: `sqlite:${join(dir, 'bot.sqlite')}`,
      DISCORD_TOKEN: 'test-token',
      DISCORD_ALERT_CHANNEL_ID: CHANNEL,
      DISCORD_API_URL: discord.api,
      LOG_LEVEL: 'warn',
    },
  })
}

const posts = (): unknown[] => discord.calls('POST', new RegExp(`^/channels/${CHANNEL}/messages$`))
const edits = (): unknown[] =>
  discord.calls('PATCH', new RegExp(`^/channels/${CHANNEL}/messages/\\d+$`))

describe('dealwatch run --once', () => {
  it('posts new alerts to the Discord API, edits them for extra outlets, and posts nothing twice', async () => {
    feeds.route('/en.xml', { body: rss('Wire EN', 'en', [EN.office]) })
    feeds.route('/fr.xml', { body: rss('Fil FR', 'fr', []) })
    await dealwatch('run', '--once', '--config', configFile)
    expect(posts()).toHaveLength(0) // first poll: baseline only

    feeds.route('/en.xml', { body: rss('Wire EN', 'en', [EN.office, EN.talks]) })
    await dealwatch('run', '--once', '--config', configFile)
    expect(posts()).toHaveLength(1)
    const [post] = discord.calls('POST', /messages$/)
    expect(post?.auth).toBe('Bot test-token')
    expect(JSON.stringify(post?.body)).toContain('Globex is in talks to acquire Initech')

    // Another outlet reports the same event: the message is edited, not posted again.
    feeds.route('/fr.xml', { body: rss('Fil FR', 'fr', [FR.talks]) })
    await dealwatch('run', '--once', '--config', configFile)
    expect(posts()).toHaveLength(1)
    expect(edits()).toHaveLength(1)
    expect(JSON.stringify(discord.calls('PATCH', /messages\/\d+$/)[0]?.body)).toMatch(/\+1/)

    // Nothing new: nothing is sent.
    const before = discord.requests.length
    await dealwatch('run', '--once', '--config', configFile)
    expect(discord.requests.length).toBe(before)
  })

  it('stops with a clear message and exit status 2 on a bad config', async () => {
    const bad = join(dir, 'bad.yaml')
    writeFileSync(bad, 'feeds:\n  - { url: "ftp://nope" }\n')
    const error = await dealwatch('run', '--once', '--config', bad).catch(
      (e: { code: number; stderr: string }) => e,
    )
    expect(error).toMatchObject({ code: 2 })
    expect((error as { stderr: string }).stderr).toMatch(
      /bad\.yaml: feeds\[0\]\.url: expected an http\(s\) URL/,
    )
  })
})
