/**
 * A Discord-compatible REST API on loopback that records every request, for tests that post
 * through discord.js REST with another base URL (the DISCORD_API_URL knob). It answers channel
 * and webhook message routes like Discord (honouring `nonce` + `enforce_nonce`), lets a test script
 * failures (429 with Retry-After, 5xx, 403, a request that never answers) and can be stopped and
 * restarted on the same port to simulate an outage. No sleeps: a test awaits `waitForRequests`
 * or `waitForRequest`. FakeDiscordGateway (fake-discord-gateway.ts) adds the gateway to it.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  /** Path without the /api/v10 prefix, URL-decoded (`@original`, not `%40original`). */
  path: string
  query: URLSearchParams
  auth: string | undefined
  /** Parsed JSON, the `payload_json` part of a multipart body (files attached), or the raw text. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON bodies are probed freely in assertions
  body: any
}

/** The bot's user and application id, as the author of the messages these fakes answer with. */
export const APP_ID = '1100000000000000001'

/** A message object as Discord's API returns it, posted by the bot. */
export function messageJson(m: {
  id: string
  channelId: string
  embeds: unknown[]
  content?: string
  flags?: number
  nonce?: string | undefined
}) {
  return {
    id: m.id,
    channel_id: m.channelId,
    type: 0,
    content: m.content ?? '',
    embeds: m.embeds,
    nonce: m.nonce,
    author: { id: APP_ID, username: 'dealwatch', discriminator: '0', avatar: null, bot: true },
    timestamp: '2026-01-01T00:00:00.000Z',
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    pinned: false,
    flags: m.flags ?? 0,
    components: [],
  }
}

/** What a scripted responder answers; `hang` keeps the request open until the server stops. */
export interface FakeResponse {
  status?: number
  body?: unknown
  headers?: Record<string, string>
  hang?: boolean
}

export type Responder = (req: RecordedRequest) => FakeResponse | undefined

export interface FakeMessage {
  id: string
  channelId: string
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  embeds: any[]
  nonce: string | undefined
  edits: number
}

/** A 429 as Discord sends it (header and body agree). */
export function rateLimited(retryAfterSeconds: number): FakeResponse {
  return {
    status: 429,
    headers: { 'retry-after': String(retryAfterSeconds), 'x-ratelimit-scope': 'user' },
    body: { message: 'You are being rate limited.', retry_after: retryAfterSeconds, global: false },
  }
}

/** Discord's 403 for a channel the bot may not post in. */
export const MISSING_PERMISSIONS: FakeResponse = {
  status: 403,
  body: { message: 'Missing Permissions', code: 50013 },
}

export const UNKNOWN_CHANNEL: FakeResponse = {
  status: 404,
  body: { message: 'Unknown Channel', code: 10003 },
}

export class FakeDiscord {
  readonly requests: RecordedRequest[] = []
  /** Messages created, by id (edits update them in place). */
  readonly messages = new Map<string, FakeMessage>()
  private responders: { match: Responder; remaining: number }[] = []
  private waiters: {
    count: number
    match: (r: RecordedRequest) => boolean
    resolve: () => void
  }[] = []
  private hanging = new Set<ServerResponse>()
  protected server = this.newServer()
  private nextId = 1500000000000000000n
  port = 0

  /** REST base URL for discord.js (`api`; it appends /v10). */
  get api(): string {
    return `http://127.0.0.1:${this.port}/api`
  }

  /** Starts listening (on a free port, or the previous one after `stop`, to end an outage). */
  async start(): Promise<this> {
    this.server = this.newServer()
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject)
      this.server.listen(this.port, '127.0.0.1', () => resolve())
    })
    this.port = (this.server.address() as AddressInfo).port
    return this
  }

  /** Stops answering: open and hanging requests are cut, new ones are refused (an outage). */
  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy()
    this.hanging.clear()
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  /** Scripts the next `times` matching requests (first registered, first used). */
  respond(match: (r: RecordedRequest) => boolean, response: FakeResponse, times = 1): void {
    this.responders.push({ match: (r) => (match(r) ? response : undefined), remaining: times })
  }

  /** Resolves once `count` requests matching `match` have been recorded in total. */
  waitForRequests(
    count: number,
    match: (r: RecordedRequest) => boolean = () => true,
  ): Promise<void> {
    if (this.requests.filter(match).length >= count) return Promise.resolve()
    return new Promise((resolve) => this.waiters.push({ count, match, resolve }))
  }

  /** The first recorded or future request matching `match`. */
  async waitForRequest(match: (r: RecordedRequest) => boolean): Promise<RecordedRequest> {
    await this.waitForRequests(1, match)
    const first = this.requests.find(match)
    if (!first) throw new Error('fake Discord: an awaited request was not recorded')
    return first
  }

  /** Requests with this method whose path matches. */
  calls(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path))
  }

  private newServer() {
    return createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        res.writeHead(500)
        res.end(String(error))
      })
    })
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const raw = Buffer.concat(chunks).toString('utf8')
    const url = new URL(req.url ?? '/', 'http://x')
    const rec: RecordedRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, ''),
      query: url.searchParams,
      auth: req.headers.authorization,
      body: parseBody(req.headers['content-type'] ?? '', raw),
    }
    this.requests.push(rec)
    this.waiters = this.waiters.filter((w) => {
      if (this.requests.filter(w.match).length < w.count) return true
      w.resolve()
      return false
    })
    const out = this.scripted(rec) ?? this.defaults(rec)
    if (out.hang === true) {
      this.hanging.add(res)
      res.on('close', () => this.hanging.delete(res))
      return
    }
    // No content-type on empty bodies: discord.js would try to parse them as JSON.
    res.writeHead(out.status ?? 200, {
      ...(out.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...out.headers,
    })
    res.end(out.body === undefined ? undefined : JSON.stringify(out.body))
  }

  private scripted(rec: RecordedRequest): FakeResponse | undefined {
    for (const r of this.responders) {
      if (r.remaining <= 0) continue
      const out = r.match(rec)
      if (out) {
        r.remaining--
        return out
      }
    }
    return undefined
  }

  /** The answer when no scripted response matches: Discord's, for the routes this fake knows. */
  protected defaults(r: RecordedRequest): FakeResponse {
    let m = /^\/channels\/(\d+)\/messages$/.exec(r.path)
    if (m?.[1] && r.method === 'POST') {
      const nonce = r.body?.nonce as string | undefined
      if (nonce !== undefined && r.body?.enforce_nonce === true) {
        const earlier = [...this.messages.values()].find(
          (msg) => msg.channelId === m?.[1] && msg.nonce === nonce,
        )
        if (earlier) return { body: messageJson(earlier) }
      }
      return { body: messageJson(this.create(m[1], r.body, nonce)) }
    }
    m = /^\/channels\/(\d+)\/messages\/(\d+)$/.exec(r.path)
    if (m?.[2] && r.method === 'PATCH') return this.edit(m[2], r.body)
    m = /^\/webhooks\/(\d+)\/([^/]+)$/.exec(r.path)
    if (m?.[1] && r.method === 'POST') {
      const msg = this.create(`webhook-${m[1]}`, r.body, undefined)
      return r.query.get('wait') === 'true'
        ? { body: { ...messageJson(msg), webhook_id: m[1] } }
        : { status: 204 }
    }
    m = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(\d+)$/.exec(r.path)
    if (m?.[3] && r.method === 'PATCH') return this.edit(m[3], r.body)
    return { status: 404, body: { message: 'Unknown route (fake)', code: 0 } }
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private create(channelId: string, body: any, nonce: string | undefined): FakeMessage {
    const msg: FakeMessage = {
      id: String(this.nextId++),
      channelId,
      embeds: Array.isArray(body?.embeds) ? body.embeds : [],
      nonce,
      edits: 0,
    }
    this.messages.set(msg.id, msg)
    return msg
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private edit(id: string, body: any): FakeResponse {
    const msg = this.messages.get(id)
    if (!msg) return { status: 404, body: { message: 'Unknown Message', code: 10008 } }
    if (Array.isArray(body?.embeds)) msg.embeds = body.embeds
    msg.edits++
    return { body: messageJson(msg) }
  }
}

function parseBody(contentType: string, raw: string): unknown {
  if (contentType.startsWith('application/json') && raw !== '') return JSON.parse(raw)
  if (contentType.startsWith('multipart/form-data')) {
    const m = /name="payload_json"[^]*?\r\n\r\n([^]*?)\r\n--/.exec(raw)
    return m?.[1] ? JSON.parse(m[1]) : raw
  }
  return raw
}
