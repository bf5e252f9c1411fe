/**
 * `dealwatch run` as a long-running process with the HTTP interactions endpoint: it answers a
 * signed PING and a /deal status command, refuses unsigned requests, and exits 0 on SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { generateKeyPairSync, sign } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { rawInteraction } from '../support/fake-discord-gateway.js'
import { startFeedServer, type FeedServer } from '../support/feed-server.js'
import { CLAIMS, EN, rss } from './fixtures.js'

const { privateKey, publicKey } = generateKeyPairSync('ed25519')
const publicKeyHex = Buffer.from(
  publicKey.export({ format: 'jwk' }).x as string,
  'base64url',
).toString('hex')

let feeds: FeedServer
let bot: ChildProcess
let stderr = ''
let endpoint = ''

beforeAll(async () => {
  feeds = await startFeedServer()
  feeds.route('/en.xml', { body: rss('Wire EN', 'en', [EN.office, EN.talks]) })
  const dir = mkdtempSync(join(tmpdir(), 'dealwatch-http-'))
  const config = join(dir, 'dealwatch.yaml')
  writeFileSync(
    config,
    stringify({ feeds: [{ url: feeds.url('/en.xml'), name: 'Wire EN' }], ...CLAIMS }),
  )
  bot = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'run', '--config', config], {
    env: {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: `sqlite:${join(dir, 'bot.sqlite')}`,
      INTERACTIONS_PORT: '0',
      DISCORD_PUBLIC_KEY: publicKeyHex,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  // The bot logs the port it listens on; its first poll cycle logs when it is done.
  endpoint = await new Promise<string>((resolve, reject) => {
    let port = ''
    bot.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8')
      port ||= /interactionsPort=(\d+)/.exec(stderr)?.[1] ?? ''
      if (port && /poll cycle done/.test(stderr)) resolve(`http://127.0.0.1:${port}/interactions`)
    })
    bot.once('exit', (code) => reject(new Error(`dealwatch exited early (${code}):\n${stderr}`)))
  })
})

afterAll(async () => {
  if (bot.exitCode === null) bot.kill('SIGKILL')
  await feeds.close()
})

async function post(body: unknown, signed = true): Promise<{ status: number; json: unknown }> {
  const raw = JSON.stringify(body)
  const timestamp = String(Math.floor(Date.now() / 1000))
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-signature-timestamp': timestamp,
  }
  if (signed)
    headers['x-signature-ed25519'] = sign(null, Buffer.from(timestamp + raw), privateKey).toString(
      'hex',
    )
  const res = await fetch(endpoint, { method: 'POST', headers, body: raw })
  return { status: res.status, json: await res.json().catch(() => null) }
}

describe('dealwatch run with INTERACTIONS_PORT and DISCORD_PUBLIC_KEY', () => {
  it('answers a signed PING with PONG and refuses an unsigned one', async () => {
    expect(await post({ type: 1, id: '1', application_id: '1', token: 't', version: 1 })).toEqual({
      status: 200,
      json: { type: 1 },
    })
    expect((await post({ type: 1 }, false)).status).toBe(401)
  })

  it('answers /deal status with the claim and its standing', async () => {
    const interaction = rawInteraction({
      type: 2,
      name: 'deal',
      options: [{ type: 1, name: 'status', options: [{ type: 3, name: 'deal', value: 'Globex' }] }],
    })
    const { status, json } = await post(interaction)
    expect(status).toBe(200)
    expect(json).toMatchObject({ type: 4 })
    expect(JSON.stringify(json)).toContain('Globex is in talks to acquire Initech')
  })

  it('exits 0 on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) =>
      bot.once('exit', (code) => resolve(code)),
    )
    bot.kill('SIGTERM')
    expect(await exited).toBe(0)
    expect(stderr).toMatch(/stopped cleanly/)
  })
})
