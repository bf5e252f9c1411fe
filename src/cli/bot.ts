/**
 * Wires one running bot from an open store, the configuration and the environment: config
 * feeds and claims synced into the store, alert sinks and outbox, the poll cycle, and Discord
 * (gateway and/or HTTP interactions) when configured. Used by `run` and by `demo`.
 */
import type { Writable } from 'node:stream'
import { createOutbox } from '../alerts/outbox.js'
import { createSinks } from '../alerts/sinks.js'
import type { Env } from '../config/env.js'
import type { Config } from '../config/load-config.js'
import type { Logger } from '../log.js'
import { createClaimSource } from '../scheduler/claim-source.js'
import { runPollCycle, type CycleSummary } from '../scheduler/poll-cycle.js'
import { syncConfigClaims } from '../store/claims.js'
import type { Store } from '../store/database.js'
import { syncConfigFeeds } from '../store/feeds.js'
import { startDiscord } from './discord.js'
import { isPublicUrl } from './public-url.js'

export interface Bot {
  runCycle(): Promise<CycleSummary>
  stop(): Promise<void>
}

export async function startBot(options: {
  store: Store
  config: Config
  env: Env
  log: Logger
  stdout: Writable
  now: () => Date
  /** Start the slash-command front ends (not for `run --once` or the demo). Default true. */
  commands?: boolean
}): Promise<Bot> {
  const { store, config, env, log, now } = options
  const feeds = await syncConfigFeeds(store.db, config.feeds, now())
  const claims = await syncConfigClaims(store.db, config.claims, now())
  log.info('configuration synced', {
    feeds: config.feeds.length,
    feedsAdded: feeds.added.length,
    feedsRemoved: feeds.removed.length,
    claims: config.claims.claims.length,
    claimsAdded: claims.added.length,
    claimsUpdated: claims.updated.length,
    claimsRemoved: claims.removed.length,
  })

  const sinks = createSinks({
    discordToken: env.discordToken,
    alertChannelId: env.discordAlertChannelId,
    webhookUrl: env.discordWebhookUrl,
    apiUrl: env.discordApiUrl,
    stdout: options.stdout,
  })
  log.info('alert destinations', { sinks: sinks.map((s) => s.destination).join(',') })
  const outbox = createOutbox({
    db: store.db,
    sinks,
    log,
    now,
    threshold: config.threshold,
    groupWindowHours: config.groupWindowHours,
  })
  const claimSource = createClaimSource(store.db, log)
  const discord =
    options.commands === false
      ? { stop: async () => {} }
      : await startDiscord({ store, env, log, threshold: config.threshold })

  return {
    runCycle: () =>
      runPollCycle({
        db: store.db,
        fetch: config.fetch,
        claims: claimSource,
        outbox,
        log,
        now,
        allowUserFeedUrl: isPublicUrl,
      }),
    stop: () => discord.stop(),
  }
}
