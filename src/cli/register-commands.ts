/** `dealwatch register-commands [--guild ID]`: registers the slash commands through REST. */
import { loadDotEnv, readEnv } from '../config/env.js'
import { ConfigError } from '../config/load-config.js'
import { registerCommands } from '../discord/register-commands.js'

export async function registerCommandsCommand(options: { guild?: string }): Promise<void> {
  loadDotEnv()
  const env = readEnv(process.env)
  const missing = [
    env.discordToken ? null : 'DISCORD_TOKEN (the bot token)',
    env.discordApplicationId ? null : 'DISCORD_APPLICATION_ID (the application id)',
  ].filter((m): m is string => m !== null)
  if (missing.length > 0)
    throw new ConfigError(missing.map((m) => `environment: ${m} is required to register commands`))
  if (options.guild !== undefined && !/^\d{17,20}$/.test(options.guild)) {
    throw new ConfigError([
      `--guild: expected a Discord server id (17 to 20 digits), got "${options.guild}"`,
    ])
  }
  const count = await registerCommands({
    token: env.discordToken as string,
    applicationId: env.discordApplicationId as string,
    ...(options.guild ? { guildId: options.guild } : {}),
    ...(env.discordApiUrl ? { apiUrl: env.discordApiUrl } : {}),
  })
  process.stdout.write(
    options.guild
      ? `registered ${count} commands in server ${options.guild} (available now)\n`
      : `registered ${count} global commands (Discord may take up to an hour to show them everywhere)\n`,
  )
}
