/**
 * `dealwatch run`: the composition root of the bot. Reads config and env, opens the store,
 * wires feeds → analysis → alerts → sinks, starts Discord (gateway and/or HTTP interactions)
 * when configured, and polls on the schedule until SIGINT/SIGTERM.
 */
import { loadDotEnv, readEnv } from '../config/env.js'
import { loadConfig } from '../config/load-config.js'
import { createLogger, type Logger } from '../log.js'
import { assertValidSchedule, startScheduler } from '../scheduler/schedule.js'
import { openStore } from '../store/database.js'
import { startBot } from './bot.js'

export async function runCommand(options: { config?: string; once?: boolean }): Promise<number> {
  const dotenv = loadDotEnv()
  const env = readEnv(process.env)
  const config = loadConfig(options.config)
  assertValidSchedule(config.schedule, `${options.config ?? config.files[0]}: schedule`)
  const log = createLogger({ level: env.logLevel })
  if (dotenv) log.debug('read environment file', { file: dotenv })

  const store = await openStore(env.databaseUrl)
  log.info('database ready', { dialect: store.dialect, url: redact(env.databaseUrl) })
  try {
    const bot = await startBot({
      store,
      config,
      env,
      log,
      stdout: process.stdout,
      now: () => new Date(),
      commands: options.once !== true,
    })
    if (options.once) {
      await bot.runCycle()
      await bot.stop()
      return 0
    }
    const scheduler = startScheduler({
      schedule: config.schedule,
      timezone: config.timezone,
      runCycle: bot.runCycle,
      log,
    })
    log.info('dealwatch is running', {
      schedule: config.schedule,
      feeds: config.feeds.length,
      claims: config.claims.claims.length,
      next: scheduler.nextRun()?.toISOString(),
    })
    const signal = waitForSignal(log)
    void scheduler.runNow()
    log.info('stopping', { signal: await signal })
    await scheduler.stop()
    await bot.stop()
    log.info('stopped cleanly')
    return 0
  } finally {
    await store.close()
  }
}

/** Resolves on the first SIGINT/SIGTERM; a second one forces the exit. */
function waitForSignal(log: Logger): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    let received = false
    const onSignal = (signal: NodeJS.Signals): void => {
      if (received) {
        log.warn('second signal: exiting without waiting for the cycle in flight', { signal })
        process.exit(130)
      }
      received = true
      resolve(signal)
    }
    process.on('SIGINT', onSignal)
    process.on('SIGTERM', onSignal)
  })
}

/** The database URL without its password, for logs. */
function redact(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.protocol === 'postgres:' || parsed.protocol === 'postgresql:'
      ? parsed.toString()
      : url
  } catch {
    return url
  }
}
