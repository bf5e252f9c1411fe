/**
 * The plain input every handler receives, whichever way the interaction came in (gateway or HTTP),
 * and small helpers shared by the handlers. Pure.
 */
import type { Lang } from '../../domain.js'
import { messagesFor, type Messages } from '../messages.js'
import { LIMITS, truncate, type Choice, type Outcome, type Reply } from '../reply.js'

/** Who asks, where, and in which language to answer. */
export interface CommandContext {
  lang: Lang
  /** null in direct messages. */
  guildId: string | null
  userId: string
  /** The member has Manage Server in this guild (always false in direct messages). */
  canManage: boolean
}

export type OptionValue = string | number | boolean

/** A slash command with its options flattened (sub-command options included). */
export interface CommandInput {
  command: string
  subcommand: string | null
  options: Readonly<Record<string, OptionValue>>
}

/** An autocomplete request: the command as typed so far and the option being typed. */
export interface AutocompleteInput extends CommandInput {
  focused: { name: string; value: string }
}

/** A button press: its custom id and the message it sits on (embeds only). */
export interface ComponentInput {
  customId: string
  message: { embeds: { description?: string }[] } | null
}

export const reply = (r: Reply): Outcome => ({ type: 'reply', reply: r })
export const update = (r: Reply): Outcome => ({ type: 'update', reply: r })
/** An ephemeral plain-text answer (errors, confirmations of configuration changes). */
export const say = (content: string): Outcome => reply({ content, ephemeral: true })

export function t(ctx: CommandContext): Messages {
  return messagesFor(ctx.lang)
}

/**
 * The server a configuration command acts on, or the refusal to answer instead (outside a server,
 * or for a member without Manage Server). Discord also hides these commands from members without
 * the permission (default_member_permissions), but server admins can override that, so the handler
 * checks again.
 */
export function managedGuild(
  ctx: CommandContext,
): { ok: true; guildId: string } | { ok: false; refusal: Outcome } {
  if (ctx.guildId === null) return { ok: false, refusal: say(t(ctx).guildOnly) }
  if (!ctx.canManage) return { ok: false, refusal: say(t(ctx).needManage) }
  return { ok: true, guildId: ctx.guildId }
}

/** Lower case without diacritics, for matching what a user types against names. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/**
 * Autocomplete choices: the items one of whose `texts` contains what was typed (accent- and
 * case-insensitive; every item when nothing is typed), at most as many as Discord shows.
 */
export function matchingChoices<T>(
  items: readonly T[],
  typed: string,
  texts: (item: T) => string[],
  choice: (item: T) => { name: string; value: string },
): Choice[] {
  const q = fold(typed.trim())
  return items
    .filter((item) => q === '' || texts(item).some((s) => fold(s).includes(q)))
    .slice(0, LIMITS.choices)
    .map((item) => {
      const c = choice(item)
      return { name: truncate(c.name, LIMITS.choiceName), value: c.value }
    })
}

/** String option by name, trimmed; undefined when absent or blank. */
export function stringOption(input: CommandInput, name: string): string | undefined {
  const v = input.options[name]
  if (v === undefined) return undefined
  const s = String(v).trim()
  return s === '' ? undefined : s
}

/** ISO instant → "2026-01-30 08:00 UTC" (short, unambiguous, the same in both languages). */
export function formatInstant(iso: string | null): string | null {
  if (iso === null) return null
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return null
  return d.toISOString().slice(0, 16).replace('T', ' ') + ' UTC'
}

/** A confidence in [0, 1] as two decimals. */
export function formatConfidence(c: number): string {
  return (Math.round(c * 100) / 100).toFixed(2)
}
