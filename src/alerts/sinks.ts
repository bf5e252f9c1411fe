/**
 * The alert sinks: the console (pretty text on a stream), a Discord channel through the bot's
 * REST API, and a Discord webhook. `createSinks` builds the configured ones from the environment's
 * values and carries a factory for per-server channels chosen with `/alerts channel`.
 */
import type { Writable } from 'node:stream'
import {
  createDiscordRest,
  editChannelMessage,
  editWebhookMessage,
  executeWebhook,
  parseWebhookUrl,
  postChannelMessage,
  type WebhookTarget,
} from '../discord/rest.js'
import { alertEmbed } from '../discord/embeds.js'
import type { REST } from 'discord.js'
import { DeliveryError, type Alert, type Sink } from './alert.js'

const ICON = { confirms: '✅', contradicts: '❌' } as const

/** "2025-12-17 08:00 UTC", or null for a missing/unparsable date. */
function utcMinute(iso: string | null): string | null {
  if (iso === null) return null
  const t = Date.parse(iso)
  return Number.isNaN(t) ? null : `${new Date(t).toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

/** The console rendering of an alert: three lines, the evidence quoted. Pure. */
export function formatAlertText(alert: Alert): string {
  const head = `${ICON[alert.verdict]} ${alert.verdict.toUpperCase()}  ${oneLine(alert.claim.text)}`
  const meta = [
    alert.story.outlet,
    alert.story.url,
    utcMinute(alert.story.published),
    `confidence ${alert.confidence.toFixed(2)}`,
    alert.outlets > 1 ? `+${alert.outlets - 1} outlet${alert.outlets > 2 ? 's' : ''}` : null,
  ].filter((x): x is string => x !== null && x !== '')
  return `${head}\n   “${oneLine(alert.evidence)}”\n   — ${meta.join(' · ')}\n`
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Prints alerts to `out` (stdout in the CLI). Message ids are 'console-<eventId>'. */
export function createConsoleSink(out: Writable): Sink {
  return {
    destination: 'console',
    post: (alert) => {
      out.write(formatAlertText(alert))
      return Promise.resolve({ messageId: `console-${alert.eventId}` })
    },
    edit: (_messageId, alert) => {
      const names = alert.outletNames.filter((n) => n !== alert.story.outlet).join(', ')
      out.write(
        `   ↳ update: ${ICON[alert.verdict]} ${oneLine(alert.claim.text)} — +${alert.outlets - 1} outlet${alert.outlets > 2 ? 's' : ''}${names ? ` (${names})` : ''}\n`,
      )
      return Promise.resolve()
    },
  }
}

/** Posts embeds to one channel with the bot token. */
export function createChannelSink(rest: REST, channelId: string): Sink {
  return {
    destination: `channel:${channelId}`,
    post: (alert, options) =>
      postChannelMessage(rest, channelId, {
        embeds: [alertEmbed(alert, alert.locale)],
        ...(options?.nonce === undefined ? {} : { nonce: options.nonce }),
      }),
    edit: (messageId, alert) =>
      editChannelMessage(rest, channelId, messageId, { embeds: [alertEmbed(alert, alert.locale)] }),
  }
}

/** Posts embeds through a webhook (no bot needed). Discord webhooks take no nonce. */
export function createWebhookSink(rest: REST, hook: WebhookTarget): Sink {
  return {
    destination: `webhook:${hook.id}`,
    post: (alert) => executeWebhook(rest, hook, { embeds: [alertEmbed(alert, alert.locale)] }),
    edit: (messageId, alert) =>
      editWebhookMessage(rest, hook, messageId, { embeds: [alertEmbed(alert, alert.locale)] }),
  }
}

/** The configured sinks, plus (with a bot token) a factory for any channel (per-server channels). */
export type Sinks = Sink[] & { channelSink?: (channelId: string) => Sink }

export interface SinkSettings {
  discordToken?: string | undefined
  alertChannelId?: string | undefined
  webhookUrl?: string | undefined
  /** DISCORD_API_URL: REST base replacing https://discord.com/api. */
  apiUrl?: string | undefined
  /** Where the console sink prints. */
  stdout: Writable
  /** Print to the console even when Discord is configured (e.g. the demo, or debugging). */
  console?: boolean
  /** Per-request timeout (ms) of Discord calls. */
  timeoutMs?: number
}

/**
 * Builds the sinks from the environment's values (any may be undefined): a channel sink when a bot
 * token and DISCORD_ALERT_CHANNEL_ID are set, a webhook sink when DISCORD_WEBHOOK_URL is, and the
 * console sink when neither (or when forced). Throws when DISCORD_WEBHOOK_URL cannot be parsed or
 * a channel is set without a token, naming the variable: a start-up configuration error.
 */
export function createSinks(settings: SinkSettings): Sinks {
  const sinks: Sink[] = []
  const timeout = settings.timeoutMs === undefined ? {} : { timeoutMs: settings.timeoutMs }
  const botRest =
    settings.discordToken === undefined || settings.discordToken === ''
      ? undefined
      : createDiscordRest({ apiUrl: settings.apiUrl, token: settings.discordToken, ...timeout })
  if (settings.alertChannelId) {
    if (!botRest) {
      throw new Error(
        'DISCORD_ALERT_CHANNEL_ID is set but DISCORD_TOKEN is not: the bot token is needed to post to a channel (or use DISCORD_WEBHOOK_URL)',
      )
    }
    sinks.push(createChannelSink(botRest, settings.alertChannelId))
  }
  if (settings.webhookUrl) {
    const hook = parseWebhookUrl(settings.webhookUrl)
    if (!hook.ok)
      throw new Error(`${hook.reason} (expected https://discord.com/api/webhooks/{id}/{token})`)
    sinks.push(
      createWebhookSink(createDiscordRest({ apiUrl: settings.apiUrl, ...timeout }), hook.value),
    )
  }
  if (sinks.length === 0 || settings.console === true)
    sinks.unshift(createConsoleSink(settings.stdout))
  const result: Sinks = sinks
  if (botRest) result.channelSink = (channelId) => createChannelSink(botRest, channelId)
  return result
}

export { DeliveryError }
