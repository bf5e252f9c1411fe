/**
 * Evidence: what a story said about a claim (one row per story × claim), and the standing of a
 * claim computed from it. Outlets are feeds: a claim confirmed by three stories of one feed
 * counts one outlet.
 */
import type { Kysely } from 'kysely'
import type { Judgement, Verdict } from '../domain.js'
import { VERDICTS } from '../domain.js'
import type { Database } from './database.js'
import { iso, toNumber } from './time.js'

/** One piece of evidence with its story, its outlet and the claim's text. */
export interface EvidenceEntry {
  storyId: string
  claimId: string
  claimText: string
  verdict: Verdict
  /** In [0, 1]. */
  confidence: number
  /** The sentence that decided. */
  evidence: string
  reasons: string[]
  /** When the judgement was first saved (ISO). */
  createdAt: string
  story: {
    title: string
    url: string
    published: string | null
    fetchedAt: string
    feedId: string
    feedName: string
  }
}

/** How a claim stands: number of distinct outlets per verdict, and the latest evidence. */
export interface ClaimStanding {
  confirms: number
  contradicts: number
  mentions: number
  /** The most recent evidence (by story date, else fetch time), if any. */
  latest?: EvidenceEntry
}

/**
 * Saves the judgements of one story (upsert on story × claim: a re-analysis replaces verdict,
 * confidence, evidence and reasons but keeps the first created_at). The story and every claim
 * must exist (foreign keys).
 */
export async function saveJudgements(
  db: Kysely<Database>,
  storyId: string,
  judgements: readonly Judgement[],
  now: Date,
): Promise<void> {
  for (const j of judgements) {
    const values = {
      verdict: j.verdict,
      confidence: j.confidence,
      evidence: j.evidence,
      reasons_json: JSON.stringify(j.reasons),
    }
    await db
      .insertInto('evidence')
      .values({ story_id: storyId, claim_id: j.claim, ...values, created_at: iso(now) })
      .onConflict((oc) => oc.columns(['story_id', 'claim_id']).doUpdateSet(values))
      .execute()
  }
}

function evidenceQuery(db: Kysely<Database>) {
  return (
    db
      .selectFrom('evidence as e')
      .innerJoin('stories as s', 's.id', 'e.story_id')
      .innerJoin('feeds as f', 'f.id', 's.feed_id')
      .innerJoin('claims as c', 'c.id', 'e.claim_id')
      .select([
        'e.story_id',
        'e.claim_id',
        'c.text as claim_text',
        'e.verdict',
        'e.confidence',
        'e.evidence',
        'e.reasons_json',
        'e.created_at',
        's.title',
        's.url',
        's.published',
        's.fetched_at',
        's.feed_id',
        'f.name as feed_name',
      ])
      // Newest first. Stories without a date fall back to their fetch time (both ISO text).
      .orderBy((eb) => eb.fn.coalesce('s.published', 's.fetched_at'), 'desc')
      .orderBy('e.story_id', 'desc')
  )
}

type EvidenceRow = Awaited<ReturnType<ReturnType<typeof evidenceQuery>['execute']>>[number]

function toVerdict(value: string): Verdict {
  const verdict = VERDICTS.find((v) => v === value)
  if (verdict === undefined) throw new Error(`store: unknown verdict "${value}" in evidence`)
  return verdict
}

function toEntry(row: EvidenceRow): EvidenceEntry {
  const reasons: unknown = JSON.parse(row.reasons_json)
  return {
    storyId: row.story_id,
    claimId: row.claim_id,
    claimText: row.claim_text,
    verdict: toVerdict(row.verdict),
    confidence: toNumber(row.confidence),
    evidence: row.evidence,
    reasons: Array.isArray(reasons) ? reasons.map(String) : [],
    createdAt: row.created_at,
    story: {
      title: row.title,
      url: row.url,
      published: row.published,
      fetchedAt: row.fetched_at,
      feedId: row.feed_id,
      feedName: row.feed_name,
    },
  }
}

/** The evidence timeline of a claim (newest first), `limit` entries from `offset`. */
export async function listEvidenceForClaim(
  db: Kysely<Database>,
  claimId: string,
  page: { limit: number; offset?: number },
): Promise<EvidenceEntry[]> {
  const rows = await evidenceQuery(db)
    .where('e.claim_id', '=', claimId)
    .limit(page.limit)
    .offset(page.offset ?? 0)
    .execute()
  return rows.map(toEntry)
}

/** Every judgement saved for one story, with each claim's text, ordered by claim id. */
export async function evidenceForStory(
  db: Kysely<Database>,
  storyId: string,
): Promise<EvidenceEntry[]> {
  const rows = await evidenceQuery(db).where('e.story_id', '=', storyId).execute()
  return rows
    .map(toEntry)
    .sort((a, b) => (a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0))
}

/**
 * Standing of a claim: how many distinct outlets (feeds) confirm, contradict or mention it,
 * and its latest non-`unrelated` evidence. All zeros and no `latest` for an unknown claim.
 */
export async function claimStanding(db: Kysely<Database>, claimId: string): Promise<ClaimStanding> {
  const counts = await db
    .selectFrom('evidence as e')
    .innerJoin('stories as s', 's.id', 'e.story_id')
    .select((eb) => ['e.verdict', eb.fn.count('s.feed_id').distinct().as('outlets')])
    .where('e.claim_id', '=', claimId)
    .groupBy('e.verdict')
    .execute()
  const outlets = (verdict: Verdict) =>
    toNumber(counts.find((c) => c.verdict === verdict)?.outlets ?? 0)
  const latest = await evidenceQuery(db)
    .where('e.claim_id', '=', claimId)
    .where('e.verdict', '!=', 'unrelated')
    .limit(1)
    .executeTakeFirst()
  const standing: ClaimStanding = {
    confirms: outlets('confirms'),
    contradicts: outlets('contradicts'),
    mentions: outlets('mentions'),
  }
  if (latest !== undefined) standing.latest = toEntry(latest)
  return standing
}
