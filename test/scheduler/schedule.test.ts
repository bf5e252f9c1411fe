import { describe, expect, it } from 'vitest'
import { ConfigError } from '../../src/config/load-config.js'
import { createLogger } from '../../src/log.js'
import { assertValidSchedule, startScheduler } from '../../src/scheduler/schedule.js'

function recordingLogger(): { log: ReturnType<typeof createLogger>; lines: string[] } {
  const lines: string[] = []
  return { log: createLogger({ level: 'debug', write: (l) => lines.push(l) }), lines }
}

describe('scheduler', () => {
  it('never runs two cycles at once and waits for the one in flight when stopped', async () => {
    const { log, lines } = recordingLogger()
    let release!: () => void
    let started = 0
    let finished = 0
    const scheduler = startScheduler({
      schedule: '0 0 1 1 *',
      timezone: 'UTC',
      log,
      runCycle: async () => {
        started++
        await new Promise<void>((resolve) => (release = resolve))
        finished++
      },
    })
    const first = scheduler.runNow()
    const second = scheduler.runNow()
    expect(started).toBe(1)
    expect(lines.join('')).toMatch(/still running; this tick is skipped/)
    const stopped = scheduler.stop()
    release()
    await Promise.all([first, second, stopped])
    expect(finished).toBe(1)
    await scheduler.runNow()
    expect(started).toBe(1)
  })

  it('logs a failed cycle and keeps going', async () => {
    const { log, lines } = recordingLogger()
    let calls = 0
    const scheduler = startScheduler({
      schedule: '*/5 * * * *',
      timezone: 'UTC',
      log,
      runCycle: async () => {
        calls++
        if (calls === 1) throw new Error('database is locked')
      },
    })
    await scheduler.runNow()
    await scheduler.runNow()
    expect(calls).toBe(2)
    expect(lines.join('')).toMatch(/poll cycle failed .*database is locked/)
    expect(scheduler.nextRun()).toBeInstanceOf(Date)
    await scheduler.stop()
  })

  it.each(['every 5 minutes', '*/5 * * *', '61 * * * *'])(
    'rejects the schedule %j naming the key',
    (expr) => {
      expect(() => assertValidSchedule(expr)).toThrow(ConfigError)
      expect(() => assertValidSchedule(expr)).toThrow(
        /schedule: ".*" is not a valid cron expression/,
      )
    },
  )
})
