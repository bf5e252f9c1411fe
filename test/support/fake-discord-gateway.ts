/**
 * A small Discord-compatible HTTP API + gateway on loopback for tests of the gateway adapter and
 * command registration: it records every REST request, logs a real discord.js Client in over a
 * WebSocket (HELLO → IDENTIFY → READY) and lets a test push INTERACTION_CREATE dispatches.
 * `waitForRequest` resolves when a matching request arrives (no polling, no sleeps).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { WebSocketServer, type WebSocket } from 'ws'

export interface RecordedRequest {
  method: string
  /** Path without the /api/v10 prefix, URL-decoded (`@original`, not `%40original`). */
  path: string
  auth: string | undefined
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON bodies are probed freely in assertions
  body: any
}

export const APP_ID = '1100000000000000001'

interface Waiter {
  match: (r: RecordedRequest) => boolean
  resolve: (r: RecordedRequest) => void
}

export class FakeDiscordGateway {
  readonly requests: RecordedRequest[] = []
  private waiters: Waiter[] = []
  private server = createServer((req, res) => {
    this.handle(req, res).catch((error: unknown) => {
      res.writeHead(500)
      res.end(String(error))
    })
  })
  private wss = new WebSocketServer({ noServer: true })
  private sockets = new Set<WebSocket>()
  private seq = 0
  port = 0

  /** REST base URL to give discord.js (`rest.api`): it appends /v10. */
  get api(): string {
    return `http://127.0.0.1:${this.port}/api`
  }

  async start(): Promise<this> {
    this.server.on('upgrade', (req, socket, head) =>
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onGateway(ws)),
    )
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r))
    this.port = (this.server.address() as AddressInfo).port
    return this
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.terminate()
    this.wss.close()
    this.server.closeAllConnections()
    await new Promise<void>((r) => this.server.close(() => r()))
  }

  /** The first recorded or future request matching `match`. */
  waitForRequest(match: (r: RecordedRequest) => boolean): Promise<RecordedRequest> {
    const seen = this.requests.find(match)
    if (seen) return Promise.resolve(seen)
    return new Promise((resolve) => this.waiters.push({ match, resolve }))
  }

  /** Pushes a gateway dispatch (e.g. INTERACTION_CREATE) to every connected client. */
  dispatch(t: string, d: unknown): void {
    for (const ws of this.sockets) ws.send(JSON.stringify({ op: 0, t, s: ++this.seq, d }))
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const c of req as AsyncIterable<Buffer>) chunks.push(c)
    const raw = Buffer.concat(chunks).toString('utf8')
    const url = new URL(req.url ?? '/', 'http://x')
    const type = req.headers['content-type'] ?? ''
    let body: unknown = raw
    if (type.startsWith('application/json') && raw) body = JSON.parse(raw)
    else if (type.startsWith('multipart/form-data')) {
      const m = /name="payload_json"[^]*?\r\n\r\n([^]*?)\r\n--/.exec(raw)
      body = m?.[1] ? JSON.parse(m[1]) : raw
    }
    const rec: RecordedRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, ''),
      auth: req.headers.authorization,
      body,
    }
    this.requests.push(rec)
    const out = this.answer(rec)
    // No content-type on empty answers: discord.js would try to parse an empty JSON body.
    res.writeHead(
      out.status ?? 200,
      out.body === undefined ? {} : { 'content-type': 'application/json' },
    )
    res.end(out.body === undefined ? undefined : JSON.stringify(out.body))
    for (const w of [...this.waiters]) {
      if (w.match(rec)) {
        this.waiters.splice(this.waiters.indexOf(w), 1)
        w.resolve(rec)
      }
    }
  }

  private answer(r: RecordedRequest): { status?: number; body?: unknown } {
    if (r.method === 'GET' && r.path === '/gateway/bot') {
      return {
        body: {
          url: `ws://127.0.0.1:${this.port}/gateway`,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
        },
      }
    }
    const commands = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(r.path)
    if (commands && r.method === 'PUT') {
      if (r.auth !== 'Bot good-token')
        return { status: 401, body: { message: '401: Unauthorized', code: 0 } }
      const list = r.body as Record<string, unknown>[]
      return {
        body: list.map((c, i) => ({
          id: String(1400000000000000000n + BigInt(i)),
          application_id: commands[1],
          ...(commands[2] ? { guild_id: commands[2] } : {}),
          version: '1',
          type: 1,
          ...c,
        })),
      }
    }
    if (/^\/interactions\/\d+\/[^/]+\/callback$/.test(r.path)) return { status: 204 }
    if (/^\/webhooks\/\d+\/[^/]+(\/messages\/@original)?$/.test(r.path)) {
      return {
        body: {
          id: '1500000000000000001',
          channel_id: '1210000000000000001',
          type: 0,
          content: r.body?.content ?? '',
          embeds: r.body?.embeds ?? [],
          attachments: [],
          mentions: [],
          mention_roles: [],
          pinned: false,
          mention_everyone: false,
          tts: false,
          timestamp: '2026-01-01T00:00:00.000Z',
          edited_timestamp: null,
          flags: r.body?.flags ?? 0,
          components: [],
          author: {
            id: APP_ID,
            username: 'dealwatch',
            discriminator: '0',
            avatar: null,
            bot: true,
          },
        },
      }
    }
    return { status: 404, body: { message: 'Unknown route (fake)', code: 0 } }
  }

  private onGateway(ws: WebSocket): void {
    this.sockets.add(ws)
    ws.on('close', () => this.sockets.delete(ws))
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41250 }, s: null, t: null }))
    ws.on('message', (data) => {
      const p = JSON.parse(String(data)) as { op: number }
      if (p.op === 1) ws.send(JSON.stringify({ op: 11 }))
      if (p.op === 2) {
        ws.send(
          JSON.stringify({
            op: 0,
            t: 'READY',
            s: ++this.seq,
            d: {
              v: 10,
              user: {
                id: APP_ID,
                username: 'dealwatch',
                discriminator: '0',
                global_name: null,
                avatar: null,
                bot: true,
              },
              guilds: [],
              session_id: 'fake-session',
              resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`,
              shard: [0, 1],
              application: { id: APP_ID, flags: 0 },
            },
          }),
        )
      }
    })
  }
}

let nextInteractionId = 1600000000000000000n

/** A raw INTERACTION_CREATE payload for a guild chat-input command, autocomplete or button. */
export function rawInteraction(opts: {
  type: 2 | 3 | 4
  name?: string
  options?: unknown[]
  customId?: string
  permissions?: string
  locale?: string
  messageEmbeds?: unknown[]
}) {
  const id = String(nextInteractionId++)
  const guildId = '1200000000000000001'
  const channelId = '1210000000000000001'
  return {
    id,
    application_id: APP_ID,
    type: opts.type,
    token: `itoken-${id}`,
    version: 1,
    data:
      opts.type === 3
        ? { custom_id: opts.customId, component_type: 2 }
        : { id: '1400000000000000000', name: opts.name, type: 1, options: opts.options ?? [] },
    ...(opts.type === 3
      ? {
          message: {
            id: '1500000000000000009',
            channel_id: channelId,
            type: 0,
            content: '',
            embeds: opts.messageEmbeds ?? [],
            attachments: [],
            mentions: [],
            mention_roles: [],
            pinned: false,
            mention_everyone: false,
            tts: false,
            timestamp: '2026-01-01T00:00:00.000Z',
            edited_timestamp: null,
            flags: 64,
            components: [],
            author: {
              id: APP_ID,
              username: 'dealwatch',
              discriminator: '0',
              avatar: null,
              bot: true,
            },
          },
        }
      : {}),
    guild_id: guildId,
    channel_id: channelId,
    channel: { id: channelId, type: 0, guild_id: guildId, name: 'alerts' },
    member: {
      user: {
        id: '1700000000000000001',
        username: 'alice',
        discriminator: '0',
        global_name: 'Alice',
        avatar: null,
      },
      roles: [],
      permissions: opts.permissions ?? '0',
      joined_at: '2024-01-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
    },
    app_permissions: '2248473465835073',
    locale: opts.locale ?? 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': guildId },
    context: 0,
  }
}
