/**
 * Turns a raw Discord interaction (the JSON of the HTTP endpoint or the gateway's
 * INTERACTION_CREATE) into a handler call, and the handler's outcome into the interaction response
 * JSON. This is the error boundary of the HTTP way in: a failing handler is logged and the user
 * gets an ephemeral "something went wrong" instead of Discord's "interaction failed".
 */
import {
  ApplicationCommandOptionType,
  InteractionResponseType,
  InteractionType,
  PermissionFlagsBits,
  type APIInteractionResponse,
} from 'discord.js'
import type { Logger } from '../log.js'
import { describeError } from '../log.js'
import type { DealDeps } from './deal-deps.js'
import {
  handleAutocomplete,
  handleComponent,
  handleCommand,
  type CommandContext,
  type CommandInput,
  type ComponentInput,
} from './handlers/index.js'
import type { OptionValue } from './handlers/context.js'
import { langForLocale, messagesFor } from './messages.js'
import { toInteractionResponse } from './reply.js'

/** The parts of an interaction option we read (raw JSON and discord.js' `options.data` both fit). */
export interface RawOption {
  name: string
  type: number
  value?: unknown
  focused?: boolean
  options?: readonly RawOption[]
}

/** The parts of a raw interaction we read; everything else is ignored. */
export interface RawInteraction {
  type: number
  id?: string
  application_id?: string
  /** Interaction token: lets the app edit its deferred answer for 15 minutes. */
  token?: string
  locale?: string
  guild_id?: string
  member?: { user?: { id: string }; permissions?: string }
  user?: { id: string }
  data?: {
    name?: string
    options?: readonly RawOption[]
    custom_id?: string
  }
  message?: { embeds?: { description?: string }[] }
}

/** Flattened options: the sub-command (if any), option values by name, and the focused option. */
export function flattenOptions(options: readonly RawOption[] | undefined): {
  subcommand: string | null
  values: Record<string, OptionValue>
  focused: { name: string; value: string } | null
} {
  let subcommand: string | null = null
  const values: Record<string, OptionValue> = {}
  let focused: { name: string; value: string } | null = null
  const walk = (list: readonly RawOption[] | undefined, prefix: string[]): void => {
    for (const o of list ?? []) {
      if (
        o.type === ApplicationCommandOptionType.Subcommand ||
        o.type === ApplicationCommandOptionType.SubcommandGroup
      ) {
        subcommand = [...prefix, o.name].join(' ')
        walk(o.options, [...prefix, o.name])
        continue
      }
      const v = o.value
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
        values[o.name] = v
      if (o.focused === true) focused = { name: o.name, value: v === undefined ? '' : String(v) }
    }
  }
  walk(options, [])
  return { subcommand, values, focused }
}

/**
 * Who asks and where. `permissions` is the member's computed permission bit set in the channel
 * (absent in direct messages). Administrator implies Manage Server.
 */
export function contextOf(input: {
  locale: string | undefined
  guildId: string | null
  userId: string
  permissions: bigint | null
}): CommandContext {
  const p = input.permissions ?? 0n
  const canManage =
    input.guildId !== null &&
    ((p & PermissionFlagsBits.ManageGuild) !== 0n || (p & PermissionFlagsBits.Administrator) !== 0n)
  return {
    lang: langForLocale(input.locale),
    guildId: input.guildId,
    userId: input.userId,
    canManage,
  }
}

/** Who asks, where and in which language, from a raw interaction. */
export function contextOfRaw(raw: RawInteraction): CommandContext {
  let permissions: bigint | null = null
  try {
    if (raw.member?.permissions !== undefined) permissions = BigInt(raw.member.permissions)
  } catch {
    permissions = null // an unparsable bit set grants nothing
  }
  return contextOf({
    locale: raw.locale,
    guildId: raw.guild_id ?? null,
    userId: raw.member?.user?.id ?? raw.user?.id ?? 'unknown',
    permissions,
  })
}

/** The command and its flattened options, from a raw command or autocomplete interaction. */
export function commandOfRaw(
  raw: RawInteraction,
): CommandInput & { focused: { name: string; value: string } | null } {
  const flat = flattenOptions(raw.data?.options)
  return {
    command: raw.data?.name ?? '',
    subcommand: flat.subcommand,
    options: flat.values,
    focused: flat.focused,
  }
}

function componentOfRaw(raw: RawInteraction): ComponentInput {
  return {
    customId: raw.data?.custom_id ?? '',
    message: raw.message ? { embeds: raw.message.embeds ?? [] } : null,
  }
}

/**
 * Answers one raw interaction: PING → PONG, commands → type 4, autocomplete → type 8, buttons →
 * type 7. Never throws for a handler failure (logged, then an ephemeral apology); throws only for
 * an interaction type this bot never registers for, which the caller turns into a 400.
 */
export async function dispatchInteraction(
  raw: RawInteraction,
  deps: DealDeps,
  log: Logger,
): Promise<APIInteractionResponse> {
  if (raw.type === InteractionType.Ping) return { type: InteractionResponseType.Pong }
  const ctx = contextOfRaw(raw)
  const where = { interaction: raw.id, type: raw.type, command: raw.data?.name, guild: ctx.guildId }
  try {
    switch (raw.type) {
      case InteractionType.ApplicationCommand:
        return toInteractionResponse(await handleCommand(commandOfRaw(raw), deps, ctx))
      case InteractionType.ApplicationCommandAutocomplete: {
        const input = commandOfRaw(raw)
        const focused = input.focused ?? { name: '', value: '' }
        return toInteractionResponse(await handleAutocomplete({ ...input, focused }, deps, ctx))
      }
      case InteractionType.MessageComponent:
        return toInteractionResponse(await handleComponent(componentOfRaw(raw), deps, ctx))
      default:
        throw new UnsupportedInteractionError(raw.type)
    }
  } catch (error) {
    if (error instanceof UnsupportedInteractionError) throw error
    log.error('interaction handler failed', { ...where, error: describeError(error) })
    if (raw.type === InteractionType.ApplicationCommandAutocomplete) {
      return {
        type: InteractionResponseType.ApplicationCommandAutocompleteResult,
        data: { choices: [] },
      }
    }
    return toInteractionResponse({
      type: 'reply',
      reply: { content: messagesFor(ctx.lang).internalError, ephemeral: true },
    })
  }
}

/** An interaction type the bot does not handle (e.g. a modal it never opened). */
export class UnsupportedInteractionError extends Error {
  override readonly name = 'UnsupportedInteractionError'
  constructor(readonly interactionType: number) {
    super(`unsupported interaction type ${interactionType}`)
  }
}
