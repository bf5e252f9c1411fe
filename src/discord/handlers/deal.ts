/**
 * `/deal status|list|history`: where each claim stands and the evidence timeline. Anyone may run
 * them; answers are public so the channel sees them.
 */
import { ButtonStyle, type APIEmbed } from 'discord.js'
import type { ClaimSummary, DealDeps, EvidenceEntry } from '../deal-deps.js'
import { LIMITS, buttonRow, truncate, type Choice, type Outcome } from '../reply.js'
import {
  fold,
  formatConfidence,
  formatInstant,
  reply,
  say,
  stringOption,
  t,
  update,
  type CommandContext,
  type CommandInput,
} from './context.js'

/** Evidence entries per history page. */
export const HISTORY_PAGE_SIZE = 5
/** Custom-id prefix of the history page buttons: `dw:hist:<deal or claim key>:<page>`. */
export const HISTORY_PREFIX = 'dw:hist:'
const COLORS = { confirmed: 0x2ecc71, contradicted: 0xe74c3c, disputed: 0xf39c12, none: 0x95a5a6 }

/** A deal: one or more claims sharing parties, addressed by `key`. */
export interface DealSelection {
  key: string
  name: string
  claims: ClaimSummary[]
}

/**
 * Finds what a user means by `query`: a deal key or claim id (what autocomplete fills in) exactly,
 * else the deals whose name, claim ids or texts contain the query (accent- and case-insensitive).
 */
export function resolveDeal(
  claims: readonly ClaimSummary[],
  query: string,
):
  | { ok: true; value: DealSelection }
  | { ok: false; reason: 'not_found' | 'ambiguous'; names: string[] } {
  const byId = claims.find((c) => c.id === query)
  if (byId) return { ok: true, value: { key: byId.id, name: dealTitle(byId), claims: [byId] } }
  const exact = claims.filter((c) => c.dealKey === query)
  if (exact.length > 0) return { ok: true, value: dealOf(exact) }
  const q = fold(query)
  const hits = claims.filter((c) => [c.dealName, c.id, c.text].some((s) => fold(s).includes(q)))
  const keys = [...new Set(hits.map((c) => c.dealKey))]
  if (keys.length === 1)
    return { ok: true, value: dealOf(claims.filter((c) => c.dealKey === keys[0])) }
  if (keys.length === 0) return { ok: false, reason: 'not_found', names: [] }
  const names = keys.map((k) => hits.find((c) => c.dealKey === k)?.dealName ?? k)
  return { ok: false, reason: 'ambiguous', names: names.slice(0, 5) }
}

function dealOf(claims: ClaimSummary[]): DealSelection {
  const first = claims[0]
  if (!first) throw new Error('dealOf: a deal needs at least one claim')
  return { key: first.dealKey, name: first.dealName, claims }
}

function dealTitle(c: ClaimSummary): string {
  return c.dealName === c.id ? c.id : `${c.dealName}: ${c.id}`
}

/** How a claim stands: distinct outlets confirming / contradicting at or above the threshold. */
export interface Standing {
  state: 'confirmed' | 'contradicted' | 'disputed' | 'none'
  confirmedBy: number
  contradictedBy: number
  mentionedBy: number
}

/**
 * Standing of one claim from its evidence. An outlet counts once per verdict, whatever the number
 * of its stories; judgements below `threshold` do not count as confirmation or contradiction.
 */
export function standingOf(evidence: readonly EvidenceEntry[], threshold: number): Standing {
  const outlets = {
    confirms: new Set<string>(),
    contradicts: new Set<string>(),
    mentions: new Set<string>(),
  }
  for (const e of evidence) {
    if (e.verdict === 'mentions' || e.confidence < threshold) outlets.mentions.add(e.outlet)
    else if (e.verdict === 'confirms') outlets.confirms.add(e.outlet)
    else if (e.verdict === 'contradicts') outlets.contradicts.add(e.outlet)
  }
  const n = outlets.confirms.size
  const m = outlets.contradicts.size
  const state = n > 0 && m > 0 ? 'disputed' : n > 0 ? 'confirmed' : m > 0 ? 'contradicted' : 'none'
  return { state, confirmedBy: n, contradictedBy: m, mentionedBy: outlets.mentions.size }
}

function standingLine(s: Standing, ctx: CommandContext): string {
  const m = t(ctx)
  const main =
    s.state === 'disputed'
      ? m.standingDisputed(s.confirmedBy, s.contradictedBy)
      : s.state === 'confirmed'
        ? m.standingConfirmed(s.confirmedBy)
        : s.state === 'contradicted'
          ? m.standingContradicted(s.contradictedBy)
          : m.standingNone
  return s.mentionedBy > 0 ? `${main} · ${m.mentionedBy(s.mentionedBy)}` : main
}

/** One evidence entry as two lines: date · verdict (confidence) · linked outlet, then the quote. */
function evidenceLines(e: EvidenceEntry, ctx: CommandContext, quoteMax: number): string {
  const m = t(ctx)
  const when = formatInstant(e.published) ?? m.undated
  const verdict = m.verdict[e.verdict] ?? e.verdict
  const outlet = e.url ? `[${e.outlet.replace(/[[\]]/g, '')}](${e.url})` : e.outlet
  return `${when} · **${verdict}** (${m.confidence} ${formatConfidence(e.confidence)}) · ${outlet}\n> ${truncate(e.evidence.replace(/\s+/g, ' '), quoteMax)}`
}

async function thresholdFor(deps: DealDeps, ctx: CommandContext): Promise<number> {
  return ctx.guildId === null ? 0 : (await deps.getGuildSettings(ctx.guildId)).threshold
}

/**
 * The deal named by the `deal` option, or the answer to give instead: no claims tracked, nothing
 * matching the query, or several deals matching it.
 */
async function dealAsked(
  input: CommandInput,
  deps: DealDeps,
  ctx: CommandContext,
): Promise<{ ok: true; deal: DealSelection } | { ok: false; answer: Outcome }> {
  const query = stringOption(input, 'deal')
  const claims = await deps.listClaims(ctx.guildId)
  if (claims.length === 0) return { ok: false, answer: say(t(ctx).noClaims) }
  if (query === undefined) return { ok: false, answer: say(t(ctx).dealNotFound('')) }
  const found = resolveDeal(claims, query)
  if (found.ok) return { ok: true, deal: found.value }
  return {
    ok: false,
    answer: say(
      found.reason === 'ambiguous'
        ? t(ctx).dealAmbiguous(query, found.names)
        : t(ctx).dealNotFound(query),
    ),
  }
}

/** `/deal status <deal>`: each claim of the deal, its standing and its latest evidence. */
export async function dealStatus(
  input: CommandInput,
  deps: DealDeps,
  ctx: CommandContext,
): Promise<Outcome> {
  const found = await dealAsked(input, deps, ctx)
  if (!found.ok) return found.answer
  const deal = found.deal
  const [evidence, threshold] = await Promise.all([
    deps.claimEvidence(deal.claims.map((c) => c.id)),
    thresholdFor(deps, ctx),
  ])
  const shown = deal.claims.slice(0, 10)
  const standings = shown.map((c) =>
    standingOf(
      evidence.filter((e) => e.claimId === c.id),
      threshold,
    ),
  )
  const fields = shown.map((c, i) => {
    const own = evidence.filter((e) => e.claimId === c.id)
    const latest = own.slice(0, 2).map((e) => evidenceLines(e, ctx, 300))
    const value = [standingLine(standings[i] ?? standingOf([], threshold), ctx), ...latest].join(
      '\n',
    )
    return { name: truncate(c.text, LIMITS.fieldName), value: truncate(value, LIMITS.fieldValue) }
  })
  const embed: APIEmbed = {
    title: truncate(t(ctx).statusTitle(deal.name), LIMITS.embedTitle),
    color: COLORS[overallState(standings)],
    fields,
  }
  return reply({ embeds: [embed] })
}

function overallState(standings: Standing[]): Standing['state'] {
  const states = new Set(standings.map((s) => s.state))
  if (states.has('disputed') || (states.has('confirmed') && states.has('contradicted')))
    return 'disputed'
  if (states.has('contradicted')) return 'contradicted'
  if (states.has('confirmed')) return 'confirmed'
  return 'none'
}

/** `/deal list`: every tracked deal with each claim's standing in one line. */
export async function dealList(
  _input: CommandInput,
  deps: DealDeps,
  ctx: CommandContext,
): Promise<Outcome> {
  const claims = await deps.listClaims(ctx.guildId)
  if (claims.length === 0) return say(t(ctx).noClaims)
  const [evidence, threshold] = await Promise.all([
    deps.claimEvidence(claims.map((c) => c.id)),
    thresholdFor(deps, ctx),
  ])
  const deals = new Map<string, ClaimSummary[]>()
  for (const c of claims) deals.set(c.dealKey, [...(deals.get(c.dealKey) ?? []), c])
  const groups = [...deals.values()]
  const fields = groups.slice(0, LIMITS.fields).map((group) => {
    const lines = group.map((c) => {
      const s = standingOf(
        evidence.filter((e) => e.claimId === c.id),
        threshold,
      )
      return `• ${truncate(c.text, 180)} (\`${c.id}\`)\n  ${standingLine(s, ctx)}`
    })
    return {
      name: truncate(group[0]?.dealName ?? '?', LIMITS.fieldName),
      value: truncate(lines.join('\n'), LIMITS.fieldValue),
    }
  })
  return reply({ embeds: [{ title: t(ctx).listTitle, color: COLORS.none, fields }] })
}

/** `/deal history <deal>`: the evidence timeline, newest first, one page at a time. */
export async function dealHistory(
  input: CommandInput,
  deps: DealDeps,
  ctx: CommandContext,
): Promise<Outcome> {
  const found = await dealAsked(input, deps, ctx)
  if (!found.ok) return found.answer
  return reply(await historyPage(found.deal, 0, deps, ctx))
}

/** A history page button was pressed: re-read the deal and show the requested page in place. */
export async function dealHistoryPage(
  customId: string,
  deps: DealDeps,
  ctx: CommandContext,
): Promise<Outcome> {
  const parsed = parseHistoryId(customId)
  if (!parsed) return say(t(ctx).staleButton)
  const claims = await deps.listClaims(ctx.guildId)
  const found = resolveDeal(claims, parsed.key)
  // The key came from our own button, so only an exact match counts (the deal may be gone).
  if (!found.ok || (found.value.key !== parsed.key && found.value.claims[0]?.id !== parsed.key)) {
    return update({ content: t(ctx).staleButton })
  }
  return update(await historyPage(found.value, parsed.page, deps, ctx))
}

/** `dw:hist:<key>:<page>` → key and page; null when it is not one of ours. */
export function parseHistoryId(customId: string): { key: string; page: number } | null {
  const m = /^dw:hist:(.+):(\d{1,6})$/.exec(customId)
  if (!m || m[1] === undefined || m[2] === undefined) return null
  return { key: m[1], page: Number(m[2]) }
}

/** The custom id of a history page button (null when the key is too long for Discord). */
export function historyId(key: string, page: number): string | null {
  const id = `${HISTORY_PREFIX}${key}:${page}`
  return id.length <= LIMITS.customId ? id : null
}

async function historyPage(
  deal: DealSelection,
  requested: number,
  deps: DealDeps,
  ctx: CommandContext,
) {
  const m = t(ctx)
  const evidence = await deps.claimEvidence(deal.claims.map((c) => c.id))
  const title = truncate(m.historyTitle(deal.name), LIMITS.embedTitle)
  if (evidence.length === 0) {
    return { embeds: [{ title, description: m.historyEmpty, color: COLORS.none }], components: [] }
  }
  const pages = Math.ceil(evidence.length / HISTORY_PAGE_SIZE)
  const page = Math.min(Math.max(0, requested), pages - 1)
  const entries = evidence.slice(page * HISTORY_PAGE_SIZE, (page + 1) * HISTORY_PAGE_SIZE)
  const byId = new Map(deal.claims.map((c) => [c.id, c]))
  const blocks = entries.map((e) => {
    const claimLine =
      deal.claims.length > 1 ? `\n_${truncate(byId.get(e.claimId)?.text ?? e.claimId, 150)}_` : ''
    return evidenceLines(e, ctx, 500) + claimLine
  })
  const embed: APIEmbed = {
    title,
    description: truncate(blocks.join('\n\n'), LIMITS.embedDescription),
    footer: { text: m.page(page + 1, pages) },
    color: COLORS.none,
  }
  const prev = historyId(deal.key, page - 1)
  const next = historyId(deal.key, page + 1)
  const components =
    pages > 1 && prev !== null && next !== null
      ? [
          buttonRow([
            { customId: prev, label: m.previous, disabled: page === 0 },
            {
              customId: next,
              label: m.next,
              style: ButtonStyle.Primary,
              disabled: page >= pages - 1,
            },
          ]),
        ]
      : []
  return { embeds: [embed], components }
}

/**
 * Autocomplete for the `deal` option: deals (several claims) first, then single claims, whose
 * name, id or text contains what was typed.
 */
export async function dealChoices(
  typed: string,
  deps: DealDeps,
  ctx: CommandContext,
): Promise<Choice[]> {
  const claims = await deps.listClaims(ctx.guildId)
  const q = fold(typed.trim())
  const deals = new Map<string, ClaimSummary[]>()
  for (const c of claims) deals.set(c.dealKey, [...(deals.get(c.dealKey) ?? []), c])
  const choices: Choice[] = []
  for (const [key, group] of deals) {
    if (group.length < 2) continue
    const name = `${group[0]?.dealName ?? key} (${group.length})`
    if (
      q === '' ||
      group.some((c) => [c.dealName, c.id, c.text].some((s) => fold(s).includes(q)))
    ) {
      choices.push({ name: truncate(name, LIMITS.choiceName), value: key })
    }
  }
  for (const c of claims) {
    if (q === '' || [c.dealName, c.id, c.text].some((s) => fold(s).includes(q))) {
      choices.push({ name: truncate(c.text, LIMITS.choiceName), value: c.id })
    }
  }
  return choices.filter((c) => c.value.length <= LIMITS.choiceName).slice(0, LIMITS.choices)
}
