/**
 * The gateway way in: a discord.js Client (Guilds intent only: slash commands need no privileged
 * intents) whose interactions run through the same handlers as the HTTP endpoint. This module is
 * the per-interaction error boundary of that path.
 */
import {
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type InteractionReplyOptions,
} from 'discord.js'
import type { Logger } from '../log.js'
import { describeError } from '../log.js'
import type { DealDeps } from './deal-deps.js'
import { contextOf, flattenOptions, type RawOption } from './dispatch.js'
import {
  handleAutocomplete,
  handleCommand,
  handleComponent,
  isSlowCommand,
  type CommandContext,
} from './handlers/index.js'
import { messagesFor } from './messages.js'
import type { Reply } from './reply.js'
import { messageData } from './reply.js'

/** The message parts shared by reply, editReply and update (no flags: those only go with reply). */
function messageOptions(reply: Reply) {
  const data = messageData(reply, false)
  return {
    content: data.content === '' ? undefined : data.content,
    embeds: data.embeds,
    components: data.components,
    allowedMentions: { parse: [] },
  }
}

function replyOptions(reply: Reply): InteractionReplyOptions {
  return { ...messageOptions(reply), ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) }
}

function contextOfInteraction(
  i: ChatInputCommandInteraction | AutocompleteInteraction | ButtonInteraction,
): CommandContext {
  return contextOf({
    locale: i.locale,
    guildId: i.guildId,
    userId: i.user.id,
    permissions: i.inGuild() ? (i.memberPermissions?.bitfield ?? null) : null,
  })
}

function commandInput(i: ChatInputCommandInteraction | AutocompleteInteraction) {
  const flat = flattenOptions(i.options.data as readonly RawOption[])
  return {
    command: i.commandName,
    subcommand: flat.subcommand,
    options: flat.values,
    focused: flat.focused,
  }
}

/**
 * Answers one interaction from the gateway. Never throws: a failing handler is logged and the user
 * gets an ephemeral apology (a follow-up when the interaction was already answered or deferred).
 */
export async function handleGatewayInteraction(
  i: Interaction,
  deps: DealDeps,
  log: Logger,
): Promise<void> {
  if (!i.isChatInputCommand() && !i.isAutocomplete() && !i.isButton()) return
  const ctx = contextOfInteraction(i)
  try {
    if (i.isAutocomplete()) {
      const input = commandInput(i)
      const out = await handleAutocomplete(
        { ...input, focused: input.focused ?? { name: '', value: '' } },
        deps,
        ctx,
      )
      await i.respond(out.type === 'choices' ? out.choices : [])
      return
    }
    if (i.isChatInputCommand()) {
      const input = commandInput(i)
      const route = input.subcommand ? `${input.command} ${input.subcommand}` : input.command
      if (isSlowCommand(input)) await i.deferReply({ flags: MessageFlags.Ephemeral })
      const out = await handleCommand(input, deps, ctx)
      if (out.type === 'choices')
        throw new Error(`command ${route} answered with autocomplete choices`)
      if (i.deferred) await i.editReply(messageOptions(out.reply))
      else await i.reply(replyOptions(out.reply))
      return
    }
    const out = await handleComponent(
      {
        customId: i.customId,
        message: {
          embeds: i.message.embeds.map((e) => ({ description: e.description ?? undefined })),
        },
      },
      deps,
      ctx,
    )
    if (out.type === 'update') await i.update(messageOptions(out.reply))
    else if (out.type === 'reply') await i.reply(replyOptions(out.reply))
  } catch (error) {
    log.error('interaction handler failed', {
      interaction: i.id,
      command: i.isButton() ? i.customId : i.commandName,
      guild: i.guildId ?? undefined,
      error: describeError(error),
    })
    await apologise(i, ctx, log)
  }
}

async function apologise(
  i: ChatInputCommandInteraction | AutocompleteInteraction | ButtonInteraction,
  ctx: CommandContext,
  log: Logger,
): Promise<void> {
  try {
    if (i.isAutocomplete()) {
      if (!i.responded) await i.respond([])
      return
    }
    const content = messagesFor(ctx.lang).internalError
    if (i.replied || i.deferred) await i.followUp({ content, flags: MessageFlags.Ephemeral })
    else await i.reply({ content, flags: MessageFlags.Ephemeral })
  } catch (error) {
    // The interaction may have expired (3 s / 15 min windows); nothing more can be told to the user.
    log.warn('could not report the failure to the user', {
      interaction: i.id,
      error: describeError(error),
    })
  }
}

export interface GatewayOptions {
  /** Bot token (DISCORD_TOKEN). */
  token: string
  deps: DealDeps
  log: Logger
  /** REST base URL without version (DISCORD_API_URL); the gateway URL is asked from it. */
  apiUrl?: string
}

export interface Gateway {
  client: Client
  /** Disconnects from the gateway. */
  close(): Promise<void>
}

/**
 * Logs the bot in and answers interactions until `close()`. Resolves once the client is ready;
 * rejects when the login fails (bad token, unreachable API).
 */
export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const log = options.log.child({ component: 'gateway' })
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    ...(options.apiUrl ? { rest: { api: options.apiUrl } } : {}),
  })
  client.on(Events.InteractionCreate, (i) => {
    void handleGatewayInteraction(i, options.deps, log)
  })
  client.on(Events.Error, (error) =>
    log.error('discord client error', { error: describeError(error) }),
  )
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()))
  try {
    await client.login(options.token)
    await ready
  } catch (error) {
    await client.destroy()
    throw new Error(`cannot log in to Discord: ${describeError(error)} (check DISCORD_TOKEN)`, {
      cause: error,
    })
  }
  log.info('gateway connected', { user: client.user?.tag })
  return { client, close: () => client.destroy() }
}
