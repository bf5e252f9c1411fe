/**
 * Starts the Discord ways in that the environment configures (gateway with DISCORD_TOKEN, HTTP
 * interactions with INTERACTIONS_PORT + DISCORD_PUBLIC_KEY), all answering from the same store.
 * Alerts do not go through here: the outbox posts them through REST or a webhook.
 */
import { createDealDeps, createFeedProbe } from '../discord/create-deal-deps.js'
import { startFrontends } from '../discord/start-frontends.js'
import type { Env } from '../config/env.js'
import { fetchFeed } from '../feeds/fetch-feed.js'
import { parseFeed } from '../feeds/parse-feed.js'
import type { Logger } from '../log.js'
import type { Store } from '../store/database.js'
import { createDealStore } from '../store/deal-queries.js'
import { isPublicUrl } from './public-url.js'

export interface DiscordFrontends {
  stop(): Promise<void>
}

export async function startDiscord(options: {
  store: Store
  env: Env
  log: Logger
  threshold: number
}): Promise<DiscordFrontends> {
  const { env, log } = options
  const wantsGateway = env.discordToken !== undefined
  const wantsHttp = env.interactionsPort !== undefined && env.discordPublicKey !== undefined
  if (!wantsGateway && !wantsHttp) {
    log.info(
      'slash commands are off: set DISCORD_TOKEN (gateway) or INTERACTIONS_PORT + DISCORD_PUBLIC_KEY (HTTP)',
    )
    return { stop: async () => {} }
  }
  const store = createDealStore(options.store.db, {
    defaultThreshold: options.threshold,
    defaultAlertChannelId: env.discordAlertChannelId ?? null,
  })
  const deps = createDealDeps({
    store,
    entities: store.entities,
    probeFeed: createFeedProbe({
      // A feed a user adds must not lead the bot to a private address, redirects included.
      fetchFeed: (request, fetchOptions, now) =>
        fetchFeed(request, { ...fetchOptions, allowUrl: isPublicUrl }, now),
      parseFeed,
    }),
  })
  const frontends = await startFrontends({
    deps,
    log,
    ...(env.discordToken ? { token: env.discordToken } : {}),
    ...(env.discordPublicKey ? { publicKey: env.discordPublicKey } : {}),
    ...(env.interactionsPort !== undefined ? { interactionsPort: env.interactionsPort } : {}),
    ...(env.discordApiUrl ? { apiUrl: env.discordApiUrl } : {}),
  })
  log.info('slash commands are on', {
    gateway: frontends.gateway,
    interactionsPort: frontends.interactionsPort ?? undefined,
  })
  return { stop: () => frontends.stop() }
}
