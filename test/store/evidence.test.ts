import { describe, expect, it } from 'vitest'
import type { Judgement, Verdict } from '../../src/domain.js'
import { removeClaim, syncConfigClaims } from '../../src/store/claims.js'
import {
  claimStanding,
  evidenceForStory,
  listEvidenceForClaim,
  saveJudgements,
} from '../../src/store/evidence.js'
import { feedIdForUrl, syncConfigFeeds } from '../../src/store/feeds.js'
import { insertStories } from '../../src/store/stories.js'
import { backends, useStore } from './backends.js'

const T0 = new Date('2026-01-30T08:00:00.000Z')
const T1 = new Date('2026-01-30T09:00:00.000Z')
const OUTLETS = ['https://a.example/rss', 'https://b.example/rss', 'https://c.example/rss']
const [A, B, C] = OUTLETS.map(feedIdForUrl) as [string, string, string]
const CLAIM = 'amazon-openai'
const OTHER = 'openai-ipo'

function judgement(claim: string, verdict: Verdict, confidence = 0.91): Judgement {
  return {
    item: 'ignored',
    claim,
    verdict,
    confidence,
    evidence: `${verdict} sentence`,
    reasons: [`${verdict} cue`, 'parties match'],
  }
}

describe.each(backends)('evidence on $name', (backend) => {
  describe.skipIf(backend.skip)('queries', () => {
    const ctx = useStore(backend)

    /** Three outlets, two claims, and story `feedId:n` published on day n (null when n is 0). */
    async function seed(stories: { feed: string; n: number }[]) {
      const db = ctx.store.db
      await syncConfigFeeds(
        db,
        OUTLETS.map((url, i) => ({ url, name: `Outlet ${'ABC'[i]}` })),
        T0,
      )
      await syncConfigClaims(
        db,
        {
          entities: [],
          claims: [
            { id: CLAIM, text: 'Amazon is in talks to invest more than $10 billion in OpenAI.' },
            { id: OTHER, text: 'An OpenAI IPO could value it at up to $1 trillion.' },
          ],
        },
        T0,
      )
      for (const { feed, n } of stories) {
        await insertStories(
          db,
          feed,
          [
            {
              id: `${feed}:${n}`,
              guid: String(n),
              url: `https://${feed}.example/${n}`,
              title: `Story ${n}`,
              summary: '',
              published: n === 0 ? null : `2026-01-${String(n).padStart(2, '0')}T08:00:00.000Z`,
            },
          ],
          T0,
        )
      }
    }

    it('saves judgements and reads them back joined with story, outlet and claim', async () => {
      await seed([{ feed: A, n: 3 }])
      await saveJudgements(
        ctx.store.db,
        `${A}:3`,
        [judgement(CLAIM, 'confirms'), judgement(OTHER, 'mentions', 0.55)],
        T0,
      )
      const entries = await evidenceForStory(ctx.store.db, `${A}:3`)
      expect(entries).toEqual([
        {
          storyId: `${A}:3`,
          claimId: CLAIM,
          claimText: 'Amazon is in talks to invest more than $10 billion in OpenAI.',
          verdict: 'confirms',
          confidence: 0.91,
          evidence: 'confirms sentence',
          reasons: ['confirms cue', 'parties match'],
          createdAt: T0.toISOString(),
          story: {
            title: 'Story 3',
            url: `https://${A}.example/3`,
            published: '2026-01-03T08:00:00.000Z',
            fetchedAt: T0.toISOString(),
            feedId: A,
            feedName: 'Outlet A',
          },
        },
        expect.objectContaining({ claimId: OTHER, verdict: 'mentions', confidence: 0.55 }),
      ])
      expect(await evidenceForStory(ctx.store.db, 'unknown')).toEqual([])
    })

    it('saving again replaces the verdict but keeps the first created_at', async () => {
      await seed([{ feed: A, n: 3 }])
      await saveJudgements(ctx.store.db, `${A}:3`, [judgement(CLAIM, 'mentions', 0.4)], T0)
      await saveJudgements(ctx.store.db, `${A}:3`, [judgement(CLAIM, 'contradicts', 0.8)], T1)
      const [entry, ...rest] = await evidenceForStory(ctx.store.db, `${A}:3`)
      expect(rest).toEqual([])
      expect(entry).toMatchObject({
        verdict: 'contradicts',
        confidence: 0.8,
        createdAt: T0.toISOString(),
      })
    })

    it('refuses a judgement about an unknown claim', async () => {
      await seed([{ feed: A, n: 3 }])
      await expect(
        saveJudgements(ctx.store.db, `${A}:3`, [judgement('no-such-claim', 'confirms')], T0),
      ).rejects.toThrow()
    })

    it('lists a claim timeline newest first with paging; undated stories sort by fetch time', async () => {
      await seed([
        { feed: A, n: 3 },
        { feed: B, n: 5 },
        { feed: C, n: 4 },
        { feed: C, n: 0 },
      ])
      for (const id of [`${A}:3`, `${B}:5`, `${C}:4`, `${C}:0`]) {
        await saveJudgements(ctx.store.db, id, [judgement(CLAIM, 'confirms')], T0)
      }
      const ids = async (limit: number, offset?: number) =>
        (await listEvidenceForClaim(ctx.store.db, CLAIM, { limit, offset })).map((e) => e.storyId)
      // The undated story was fetched on 30 January, after every published date.
      expect(await ids(10)).toEqual([`${C}:0`, `${B}:5`, `${C}:4`, `${A}:3`])
      expect(await ids(2, 1)).toEqual([`${B}:5`, `${C}:4`])
      expect(await ids(10, 4)).toEqual([])
      expect(await listEvidenceForClaim(ctx.store.db, OTHER, { limit: 10 })).toEqual([])
    })

    it('standing counts distinct outlets per verdict and names the latest evidence', async () => {
      await seed([
        { feed: A, n: 1 },
        { feed: A, n: 2 },
        { feed: B, n: 3 },
        { feed: C, n: 4 },
        { feed: C, n: 6 },
        { feed: B, n: 7 },
      ])
      const verdicts: [string, Verdict][] = [
        [`${A}:1`, 'confirms'],
        [`${A}:2`, 'confirms'], // same outlet again: still one outlet
        [`${B}:3`, 'confirms'],
        [`${C}:4`, 'contradicts'],
        [`${C}:6`, 'mentions'],
        [`${B}:7`, 'unrelated'], // never counted, never latest
      ]
      for (const [story, verdict] of verdicts) {
        await saveJudgements(ctx.store.db, story, [judgement(CLAIM, verdict)], T0)
      }
      const standing = await claimStanding(ctx.store.db, CLAIM)
      expect({ ...standing, latest: standing.latest?.storyId }).toEqual({
        confirms: 2,
        contradicts: 1,
        mentions: 1,
        latest: `${C}:6`,
      })
    })

    it('standing of a claim without evidence is all zeros without latest', async () => {
      await seed([])
      expect(await claimStanding(ctx.store.db, CLAIM)).toEqual({
        confirms: 0,
        contradicts: 0,
        mentions: 0,
      })
      expect(await claimStanding(ctx.store.db, 'unknown')).toEqual({
        confirms: 0,
        contradicts: 0,
        mentions: 0,
      })
    })

    it('the evidence of a removed claim stays readable', async () => {
      await seed([{ feed: A, n: 3 }])
      await saveJudgements(ctx.store.db, `${A}:3`, [judgement(CLAIM, 'confirms')], T0)
      await removeClaim(ctx.store.db, CLAIM, T1)
      expect((await claimStanding(ctx.store.db, CLAIM)).confirms).toBe(1)
      expect((await listEvidenceForClaim(ctx.store.db, CLAIM, { limit: 5 })).length).toBe(1)
    })
  })
})
