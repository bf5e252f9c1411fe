/**
 * Deployment settings and secrets from the environment (and `.env`). This module is the only
 * reader of process.env; the rest of the code receives an `Env` object.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { ConfigError } from './load-config.js'

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

export interface Env {
  /** `postgres://…` for PostgreSQL, else a SQLite file path (optionally `sqlite:` or `file:` prefixed). */
  databaseUrl: string
  discordToken?: string
  discordApplicationId?: string
  discordPublicKey?: string
  discordAlertChannelId?: string
  discordWebhookUrl?: string
  /** REST base URL replacing https://discord.com/api (e.g. a rate-limit proxy). */
  discordApiUrl?: string
  interactionsPort?: number
  logLevel: LogLevel
}

export const DEFAULT_DATABASE_URL = 'sqlite:./data/dealwatch.sqlite'

/** Loads `.env` from the working directory into process.env (variables already set win). */
export function loadDotEnv(cwd: string = process.cwd()): string | undefined {
  const file = join(cwd, '.env')
  if (!existsSync(file)) return undefined
  try {
    process.loadEnvFile(file)
  } catch (error) {
    throw new ConfigError([`${file}: cannot read it as a .env file (${String(error)})`])
  }
  return file
}

/** Validates the environment; every problem is reported at once. */
export function readEnv(vars: NodeJS.ProcessEnv): Env {
  const problems: string[] = []
  const get = (name: string): string | undefined => {
    const v = vars[name]?.trim()
    return v ? v : undefined
  }
  const snowflake = (name: string): string | undefined => {
    const v = get(name)
    if (v !== undefined && !/^\d{17,20}$/.test(v)) {
      problems.push(`${name}: expected a Discord id (17 to 20 digits), got "${v}"`)
    }
    return v
  }
  const url = (name: string): string | undefined => {
    const v = get(name)
    if (v !== undefined && !/^https?:\/\/[^\s]+$/.test(v))
      problems.push(`${name}: expected an http(s) URL, got "${v}"`)
    return v
  }

  const logLevel = (get('LOG_LEVEL') ?? 'info').toLowerCase()
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    problems.push(`LOG_LEVEL: expected one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`)
  }
  let interactionsPort: number | undefined
  const port = get('INTERACTIONS_PORT')
  if (port !== undefined) {
    interactionsPort = Number(port)
    if (!Number.isInteger(interactionsPort) || interactionsPort < 0 || interactionsPort > 65535) {
      problems.push(`INTERACTIONS_PORT: expected a TCP port number (0-65535), got "${port}"`)
    }
  }
  const publicKey = get('DISCORD_PUBLIC_KEY')
  if (publicKey !== undefined && !/^[0-9a-f]{64}$/i.test(publicKey)) {
    problems.push(
      'DISCORD_PUBLIC_KEY: expected the 64 hex characters shown as "Public Key" in the Discord developer portal',
    )
  }
  if (interactionsPort !== undefined && publicKey === undefined) {
    problems.push(
      'INTERACTIONS_PORT is set but DISCORD_PUBLIC_KEY is not: the endpoint cannot verify Discord signatures without it',
    )
  }
  const webhook = url('DISCORD_WEBHOOK_URL')
  if (webhook !== undefined && !/\/webhooks\/\d{17,20}\/[\w-]+/.test(webhook)) {
    problems.push('DISCORD_WEBHOOK_URL: expected https://discord.com/api/webhooks/<id>/<token>')
  }
  const env: Env = {
    databaseUrl: get('DATABASE_URL') ?? DEFAULT_DATABASE_URL,
    discordToken: get('DISCORD_TOKEN'),
    discordApplicationId: snowflake('DISCORD_APPLICATION_ID'),
    discordPublicKey: publicKey,
    discordAlertChannelId: snowflake('DISCORD_ALERT_CHANNEL_ID'),
    discordWebhookUrl: webhook,
    discordApiUrl: url('DISCORD_API_URL'),
    interactionsPort,
    logLevel: logLevel as LogLevel,
  }
  if (env.discordAlertChannelId && !env.discordToken) {
    problems.push(
      'DISCORD_ALERT_CHANNEL_ID is set but DISCORD_TOKEN is not: posting to a channel needs the bot token',
    )
  }
  if (problems.length > 0) throw new ConfigError(problems.map((p) => `environment: ${p}`))
  return env
}
