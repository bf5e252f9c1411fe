/**
 * A small structured logger: one line per event on stderr (stdout is kept for alerts and for
 * `dealwatch analyze` output), `key=value` fields, level filtering.
 */
import type { LogLevel } from './config/env.js'

export type LogFields = Record<string, unknown>
export interface Logger {
  debug(message: string, fields?: LogFields): void
  info(message: string, fields?: LogFields): void
  warn(message: string, fields?: LogFields): void
  error(message: string, fields?: LogFields): void
  /** A logger that adds `fields` to every line. */
  child(fields: LogFields): Logger
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 }

export function createLogger(options: {
  level?: LogLevel
  write?: (line: string) => void
  clock?: () => Date
}): Logger {
  const level = RANK[options.level ?? 'info']
  const write = options.write ?? ((line: string) => process.stderr.write(line))
  const clock = options.clock ?? (() => new Date())
  const make = (bound: LogFields): Logger => {
    const emit = (lvl: LogLevel, message: string, fields?: LogFields): void => {
      if (RANK[lvl] < level) return
      const all = { ...bound, ...fields }
      const tail = Object.entries(all)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${k}=${formatValue(v)}`)
        .join(' ')
      write(
        `${clock().toISOString()} ${lvl.toUpperCase().padEnd(5)} ${message}${tail ? ' ' + tail : ''}\n`,
      )
    }
    return {
      debug: (m, f) => emit('debug', m, f),
      info: (m, f) => emit('info', m, f),
      warn: (m, f) => emit('warn', m, f),
      error: (m, f) => emit('error', m, f),
      child: (fields) => make({ ...bound, ...fields }),
    }
  }
  return make({})
}

/** A logger that drops everything (for tests and quiet commands). */
export const silentLogger: Logger = createLogger({ write: () => {} })

function formatValue(v: unknown): string {
  if (v instanceof Error) return JSON.stringify(v.message)
  const s = typeof v === 'string' ? v : JSON.stringify(v)
  return /^[\w.:/@+-]*$/.test(s) && s.length > 0 ? s : JSON.stringify(s)
}

/** Turns any thrown value into a one-line description (with the cause chain). */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const cause = error.cause instanceof Error ? `: ${describeError(error.cause)}` : ''
  return `${error.message}${cause}`
}
