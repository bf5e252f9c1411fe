/**
 * Public API of the analysis core (pure: plain data in, plain data out; deterministic; no I/O).
 *
 *   compileClaims(file)         once per claims file: alias index + compiled claims + warnings
 *   judgeStory(set, story)      the non-unrelated judgements of one story
 *   analyzeStories(set, stories) the output of `dealwatch analyze`, in story-date order
 *   describeClaim(claim)        how a claim was understood (for `dealwatch claims`, /claim add)
 */
import type { ClaimsFile, EntitySpec, Judgement, Lang, Story } from '../domain.js'
import { calibratedConfidence, usableWeights, type CalibrationWeights } from './calibration.js'
import {
  adhocId,
  claimEntities,
  compileClaim,
  type CompiledClaim,
  type DealStatus,
} from './claims.js'
import type { DealKind } from './deal-kinds.js'
import { buildAliasIndex, type AliasIndex } from './entities.js'
import type { Currency, FigureMeaning, Qualifier } from './figures.js'
import { enrichStory, scanStory } from './story.js'
import { judgeClaim, type Decision } from './verdict.js'
import modelWeights from './model-weights.json' with { type: 'json' }

/** Trained calibration (scripts/train.ts); a stale or malformed file falls back to hand scores. */
const CALIBRATION: CalibrationWeights | null = usableWeights(modelWeights) ? modelWeights : null

export type { CompiledClaim } from './claims.js'

/** A compiled claims file. Read-only after compileClaims. */
export interface ClaimSet {
  claims: CompiledClaim[]
  warnings: string[]
  /** Alias index over configured and ad-hoc entities. */
  index: AliasIndex
  /** Entity id → indices into `claims` of the claims naming it as a party. */
  byEntity: ReadonlyMap<string, readonly number[]>
}

/** How a claim was understood (`dealwatch claims`). */
export interface ClaimDescription {
  id: string
  text: string
  lang: Lang
  parties: { id: string; name: string; role: string }[]
  /**
   * Owners or founders in a possessive ("Elon Musk's xAI") and lead investors of a round ("led by
   * Iconiq"): not parties (stories need not name them), but they speak for the deal.
   */
  voices: string[]
  /** Companies named only in a background clause: context, not parties. */
  context: string[]
  kind: DealKind
  status: DealStatus
  hedged: boolean
  /** The claim is one term (a figure) of a deal its background names: only that term tells it. */
  sideTerm: boolean
  /** Setbacks the claim recalls in a background clause: a story reporting one is not against it. */
  recalledSetbacks: string[]
  figures: {
    meaning: FigureMeaning
    text: string
    low: number
    high: number
    currency?: Currency
    qualifier: Qualifier
  }[]
  warnings: string[]
}

/** Minimum number of letters for a capitalised name to become an ad-hoc entity. */
const ADHOC_MIN_LETTERS = 3

/**
 * Compiles a claims file: builds the alias index once (configured entities, plus ad-hoc entities
 * for capitalised names in claims that name fewer than two configured entities), then compiles
 * each claim. Never throws: malformed entries become warnings and are skipped.
 */
export function compileClaims(file: ClaimsFile): ClaimSet {
  const warnings: string[] = []
  const entities: (EntitySpec & { adhoc?: boolean })[] = []
  const ids = new Set<string>()
  for (const e of Array.isArray(file?.entities) ? file.entities : []) {
    if (
      e === null ||
      typeof e !== 'object' ||
      typeof e.id !== 'string' ||
      typeof e.name !== 'string'
    ) {
      warnings.push('an entity without an id or a name was skipped')
      continue
    }
    if (ids.has(e.id)) warnings.push(`entity "${e.id}" is defined twice; aliases merged`)
    ids.add(e.id)
    const aliases = Array.isArray(e.aliases)
      ? e.aliases.filter((a): a is string => typeof a === 'string')
      : []
    entities.push({ id: e.id, name: e.name, aliases })
  }
  const specs = (Array.isArray(file?.claims) ? file.claims : []).filter((c) => {
    const ok =
      c !== null && typeof c === 'object' && typeof c.id === 'string' && typeof c.text === 'string'
    if (!ok) warnings.push('a claim without an id or a text was skipped')
    return ok
  })

  // Ad-hoc entities from claims whose parties are not (all) configured.
  const configured = buildAliasIndex(entities)
  for (const spec of specs) {
    if (spec.parties !== undefined && spec.parties.length > 0) continue
    const { mentions, adhocNames } = claimEntities(configured, spec.text)
    if (new Set(mentions.map((m) => m.entity)).size >= 2) continue
    for (const n of adhocNames) {
      if (n.entity.replace(/[^\p{L}]/gu, '').length < ADHOC_MIN_LETTERS) continue
      const id = adhocId(n.entity)
      if (ids.has(id)) continue
      ids.add(id)
      entities.push({ id, name: n.entity, aliases: [], adhoc: true })
    }
  }
  const index = buildAliasIndex(entities)

  const claims: CompiledClaim[] = []
  const seen = new Set<string>()
  for (const spec of specs) {
    if (seen.has(spec.id)) {
      warnings.push(`claim "${spec.id}" is defined twice; the second was skipped`)
      continue
    }
    seen.add(spec.id)
    const claim = compileClaim(spec, index)
    for (const w of claim.warnings) warnings.push(`claim "${claim.id}": ${w}`)
    claims.push(claim)
  }
  const byEntity = new Map<string, number[]>()
  claims.forEach((c, i) => {
    for (const p of c.parties) {
      const list = byEntity.get(p.id) ?? []
      if (!list.includes(i)) list.push(i)
      byEntity.set(p.id, list)
    }
  })
  return { claims, warnings, index, byEntity }
}

/**
 * Judgements of one story against the claim set: only pairs that are not 'unrelated', in claim
 * order. Candidate claims come from the alias index (claims naming an entity the story mentions),
 * so the cost does not grow with the number of claims the story does not touch. Never throws.
 */
export function judgeStory(set: ClaimSet, story: Story): Judgement[] {
  const scanned = scanStory(set.index, story)
  const candidates = new Set<number>()
  for (const e of scanned.entities) for (const i of set.byEntity.get(e) ?? []) candidates.add(i)
  if (candidates.size === 0) return []
  const view = enrichStory(scanned)
  const out: Judgement[] = []
  for (const i of [...candidates].sort((a, b) => a - b)) {
    const claim = set.claims[i]
    if (claim === undefined) continue
    const d = judgeClaim(claim, view)
    if (d === null) continue
    out.push({
      item: view.id,
      claim: claim.id,
      verdict: d.verdict,
      confidence: finalConfidence(claim, d),
      evidence: d.evidence,
      reasons: d.reasons,
    })
  }
  return out
}

/** Hedged reports confirming a claim about an agreed or completed deal weigh less (DESIGN.md). */
const HEDGED_AGREED_FACTOR = 0.9

function finalConfidence(claim: CompiledClaim, d: Decision): number {
  const p = calibratedConfidence(d, CALIBRATION)
  const weaker = d.verdict === 'confirms' && d.features.hedged && (claim.level ?? 0) >= 2
  return weaker ? Math.round(p * HEDGED_AGREED_FACTOR * 100) / 100 : p
}

/**
 * `dealwatch analyze`: judgements of every story, stories in publication order (stable; stories
 * without a date keep their input order after the dated ones).
 */
export function analyzeStories(set: ClaimSet, stories: readonly Story[]): Judgement[] {
  const order = stories
    .map((s, i) => ({ s, i, t: typeof s.published === 'string' ? Date.parse(s.published) : NaN }))
    .sort((a, b) => {
      const ta = Number.isNaN(a.t) ? Infinity : a.t
      const tb = Number.isNaN(b.t) ? Infinity : b.t
      return ta === tb ? a.i - b.i : ta - tb
    })
  return order.flatMap(({ s }) => judgeStory(set, s))
}

/** How a claim was understood, as plain data for display. */
export function describeClaim(claim: CompiledClaim): ClaimDescription {
  return {
    id: claim.id,
    text: claim.text,
    lang: claim.lang,
    parties: claim.parties.map((p) => ({ id: p.id, name: p.name, role: p.role })),
    voices: claim.voices.map((v) => v.name),
    context: claim.context.map((c) => c.name),
    kind: claim.kind,
    status: claim.status,
    hedged: claim.hedged,
    sideTerm: claim.sideTerm,
    recalledSetbacks: [...claim.recalledSetbacks],
    figures: claim.figures.map((f) => ({
      meaning: f.meaning,
      text: f.text,
      low: f.low,
      high: f.high,
      ...(f.currency !== undefined ? { currency: f.currency } : {}),
      qualifier: f.qualifier,
    })),
    warnings: claim.warnings,
  }
}
