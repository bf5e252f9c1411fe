import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  startInteractionsServer,
  type InteractionsServer,
} from '../../src/discord/interactions-http.js'
import { createLogger } from '../../src/log.js'
import { FakeDiscordGateway } from '../support/fake-discord-gateway.js'
import { GUILD, USER, memoryDeps } from './memory-deps.js'

function keyPair(): { privateKey: KeyObject; publicHex: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  // The SPKI DER of an Ed25519 key is a 12-byte header followed by the raw 32-byte key.
  const publicHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(12).toString('hex')
  return { privateKey, publicHex }
}

const discord = keyPair()
const stranger = keyPair()
const logLines: string[] = []
const deps = memoryDeps()
let server: InteractionsServer
let url: string

beforeAll(async () => {
  server = await startInteractionsServer({
    port: 0,
    host: '127.0.0.1',
    publicKey: discord.publicHex,
    deps,
    log: createLogger({ level: 'debug', write: (l) => logLines.push(l) }),
  })
  url = `http://127.0.0.1:${server.port}/interactions`
})
afterAll(async () => {
  await server.close()
})

async function post(
  body: unknown,
  opts: { key?: KeyObject; signature?: string | null; timestamp?: string; tamper?: boolean } = {},
) {
  const raw = typeof body === 'string' ? body : JSON.stringify(body)
  const timestamp = opts.timestamp ?? String(Math.floor(Date.parse('2026-01-01T00:00:00Z') / 1000))
  const signature =
    opts.signature === undefined
      ? sign(null, Buffer.from(timestamp + raw), opts.key ?? discord.privateKey).toString('hex')
      : opts.signature
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-signature-timestamp': timestamp,
  }
  if (signature !== null) headers['x-signature-ed25519'] = signature
  const res = await fetch(url, {
    method: 'POST',
    headers,
    body: opts.tamper ? raw.replace('1', '2') : raw,
  })
  return {
    status: res.status,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response JSON is probed freely in assertions
    json: (await res.json()) as Record<string, unknown> & { type?: number; data?: any },
  }
}

function interaction(over: Record<string, unknown>) {
  return {
    id: '1600000000000000001',
    application_id: '1100000000000000001',
    token: 'itoken',
    version: 1,
    guild_id: GUILD,
    channel_id: '1210000000000000001',
    locale: 'en-US',
    member: { user: { id: USER, username: 'alice' }, permissions: '0', roles: [] },
    ...over,
  }
}

describe('signature verification', () => {
  it('answers a signed PING with PONG', async () => {
    expect(await post({ type: 1, id: '1' })).toEqual({ status: 200, json: { type: 1 } })
  })
  it.each([
    { name: 'missing signature', opts: { signature: null } },
    { name: 'signed by another key', opts: { key: stranger.privateKey } },
    { name: 'body changed after signing', opts: { tamper: true } },
    { name: 'signature not hex', opts: { signature: 'zz'.repeat(64) } },
    { name: 'signature too short', opts: { signature: 'ab'.repeat(10) } },
    { name: 'empty timestamp', opts: { timestamp: '' } },
  ])('refuses a PING with $name (401)', async ({ opts }) => {
    const res = await post({ type: 1, id: '12' }, opts)
    expect(res.status).toBe(401)
    expect(res.json).toEqual({ error: 'invalid request signature' })
  })
  it('signature checked over the timestamp too', async () => {
    const raw = JSON.stringify({ type: 1 })
    const sig = sign(null, Buffer.from('1000' + raw), discord.privateKey).toString('hex')
    expect((await post(raw, { signature: sig, timestamp: '1001' })).status).toBe(401)
  })
})

describe('interactions', () => {
  it('/deal status → type 4 with the standing embed', async () => {
    const res = await post(
      interaction({
        type: 2,
        data: {
          id: '1400000000000000000',
          name: 'deal',
          type: 1,
          options: [
            {
              name: 'status',
              type: 1,
              options: [{ name: 'deal', type: 3, value: 'amazon+openai' }],
            },
          ],
        },
      }),
    )
    expect(res.status).toBe(200)
    expect(res.json.type).toBe(4)
    expect(res.json.data.embeds[0].title).toBe('Where does it stand? Amazon × OpenAI')
    expect(res.json.data.allowed_mentions).toEqual({ parse: [] })
    expect(res.json.data.flags).toBeUndefined()
  })

  it('answers in French for a French user', async () => {
    const res = await post(
      interaction({
        type: 2,
        locale: 'fr',
        data: { name: 'deal', type: 1, options: [{ name: 'list', type: 1 }] },
      }),
    )
    expect(res.json.data.embeds[0].title).toBe('Accords suivis')
  })

  it('autocomplete → type 8 choices', async () => {
    const res = await post(
      interaction({
        type: 4,
        data: {
          name: 'deal',
          type: 1,
          options: [
            {
              name: 'status',
              type: 1,
              options: [{ name: 'deal', type: 3, value: 'trai', focused: true }],
            },
          ],
        },
      }),
    )
    expect(res.json).toEqual({
      type: 8,
      data: {
        choices: [
          { name: 'Amazon × OpenAI (2)', value: 'amazon+openai' },
          { name: "OpenAI would use Amazon's Trainium chips.", value: 'openai-trainium' },
        ],
      },
    })
  })

  it('a history button → type 7 update of the message', async () => {
    const res = await post(
      interaction({
        type: 3,
        data: { custom_id: 'dw:hist:amazon+openai:1', component_type: 2 },
        message: { id: '1', embeds: [] },
      }),
    )
    expect(res.json.type).toBe(7)
    expect(res.json.data.embeds[0].footer.text).toBe('Page 2/2')
  })

  it('configuration command: refused ephemerally without Manage Server, run with it', async () => {
    const body = (permissions: string) =>
      interaction({
        type: 2,
        member: { user: { id: USER }, permissions },
        data: {
          name: 'alerts',
          type: 1,
          options: [
            { name: 'threshold', type: 1, options: [{ name: 'value', type: 10, value: 0.85 }] },
          ],
        },
      })
    const refused = await post(body('2048'))
    expect(refused.json).toMatchObject({ type: 4, data: { flags: 64 } })
    expect(refused.json.data.content).toContain('Manage Server')
    const ok = await post(body(String(1n << 5n)))
    expect(ok.json.data.content).toContain('Alert threshold set to 0.85')
    expect(ok.json.data.flags).toBe(64)
    const admin = await post(body(String(1n << 3n)))
    expect(admin.json.data.content).toContain('Alert threshold set to 0.85')
    expect(deps.calls.filter((c) => c.fn === 'setThreshold')).toHaveLength(2)
  })
})

describe('errors', () => {
  it('a failing handler gives an ephemeral apology and a log line', async () => {
    const failing = await startInteractionsServer({
      port: 0,
      host: '127.0.0.1',
      publicKey: discord.publicHex,
      deps: memoryDeps({ listClaims: () => Promise.reject(new Error('database is locked')) }),
      log: createLogger({ write: (l) => logLines.push(l) }),
    })
    try {
      url = `http://127.0.0.1:${failing.port}/`
      const res = await post(
        interaction({
          type: 2,
          data: { name: 'deal', type: 1, options: [{ name: 'list', type: 1 }] },
        }),
      )
      expect(res.json).toMatchObject({ type: 4, data: { flags: 64 } })
      expect(res.json.data.content).toContain('Something went wrong')
      expect(
        logLines.some(
          (l) => l.includes('interaction handler failed') && l.includes('database is locked'),
        ),
      ).toBe(true)
    } finally {
      url = `http://127.0.0.1:${server.port}/interactions`
      await failing.close()
    }
  })

  it.each([
    { name: 'not JSON', body: 'hello', status: 400 },
    { name: 'no type', body: { id: '1' }, status: 400 },
    {
      name: 'modal submit (never opened)',
      body: { type: 5, id: '1', data: { custom_id: 'x' } },
      status: 400,
    },
  ])('signed but $name → $status', async ({ body, status }) => {
    expect((await post(body)).status).toBe(status)
  })

  it('GET is not an interaction; /healthz answers for load balancers', async () => {
    expect((await fetch(url)).status).toBe(405)
    const health = await fetch(`http://127.0.0.1:${server.port}/healthz`)
    expect(health.status).toBe(200)
  })

  it('refuses to start with a malformed public key', async () => {
    await expect(
      startInteractionsServer({
        port: 0,
        publicKey: 'abc',
        deps,
        log: createLogger({ write: () => {} }),
      }),
    ).rejects.toThrow(/DISCORD_PUBLIC_KEY/)
  })
})

describe('deferred commands', () => {
  it('/feed add answers "thinking" at once, then edits the answer in through the webhook', async () => {
    const fake = await new FakeDiscordGateway().start()
    const feedDeps = memoryDeps()
    const deferring = await startInteractionsServer({
      port: 0,
      host: '127.0.0.1',
      publicKey: discord.publicHex,
      deps: feedDeps,
      apiUrl: fake.api,
      log: createLogger({ write: (l) => logLines.push(l) }),
    })
    try {
      url = `http://127.0.0.1:${deferring.port}/`
      const addFeed = (value: string, token: string, locale = 'en-US') =>
        interaction({
          type: 2,
          token,
          locale,
          member: { user: { id: USER }, permissions: String(1n << 5n) },
          data: {
            name: 'feed',
            type: 1,
            options: [{ name: 'add', type: 1, options: [{ name: 'url', type: 3, value }] }],
          },
        })
      const edited = fake.waitForRequest((r) => r.path.endsWith('/tok-a/messages/@original'))
      const res = await post(addFeed('https://news.example/feed.xml', 'tok-a'))
      expect(res.json).toEqual({ type: 5, data: { flags: 64 } })
      const patch = await edited
      expect(patch).toMatchObject({
        method: 'PATCH',
        path: '/webhooks/1100000000000000001/tok-a/messages/@original',
      })
      expect(patch.body.content).toContain('Feed added: **Example News**')
      expect(patch.body.allowed_mentions).toEqual({ parse: [] })

      feedDeps.probeFeed = () => Promise.reject(new Error('socket hang up'))
      const failed = fake.waitForRequest((r) => r.path.endsWith('/tok-b/messages/@original'))
      expect((await post(addFeed('https://news.example/other.xml', 'tok-b', 'fr'))).json.type).toBe(
        5,
      )
      expect((await failed).body.content).toContain("Une erreur s'est produite")
    } finally {
      url = `http://127.0.0.1:${server.port}/interactions`
      await deferring.close()
      await fake.stop()
    }
  })
})
