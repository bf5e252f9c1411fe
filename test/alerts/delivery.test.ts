/**
 * Delivery end to end: the outbox on a real SQLite file, the real sinks (discord.js REST) and a
 * loopback Discord-compatible API. Time is driven through the injected clock; no sleeps.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createOutbox, type Outbox } from '../../src/alerts/outbox.js'
import { createSinks, type SinkSettings } from '../../src/alerts/sinks.js'
import { destinationHealth } from '../../src/store/alerts.js'
import { openStore, type Store } from '../../src/store/database.js'
import {
  FakeDiscord,
  MISSING_PERMISSIONS,
  rateLimited,
  type RecordedRequest,
} from '../support/fake-discord.js'
import { candidate, capturedLogger, clock } from './helpers.js'

let fake: FakeDiscord
let dir: string
let file: string
let store: Store

beforeEach(async () => {
  fake = await new FakeDiscord().start()
  dir = mkdtempSync(join(tmpdir(), 'dealwatch-delivery-'))
  file = join(dir, 'bot.sqlite')
  store = await openStore(file)
})

afterEach(async () => {
  await store.close()
  await fake.stop()
  rmSync(dir, { recursive: true, force: true })
})

const isPost = (r: RecordedRequest) => r.method === 'POST' && r.path === '/channels/42/messages'
const isEdit = (r: RecordedRequest) =>
  r.method === 'PATCH' && r.path.startsWith('/channels/42/messages/')

function setup(settings: Partial<SinkSettings> = {}) {
  const time = clock()
  const { log, lines } = capturedLogger()
  const sinks = createSinks({
    discordToken: 'tok',
    alertChannelId: '42',
    apiUrl: fake.api,
    stdout: new PassThrough(),
    timeoutMs: 300,
    ...settings,
  })
  const outbox: Outbox = createOutbox({ db: store.db, sinks, log, now: time.now })
  return { outbox, time, lines }
}

describe('delivery to Discord', () => {
  it('posts one embed per event and edits it when other outlets report the event', async () => {
    const { outbox } = setup()
    await outbox.enqueue(candidate('s1', 'wire'))
    expect(await outbox.deliverDue()).toMatchObject({ sent: 1 })
    const [post] = fake.calls('POST', /^\/channels\/42\/messages$/)
    expect(post?.body.embeds[0]).toMatchObject({
      title: candidate('s1', 'wire').claim.text,
      color: 0x2ecc71,
    })
    await outbox.enqueue(candidate('s2', 'fil'))
    await outbox.enqueue(candidate('s3', 'gazette'))
    expect(await outbox.deliverDue()).toMatchObject({ sent: 1 })
    const edits = fake.requests.filter(isEdit)
    expect(edits).toHaveLength(1)
    const fields = edits[0]?.body.embeds[0].fields as { name: string; value: string }[]
    expect(fields.find((f) => f.name === 'Also reported by')?.value).toBe(
      '+2 outlets: Outlet fil, Outlet gazette',
    )
    expect(fake.requests.filter(isPost)).toHaveLength(1)
  })

  it('honours retry_after on 429, then posts', async () => {
    const { outbox, time } = setup()
    fake.respond(isPost, rateLimited(2))
    await outbox.enqueue(candidate('s1', 'wire'))
    expect(await outbox.deliverDue()).toMatchObject({ retried: 1, sent: 0 })
    time.advance(1_900)
    expect(await outbox.deliverDue()).toMatchObject({ retried: 0, sent: 0 })
    expect(fake.requests.filter(isPost)).toHaveLength(1)
    time.advance(200)
    expect(await outbox.deliverDue()).toMatchObject({ sent: 1 })
    expect(fake.requests.filter(isPost)).toHaveLength(2)
    expect(fake.messages.size).toBe(1)
  })

  it.each([
    { name: '500', response: { status: 500, body: { message: 'Internal Server Error' } } },
    { name: 'a timeout', response: { hang: true } },
  ])('retries after $name with backoff, then posts once', async ({ response }) => {
    const { outbox, time, lines } = setup()
    fake.respond(isPost, response)
    await outbox.enqueue(candidate('s1', 'wire'))
    expect(await outbox.deliverDue()).toMatchObject({ retried: 1 })
    expect(lines.some((l) => l.includes('WARN') && l.includes('retried'))).toBe(true)
    time.advance(29_000)
    expect(await outbox.deliverDue()).toMatchObject({ sent: 0, retried: 0 })
    time.advance(1_000)
    expect(await outbox.deliverDue()).toMatchObject({ sent: 1 })
    expect(fake.messages.size).toBe(1)
  })

  it('marks the channel broken on 403 and tells the operator what to do', async () => {
    const { outbox, time, lines } = setup()
    fake.respond(isPost, MISSING_PERMISSIONS)
    await outbox.enqueue(candidate('s1', 'wire'))
    expect(await outbox.deliverDue()).toMatchObject({ broken: 1 })
    const health = await destinationHealth(store.db, 'channel:42')
    expect(health?.broken).toBe(true)
    expect(health?.reason).toMatch(
      /403 Missing Permissions for channel 42: give the bot 'View Channel', 'Send Messages' and 'Embed Links'/,
    )
    expect(lines.find((l) => l.includes('ERROR'))).toMatch(
      /channel:42 is broken.*Missing Permissions/,
    )
    time.advance(10 * 3_600_000)
    expect(await outbox.deliverDue()).toMatchObject({ sent: 0, retried: 0 })
    expect(fake.requests.filter(isPost)).toHaveLength(1)
  })

  it('survives an outage: nothing lost, nothing posted twice', async () => {
    const { outbox, time } = setup()
    await fake.stop()
    for (const [story, claimId] of [
      ['s1', 'c1'],
      ['s2', 'c2'],
      ['s3', 'c3'],
    ] as const) {
      await outbox.enqueue(candidate(story, 'wire', { claimId }))
    }
    // Down: one attempt, then the destination waits (the other two are not even tried).
    expect(await outbox.deliverDue()).toMatchObject({ sent: 0, retried: 1 })
    time.advance(30_000)
    expect(await outbox.deliverDue()).toMatchObject({ sent: 0, retried: 1 })
    await fake.start() // same port: the outage ends
    time.advance(60_000)
    expect(await outbox.deliverDue()).toMatchObject({ sent: 3, retried: 0 })
    time.advance(3_600_000)
    expect(await outbox.deliverDue()).toMatchObject({ sent: 0 })
    const titles = [...fake.messages.values()].map(
      (m) => (m.embeds[0] as { footer: { text: string } }).footer.text,
    )
    expect(titles.sort()).toEqual([
      'dealwatch · claim c1',
      'dealwatch · claim c2',
      'dealwatch · claim c3',
    ])
  })

  it('posts and edits through a webhook', async () => {
    const { outbox } = setup({
      discordToken: undefined,
      alertChannelId: undefined,
      webhookUrl: 'https://discord.com/api/webhooks/555/hook-token',
    })
    await outbox.enqueue(candidate('s1', 'wire'))
    await outbox.deliverDue()
    await outbox.enqueue(candidate('s2', 'fil'))
    await outbox.deliverDue()
    const hook = fake.requests.filter((r) => r.path.startsWith('/webhooks/555/hook-token'))
    expect(hook.map((r) => [r.method, r.query.get('wait'), r.auth])).toEqual([
      ['POST', 'true', undefined],
      ['PATCH', null, undefined],
    ])
    const id = [...fake.messages.keys()][0]
    expect(hook[1]?.path).toBe(`/webhooks/555/hook-token/messages/${id}`)
    expect(fake.messages.get(id ?? '')?.edits).toBe(1)
  })

  it('does not post again after a restart on the same database file', async () => {
    const first = setup()
    await first.outbox.enqueue(candidate('s1', 'wire'))
    await first.outbox.deliverDue()
    await store.close()
    store = await openStore(file)
    const second = setup()
    expect(await second.outbox.enqueue(candidate('s1', 'wire'))).toBe('duplicate')
    second.time.advance(24 * 3_600_000)
    expect(await second.outbox.deliverDue()).toMatchObject({ sent: 0 })
    expect(fake.requests.filter(isPost)).toHaveLength(1)
  })

  it('re-sends a post whose success was never recorded (crash) without a second message', async () => {
    const { outbox, time } = setup()
    await outbox.enqueue(candidate('s1', 'wire'))
    await outbox.deliverDue()
    // As if the process died after Discord answered but before the row was marked sent.
    await sql`update deliveries set status = 'sending', claimed_until = ${time.now().toISOString()}, message_id = null`.execute(
      store.db,
    )
    time.advance(1)
    expect(await outbox.deliverDue()).toMatchObject({ sent: 1 })
    const posts = fake.requests.filter(isPost)
    expect(posts).toHaveLength(2)
    expect(posts[1]?.body.nonce).toBe(posts[0]?.body.nonce)
    expect(fake.messages.size).toBe(1)
  })
})
