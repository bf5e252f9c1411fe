/**
 * Small conversions shared by the query modules (ISO text timestamps, 0/1 booleans, pg counts,
 * JSON text columns).
 */

/** ISO 8601 text of an instant: the only timestamp format stored. */
export function iso(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new Error('store: refusing to store an invalid Date')
  return date.toISOString()
}

/** ISO text, or null for a missing instant. */
export function isoOrNull(date: Date | null | undefined): string | null {
  return date === null || date === undefined ? null : iso(date)
}

/** A number from a driver value: pg returns int8/count as strings, SQLite as numbers. */
export function toNumber(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value)
  if (!Number.isFinite(n))
    throw new Error(`store: expected a number from the database, got ${String(value)}`)
  return n
}

/**
 * The strings of a JSON text column holding a list (aliases, reasons, outlet names); anything else
 * in it, or text that is not JSON, reads as no strings rather than failing a whole query.
 */
export function stringsOfJson(text: string): string[] {
  try {
    const v: unknown = JSON.parse(text)
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
  } catch {
    return []
  }
}
