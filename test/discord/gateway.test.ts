import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DealDeps } from '../../src/discord/deal-deps.js'
import { startGateway, type Gateway } from '../../src/discord/gateway.js'
import { registerCommands } from '../../src/discord/register-commands.js'
import { createLogger } from '../../src/log.js'
import { APP_ID, FakeDiscordGateway, rawInteraction } from '../support/fake-discord-gateway.js'
import { memoryDeps } from './memory-deps.js'

const MANAGE = String(1n << 5n)
let fake: FakeDiscordGateway
let gateway: Gateway
const logLines: string[] = []
// Tests swap the deps the running gateway uses through this holder.
let current: DealDeps = memoryDeps()
const deps = new Proxy({} as DealDeps, { get: (_t, key) => current[key as keyof DealDeps] })

beforeAll(async () => {
  fake = await new FakeDiscordGateway().start()
  gateway = await startGateway({
    token: 'fake-bot-token',
    deps,
    apiUrl: fake.api,
    log: createLogger({ write: (l) => logLines.push(l) }),
  })
})
afterAll(async () => {
  await gateway.close()
  await fake.stop()
})

/** Dispatches an interaction and waits for its callback request. */
async function interact(raw: ReturnType<typeof rawInteraction>) {
  const callback = fake.waitForRequest(
    (r) => r.path === `/interactions/${raw.id}/${raw.token}/callback`,
  )
  fake.dispatch('INTERACTION_CREATE', raw)
  return callback
}

const statusOf = (deal: string) => [
  { name: 'status', type: 1, options: [{ name: 'deal', type: 3, value: deal }] },
]

describe('gateway adapter', () => {
  it('logged in through the fake gateway with the Guilds intent only', () => {
    expect(gateway.client.user?.id).toBe(APP_ID)
    expect(gateway.client.options.intents.toArray()).toEqual(['Guilds'])
  })

  it('/deal status → reply with the standing embed (EN and FR)', async () => {
    current = memoryDeps()
    const en = await interact(
      rawInteraction({ type: 2, name: 'deal', options: statusOf('amazon+openai') }),
    )
    expect(en.body).toMatchObject({
      type: 4,
      data: { embeds: [{ title: 'Where does it stand? Amazon × OpenAI' }] },
    })
    expect(en.body.data.flags ?? 0).toBe(0)
    const fr = await interact(
      rawInteraction({ type: 2, name: 'deal', options: statusOf('amazon+openai'), locale: 'fr' }),
    )
    expect(fr.body.data.embeds[0].title).toBe('Où en est-on ? Amazon × OpenAI')
  })

  it('autocomplete → respond with choices', async () => {
    const out = await interact(
      rawInteraction({
        type: 4,
        name: 'deal',
        options: [
          {
            name: 'history',
            type: 1,
            options: [{ name: 'deal', type: 3, value: 'micro', focused: true }],
          },
        ],
      }),
    )
    expect(out.body).toEqual({
      type: 8,
      data: {
        choices: [
          { name: expect.stringContaining('Microsoft'), value: 'microsoft-openai-exclusivity' },
        ],
      },
    })
  })

  it('a configuration command without Manage Server → ephemeral refusal', async () => {
    const out = await interact(
      rawInteraction({
        type: 2,
        name: 'alerts',
        options: [
          { name: 'threshold', type: 1, options: [{ name: 'value', type: 10, value: 0.5 }] },
        ],
      }),
    )
    expect(out.body).toMatchObject({ type: 4, data: { flags: 64 } })
    expect(out.body.data.content).toContain('Manage Server')
  })

  it('/alerts channel reads the channel option (an id) and saves it', async () => {
    current = memoryDeps()
    const out = await interact(
      rawInteraction({
        type: 2,
        name: 'alerts',
        permissions: MANAGE,
        options: [
          {
            name: 'channel',
            type: 1,
            options: [{ name: 'channel', type: 7, value: '1210000000000000007' }],
          },
        ],
      }),
    )
    expect(out.body).toMatchObject({ type: 4, data: { flags: 64 } })
    expect(out.body.data.content).toContain('<#1210000000000000007>')
    const calls = (current as ReturnType<typeof memoryDeps>).calls
    expect(calls.find((c) => c.fn === 'setAlertChannel')?.args).toEqual([
      '1200000000000000001',
      '1210000000000000007',
    ])
  })

  it('/feed add is deferred ephemerally, then the answer is edited in', async () => {
    current = memoryDeps()
    const raw = rawInteraction({
      type: 2,
      name: 'feed',
      permissions: MANAGE,
      options: [
        {
          name: 'add',
          type: 1,
          options: [{ name: 'url', type: 3, value: 'https://news.example/feed.xml' }],
        },
      ],
    })
    const edit = fake.waitForRequest(
      (r) => r.path === `/webhooks/${APP_ID}/${raw.token}/messages/@original`,
    )
    const callback = await interact(raw)
    expect(callback.body).toEqual({ type: 5, data: { flags: 64 } })
    const edited = await edit
    expect(edited.method).toBe('PATCH')
    expect(edited.body.content).toContain('Feed added: **Example News**')
  })

  it('buttons: history page → update; claim Confirm reads the preview embed', async () => {
    current = memoryDeps()
    const page = await interact(rawInteraction({ type: 3, customId: 'dw:hist:amazon+openai:1' }))
    expect(page.body.type).toBe(7)
    expect(page.body.data.embeds[0].footer.text).toBe('Page 2/2')
    const confirm = await interact(
      rawInteraction({
        type: 3,
        customId: 'dw:claim:confirm',
        permissions: MANAGE,
        messageEmbeds: [
          {
            type: 'rich',
            title: 'Add this claim?',
            description: 'Nvidia will invest $5 billion in Intel.',
          },
        ],
      }),
    )
    expect(confirm.body).toMatchObject({ type: 7, data: { embeds: [], components: [] } })
    expect(confirm.body.data.content).toContain('Claim added as `u-new`')
  })

  it('a failing handler → ephemeral apology; after a deferral → ephemeral follow-up', async () => {
    current = memoryDeps({
      listClaims: () => Promise.reject(new Error('database is locked')),
      probeFeed: () => Promise.reject(new Error('socket hang up')),
    })
    const failed = await interact(
      rawInteraction({ type: 2, name: 'deal', options: [{ name: 'list', type: 1 }] }),
    )
    expect(failed.body).toMatchObject({ type: 4, data: { flags: 64 } })
    expect(failed.body.data.content).toContain('Something went wrong')

    const raw = rawInteraction({
      type: 2,
      name: 'feed',
      permissions: MANAGE,
      locale: 'fr',
      options: [
        {
          name: 'add',
          type: 1,
          options: [{ name: 'url', type: 3, value: 'https://news.example/x.xml' }],
        },
      ],
    })
    const followUp = fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/webhooks/${APP_ID}/${raw.token}`,
    )
    expect((await interact(raw)).body.type).toBe(5)
    const sent = await followUp
    expect(sent.body).toMatchObject({ flags: 64 })
    expect(sent.body.content).toContain("Une erreur s'est produite")
    expect(logLines.filter((l) => l.includes('interaction handler failed')).length).toBe(2)
    expect(logLines.some((l) => l.includes('socket hang up'))).toBe(true)
  })
})

describe('registerCommands', () => {
  it.each([
    {
      guildId: '1200000000000000001',
      path: `/applications/${APP_ID}/guilds/1200000000000000001/commands`,
    },
    { guildId: undefined, path: `/applications/${APP_ID}/commands` },
  ])('PUTs the five commands to $path', async ({ guildId, path }) => {
    const count = await registerCommands({
      token: 'good-token',
      applicationId: APP_ID,
      apiUrl: fake.api,
      ...(guildId ? { guildId } : {}),
    })
    expect(count).toBe(5)
    const req = fake.requests.filter((r) => r.method === 'PUT' && r.path === path).at(-1)
    expect(req?.auth).toBe('Bot good-token')
    const body = req?.body as {
      name: string
      name_localizations?: Record<string, string>
      default_member_permissions?: string | null
    }[]
    expect(body.map((c) => c.name)).toEqual(['deal', 'claim', 'feed', 'alerts', 'why'])
    expect(body.map((c) => c.name_localizations?.['fr'])).toEqual([
      'accord',
      'affirmation',
      'flux',
      'alertes',
      'pourquoi',
    ])
    expect(body.map((c) => c.default_member_permissions ?? null)).toEqual([
      null,
      '32',
      '32',
      '32',
      null,
    ])
  })

  it('surfaces Discord refusing the token', async () => {
    await expect(
      registerCommands({ token: 'bad-token', applicationId: APP_ID, apiUrl: fake.api }),
    ).rejects.toMatchObject({ status: 401 })
  })
})
