import { describe, expect, it } from 'vitest'
import { DeliveryError } from '../../src/alerts/alert.js'
import { createOutbox, type OutboxDeps } from '../../src/alerts/outbox.js'
import { openStore } from '../../src/store/database.js'
import { createDealStore } from '../../src/store/deal-queries.js'
import {
  claimDelivery,
  deliveryCounts,
  destinationHealth,
  saveGuildSettings,
} from '../../src/store/alerts.js'
import { backends, useStore } from '../store/backends.js'
import { candidate, capturedLogger, clock, recordingSink, T0 } from './helpers.js'

describe.each(backends)('outbox on $name', (backend) => {
  const ctx = useStore(backend)
  const make = (over: Partial<OutboxDeps> = {}) => {
    const sink = recordingSink()
    const time = clock()
    const { log, lines } = capturedLogger()
    const outbox = createOutbox({ db: ctx.store.db, sinks: [sink], log, now: time.now, ...over })
    return { outbox, sink, time, lines }
  }

  it.skipIf(backend.skip)(
    'opens one event per claim × verdict and counts other outlets into it',
    async () => {
      const { outbox, sink } = make()
      expect(await outbox.enqueue(candidate('s1', 'wire'))).toBe('opened')
      expect(
        await outbox.enqueue(candidate('s2', 'fil', { published: '2026-03-02T11:00:00Z' })),
      ).toBe('joined')
      expect(await outbox.enqueue(candidate('s1', 'wire'))).toBe('duplicate')
      expect(await outbox.enqueue(candidate('s3', 'gazette', { verdict: 'contradicts' }))).toBe(
        'opened',
      )
      expect(await outbox.enqueue(candidate('s4', 'gazette', { claimId: 'c2' }))).toBe('opened')
      // The pending post is not followed by an edit: it is sent showing both outlets.
      expect(await outbox.deliverDue()).toEqual({ sent: 3, failed: 0, retried: 0, broken: 0 })
      const first = sink.posts.find((a) => a.claim.id === 'c1' && a.verdict === 'confirms')
      expect(first).toMatchObject({
        outlets: 2,
        outletNames: ['Outlet wire', 'Outlet fil'],
        story: { outlet: 'Outlet wire' },
      })
      expect(sink.edits).toEqual([])
      expect(await outbox.deliverDue()).toEqual({ sent: 0, failed: 0, retried: 0, broken: 0 })
    },
  )

  it.skipIf(backend.skip)(
    'edits a sent post when another outlet joins, once per batch of joins',
    async () => {
      const { outbox, sink } = make()
      await outbox.enqueue(candidate('s1', 'wire'))
      await outbox.deliverDue()
      expect(await outbox.enqueue(candidate('s2', 'fil'))).toBe('joined')
      expect(await outbox.enqueue(candidate('s3', 'gazette'))).toBe('joined')
      expect(await outbox.deliverDue()).toMatchObject({ sent: 1 })
      expect(sink.edits).toHaveLength(1)
      expect(sink.edits[0]).toMatchObject({ messageId: 'm-console-1', alert: { outlets: 3 } })
      expect(await outbox.enqueue(candidate('s4', 'tribune'))).toBe('joined')
      await outbox.deliverDue()
      expect(sink.edits.map((e) => e.alert.outlets)).toEqual([3, 4])
      expect(sink.posts).toHaveLength(1)
    },
  )

  it.skipIf(backend.skip)(
    'opens a new event for the same outlet or beyond the 72 h window',
    async () => {
      const { outbox } = make()
      await outbox.enqueue(candidate('s1', 'wire'))
      expect(await outbox.enqueue(candidate('s2', 'wire'))).toBe('opened')
      expect(
        await outbox.enqueue(candidate('s3', 'fil', { published: '2026-03-06T10:00:00Z' })),
      ).toBe('opened')
      expect(
        await outbox.enqueue(candidate('s4', 'tribune', { published: '2026-03-06T11:00:00Z' })),
      ).toBe('joined')
    },
  )

  it.skipIf(backend.skip)('holds back weak, non-alert and first-poll judgements', async () => {
    const { outbox } = make()
    expect(await outbox.enqueue(candidate('s1', 'wire', { confidence: 0.69 }))).toBe(
      'below-threshold',
    )
    expect(await outbox.enqueue(candidate('s2', 'wire', { verdict: 'mentions' }))).toBe(
      'below-threshold',
    )
    expect(await outbox.enqueue(candidate('s3', 'wire', { firstPoll: true }))).toBe(
      'below-threshold',
    )
    const lenient = make({ threshold: 0.5 })
    expect(await lenient.outbox.enqueue(candidate('s1', 'wire', { confidence: 0.69 }))).toBe(
      'opened',
    )
  })

  it.skipIf(backend.skip)(
    'never alerts a story twice, across restarts and concurrent pollers',
    async () => {
      const { outbox, sink } = make()
      await outbox.enqueue(candidate('s1', 'wire'))
      await outbox.deliverDue()
      // A second process on the same database (its own connection pool).
      const other = await openStore(ctx.url)
      try {
        const sink2 = recordingSink()
        const outbox2 = createOutbox({
          db: other.db,
          sinks: [sink2],
          log: capturedLogger().log,
          now: () => T0,
        })
        expect(await outbox2.enqueue(candidate('s1', 'wire'))).toBe('duplicate')
        expect(await outbox2.deliverDue()).toMatchObject({ sent: 0 })
        expect(sink2.posts).toEqual([])

        // Racing pollers: the same story twice, and four outlets of one event. On PostgreSQL they
        // race from both processes; two SQLite connections in one thread would only block each
        // other (better-sqlite3 waits synchronously), so there the race is within one process.
        const racer = backend.name === 'postgres' ? outbox2 : outbox
        const results = await Promise.all([
          outbox.enqueue(candidate('s9', 'a', { claimId: 'c9' })),
          racer.enqueue(candidate('s9', 'a', { claimId: 'c9' })),
          outbox.enqueue(candidate('s10', 'b', { claimId: 'c9' })),
          racer.enqueue(candidate('s11', 'c', { claimId: 'c9' })),
          outbox.enqueue(candidate('s12', 'd', { claimId: 'c9' })),
        ])
        expect(results.filter((r) => r === 'opened')).toHaveLength(1)
        expect(results.filter((r) => r === 'joined')).toHaveLength(3)
        expect(results.filter((r) => r === 'duplicate')).toHaveLength(1)

        // Both processes deliver at once: each delivery is sent by exactly one of them.
        await Promise.all([outbox.deliverDue(), outbox2.deliverDue()])
        const c9Posts = [...sink.posts, ...sink2.posts].filter((a) => a.claim.id === 'c9')
        expect(c9Posts).toHaveLength(1)
        expect(c9Posts[0]?.outlets).toBe(4)
        expect(await deliveryCounts(ctx.store.db)).toMatchObject({
          pending: 0,
          sending: 0,
          sent: 2,
        })
      } finally {
        await other.close()
      }
    },
  )

  it.skipIf(backend.skip)(
    'takes over a delivery whose claim expired (a process died mid-send)',
    async () => {
      const { outbox, sink, time } = make({ claimTtlMs: 120_000 })
      await outbox.enqueue(candidate('s1', 'wire'))
      // Another process claims delivery 1 and dies.
      expect(await claimDelivery(ctx.store.db, 1, T0, new Date(T0.getTime() + 120_000))).toBe(true)
      expect(await claimDelivery(ctx.store.db, 1, T0, new Date(T0.getTime() + 120_000))).toBe(false)
      time.advance(60_000)
      expect(await outbox.deliverDue()).toMatchObject({ sent: 0 })
      time.advance(60_000)
      expect(await outbox.deliverDue()).toMatchObject({ sent: 1 })
      expect(sink.posts).toHaveLength(1)
    },
  )

  it.skipIf(backend.skip)(
    'retries transient failures with exponential backoff and loses nothing',
    async () => {
      const { outbox, sink, time } = make()
      await outbox.enqueue(candidate('s1', 'wire'))
      await outbox.enqueue(candidate('s2', 'wire'))
      sink.failures.push(new DeliveryError('transient', 'Discord answered 502'))
      // The first failure pauses the destination for this round: the second delivery waits untried.
      expect(await outbox.deliverDue()).toEqual({ sent: 0, failed: 0, retried: 1, broken: 0 })
      time.advance(29_999)
      expect(await outbox.deliverDue()).toMatchObject({ sent: 1, retried: 0 }) // s2 was never tried
      sink.failures.push(new DeliveryError('transient', 'Discord answered 503'))
      time.advance(1)
      expect(await outbox.deliverDue()).toMatchObject({ sent: 0, retried: 1 }) // s1 fails again: 60 s
      time.advance(59_999)
      expect(await outbox.deliverDue()).toMatchObject({ sent: 0, retried: 0 })
      time.advance(1)
      expect(await outbox.deliverDue()).toMatchObject({ sent: 1 })
      expect(sink.posts.map((a) => a.story.title).sort()).toEqual(['Story s1', 'Story s2'])
    },
  )

  it.skipIf(backend.skip)(
    'marks a refusing destination broken with the reason, visible to admins',
    async () => {
      const channel = recordingSink('channel:42')
      const { log, lines } = capturedLogger()
      const outbox = createOutbox({ db: ctx.store.db, sinks: [channel], log, now: () => T0 })
      await outbox.enqueue(candidate('s1', 'wire'))
      const reason =
        "Discord answered 403 Missing Permissions for channel 42: give the bot 'Send Messages'"
      channel.failures.push(new DeliveryError('permanent', reason, { status: 403, code: 50013 }))
      expect(await outbox.deliverDue()).toEqual({ sent: 0, failed: 0, retried: 0, broken: 1 })
      expect(await destinationHealth(ctx.store.db, 'channel:42')).toMatchObject({
        broken: true,
        reason,
      })
      expect(lines.some((l) => l.includes('ERROR') && l.includes('Missing Permissions'))).toBe(true)
      const deals = createDealStore(ctx.store.db, {
        defaultThreshold: 0.7,
        defaultAlertChannelId: '42',
      })
      expect(await deals.listBrokenDestinations(null)).toEqual([{ name: 'channel 42', reason }])
      // Not retried; a later alert that goes through clears the flag.
      expect(await outbox.deliverDue()).toMatchObject({ broken: 0, sent: 0 })
      await outbox.enqueue(candidate('s2', 'wire', { claimId: 'c2' }))
      expect(await outbox.deliverDue()).toMatchObject({ sent: 1 })
      expect(await destinationHealth(ctx.store.db, 'channel:42')).toMatchObject({ broken: false })
    },
  )

  it.skipIf(backend.skip)(
    "posts to servers' own channels with their threshold and language",
    async () => {
      await saveGuildSettings(
        ctx.store.db,
        'g1',
        { alertChannelId: '77', threshold: 0.95, locale: 'fr' },
        T0,
      )
      await saveGuildSettings(ctx.store.db, 'g2', { threshold: 0.1 }, T0) // no channel: not a destination
      const made: string[] = []
      const channels = new Map<string, ReturnType<typeof recordingSink>>()
      const console = recordingSink()
      const sinks = Object.assign([console], {
        channelSink: (id: string) => {
          made.push(id)
          const s = recordingSink(`channel:${id}`)
          channels.set(id, s)
          return s
        },
      })
      const outbox = createOutbox({
        db: ctx.store.db,
        sinks,
        log: capturedLogger().log,
        now: () => T0,
      })
      expect(await outbox.enqueue(candidate('s1', 'wire', { confidence: 0.9 }))).toBe('opened')
      expect(
        await outbox.enqueue(candidate('s2', 'wire', { claimId: 'c2', confidence: 0.97 })),
      ).toBe('opened')
      await outbox.deliverDue()
      expect(console.posts.map((a) => a.claim.id)).toEqual(['c1', 'c2'])
      expect(made).toEqual(['77'])
      expect(channels.get('77')?.posts.map((a) => [a.claim.id, a.locale])).toEqual([['c2', 'fr']])
      expect(console.posts[0]?.locale).toBe('en')
      expect(await destinationHealth(ctx.store.db, 'channel:77')).toMatchObject({
        broken: false,
        guildId: 'g1',
      })
    },
  )

  it.skipIf(backend.skip)(
    'drops deliveries whose destination is no longer configured',
    async () => {
      const { outbox } = make()
      await outbox.enqueue(candidate('s1', 'wire'))
      const later = createOutbox({
        db: ctx.store.db,
        sinks: [recordingSink('webhook:5')],
        log: capturedLogger().log,
        now: () => T0,
      })
      expect(await later.deliverDue()).toEqual({ sent: 0, failed: 1, retried: 0, broken: 0 })
    },
  )
})
