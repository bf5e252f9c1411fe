import { describe, expect, it } from 'vitest'
import { DEFAULT_DATABASE_URL, readEnv } from '../../src/config/env.js'
import { ConfigError } from '../../src/config/load-config.js'

describe('readEnv', () => {
  it('defaults to a SQLite file and info logs when nothing is set', () => {
    expect(readEnv({})).toMatchObject({ databaseUrl: DEFAULT_DATABASE_URL, logLevel: 'info' })
  })

  it('reads every Discord setting', () => {
    const env = readEnv({
      DATABASE_URL: 'postgres://u@127.0.0.1/db',
      DISCORD_TOKEN: 't',
      DISCORD_APPLICATION_ID: '123456789012345678',
      DISCORD_PUBLIC_KEY: 'a'.repeat(64),
      DISCORD_ALERT_CHANNEL_ID: '223456789012345678',
      DISCORD_WEBHOOK_URL: 'https://discord.com/api/webhooks/323456789012345678/abc-DEF_1',
      DISCORD_API_URL: 'http://127.0.0.1:3000/api',
      INTERACTIONS_PORT: '8787',
      LOG_LEVEL: 'DEBUG',
    })
    expect(env).toMatchObject({
      interactionsPort: 8787,
      logLevel: 'debug',
      discordApiUrl: 'http://127.0.0.1:3000/api',
    })
  })

  it.each([
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL: expected one of debug, info, warn, error/],
    [
      { INTERACTIONS_PORT: 'eighty', DISCORD_PUBLIC_KEY: 'a'.repeat(64) },
      /INTERACTIONS_PORT: expected a TCP port/,
    ],
    [{ INTERACTIONS_PORT: '8787' }, /DISCORD_PUBLIC_KEY is not/],
    [{ DISCORD_PUBLIC_KEY: 'xyz' }, /DISCORD_PUBLIC_KEY: expected the 64 hex/],
    [{ DISCORD_ALERT_CHANNEL_ID: 'general' }, /DISCORD_ALERT_CHANNEL_ID: expected a Discord id/],
    [{ DISCORD_ALERT_CHANNEL_ID: '223456789012345678' }, /needs the bot token/],
    [{ DISCORD_WEBHOOK_URL: 'https://discord.com/channels/1/2' }, /DISCORD_WEBHOOK_URL: expected/],
    [{ DISCORD_API_URL: 'localhost:3000' }, /DISCORD_API_URL: expected an http\(s\) URL/],
  ])('rejects %j with a message saying what is expected', (vars, expected) => {
    expect(() => readEnv(vars)).toThrow(ConfigError)
    expect(() => readEnv(vars)).toThrow(expected)
  })
})
