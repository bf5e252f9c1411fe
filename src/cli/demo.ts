/**
 * `dealwatch demo`: works offline in seconds. Serves the bundled demo feeds from a loopback
 * HTTP server, revealing their stories in batches, and runs the real bot (store, poll cycle,
 * analysis, outbox, console sink) against them on a throw-away SQLite file.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { readEnv } from '../config/env.js'
import { loadConfig } from '../config/load-config.js'
import { createLogger } from '../log.js'
import { openStore } from '../store/database.js'
import { startBot } from './bot.js'
import { DEMO_FEEDS, renderDemoFeed } from './demo-feeds.js'

const BATCH_TITLES = [
  'first poll: the feeds are new, so their backlog is stored and judged but never alerted',
  'new stories: one event reported by two outlets becomes one alert',
  'later stories: the deal changes',
]

export async function demoCommand(options: { pause: number }): Promise<void> {
  const out = (line: string): void => {
    process.stdout.write(line + '\n')
  }
  let batch = 0
  const server = createServer((req, res) => {
    const feed = DEMO_FEEDS.find((f) => f.path === req.url)
    if (!feed) {
      res.writeHead(404).end('not found')
      return
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' })
    res.end(renderDemoFeed(feed, batch, baseUrl))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const dir = mkdtempSync(join(tmpdir(), 'dealwatch-demo-'))
  const store = await openStore(join(dir, 'demo.sqlite'))
  try {
    const defaults = loadConfig()
    const config = {
      ...defaults,
      feeds: DEMO_FEEDS.map((f) => ({ url: baseUrl + f.path, name: f.name, lang: f.lang })),
    }
    // No Discord in the demo: alerts go to the console whatever the environment says.
    const env = { ...readEnv({}), databaseUrl: join(dir, 'demo.sqlite') }
    const log = createLogger({ level: 'warn' })
    const bot = await startBot({
      store,
      config,
      env,
      log,
      stdout: process.stdout,
      now: () => new Date(),
      commands: false,
    })
    out(
      `dealwatch demo: ${config.claims.claims.length} claims (config/claims.yaml), ${DEMO_FEEDS.length} feeds served at ${baseUrl}`,
    )
    for (batch = 0; batch < BATCH_TITLES.length; batch++) {
      out(`\n── poll ${batch + 1}/${BATCH_TITLES.length}: ${BATCH_TITLES[batch]}`)
      const summary = await bot.runCycle()
      const alerts = summary.alerts.opened + summary.alerts.joined
      out(
        `   ${summary.newStories} new stories, ${summary.judgements} related judgements, ${alerts} alerts (${summary.alerts.joined} joined an earlier alert)` +
          (summary.alerts.baseline
            ? `, ${summary.alerts.baseline} held back by the first poll`
            : ''),
      )
      if (batch < BATCH_TITLES.length - 1) await delay(options.pause)
    }
    await bot.stop()
    out(
      '\nDone. Run `npx dealwatch run` to poll the real feeds, or see README.md to connect Discord.',
    )
  } finally {
    await store.close()
    server.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
