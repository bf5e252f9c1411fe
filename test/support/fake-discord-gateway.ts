/**
 * A small Discord-compatible HTTP API + gateway on loopback for tests of the gateway adapter and
 * command registration: it records every REST request, logs a real discord.js Client in over a
 * WebSocket (HELLO → IDENTIFY → READY) and lets a test push INTERACTION_CREATE dispatches.
 * It is FakeDiscord (fake-discord.ts) with those routes added: the same request log, scripting
 * and waits (`waitForRequest` resolves when a matching request arrives; no polling, no sleeps).
 */
import { WebSocketServer, type WebSocket } from 'ws'
import {
  APP_ID,
  FakeDiscord,
  messageJson,
  type FakeResponse,
  type RecordedRequest,
} from './fake-discord.js'

export { APP_ID, type RecordedRequest } from './fake-discord.js'

/** FakeDiscord's REST API and request log, plus the gateway and the command/interaction routes. */
export class FakeDiscordGateway extends FakeDiscord {
  private wss = new WebSocketServer({ noServer: true })
  private sockets = new Set<WebSocket>()
  private seq = 0

  override async start(): Promise<this> {
    await super.start()
    this.server.on('upgrade', (req, socket, head) =>
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onGateway(ws)),
    )
    return this
  }

  override async stop(): Promise<void> {
    for (const s of this.sockets) s.terminate()
    this.wss.close()
    await super.stop()
  }

  /** Pushes a gateway dispatch (e.g. INTERACTION_CREATE) to every connected client. */
  dispatch(t: string, d: unknown): void {
    for (const ws of this.sockets) ws.send(JSON.stringify({ op: 0, t, s: ++this.seq, d }))
  }

  protected override defaults(r: RecordedRequest): FakeResponse {
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
    // Interaction replies and follow-ups (the interaction's webhook), echoed back as one message.
    if (/^\/webhooks\/\d+\/[^/]+(\/messages\/@original)?$/.test(r.path)) {
      return {
        body: messageJson({
          id: '1500000000000000001',
          channelId: '1210000000000000001',
          content: r.body?.content ?? '',
          embeds: r.body?.embeds ?? [],
          flags: r.body?.flags ?? 0,
        }),
      }
    }
    return super.defaults(r)
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
          message: messageJson({
            id: '1500000000000000009',
            channelId,
            embeds: opts.messageEmbeds ?? [],
            flags: 64,
          }),
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
