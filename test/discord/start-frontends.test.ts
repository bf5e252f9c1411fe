import { generateKeyPairSync } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFrontends } from '../../src/discord/start-frontends.js'
import { createLogger } from '../../src/log.js'
import { FakeDiscordGateway } from '../support/fake-discord-gateway.js'
import { memoryDeps } from './memory-deps.js'

const publicKey = generateKeyPairSync('ed25519')
  .publicKey.export({ format: 'der', type: 'spki' })
  .subarray(12)
  .toString('hex')
const log = createLogger({ write: () => {} })
let fake: FakeDiscordGateway

beforeAll(async () => {
  fake = await new FakeDiscordGateway().start()
})
afterAll(async () => {
  await fake.stop()
})

describe('startFrontends', () => {
  it.each([
    { name: 'nothing configured', opts: {}, http: false, gateway: false },
    { name: 'token only', opts: { token: 't' }, http: false, gateway: true },
    {
      name: 'HTTP endpoint only',
      opts: { publicKey, interactionsPort: 0 },
      http: true,
      gateway: false,
    },
    {
      name: 'both set: HTTP wins',
      opts: { token: 't', publicKey, interactionsPort: 0 },
      http: true,
      gateway: false,
    },
    {
      name: 'both, gateway asked for',
      opts: { token: 't', publicKey, interactionsPort: 0, gatewayWithHttp: true },
      http: true,
      gateway: true,
    },
  ])('$name', async ({ opts, http, gateway }) => {
    const f = await startFrontends({
      deps: memoryDeps(),
      log,
      apiUrl: fake.api,
      interactionsHost: '127.0.0.1',
      ...opts,
    })
    try {
      expect(f.gateway).toBe(gateway)
      expect(f.interactionsPort !== null).toBe(http)
      if (f.interactionsPort !== null) {
        expect((await fetch(`http://127.0.0.1:${f.interactionsPort}/healthz`)).status).toBe(200)
      }
    } finally {
      await f.stop()
    }
  })

  it('a bad public key fails the start', async () => {
    await expect(
      startFrontends({
        deps: memoryDeps(),
        log,
        apiUrl: fake.api,
        token: 't',
        publicKey: 'nope',
        interactionsPort: 0,
      }),
    ).rejects.toThrow(/DISCORD_PUBLIC_KEY/)
  })
})
