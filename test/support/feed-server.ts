/**
 * A real HTTP server on 127.0.0.1 (port 0) that serves feeds for tests: bodies with headers,
 * ETag / Last-Modified with 304s, any status, redirects, stalled bodies (for timeouts, without
 * sleeping), endless bodies (for size caps), and a log of every request.
 *
 * Usage:
 *   const server = await startFeedServer()
 *   server.route('/feed.xml', { body: rss, etag: '"v1"' })
 *   server.route('/moved', { redirect: '/feed.xml', status: 301 })
 *   server.route('/slow', { stall: true })
 *   server.route('/custom', (req, res) => { res.writeHead(418); res.end() })
 *   await fetchFeed({ url: server.url('/feed.xml') }, {}, new Date())
 *   server.requests  // [{ method, path, headers }, ...]
 *   await server.close()
 *
 * Paths match on the pathname (the query string is ignored); unknown paths get a 404.
 * A suite that wants one server for all its tests calls `useFeedServer()` at its top instead.
 */
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, beforeEach } from 'vitest'

/** Declarative response for a path. */
export interface RouteSpec {
  /** HTTP status; default 200, or 302 when `redirect` is set. */
  status?: number
  /** The body; strings are sent as UTF-8 (give a Buffer for other charsets). */
  body?: string | Uint8Array
  /** Content-Type; default 'application/rss+xml; charset=utf-8' for string bodies, 'application/xml' for bytes. */
  contentType?: string
  /** Extra response headers (they win over the computed ones, e.g. to fake a Content-Length). */
  headers?: Record<string, string>
  /** Sent as ETag; a request whose If-None-Match matches gets a 304. */
  etag?: string
  /** Sent as Last-Modified (HTTP date); a request with If-Modified-Since at or after it gets a 304. */
  lastModified?: string
  /** Location of a redirect (relative paths are resolved by the client). */
  redirect?: string
  /** Send the headers and `body` (if any) and then never finish, until the client gives up. */
  stall?: boolean
  /** Stream chunks of `endlessChunk` forever (chunked, no Content-Length) until the client disconnects. */
  endless?: boolean
  /** Chunk of an endless body; default 64 KiB of 'x'. */
  endlessChunk?: string | Uint8Array
  /** gzip the body and send Content-Encoding: gzip. */
  gzip?: boolean
}

/** Imperative response for a path, for anything a spec cannot express. */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>

/** One request as the server saw it. */
export interface RecordedRequest {
  method: string
  /** Path with query string, as sent. */
  path: string
  headers: IncomingHttpHeaders
}

export interface FeedServer {
  /** 'http://127.0.0.1:PORT' */
  origin: string
  /** Absolute URL of a path on this server. */
  url(path: string): string
  /** Serves `path` with a spec or a handler, replacing what was there. */
  route(path: string, response: RouteSpec | RouteHandler): void
  /** Removes a route (the path then gets 404). */
  unroute(path: string): void
  /** Every request received, in order. Clear it with `requests.length = 0`. */
  requests: RecordedRequest[]
  /** The requests received for one pathname. */
  hits(path: string): RecordedRequest[]
  /** Stops the server, cutting open connections (stalled and endless responses included). */
  close(): Promise<void>
}

/** Starts a feed server on 127.0.0.1 with a free port. */
export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, RouteSpec | RouteHandler>()
  const requests: RecordedRequest[] = []
  const server = createServer((req, res) => {
    const path = req.url ?? '/'
    requests.push({ method: req.method ?? 'GET', path, headers: req.headers })
    const route = routes.get(pathnameOf(path))
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' })
      res.end(`no route for ${path}`)
      return
    }
    if (typeof route === 'function') {
      // Through then() so a synchronous throw is caught as well.
      Promise.resolve()
        .then(() => route(req, res))
        .catch((error: unknown) => {
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' })
          res.end(`handler failed: ${String(error)}`)
        })
      return
    }
    serveSpec(route, req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    route: (path, response) => void routes.set(pathnameOf(path), response),
    unroute: (path) => void routes.delete(pathnameOf(path)),
    requests,
    hits: (path) => requests.filter((r) => pathnameOf(r.path) === pathnameOf(path)),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}

/**
 * Registers hooks giving the enclosing suite one feed server (started before its first test,
 * closed after its last) whose request log is cleared before each test. The returned object
 * stands for that server; it may only be used inside tests and hooks.
 */
export function useFeedServer(): FeedServer {
  let started: FeedServer | undefined
  beforeAll(async () => {
    started = await startFeedServer()
  })
  afterAll(async () => {
    await started?.close()
  })
  beforeEach(() => {
    if (started) started.requests.length = 0
  })
  const live = (): FeedServer => {
    if (!started) throw new Error('useFeedServer: the server is only there inside tests and hooks')
    return started
  }
  return {
    get origin() {
      return live().origin
    },
    url: (path) => live().url(path),
    route: (path, response) => live().route(path, response),
    unroute: (path) => live().unroute(path),
    get requests() {
      return live().requests
    },
    hits: (path) => live().hits(path),
    close: () => live().close(),
  }
}

function pathnameOf(path: string): string {
  return new URL(path, 'http://x').pathname
}

function serveSpec(spec: RouteSpec, req: IncomingMessage, res: ServerResponse): void {
  const headers: Record<string, string> = {}
  if (spec.etag) headers['etag'] = spec.etag
  if (spec.lastModified) headers['last-modified'] = spec.lastModified

  if (spec.redirect !== undefined) {
    res.writeHead(spec.status ?? 302, { ...headers, location: spec.redirect, ...spec.headers })
    res.end()
    return
  }
  if (isNotModified(spec, req)) {
    res.writeHead(304, { ...headers, ...spec.headers })
    res.end()
    return
  }

  const body = typeof spec.body === 'string' ? Buffer.from(spec.body, 'utf8') : spec.body
  headers['content-type'] =
    spec.contentType ??
    (typeof spec.body === 'string' ? 'application/rss+xml; charset=utf-8' : 'application/xml')
  const status = spec.status ?? 200

  if (spec.endless) {
    res.writeHead(status, { ...headers, ...spec.headers })
    streamForever(res, spec.endlessChunk ?? 'x'.repeat(64 * 1024))
    return
  }
  if (spec.stall) {
    res.writeHead(status, { ...headers, ...spec.headers })
    // Headers go out now; the body never ends. The client's timeout (or close()) ends it.
    res.flushHeaders()
    if (body) res.write(body)
    return
  }
  let payload = body ?? Buffer.alloc(0)
  if (spec.gzip) {
    payload = gzipSync(payload)
    headers['content-encoding'] = 'gzip'
  }
  headers['content-length'] = String(payload.byteLength)
  res.writeHead(status, { ...headers, ...spec.headers })
  res.end(payload)
}

function isNotModified(spec: RouteSpec, req: IncomingMessage): boolean {
  const ifNoneMatch = req.headers['if-none-match']
  if (spec.etag && ifNoneMatch) {
    // RFC 9110: If-None-Match wins over If-Modified-Since; weak comparison.
    const tags = ifNoneMatch.split(',').map((t) => t.trim().replace(/^W\//, ''))
    return tags.includes('*') || tags.includes(spec.etag.replace(/^W\//, ''))
  }
  const ifModifiedSince = Date.parse(req.headers['if-modified-since'] ?? '')
  const lastModified = Date.parse(spec.lastModified ?? '')
  return (
    !Number.isNaN(ifModifiedSince) && !Number.isNaN(lastModified) && lastModified <= ifModifiedSince
  )
}

/** Writes `chunk` as fast as the client reads (back-pressure, no timers) until it disconnects. */
function streamForever(res: ServerResponse, chunk: string | Uint8Array): void {
  const write = (): void => {
    while (!res.destroyed && !res.writableEnded) {
      if (!res.write(chunk)) {
        res.once('drain', write)
        return
      }
    }
  }
  res.on('error', () => undefined)
  write()
}
