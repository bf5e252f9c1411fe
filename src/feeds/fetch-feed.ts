/**
 * Fetches one feed over HTTP with Node's global fetch: conditional GET, freshness from
 * Cache-Control / Expires, one deadline for headers + body, a size cap, and a manual redirect
 * loop with a limit. Network and HTTP problems are returned as values, never thrown, so one bad
 * feed cannot break a poll cycle.
 */
import { STATUS_CODES } from 'node:http'
import { decodeFeedBytes } from './decode.js'

/** Settings of the fetcher; every field has a default. */
export interface FetchOptions {
  /** Deadline for the whole exchange (all redirects, headers and body), in ms. Default 15 000. */
  timeoutMs?: number
  /** Largest accepted body, in bytes (after content decoding). Default 5 MiB. */
  maxBytes?: number
  /** Largest number of redirects followed. Default 5. */
  maxRedirects?: number
  /** The User-Agent header; identify the bot so publishers can reach its operator. */
  userAgent?: string
  /**
   * Checked for the requested URL and every redirect target before it is requested; false
   * refuses it ('bad-url'). Use it to keep user-added feeds (and their redirects) off private
   * addresses, e.g. with the Discord feed URL guard.
   */
  allowUrl?: (url: URL) => boolean | Promise<boolean>
}

/** What the caller knows about the feed: its URL and the validators of the last 200. */
export interface FetchRequest {
  url: string
  etag?: string | null
  lastModified?: string | null
}

/** Why a fetch failed. */
export type FetchFailureReason =
  'timeout' | 'network' | 'http-status' | 'too-large' | 'too-many-redirects' | 'bad-url'

/** The outcome of {@link fetchFeed}. */
export type FetchOutcome =
  | {
      kind: 'ok'
      /** The body, decoded (see decodeFeedBytes). */
      text: string
      /** The charset used to decode the body. */
      charset: string
      etag: string | null
      lastModified: string | null
      /** Do not poll again before this instant (capped at 1 h after `now`), or null. */
      freshUntil: Date | null
      /** The URL that answered, after redirects. */
      finalUrl: string
      /**
       * Set when every redirect from the requested URL up to this one was permanent (301/308):
       * the caller may store this as the feed's new URL.
       */
      permanentRedirect?: string
      status: number
    }
  | {
      kind: 'not-modified'
      /** The validators to keep: the ones the server sent with the 304, else the request's. */
      etag: string | null
      lastModified: string | null
      freshUntil: Date | null
    }
  | {
      kind: 'failed'
      reason: FetchFailureReason
      /** The HTTP status, for 'http-status' (and when known). */
      status?: number
      /** What failed and what to do, e.g. "GET https://x/feed: HTTP 500 Internal Server Error". */
      message: string
    }

export const DEFAULT_USER_AGENT = 'dealwatch/0.1 (+https://github.com/dealwatch/dealwatch)'
export const DEFAULT_TIMEOUT_MS = 15_000
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024
export const DEFAULT_MAX_REDIRECTS = 5
/** Freshness is capped so that a server asking for a day of silence still gets polled hourly. */
export const MAX_FRESHNESS_MS = 60 * 60 * 1000

const ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5'

type Failure = Extract<FetchOutcome, { kind: 'failed' }>

/**
 * GETs a feed.
 *
 * @param request the URL and the validators (ETag, Last-Modified) stored from the last 200
 * @param options limits and User-Agent (see {@link FetchOptions} for defaults)
 * @param now the current instant, used only to compute `freshUntil`
 * @returns an outcome; never rejects for network, HTTP, size or redirect problems
 */
export async function fetchFeed(
  request: FetchRequest,
  options: FetchOptions,
  now: Date,
): Promise<FetchOutcome> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS
  const start = checkUrl(request.url)
  if (typeof start !== 'string') return start
  if (options.allowUrl && !(await options.allowUrl(new URL(start)))) {
    return failed('bad-url', `GET ${start}: this address is not allowed for feeds`)
  }

  // One deadline for the whole exchange: redirects, headers and body.
  const signal = AbortSignal.timeout(timeoutMs)
  const headers: Record<string, string> = {
    'user-agent': options.userAgent ?? DEFAULT_USER_AGENT,
    accept: ACCEPT,
  }
  if (request.etag) headers['if-none-match'] = request.etag
  if (request.lastModified) headers['if-modified-since'] = request.lastModified

  let current = start
  let permanentTarget: string | undefined
  let onlyPermanent = true
  for (let hop = 0; ; hop++) {
    let response: Response
    try {
      response = await fetch(current, { headers, redirect: 'manual', signal })
    } catch (error) {
      return transportFailure(current, error, timeoutMs)
    }
    const { status } = response

    if (isRedirect(status)) {
      await discard(response)
      const location = response.headers.get('location')
      if (!location) {
        return failed(
          'http-status',
          `GET ${current}: HTTP ${status} redirect without a Location header; check the feed URL`,
          status,
        )
      }
      if (hop >= maxRedirects) {
        return failed(
          'too-many-redirects',
          `GET ${request.url}: more than ${maxRedirects} redirects (last to ${location}); use the final feed URL or raise maxRedirects`,
          status,
        )
      }
      const next = checkUrl(location, current)
      if (typeof next !== 'string') return next
      if (options.allowUrl && !(await options.allowUrl(new URL(next)))) {
        return failed(
          'bad-url',
          `GET ${current}: redirect to ${next} refused, this address is not allowed for feeds`,
          status,
        )
      }
      onlyPermanent &&= status === 301 || status === 308
      if (onlyPermanent) permanentTarget = next
      current = next
      continue
    }

    const freshUntil = freshnessOf(response.headers, now)
    if (status === 304) {
      await discard(response)
      return {
        kind: 'not-modified',
        etag: response.headers.get('etag') ?? request.etag ?? null,
        lastModified: response.headers.get('last-modified') ?? request.lastModified ?? null,
        freshUntil,
      }
    }
    if (status < 200 || status > 299) {
      await discard(response)
      const text = response.statusText || STATUS_CODES[status] || ''
      return failed(
        'http-status',
        `GET ${current}: HTTP ${status}${text ? ` ${text}` : ''}${hintFor(status)}`,
        status,
      )
    }

    const declared = Number(response.headers.get('content-length') ?? Number.NaN)
    if (declared > maxBytes) {
      await discard(response)
      return failed('too-large', tooLarge(current, `${declared} bytes declared`, maxBytes), status)
    }
    let bytes: Uint8Array
    try {
      const body = await readCapped(response, maxBytes)
      if (body === 'too-large') {
        return failed(
          'too-large',
          tooLarge(current, `more than ${maxBytes} bytes received`, maxBytes),
          status,
        )
      }
      bytes = body
    } catch (error) {
      return transportFailure(current, error, timeoutMs)
    }
    const { text, charset } = decodeFeedBytes(
      bytes,
      response.headers.get('content-type') ?? undefined,
    )
    return {
      kind: 'ok',
      text,
      charset,
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
      freshUntil,
      finalUrl: current,
      ...(permanentTarget ? { permanentRedirect: permanentTarget } : {}),
      status,
    }
  }
}

function failed(reason: Failure['reason'], message: string, status?: number): Failure {
  return status === undefined
    ? { kind: 'failed', reason, message }
    : { kind: 'failed', reason, status, message }
}

/** The absolute http(s) URL, or a 'bad-url' failure. */
function checkUrl(url: string, base?: string): string | Failure {
  let parsed: URL
  try {
    parsed = new URL(url, base)
  } catch {
    return failed('bad-url', `GET ${url}: not a valid URL; give an absolute http(s) URL`)
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return failed(
      'bad-url',
      `GET ${parsed.href}: unsupported protocol ${parsed.protocol}; only http and https feeds are fetched`,
    )
  }
  return parsed.href
}

function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308
}

function hintFor(status: number): string {
  if (status === 404) return '; check the feed URL'
  if (status === 410) return '; the feed is gone, remove it'
  if (status === 401 || status === 403)
    return '; the server refuses the bot, check the URL or ask the publisher'
  if (status === 429) return '; rate limited, poll less often'
  if (status >= 500) return '; server error, will retry later'
  return ''
}

function tooLarge(url: string, what: string, maxBytes: number): string {
  return `GET ${url}: body too large (${what}, limit ${maxBytes}); raise maxBytes if this feed is legitimate`
}

function transportFailure(url: string, error: unknown, timeoutMs: number): Failure {
  const name = error instanceof Error ? error.name : ''
  if (name === 'TimeoutError' || name === 'AbortError') {
    return failed(
      'timeout',
      `GET ${url}: no complete response within ${timeoutMs} ms; the server is slow or stalled`,
    )
  }
  const cause =
    error instanceof Error
      ? (error.cause as { code?: unknown; message?: unknown } | undefined)
      : undefined
  const detail = [cause?.code, cause?.message]
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .join(': ')
  const message = error instanceof Error ? error.message : String(error)
  return failed(
    'network',
    `GET ${url}: network error (${detail || message}); check the host name and the connection`,
  )
}

/** Reads the body, cancelling the stream as soon as it passes `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | 'too-large'> {
  if (!response.body) return new Uint8Array(0)
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined)
      return 'too-large'
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks, total)
}

/** Releases the connection of a response whose body we do not want. */
async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined)
}

/**
 * The instant until which the response may be reused, from Cache-Control max-age (minus Age)
 * or else Expires (relative to the server's Date, to ignore clock skew); null when the server
 * gives none, forbids caching, or the response is already stale. Capped at now + 1 h.
 */
export function freshnessOf(headers: Headers, now: Date): Date | null {
  const cacheControl = (headers.get('cache-control') ?? '').toLowerCase()
  if (/(^|[,\s])(no-store|no-cache)\b/.test(cacheControl)) return null
  let lifetimeMs: number | undefined
  const maxAge = /(?:^|[,\s])max-age\s*=\s*"?(\d+)/.exec(cacheControl)?.[1]
  if (maxAge !== undefined) {
    const age = Number(headers.get('age') ?? 0)
    lifetimeMs = (Number(maxAge) - (Number.isFinite(age) ? age : 0)) * 1000
  } else {
    const expires = Date.parse(headers.get('expires') ?? '')
    if (!Number.isNaN(expires)) {
      const serverNow = Date.parse(headers.get('date') ?? '')
      lifetimeMs = expires - (Number.isNaN(serverNow) ? now.getTime() : serverNow)
    }
  }
  if (lifetimeMs === undefined || lifetimeMs <= 0) return null
  return new Date(now.getTime() + Math.min(lifetimeMs, MAX_FRESHNESS_MS))
}
