/**
 * `/alerts channel <channel>` and `/alerts threshold <0..1>`: per-server alert settings.
 * Manage Server only, answered ephemerally.
 */
import type { DealDeps } from '../deal-deps.js'
import type { Outcome } from '../reply.js'
import {
  managedGuild,
  say,
  stringOption,
  t,
  type CommandContext,
  type CommandInput,
} from './context.js'

/** `/alerts channel <channel>`: where this server's alerts are posted. */
export async function alertsChannel(
  input: CommandInput,
  deps: DealDeps,
  ctx: CommandContext,
): Promise<Outcome> {
  const guild = managedGuild(ctx)
  if (!guild.ok) return guild.refusal
  const channel = stringOption(input, 'channel')
  // Discord sends a channel option as its snowflake id.
  if (channel === undefined || !/^\d{17,20}$/.test(channel)) return say(t(ctx).badChannel)
  await deps.setAlertChannel(guild.guildId, channel)
  return say(t(ctx).channelSet(channel))
}

/** `/alerts threshold <value>`: minimum confidence in [0, 1] for an alert. */
export async function alertsThreshold(
  input: CommandInput,
  deps: DealDeps,
  ctx: CommandContext,
): Promise<Outcome> {
  const guild = managedGuild(ctx)
  if (!guild.ok) return guild.refusal
  const raw = input.options['value']
  // Accept "0,8" as French users write it, when the value arrives as text.
  const value =
    typeof raw === 'number'
      ? raw
      : Number(
          String(raw ?? '')
            .trim()
            .replace(',', '.'),
        )
  if (raw === undefined || !Number.isFinite(value) || value < 0 || value > 1) {
    return say(t(ctx).badThreshold(String(raw ?? '')))
  }
  await deps.setThreshold(guild.guildId, value)
  return say(t(ctx).thresholdSet(value))
}
