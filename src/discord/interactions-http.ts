/**
 * The HTTP way in: Discord's "Interactions Endpoint URL". Every request is verified against the
 * application's Ed25519 public key (signature over X-Signature-Timestamp + raw body); unsigned or
 * badly signed requests get 401, as Discord's own endpoint check requires. The server keeps no
 * state, so several instances can run behind a load balancer.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Logger } from '../log.js'
import { describeError } from '../log.js'
import type { DealDeps } from './deal-deps.js'
import { InteractionResponseType, InteractionType, MessageFlags } from 'discord.js'
import {
  UnsupportedInteractionError,
  commandOfRaw,
  contextOfRaw,
  dispatchInteraction,
  type RawInteraction,
} from './dispatch.js'
import { handleCommand, isSlowCommand } from './handlers/index.js'
import { messagesFor } from './messages.js'
import { messageData, type Reply } from './reply.js'

/** DER header of an Ed25519 SubjectPublicKeyInfo; followed by the raw 32-byte key. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex')
/** Interaction payloads are small; anything bigger is not from Discord. */
const MAX_BODY_BYTES = 1024 * 1024

/** Node's key object for a Discord application public key (64 hex characters). */
export function discordPublicKey(hex: string): KeyObject {
  if (!/^[0-9a-f]{64}$/i.test(hex)) {
    throw new Error(
      'DISCORD_PUBLIC_KEY must be the 64 hex characters shown in the Discord developer portal',
    )
  }
  return createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]),
    format: 'der',
    type: 'spki',
  })
}

/**
 * True when `signatureHex` is a valid Ed25519 signature of timestamp + body. Malformed input is
 * simply not valid (never throws).
 */
export function isValidSignature(
  key: KeyObject,
  signatureHex: string | undefined,
  timestamp: string | undefined,
  body: Buffer,
): boolean {
  if (signatureHex === undefined || timestamp === undefined) return false
  if (!/^[0-9a-f]{128}$/i.test(signatureHex) || timestamp === '') return false
  try {
    return verify(
      null,
      Buffer.concat([Buffer.from(timestamp, 'utf8'), body]),
      key,
      Buffer.from(signatureHex, 'hex'),
    )
  } catch {
    return false
  }
}

export interface InteractionsServerOptions {
  /** TCP port; 0 picks a free one (tests). */
  port: number
  /** Interface to listen on; default all interfaces. */
  host?: string
  /** The application's public key, hex (DISCORD_PUBLIC_KEY). */
  publicKey: string
  deps: DealDeps
  log: Logger
  /**
   * REST base URL without version (DISCORD_API_URL), used to edit in the answer of deferred
   * commands; default https://discord.com/api.
   */
  apiUrl?: string
}

export interface InteractionsServer {
  /** The port actually listened on. */
  port: number
  /** Stops accepting connections and waits for open ones and deferred answers to finish. */
  close(): Promise<void>
}

/**
 * Starts the interactions endpoint. Any path accepts POSTed interactions (Discord posts to the URL
 * configured in the portal); GET /healthz answers 200 for load balancers. Rejects when the port
 * cannot be bound or the public key is malformed.
 */
export async function startInteractionsServer(
  options: InteractionsServerOptions,
): Promise<InteractionsServer> {
  const key = discordPublicKey(options.publicKey)
  const log = options.log.child({ component: 'interactions-http' })
  const apiBase = (options.apiUrl ?? 'https://discord.com/api').replace(/\/+$/, '')
  /** Deferred answers still being computed (close() waits for them). */
  const pending = new Set<Promise<void>>()

  /**
   * Runs a slow command after Discord got its "thinking…" (type 5) answer, then edits the
   * original response through the interaction webhook (no bot token needed; valid 15 minutes).
   */
  async function completeDeferred(raw: RawInteraction): Promise<void> {
    const ctx = contextOfRaw(raw)
    let reply: Reply
    try {
      const outcome = await handleCommand(commandOfRaw(raw), options.deps, ctx)
      reply =
        outcome.type === 'choices'
          ? { content: messagesFor(ctx.lang).internalError }
          : outcome.reply
    } catch (error) {
      log.error('interaction handler failed', {
        interaction: raw.id,
        command: raw.data?.name,
        error: describeError(error),
      })
      reply = { content: messagesFor(ctx.lang).internalError }
    }
    const url = `${apiBase}/v10/webhooks/${raw.application_id ?? ''}/${raw.token ?? ''}/messages/@original`
    try {
      const res = await fetch(url, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(messageData(reply, false)),
        signal: AbortSignal.timeout(10_000),
      })
      if (!res.ok) throw new Error(`HTTP ${res.status} ${await res.text()}`)
    } catch (error) {
      log.error('could not deliver a deferred answer', {
        interaction: raw.id,
        error: describeError(error),
      })
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log.error('interaction request failed', { error: describeError(error) })
      if (!res.headersSent) send(res, 500, { error: 'internal error' })
      else res.destroy()
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method === 'GET' && req.url === '/healthz') return send(res, 200, { ok: true })
    if (req.method !== 'POST')
      return send(res, 405, { error: 'method not allowed' }, { allow: 'POST' })
    const body = await readBody(req)
    if (body === null) return send(res, 413, { error: 'payload too large' })
    const signature = header(req, 'x-signature-ed25519')
    const timestamp = header(req, 'x-signature-timestamp')
    if (!isValidSignature(key, signature, timestamp, body)) {
      log.warn('rejected interaction with a bad or missing signature', {
        remote: req.socket.remoteAddress,
      })
      return send(res, 401, { error: 'invalid request signature' })
    }
    let raw: RawInteraction
    try {
      raw = JSON.parse(body.toString('utf8')) as RawInteraction
    } catch {
      return send(res, 400, { error: 'body is not JSON' })
    }
    if (typeof raw !== 'object' || raw === null || typeof raw.type !== 'number') {
      return send(res, 400, { error: 'not an interaction' })
    }
    if (raw.type === InteractionType.ApplicationCommand && isSlowCommand(commandOfRaw(raw))) {
      send(res, 200, {
        type: InteractionResponseType.DeferredChannelMessageWithSource,
        data: { flags: MessageFlags.Ephemeral },
      })
      const job = completeDeferred(raw).finally(() => pending.delete(job))
      pending.add(job)
      return
    }
    try {
      return send(res, 200, await dispatchInteraction(raw, options.deps, log))
    } catch (error) {
      if (error instanceof UnsupportedInteractionError)
        return send(res, 400, { error: error.message })
      throw error
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const port = (server.address() as AddressInfo).port
  log.info('interactions endpoint listening', { port, host: options.host ?? '*' })
  return {
    port,
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeIdleConnections()
      })
      await Promise.allSettled([...pending])
    },
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name]
  return Array.isArray(v) ? v[0] : v
}

/** The whole body, or null past MAX_BODY_BYTES (the rest is drained, not buffered). */
async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = []
  let size = 0
  let tooBig = false
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) tooBig = true
    if (!tooBig) chunks.push(chunk)
  }
  return tooBig ? null : Buffer.concat(chunks)
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const json = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(json),
    ...headers,
  })
  res.end(json)
}
