import { beforeEach, describe, expect, it } from 'vitest'
import { handleCommand } from '../../src/discord/handlers/index.js'
import type { Store } from '../../src/store/database.js'
import { createDealStore, userClaimId, type DealStore } from '../../src/store/deal-queries.js'
import { backends, useStore } from '../store/backends.js'
import { memoryDeps } from './memory-deps.js'

const G1 = '1200000000000000001'
const G2 = '1200000000000000002'
const T0 = '2026-01-10T08:00:00.000Z'
const T1 = '2026-01-12T08:00:00.000Z'

describe.each(backends)('deal queries on $name', (backend) => {
  describe.skipIf(backend.skip)('queries', () => {
    const ctx = useStore(backend)
    let store: Store
    let deals: DealStore
    let clock: Date

    beforeEach(async () => {
      store = ctx.store
      clock = new Date('2026-02-01T00:00:00.000Z')
      deals = createDealStore(store.db, { defaultThreshold: 0.7, now: () => clock })
      await seed()
    })

    async function seed(): Promise<void> {
      const db = store.db
      await db
        .insertInto('entities')
        .values([
          {
            id: 'amazon',
            name: 'Amazon',
            aliases_json: JSON.stringify(['AWS', 'le géant de Seattle']),
            source: 'config',
            created_at: T0,
          },
          { id: 'openai', name: 'OpenAI', aliases_json: '[]', source: 'config', created_at: T0 },
          {
            id: 'microsoft',
            name: 'Microsoft',
            aliases_json: '[]',
            source: 'config',
            created_at: T0,
          },
          {
            id: 'anthropic',
            name: 'Anthropic',
            aliases_json: '[]',
            source: 'config',
            created_at: T0,
          },
        ])
        .execute()
      const claim = (id: string, text: string, over: Record<string, unknown> = {}) => ({
        id,
        text,
        date: null,
        spec_json: JSON.stringify({ id, text }),
        source: 'config' as const,
        guild_id: null,
        created_by: null,
        created_at: T0,
        removed_at: null,
        ...over,
      })
      await db
        .insertInto('claims')
        .values([
          claim(
            'amazon-openai-investment',
            'Amazon is in talks to invest more than $10 billion in OpenAI.',
          ),
          claim('openai-aws-contract', 'OpenAI signed a $38 billion cloud contract with AWS.'),
          claim('openai-ipo', 'An OpenAI IPO could value it at up to $1 trillion.'),
          claim(
            'amazon-anthropic',
            'Le géant de Seattle a investi 8 milliards de dollars dans Anthropic.',
          ),
          claim('override', 'They agreed a deal.', {
            spec_json: JSON.stringify({
              id: 'override',
              text: 'x',
              parties: ['openai', 'microsoft'],
            }),
          }),
          claim('g2-claim', 'Microsoft invests in OpenAI again.', { source: 'user', guild_id: G2 }),
          claim('gone', 'Microsoft buys Anthropic.', { removed_at: T1 }),
        ])
        .execute()
      const feed = (id: string, name: string, over: Record<string, unknown> = {}) => ({
        id,
        url: `https://${id}.example/feed.xml`,
        name,
        lang: null,
        guild_id: null,
        source: 'config' as const,
        created_at: T0,
        // A multi-row insert writes NULL (not the column default) where a row lacks a column.
        consecutive_failures: 0,
        last_ok_at: null,
        last_error: null,
        ...over,
      })
      await db
        .insertInto('feeds')
        .values([
          feed('reuters', 'Reuters', { last_ok_at: T1 }),
          feed('lemonde', 'Le Monde', {
            lang: 'fr',
            consecutive_failures: 2,
            last_error: 'HTTP 503',
          }),
          feed('g1feed', 'G1 Feed', { source: 'user', guild_id: G1 }),
          feed('g2feed', 'G2 Feed', { source: 'user', guild_id: G2 }),
        ])
        .execute()
      const story = (
        id: string,
        feedId: string,
        fetched: string,
        published: string | null,
        url = `https://news.example/${id}`,
      ) => ({
        id,
        feed_id: feedId,
        guid: id,
        url,
        canonical_url: url.replace(/\?.*$/, ''),
        title: `Title ${id}`,
        summary: '',
        published,
        lang: null,
        fetched_at: fetched,
      })
      await db
        .insertInto('stories')
        .values([
          story('old', 'reuters', T0, '2026-01-09T00:00:00.000Z'),
          story(
            's1',
            'reuters',
            T1,
            '2026-01-11T00:00:00.000Z',
            'https://news.example/s1?utm_source=rss',
          ),
          story('s2', 'lemonde', T1, null),
          story('s3', 'reuters', T1, '2026-01-12T06:00:00.000Z'),
        ])
        .execute()
      const ev = (
        story_id: string,
        claim_id: string,
        verdict: string,
        confidence: number,
        created_at = T1,
      ) => ({
        story_id,
        claim_id,
        verdict,
        confidence,
        evidence: `${story_id} says so.`,
        reasons_json: JSON.stringify(['same parties', verdict]),
        created_at,
      })
      await db
        .insertInto('evidence')
        .values([
          ev('old', 'amazon-openai-investment', 'mentions', 0.6, T0),
          ev('s1', 'amazon-openai-investment', 'confirms', 0.91),
          ev('s2', 'amazon-openai-investment', 'confirms', 0.8, '2026-01-13T00:00:00.000Z'),
          ev('s3', 'amazon-openai-investment', 'unrelated', 0.1),
          ev('s3', 'openai-aws-contract', 'contradicts', 0.75),
        ])
        .execute()
    }

    describe('listClaims', () => {
      it('groups claims by parties found by name or alias, scoped to the server', async () => {
        const claims = await deals.listClaims(G1)
        expect(claims.map((c) => [c.id, c.dealKey, c.dealName, c.origin])).toEqual([
          // oldest first, ties by id
          ['amazon-anthropic', 'amazon+anthropic', 'Amazon × Anthropic', 'config'],
          ['amazon-openai-investment', 'amazon+openai', 'Amazon × OpenAI', 'config'],
          ['openai-aws-contract', 'amazon+openai', 'Amazon × OpenAI', 'config'],
          ['openai-ipo', 'openai-ipo', 'openai-ipo', 'config'],
          ['override', 'microsoft+openai', 'Microsoft × OpenAI', 'config'],
        ])
        expect((await deals.listClaims(G2)).map((c) => c.id)).toContain('g2-claim')
        expect((await deals.listClaims(null)).map((c) => c.id)).not.toContain('g2-claim')
      })
    })

    describe('claimEvidence', () => {
      it('joins story and outlet, newest first (undated by judgement time), without unrelated', async () => {
        const ev = await deals.claimEvidence(['amazon-openai-investment', 'openai-aws-contract'])
        expect(ev.map((e) => [e.storyId, e.claimId, e.verdict, e.outlet])).toEqual([
          ['s2', 'amazon-openai-investment', 'confirms', 'Le Monde'],
          ['s3', 'openai-aws-contract', 'contradicts', 'Reuters'],
          ['s1', 'amazon-openai-investment', 'confirms', 'Reuters'],
          ['old', 'amazon-openai-investment', 'mentions', 'Reuters'],
        ])
        expect(ev[2]).toMatchObject({
          title: 'Title s1',
          url: 'https://news.example/s1?utm_source=rss',
          published: '2026-01-11T00:00:00.000Z',
          confidence: 0.91,
          evidence: 's1 says so.',
          reasons: ['same parties', 'confirms'],
        })
        expect(await deals.claimEvidence([])).toEqual([])
      })
    })

    describe('addClaim / removeClaim', () => {
      it('adds a server claim once, removes it, and can add it again', async () => {
        const text = 'Nvidia will invest $5 billion in Intel.'
        const added = await deals.addClaim({ guildId: G1, userId: 'u1', text })
        expect(added).toMatchObject({
          ok: true,
          value: { id: userClaimId(G1, text), text, origin: 'user' },
        })
        expect(
          await deals.addClaim({
            guildId: G1,
            userId: 'u1',
            text: '  nvidia will  invest $5 billion in intel. ',
          }),
        ).toEqual({
          ok: false,
          reason: 'duplicate',
        })
        expect((await deals.listClaims(G2)).map((c) => c.text)).not.toContain(text)
        const row = await store.db
          .selectFrom('claims')
          .selectAll()
          .where('id', '=', userClaimId(G1, text))
          .executeTakeFirstOrThrow()
        expect(row).toMatchObject({
          guild_id: G1,
          created_by: 'u1',
          source: 'user',
          created_at: clock.toISOString(),
        })

        const id = userClaimId(G1, text)
        expect(await deals.removeClaim({ guildId: G2, claimId: id })).toEqual({
          ok: false,
          reason: 'not_found',
        })
        expect(await deals.removeClaim({ guildId: G1, claimId: id })).toMatchObject({
          ok: true,
          value: { id },
        })
        expect((await deals.listClaims(G1)).map((c) => c.id)).not.toContain(id)
        expect(await deals.addClaim({ guildId: G1, userId: 'u2', text })).toMatchObject({
          ok: true,
          value: { id },
        })
      })

      it.each([
        { claimId: 'amazon-openai-investment', reason: 'config' },
        { claimId: 'g2-claim', reason: 'not_found' },
        { claimId: 'gone', reason: 'not_found' },
        { claimId: 'nope', reason: 'not_found' },
      ])('refuses to remove $claimId from G1: $reason', async ({ claimId, reason }) => {
        expect(await deals.removeClaim({ guildId: G1, claimId })).toEqual({ ok: false, reason })
      })
    })

    describe('feeds', () => {
      it('lists health for the server', async () => {
        const feeds = await deals.listFeeds(G1)
        expect(feeds.map((f) => f.id)).toEqual(['g1feed', 'lemonde', 'reuters'])
        expect(feeds[1]).toMatchObject({
          name: 'Le Monde',
          lang: 'fr',
          consecutiveFailures: 2,
          lastError: 'HTTP 503',
          lastOkAt: null,
          origin: 'config',
        })
      })

      it('adds, refuses duplicates, removes by URL, refuses config feeds, re-adds', async () => {
        const url = 'https://new.example/rss'
        const added = await deals.addFeed({ guildId: G1, url, name: 'New', lang: 'en' })
        expect(added).toMatchObject({
          ok: true,
          value: { url, name: 'New', lang: 'en', origin: 'user', consecutiveFailures: 0 },
        })
        expect(await deals.addFeed({ guildId: G2, url, name: 'Again', lang: null })).toEqual({
          ok: false,
          reason: 'duplicate',
        })
        expect(await deals.removeFeed({ guildId: G2, feed: url })).toEqual({
          ok: false,
          reason: 'not_found',
        })
        expect(await deals.removeFeed({ guildId: G1, feed: url })).toMatchObject({
          ok: true,
          value: { name: 'New' },
        })
        expect(await deals.removeFeed({ guildId: G1, feed: 'reuters' })).toEqual({
          ok: false,
          reason: 'config',
        })
        expect(await deals.addFeed({ guildId: G1, url, name: 'Back', lang: null })).toMatchObject({
          ok: true,
          value: { name: 'Back' },
        })
      })
    })

    describe('guild settings', () => {
      it('falls back to the defaults', async () => {
        expect(await deals.getGuildSettings(G1)).toEqual({ alertChannelId: null, threshold: 0.7 })
      })

      it('stores channel and threshold per server in guild_settings', async () => {
        await deals.setThreshold(G1, 0.85)
        await deals.setAlertChannel(G1, '1210000000000000009')
        await deals.setThreshold(G1, 0.9)
        expect(await deals.getGuildSettings(G1)).toEqual({
          alertChannelId: '1210000000000000009',
          threshold: 0.9,
        })
        expect(await deals.getGuildSettings(G2)).toEqual({ alertChannelId: null, threshold: 0.7 })
      })
    })

    describe('explainStory', () => {
      it.each([
        'https://news.example/s1?utm_source=rss',
        'https://news.example/s1',
        'https://news.example/s1/',
        'http://news.example/s1#comments',
      ])('finds the story at %s, with its judgements', async (url) => {
        const e = await deals.explainStory(url, G1)
        expect(e?.story).toMatchObject({ id: 's1', outlet: 'Reuters', title: 'Title s1' })
        expect(e?.firstPoll).toBe(false)
        expect(e?.threshold).toBe(0.7)
        expect(e?.judgements).toEqual([
          {
            claimId: 'amazon-openai-investment',
            claimText: 'Amazon is in talks to invest more than $10 billion in OpenAI.',
            verdict: 'confirms',
            confidence: 0.91,
            evidence: 's1 says so.',
            reasons: ['same parties', 'confirms'],
            alert: null,
          },
        ])
      })

      it('knows stories of a first poll, and leaves unrelated judgements out', async () => {
        expect((await deals.explainStory('https://news.example/old', G1))?.firstPoll).toBe(true)
        expect(
          (await deals.explainStory('https://news.example/s3', G1))?.judgements.map(
            (j) => j.verdict,
          ),
        ).toEqual(['contradicts'])
        expect(await deals.explainStory('https://news.example/never', G1)).toBeUndefined()
      })

      it('reads the alert event a story belongs to from the alert tables', async () => {
        const db = store.db
        const event = await db
          .insertInto('alert_events')
          .values({
            claim_id: 'amazon-openai-investment',
            verdict: 'confirms',
            first_story_id: 's2',
            opened_at: T1,
            outlets: 2,
            outlet_names_json: '["Le Monde","Reuters"]',
            confidence: 0.8,
            evidence: 's2 says so.',
            reasons_json: '[]',
            story_url: 'https://news.example/s2',
            story_title: 'Title s2',
            story_published: null,
            outlet: 'Le Monde',
            claim_text: 'Amazon is in talks to invest more than $10 billion in OpenAI.',
            standing_json: null,
            updated_at: T1,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
        const eventId = event.id
        for (const [story, feed] of [
          ['s2', 'lemonde'],
          ['s1', 'reuters'],
        ] as const) {
          await db
            .insertInto('alert_stories')
            .values({
              story_id: story,
              claim_id: 'amazon-openai-investment',
              event_id: eventId,
              feed_id: feed,
              created_at: T1,
            })
            .execute()
        }
        expect(
          (await deals.explainStory('https://news.example/s1', G1))?.judgements[0]?.alert,
        ).toEqual({ eventId, primary: false })
        expect(
          (await deals.explainStory('https://news.example/s2', G1))?.judgements[0]?.alert,
        ).toEqual({ eventId, primary: true })
        // s3 contradicts another claim that has no alert
        expect(
          (await deals.explainStory('https://news.example/s3', G1))?.judgements[0]?.alert,
        ).toBeNull()
      })
    })

    it('lists broken destinations that concern the server', async () => {
      expect(await deals.listBrokenDestinations(G1)).toEqual([])
      const row = (destination: string, broken: number, reason: string | null) =>
        store.db
          .insertInto('destinations')
          .values({ destination, broken, broken_reason: reason, updated_at: T1 })
          .execute()
      await row('channel:1210000000000000001', 1, '403 Missing Access')
      await row('channel:1210000000000000002', 0, null)
      await row('channel:1210000000000000003', 1, '404 Unknown Channel')
      await row('webhook:1300000000000000001', 1, '401 Invalid Webhook Token')
      await deals.setAlertChannel(G1, '1210000000000000001')
      expect(await deals.listBrokenDestinations(G1)).toEqual([
        { name: 'channel 1210000000000000001', reason: '403 Missing Access' },
        { name: 'webhook 1300000000000000001', reason: '401 Invalid Webhook Token' },
      ])
      // Another server does not see G1's channel.
      expect((await deals.listBrokenDestinations(G2)).map((d) => d.name)).toEqual([
        'webhook 1300000000000000001',
      ])
    })

    it('/deal status runs end to end over the real store', async () => {
      const deps = { ...memoryDeps(), ...deals }
      const out = await handleCommand(
        { command: 'deal', subcommand: 'status', options: { deal: 'amazon+openai' } },
        deps,
        { lang: 'en', guildId: G1, userId: 'u1', canManage: false },
      )
      if (out.type === 'choices') throw new Error('expected a reply')
      const embed = out.reply.embeds?.[0]
      expect(embed?.title).toBe('Where does it stand? Amazon × OpenAI')
      expect(embed?.fields?.map((f) => f.value.split('\n')[0])).toEqual([
        '✅ confirmed by 2 outlets · mentioned by 1',
        '❌ contradicted by 1 outlet',
      ])
    })
  })
})
