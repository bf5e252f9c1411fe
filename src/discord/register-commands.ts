/**
 * Registers the slash commands with Discord (what `dealwatch register-commands [--guild ID]` runs).
 * Guild commands appear at once in that server (good for testing); global commands reach every
 * server the bot is in. PUT replaces the whole set, so stale commands disappear.
 */
import { REST, Routes } from 'discord.js'
import { commandDefinitions } from './commands.js'

export interface RegisterCommandsOptions {
  /** Bot token (DISCORD_TOKEN). */
  token: string
  /** Application id (DISCORD_APPLICATION_ID). */
  applicationId: string
  /** Register in this server only; omitted → global commands. */
  guildId?: string
  /** REST base URL without version, e.g. http://127.0.0.1:PORT/api (DISCORD_API_URL); default Discord's. */
  apiUrl?: string
}

/**
 * PUTs every command definition and returns how many Discord now has. Throws the discord.js
 * error (DiscordAPIError with status and message) when Discord refuses, e.g. a bad token (401)
 * or a bot not in the guild (403).
 */
export async function registerCommands(options: RegisterCommandsOptions): Promise<number> {
  const rest = new REST({
    ...(options.apiUrl ? { api: options.apiUrl } : {}),
    retries: 2,
    timeout: 15_000,
  })
  rest.setToken(options.token)
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId)
  const registered = (await rest.put(route, { body: commandDefinitions() })) as unknown
  return Array.isArray(registered) ? registered.length : commandDefinitions().length
}
