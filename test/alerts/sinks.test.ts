import { PassThrough } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DeliveryError, type Alert } from '../../src/alerts/alert.js'
import { createSinks } from '../../src/alerts/sinks.js'
import { parseWebhookUrl } from '../../src/discord/rest.js'
import {
  FakeDiscord,
  MISSING_PERMISSIONS,
  rateLimited,
  UNKNOWN_CHANNEL,
} from '../support/fake-discord.js'

const ALERT: Alert = {
  eventId: 4,
  claim: { id: 'c1', text: 'Globex is in talks to acquire Initech.' },
  verdict: 'confirms',
  confidence: 0.8,
  evidence: 'Globex is in talks to buy Initech.',
  reasons: [],
  story: {
    title: 'Globex eyes Initech',
    url: 'https://n.example/1',
    published: null,
    outlet: 'Wire',
  },
  outlets: 1,
  outletNames: ['Wire'],
  standing: null,
  locale: 'en',
}

const WEBHOOK = (api: string) => `${api}/webhooks/1234567890/tok-EN_abc`

let fake: FakeDiscord
beforeAll(async () => {
  fake = await new FakeDiscord().start()
})
afterAll(() => fake.stop())

async function failure(p: Promise<unknown>): Promise<DeliveryError> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(DeliveryError)
  return error as DeliveryError
}

describe('createSinks', () => {
  const stdout = new PassThrough()
  it.each([
    { name: 'nothing configured → console', settings: {}, expected: ['console'], channels: false },
    {
      name: 'token only → console, per-server channels possible',
      settings: { discordToken: 't' },
      expected: ['console'],
      channels: true,
    },
    {
      name: 'token + channel',
      settings: { discordToken: 't', alertChannelId: '42' },
      expected: ['channel:42'],
      channels: true,
    },
    {
      name: 'webhook only',
      settings: { webhookUrl: 'https://discord.com/api/webhooks/99/abc' },
      expected: ['webhook:99'],
      channels: false,
    },
    {
      name: 'both, console forced',
      settings: {
        discordToken: 't',
        alertChannelId: '42',
        webhookUrl: 'https://discord.com/api/webhooks/99/abc',
        console: true,
      },
      expected: ['console', 'channel:42', 'webhook:99'],
      channels: true,
    },
  ])('$name', ({ settings, expected, channels }) => {
    const sinks = createSinks({ ...settings, stdout })
    expect(sinks.map((s) => s.destination)).toEqual(expected)
    expect(typeof sinks.channelSink === 'function').toBe(channels)
  })

  it('refuses a channel without a token and a malformed webhook URL, naming the variable', () => {
    expect(() => createSinks({ alertChannelId: '42', stdout })).toThrow(
      /DISCORD_ALERT_CHANNEL_ID.*DISCORD_TOKEN/,
    )
    expect(() => createSinks({ webhookUrl: 'https://discord.com/nothing', stdout })).toThrow(
      /DISCORD_WEBHOOK_URL/,
    )
  })
})

describe('parseWebhookUrl', () => {
  it.each([
    {
      url: 'https://discord.com/api/webhooks/123/abc-DEF_1',
      expected: { ok: true, value: { id: '123', token: 'abc-DEF_1' } },
    },
    {
      url: 'http://127.0.0.1:9/api/webhooks/5/t/',
      expected: { ok: true, value: { id: '5', token: 't' } },
    },
    { url: 'not a url', expected: { ok: false, reason: 'DISCORD_WEBHOOK_URL is not a URL' } },
    {
      url: 'https://discord.com/api/webhooks/abc/t',
      expected: { ok: false, reason: 'DISCORD_WEBHOOK_URL does not end in /webhooks/{id}/{token}' },
    },
  ])('$url', ({ url, expected }) => {
    expect(parseWebhookUrl(url)).toEqual(expected)
  })
})

describe('Discord sinks against a loopback API', () => {
  const stdout = new PassThrough()
  const channel = () =>
    createSinks({
      discordToken: 'tok',
      alertChannelId: '42',
      apiUrl: fake.api,
      stdout,
      timeoutMs: 300,
    })[0]!
  const webhook = () => createSinks({ webhookUrl: WEBHOOK(fake.api), apiUrl: fake.api, stdout })[0]!

  it('posts an embed with the bot token and a nonce, then edits it', async () => {
    const sink = channel()
    const { messageId } = await sink.post(ALERT, { nonce: 'n-1' })
    const post = fake.requests.at(-1)!
    expect(post).toMatchObject({ method: 'POST', path: '/channels/42/messages', auth: 'Bot tok' })
    expect(post.body).toMatchObject({
      nonce: 'n-1',
      enforce_nonce: true,
      allowed_mentions: { parse: [] },
    })
    expect(post.body.embeds[0].title).toBe(ALERT.claim.text)
    // A retry with the same nonce returns the same message instead of a second one.
    expect(await sink.post(ALERT, { nonce: 'n-1' })).toEqual({ messageId })
    await sink.edit(messageId, { ...ALERT, outlets: 2, outletNames: ['Wire', 'Fil'] })
    expect(fake.requests.at(-1)).toMatchObject({
      method: 'PATCH',
      path: `/channels/42/messages/${messageId}`,
    })
    expect(fake.messages.get(messageId)?.edits).toBe(1)
  })

  it('posts through a webhook with ?wait=true and no Authorization, then edits', async () => {
    const sink = webhook()
    const { messageId } = await sink.post(ALERT)
    const post = fake.requests.at(-1)!
    expect(post).toMatchObject({
      method: 'POST',
      path: '/webhooks/1234567890/tok-EN_abc',
      auth: undefined,
    })
    expect(post.query.get('wait')).toBe('true')
    await sink.edit(messageId, ALERT)
    expect(fake.requests.at(-1)).toMatchObject({
      method: 'PATCH',
      path: `/webhooks/1234567890/tok-EN_abc/messages/${messageId}`,
      auth: undefined,
    })
  })

  it('classifies failures', async () => {
    const posts = (r: { method: string; path: string }) =>
      r.method === 'POST' && r.path === '/channels/42/messages'
    fake.respond(posts, rateLimited(2.5))
    const limited = await failure(channel().post(ALERT))
    expect(limited).toMatchObject({ kind: 'rate-limited', status: 429 })
    expect(limited.retryAfterMs).toBeGreaterThanOrEqual(2500)

    fake.respond(posts, { status: 502, body: { message: 'Bad Gateway' } })
    expect(await failure(channel().post(ALERT))).toMatchObject({ kind: 'transient', status: 502 })

    fake.respond(posts, MISSING_PERMISSIONS)
    const denied = await failure(channel().post(ALERT))
    expect(denied).toMatchObject({ kind: 'permanent', status: 403, code: 50013 })
    expect(denied.message).toMatch(
      /403 Missing Permissions for channel 42: give the bot 'View Channel', 'Send Messages' and 'Embed Links'/,
    )

    fake.respond(posts, UNKNOWN_CHANNEL)
    expect((await failure(channel().post(ALERT))).message).toMatch(
      /404 Unknown Channel for channel 42: the channel does not exist/,
    )

    fake.respond((r) => r.path.startsWith('/webhooks/'), {
      status: 404,
      body: { message: 'Unknown Webhook', code: 10015 },
    })
    expect((await failure(webhook().post(ALERT))).message).toMatch(
      /webhook was deleted.*DISCORD_WEBHOOK_URL/,
    )

    fake.respond(posts, { hang: true })
    expect(await failure(channel().post(ALERT))).toMatchObject({
      kind: 'transient',
      message: 'request to Discord for channel 42 timed out',
    })
  })

  it('reports a refused connection as transient', async () => {
    const down = createSinks({
      discordToken: 't',
      alertChannelId: '1',
      apiUrl: 'http://127.0.0.1:1/api',
      stdout,
    })[0]!
    const error = await failure(down.post(ALERT))
    expect(error.kind).toBe('transient')
    expect(error.message).toMatch(/request to Discord for channel 1 failed/)
  })
})
