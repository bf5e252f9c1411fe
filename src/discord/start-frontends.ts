/**
 * Starts the ways in that the environment configures, all sharing one DealDeps: the gateway when
 * a bot token is set, the HTTP interactions endpoint when a port and public key are set. Either,
 * both or neither may run (alerts are delivered separately, through REST or a webhook).
 */
import type { Logger } from '../log.js'
import type { DealDeps } from './deal-deps.js'
import { startGateway } from './gateway.js'
import { startInteractionsServer } from './interactions-http.js'

export interface FrontendsOptions {
  deps: DealDeps
  log: Logger
  /** DISCORD_TOKEN: logs the gateway client in. */
  token?: string
  /** DISCORD_PUBLIC_KEY and INTERACTIONS_PORT: start the HTTP endpoint (both needed). */
  publicKey?: string
  interactionsPort?: number
  /** Interface for the HTTP endpoint; default all. */
  interactionsHost?: string
  /** DISCORD_API_URL: REST base URL without version. */
  apiUrl?: string
  /**
   * Run the gateway client even when the HTTP endpoint runs. Default false: with an endpoint URL
   * set in the portal Discord sends interactions over HTTP only, and a stateless deployment
   * should not need a gateway connection per instance.
   */
  gatewayWithHttp?: boolean
}

export interface Frontends {
  /** Port of the HTTP endpoint, when it runs. */
  interactionsPort: number | null
  gateway: boolean
  /** Stops whatever was started (HTTP first, so in-flight answers finish; then the gateway). */
  stop(): Promise<void>
}

/**
 * Starts the configured ways in. If one fails to start, the other is stopped and the error is
 * rethrown, so the process never runs half-configured.
 */
export async function startFrontends(options: FrontendsOptions): Promise<Frontends> {
  const stops: (() => Promise<void>)[] = []
  let interactionsPort: number | null = null
  let gateway = false
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop()
  }
  try {
    const http = options.publicKey !== undefined && options.interactionsPort !== undefined
    if (http) {
      const server = await startInteractionsServer({
        port: options.interactionsPort as number,
        ...(options.interactionsHost ? { host: options.interactionsHost } : {}),
        publicKey: options.publicKey as string,
        deps: options.deps,
        log: options.log,
        ...(options.apiUrl ? { apiUrl: options.apiUrl } : {}),
      })
      interactionsPort = server.port
      stops.push(() => server.close())
    }
    if (options.token !== undefined && (!http || options.gatewayWithHttp === true)) {
      const g = await startGateway({
        token: options.token,
        deps: options.deps,
        log: options.log,
        ...(options.apiUrl ? { apiUrl: options.apiUrl } : {}),
      })
      gateway = true
      stops.push(() => g.close())
    }
  } catch (error) {
    await stopAll()
    throw error
  }
  return { interactionsPort, gateway, stop: stopAll }
}
