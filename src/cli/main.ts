/**
 * The `dealwatch` command. Each subcommand lives in its own module, imported only when used, so
 * `dealwatch analyze` does not pay for discord.js or the database drivers.
 */
import { Command, CommanderError, Option } from 'commander'
import { ConfigError } from '../config/load-config.js'
import { describeError } from '../log.js'

const program = new Command()
  .name('dealwatch')
  .description(
    'Tracks business deals in the news: polls RSS/Atom feeds, judges whether each new story confirms, ' +
      'contradicts or mentions your stored claims, and posts alerts to Discord.',
  )
  .version('0.1.0')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride()

program
  .command('run')
  .description(
    'run the bot: poll feeds on the schedule, judge new stories, deliver alerts, answer slash commands',
  )
  .option(
    '-c, --config <file>',
    'YAML settings file (feeds, entities, claims, schedule, alerts); defaults to config/',
  )
  .option('--once', 'run one poll cycle, deliver what is due, and exit')
  .addHelpText(
    'after',
    '\nEnvironment (or .env): DATABASE_URL, DISCORD_TOKEN, DISCORD_APPLICATION_ID, DISCORD_PUBLIC_KEY,\n' +
      'DISCORD_ALERT_CHANNEL_ID, DISCORD_WEBHOOK_URL, DISCORD_API_URL, INTERACTIONS_PORT, LOG_LEVEL (see .env.example).\n' +
      'Without Discord settings, alerts are printed on the console. Stops cleanly on SIGINT/SIGTERM.',
  )
  .action(async (options: { config?: string; once?: boolean }) => {
    const { runCommand } = await import('./run.js')
    process.exitCode = await runCommand(options)
  })

program
  .command('analyze')
  .description(
    'judge stories offline against claims and print one JSON line per related (story, claim) pair',
  )
  .requiredOption('--claims <file>', 'claims file (YAML: entities and claims)')
  .requiredOption(
    '--items <file>',
    'stories as JSON lines ({"id","title","summary","url","published","lang"}) or an RSS/Atom file',
  )
  .action(async (options: { claims: string; items: string }) => {
    const { analyzeCommand } = await import('./analyze.js')
    await analyzeCommand(options)
  })

program
  .command('claims')
  .description('list each claim and how it was understood (parties, kind, figures, status)')
  .option('-c, --config <file>', 'YAML settings file whose claims to show; defaults to config/')
  .option('--claims <file>', 'a claims file (YAML) instead of the configuration')
  .option('--json', 'print one JSON object per claim')
  .action(async (options: { config?: string; claims?: string; json?: boolean }) => {
    const { claimsCommand } = await import('./claims.js')
    await claimsCommand(options)
  })

program
  .command('demo')
  .description(
    'offline demo: serve bundled feeds from a loopback server in timed batches and print the alerts',
  )
  .addOption(
    new Option('--pause <ms>', 'pause between batches, in milliseconds')
      .default(700)
      .argParser(Number),
  )
  .action(async (options: { pause: number }) => {
    const { demoCommand } = await import('./demo.js')
    await demoCommand(options)
  })

program
  .command('register-commands')
  .description(
    'register the slash commands with Discord (needs DISCORD_TOKEN and DISCORD_APPLICATION_ID)',
  )
  .option(
    '--guild <id>',
    'register in one server only (instant), instead of globally (may take up to an hour)',
  )
  .action(async (options: { guild?: string }) => {
    const { registerCommandsCommand } = await import('./register-commands.js')
    await registerCommandsCommand(options)
  })

try {
  await program.parseAsync(process.argv)
} catch (error) {
  if (error instanceof CommanderError) {
    // --help and --version land here with exit code 0; usage errors were already printed.
    process.exitCode = error.exitCode
  } else if (
    error instanceof ConfigError ||
    (error instanceof Error && error.name.endsWith('FileError'))
  ) {
    process.stderr.write(`dealwatch: ${error.message}\n`)
    process.exitCode = 2
  } else {
    process.stderr.write(`dealwatch: ${describeError(error)}\n`)
    if (process.env.LOG_LEVEL === 'debug' && error instanceof Error)
      process.stderr.write(`${error.stack}\n`)
    process.exitCode = 1
  }
}
