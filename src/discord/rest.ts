/**
 * Discord REST for alert delivery: a discord.js REST client on a configurable base URL (a
 * rate-limit proxy, or a loopback fake in tests), channel and webhook message routes, and the
 * translation of every failure into a DeliveryError that says what to do.
 */
import {
  DiscordAPIError,
  HTTPError,
  RateLimitError,
  REST,
  Routes,
  type APIEmbed,
  type APIMessage,
} from 'discord.js'
import { DeliveryError } from '../alerts/alert.js'

export const DEFAULT_DISCORD_API = 'https://discord.com/api'

export interface DiscordRestOptions {
  /** REST base URL without the version (DISCORD_API_URL); Discord's own by default. */
  apiUrl?: string | undefined
  /** Bot token; webhooks need none. */
  token?: string | undefined
  /** Per-request timeout (ms). */
  timeoutMs?: number
}

/**
 * A REST client that never waits or retries on its own: 429s are thrown (rejectOnRateLimit) and
 * 5xx/timeouts are not retried (retries: 0), so the outbox schedules every retry durably.
 */
export function createDiscordRest(options: DiscordRestOptions): REST {
  const rest = new REST({
    api: options.apiUrl ?? DEFAULT_DISCORD_API,
    retries: 0,
    timeout: options.timeoutMs ?? 15_000,
    rejectOnRateLimit: () => true,
  })
  if (options.token !== undefined) rest.setToken(options.token)
  return rest
}

/** A message body for an alert. */
export interface AlertMessageBody {
  embeds: APIEmbed[]
  /** Channel posts only: idempotency key (Discord returns the earlier message for a repeat). */
  nonce?: string
}

/** Posts to a channel; with a nonce, `enforce_nonce` makes a repeated post return the first one. */
export async function postChannelMessage(
  rest: REST,
  channelId: string,
  body: AlertMessageBody,
): Promise<{ messageId: string }> {
  const where = `channel ${channelId}`
  const payload = {
    embeds: body.embeds,
    allowed_mentions: { parse: [] },
    ...(body.nonce === undefined ? {} : { nonce: body.nonce, enforce_nonce: true }),
  }
  const message = (await call(where, () =>
    rest.post(Routes.channelMessages(channelId), { body: payload }),
  )) as APIMessage
  return { messageId: message.id }
}

export async function editChannelMessage(
  rest: REST,
  channelId: string,
  messageId: string,
  body: AlertMessageBody,
): Promise<void> {
  await call(`channel ${channelId}`, () =>
    rest.patch(Routes.channelMessage(channelId, messageId), { body: { embeds: body.embeds } }),
  )
}

/** A webhook's id and token, parsed from its URL. */
export interface WebhookTarget {
  id: string
  token: string
}

/**
 * Reads id and token from a webhook URL (`…/webhooks/{id}/{token}`) on any host: discord.js's
 * WebhookClient accepts discord.com only, which rules out proxies and test servers.
 */
export function parseWebhookUrl(
  url: string,
): { ok: true; value: WebhookTarget } | { ok: false; reason: string } {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return { ok: false, reason: 'DISCORD_WEBHOOK_URL is not a URL' }
  }
  const m = /\/webhooks\/(\d+)\/([\w-]+)\/?$/.exec(parsed.pathname)
  if (!m?.[1] || !m[2]) {
    return { ok: false, reason: 'DISCORD_WEBHOOK_URL does not end in /webhooks/{id}/{token}' }
  }
  return { ok: true, value: { id: m[1], token: m[2] } }
}

/** Executes a webhook with `?wait=true`, so Discord answers with the message (its id is needed to edit). */
export async function executeWebhook(
  rest: REST,
  hook: WebhookTarget,
  body: AlertMessageBody,
): Promise<{ messageId: string }> {
  const message = (await call(`webhook ${hook.id}`, () =>
    rest.post(Routes.webhook(hook.id, hook.token), {
      body: { embeds: body.embeds, allowed_mentions: { parse: [] } },
      query: new URLSearchParams({ wait: 'true' }),
      auth: false,
    }),
  )) as APIMessage
  return { messageId: message.id }
}

export async function editWebhookMessage(
  rest: REST,
  hook: WebhookTarget,
  messageId: string,
  body: AlertMessageBody,
): Promise<void> {
  await call(`webhook ${hook.id}`, () =>
    rest.patch(Routes.webhookMessage(hook.id, hook.token, messageId), {
      body: { embeds: body.embeds },
      auth: false,
    }),
  )
}

async function call(where: string, request: () => Promise<unknown>): Promise<unknown> {
  try {
    return await request()
  } catch (error) {
    throw toDeliveryError(error, where)
  }
}

/**
 * Classifies a failure of a request to `where` ('channel 123', 'webhook 456'): 429 → rate-limited
 * (with Discord's retry delay), 5xx/408/timeouts/network → transient, other 4xx → permanent with
 * advice for the operator.
 */
export function toDeliveryError(error: unknown, where: string): DeliveryError {
  if (error instanceof DeliveryError) return error
  if (error instanceof RateLimitError) {
    const retryAfterMs = Math.max(error.retryAfter, error.timeToReset, 0) || 1000
    return new DeliveryError(
      'rate-limited',
      `Discord rate-limited ${where} for ${retryAfterMs} ms`,
      {
        status: 429,
        retryAfterMs,
        cause: error,
      },
    )
  }
  if (error instanceof DiscordAPIError || error instanceof HTTPError) {
    const status = error.status
    const code =
      error instanceof DiscordAPIError && typeof error.code === 'number' ? error.code : undefined
    const said = `Discord answered ${status}${error.message ? ` ${error.message}` : ''} for ${where}`
    if (status >= 500 || status === 408) {
      return new DeliveryError('transient', said, {
        status,
        ...(code === undefined ? {} : { code }),
        cause: error,
      })
    }
    return new DeliveryError('permanent', `${said}: ${adviceFor(status, code, where)}`, {
      status,
      ...(code === undefined ? {} : { code }),
      cause: error,
    })
  }
  const name = error instanceof Error ? error.name : ''
  const text = error instanceof Error ? describe(error) : String(error)
  const what = name === 'AbortError' || name === 'TimeoutError' ? 'timed out' : `failed: ${text}`
  return new DeliveryError('transient', `request to Discord for ${where} ${what}`, { cause: error })
}

/** Discord JSON error codes that mean the message is gone, not the destination. */
export const UNKNOWN_MESSAGE = 10008

function adviceFor(status: number, code: number | undefined, where: string): string {
  const webhook = where.startsWith('webhook')
  if (status === 401) return 'the bot token was refused: check DISCORD_TOKEN'
  if (code === UNKNOWN_MESSAGE)
    return 'the alert message was deleted; later updates to it are dropped'
  if (status === 403) {
    return webhook
      ? 'the webhook may not post here any more: create a new webhook and set DISCORD_WEBHOOK_URL'
      : "give the bot 'View Channel', 'Send Messages' and 'Embed Links' in that channel, or pick another with /alerts channel"
  }
  if (status === 404) {
    return webhook
      ? 'the webhook was deleted: create a new one and set DISCORD_WEBHOOK_URL'
      : 'the channel does not exist or the bot cannot see it: pick another with /alerts channel or DISCORD_ALERT_CHANNEL_ID'
  }
  return 'Discord refused the message; retrying cannot help (please report this as a dealwatch bug with the log line)'
}

function describe(error: Error): string {
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined
  const detail = cause && typeof cause.code === 'string' ? ` (${cause.code})` : ''
  return `${error.message}${detail}`
}
