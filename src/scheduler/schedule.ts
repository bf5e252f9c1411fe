/**
 * node-cron wiring only: runs the poll cycle on a schedule, never two at once, and on stop waits
 * for the cycle in flight so nothing is cut half-way.
 */
import cron from 'node-cron'
import { ConfigError } from '../config/load-config.js'
import { describeError, type Logger } from '../log.js'

export interface Scheduler {
  /** Runs a cycle now unless one is already running (then resolves when that one ends). */
  runNow(): Promise<void>
  /** Stops the schedule and waits for the cycle in flight. */
  stop(): Promise<void>
  /** The next scheduled run, if any. */
  nextRun(): Date | null
}

/** Throws a ConfigError naming the `schedule` key when the expression is not valid cron. */
export function assertValidSchedule(expression: string, where = 'schedule'): void {
  const result = cron.validateDetailed(expression)
  if (!result.valid) {
    const details = result.errors.map((e) => `${e.field}: ${e.message}`).join('; ')
    throw new ConfigError([
      `${where}: "${expression}" is not a valid cron expression (${details}); e.g. "*/5 * * * *" polls every 5 minutes`,
    ])
  }
}

export function startScheduler(options: {
  schedule: string
  timezone: string
  runCycle: () => Promise<unknown>
  log: Logger
}): Scheduler {
  const { log } = options
  assertValidSchedule(options.schedule)
  let inFlight: Promise<void> | null = null
  let stopping = false

  const tick = (trigger: string): Promise<void> => {
    if (stopping) return Promise.resolve()
    if (inFlight) {
      log.warn('previous poll cycle still running; this tick is skipped', { trigger })
      return inFlight
    }
    inFlight = (async () => {
      try {
        await options.runCycle()
      } catch (error) {
        // One error boundary per job: a failed cycle is logged and the next tick runs as usual.
        log.error('poll cycle failed', { trigger, error: describeError(error) })
      } finally {
        inFlight = null
      }
    })()
    return inFlight
  }

  const task = cron.schedule(options.schedule, () => tick('schedule'), {
    name: 'poll-feeds',
    timezone: options.timezone,
    noOverlap: true,
    logger: {
      info: (m) => log.debug(`cron: ${m}`),
      warn: (m) => log.debug(`cron: ${m}`),
      error: (m) => log.error(`cron: ${describeError(m)}`),
      debug: (m) => log.debug(`cron: ${describeError(m)}`),
    },
  })

  return {
    runNow: () => tick('manual'),
    nextRun: () => task.getNextRun(),
    async stop() {
      stopping = true
      await task.stop()
      await task.destroy()
      if (inFlight) await inFlight
    },
  }
}
