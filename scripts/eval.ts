/**
 * Scores the analysis core on a labelled set (../shared/devset README rules).
 *
 *   npm run eval -- --claims C --items I --labels L [--json] [--lodo]
 *
 * Every story × claim pair is scored; a pair without a label line is gold 'unrelated', a pair the
 * system does not output is predicted 'unrelated'. Prints per-verdict precision/recall/F1 with raw
 * counts, macro-F1 over the four verdicts, related macro-F1 (confirms/contradicts/mentions), alert
 * precision (with the number of alerts), alert recall, contradiction recall, the FNC-1-style
 * weighted score, the same per language, and the confusion matrix. `--json` prints one JSON object
 * on the last line. `--lodo` adds a leave-one-deal-out figure: claims are grouped into deals by
 * shared parties; verdicts come from rules with no parameters fitted to these files, so every
 * held-out deal is judged by the same rules and the figure is computed per deal and pooled (the
 * trained confidence layer has its own leave-one-deal-out check in scripts/train.ts).
 */
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { analyzeStories, compileClaims, type ClaimSet } from '../src/analysis/index.js'
import { VERDICTS, type ClaimsFile, type Story, type Verdict } from '../src/domain.js'

const USAGE = `usage: npm run eval -- --claims CLAIMS.yaml --items ITEMS.jsonl --labels LABELS.jsonl [--json] [--lodo] [--errors]

  --claims  claims file (YAML: entities + claims)
  --items   stories, one JSON object a line
  --labels  gold verdicts, one {"item","claim","verdict"} a line (absent pairs are 'unrelated')
  --json    print one JSON object with every figure on the last line
  --lodo    add a leave-one-deal-out figure (deals = claims grouped by shared parties)
  --errors  list every misclassified pair: claim, story title and summary, gold why, predicted reasons`

interface Args {
  claims: string
  items: string
  labels: string
  json: boolean
  lodo: boolean
  errors: boolean
}

function parseArgs(argv: string[]): Args | null {
  const out: Partial<Args> = { json: false, lodo: false, errors: false }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--json') out.json = true
    else if (a === '--lodo') out.lodo = true
    else if (a === '--errors') out.errors = true
    else if (a === '--claims' || a === '--items' || a === '--labels') {
      const v = argv[++i]
      if (v === undefined) return null
      out[a.slice(2) as 'claims' | 'items' | 'labels'] = v
    } else return null
  }
  if (!out.claims || !out.items || !out.labels) return null
  return out as Args
}

function fail(message: string): never {
  process.stderr.write(`eval: ${message}\n`)
  process.exit(2)
}

function readClaims(path: string): ClaimsFile {
  let doc: unknown
  try {
    doc = parse(readFileSync(path, 'utf8'))
  } catch (e) {
    fail(`${path}: ${(e as Error).message}`)
  }
  const d = doc as Partial<ClaimsFile> | null
  if (d === null || typeof d !== 'object' || !Array.isArray(d.claims))
    fail(`${path}: expected a "claims:" list`)
  const entities = Array.isArray(d.entities) ? d.entities : []
  for (const [i, c] of d.claims.entries()) {
    if (typeof c?.id !== 'string' || typeof c?.text !== 'string')
      fail(`${path}: claims[${i}] needs an id and a text`)
    const date: unknown = c.date
    if (date !== undefined)
      c.date = (date instanceof Date ? date.toISOString() : String(date)).slice(0, 10)
  }
  return { entities, claims: d.claims }
}

function readJsonLines<T>(path: string, check: (v: unknown, where: string) => T): T[] {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (e) {
    fail(`${path}: ${(e as Error).message}`)
  }
  const out: T[] = []
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return
    let v: unknown
    try {
      v = JSON.parse(line)
    } catch (e) {
      fail(`${path}:${i + 1}: ${(e as Error).message}`)
    }
    out.push(check(v, `${path}:${i + 1}`))
  })
  return out
}

function toStory(v: unknown, where: string): Story {
  const o = v as Record<string, unknown>
  if (
    o === null ||
    typeof o !== 'object' ||
    (typeof o.id !== 'string' && typeof o.id !== 'number')
  ) {
    fail(`${where}: a story needs an id`)
  }
  const lang = o.lang === 'en' || o.lang === 'fr' ? o.lang : undefined
  return {
    id: String(o.id),
    title: typeof o.title === 'string' ? o.title : '',
    summary: typeof o.summary === 'string' ? o.summary : '',
    url: typeof o.url === 'string' ? o.url : '',
    published: typeof o.published === 'string' ? o.published : null,
    ...(lang ? { lang } : {}),
  }
}

interface Label {
  item: string
  claim: string
  verdict: Verdict
  why?: string
}

function toLabel(v: unknown, where: string): Label {
  const o = v as Record<string, unknown>
  if (
    typeof o?.item !== 'string' ||
    typeof o.claim !== 'string' ||
    !VERDICTS.includes(o.verdict as Verdict)
  ) {
    fail(`${where}: a label needs item, claim and a verdict in ${VERDICTS.join('/')}`)
  }
  return {
    item: o.item,
    claim: o.claim,
    verdict: o.verdict as Verdict,
    ...(typeof o.why === 'string' ? { why: o.why } : {}),
  }
}

type Matrix = Record<Verdict, Record<Verdict, number>>

function emptyMatrix(): Matrix {
  const m = {} as Matrix
  for (const g of VERDICTS) {
    m[g] = {} as Record<Verdict, number>
    for (const p of VERDICTS) m[g][p] = 0
  }
  return m
}

const RELATED: readonly Verdict[] = ['confirms', 'contradicts', 'mentions']

function div(a: number, b: number): number {
  return b === 0 ? 0 : a / b
}

interface Scores {
  pairs: number
  perVerdict: Record<
    Verdict,
    { precision: number; recall: number; f1: number; tp: number; predicted: number; gold: number }
  >
  macroF1: number
  relatedMacroF1: number
  alertPrecision: number
  alerts: number
  alertRecall: number
  contradictionRecall: number
  fncScore: number
  fncMax: number
  fncRelative: number
  confusion: Matrix
}

function score(m: Matrix): Scores {
  const perVerdict = {} as Scores['perVerdict']
  let pairs = 0
  for (const v of VERDICTS) {
    const tp = m[v][v]
    const predicted = VERDICTS.reduce((s, g) => s + m[g][v], 0)
    const gold = VERDICTS.reduce((s, p) => s + m[v][p], 0)
    pairs += gold
    const precision = div(tp, predicted)
    const recall = div(tp, gold)
    perVerdict[v] = {
      precision,
      recall,
      f1: div(2 * precision * recall, precision + recall),
      tp,
      predicted,
      gold,
    }
  }
  const alerts = VERDICTS.reduce((s, g) => s + m[g].confirms + m[g].contradicts, 0)
  const alertHits = m.confirms.confirms + m.contradicts.contradicts
  const goldAlerts = perVerdict.confirms.gold + perVerdict.contradicts.gold
  let fnc = 0
  let fncMax = 0
  for (const g of VERDICTS) {
    for (const p of VERDICTS) {
      const n = m[g][p]
      let s = 0
      if (g === p) s += 0.25
      if (g === p && g !== 'unrelated') s += 0.5
      if (RELATED.includes(g) && RELATED.includes(p)) s += 0.25
      fnc += s * n
      fncMax += (g === 'unrelated' ? 0.25 : 1) * n
    }
  }
  return {
    pairs,
    perVerdict,
    macroF1: VERDICTS.reduce((s, v) => s + perVerdict[v].f1, 0) / 4,
    relatedMacroF1: RELATED.reduce((s, v) => s + perVerdict[v].f1, 0) / 3,
    alertPrecision: div(alertHits, alerts),
    alerts,
    alertRecall: div(alertHits, goldAlerts),
    contradictionRecall: div(m.contradicts.contradicts, perVerdict.contradicts.gold),
    fncScore: fnc,
    fncMax,
    fncRelative: div(fnc, fncMax),
    confusion: m,
  }
}

/** Groups claims into deals: claims sharing a party are in the same deal (union-find). */
function dealsOf(set: ClaimSet): string[][] {
  const parent = set.claims.map((_, i) => i)
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number
    return i
  }
  for (const list of set.byEntity.values()) {
    for (const i of list.slice(1)) parent[find(i)] = find(list[0] as number)
  }
  const groups = new Map<number, string[]>()
  set.claims.forEach((c, i) => {
    const r = find(i)
    groups.set(r, [...(groups.get(r) ?? []), c.id])
  })
  return [...groups.values()]
}

function pct(x: number): string {
  return x.toFixed(3)
}

function report(name: string, s: Scores): string {
  const lines = [`== ${name} (${s.pairs} pairs)`]
  for (const v of VERDICTS) {
    const p = s.perVerdict[v]
    lines.push(
      `  ${v.padEnd(12)} P ${pct(p.precision)} (${p.tp}/${p.predicted})  R ${pct(p.recall)} (${p.tp}/${p.gold})  F1 ${pct(p.f1)}`,
    )
  }
  lines.push(`  macro-F1 (4 verdicts)     ${pct(s.macroF1)}`)
  lines.push(`  related macro-F1 (c/c/m)  ${pct(s.relatedMacroF1)}`)
  lines.push(`  alert precision           ${pct(s.alertPrecision)} (${s.alerts} alerts)`)
  lines.push(`  alert recall              ${pct(s.alertRecall)}`)
  lines.push(
    `  contradiction recall      ${pct(s.contradictionRecall)} (${s.perVerdict.contradicts.tp}/${s.perVerdict.contradicts.gold})`,
  )
  lines.push(
    `  FNC-1 weighted score      ${s.fncScore.toFixed(2)} / ${s.fncMax.toFixed(2)} = ${pct(s.fncRelative)}`,
  )
  return lines.join('\n')
}

function confusionTable(m: Matrix): string {
  const head = 'gold \\ predicted'.padEnd(18) + VERDICTS.map((v) => v.padStart(12)).join('')
  const rows = VERDICTS.map(
    (g) => g.padEnd(18) + VERDICTS.map((p) => String(m[g][p]).padStart(12)).join(''),
  )
  return [head, ...rows].join('\n')
}

function main(): void {
  const args = parseArgs(process.argv.slice(2))
  if (args === null) {
    process.stdout.write(USAGE + '\n')
    process.exit(process.argv.length > 2 ? 2 : 0)
  }
  const file = readClaims(args.claims)
  const stories = readJsonLines(args.items, toStory)
  const labels = readJsonLines(args.labels, toLabel)
  const set = compileClaims(file)
  const claimIds = new Set(set.claims.map((c) => c.id))
  const itemIds = new Set(stories.map((s) => s.id))
  const gold = new Map<string, Verdict>()
  for (const l of labels) {
    if (!itemIds.has(l.item)) fail(`${args.labels}: unknown item "${l.item}"`)
    if (!claimIds.has(l.claim)) fail(`${args.labels}: unknown claim "${l.claim}"`)
    const key = `${l.item}\u0000${l.claim}`
    if (gold.has(key)) fail(`${args.labels}: pair ${l.item} / ${l.claim} listed twice`)
    gold.set(key, l.verdict)
  }
  const started = process.hrtime.bigint()
  const judgements = analyzeStories(set, stories)
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6
  const predicted = new Map<string, Verdict>()
  for (const j of judgements) predicted.set(`${j.item}\u0000${j.claim}`, j.verdict)
  if (args.errors) {
    // Diagnosis: every pair whose verdict differs from the gold one, with what decided it.
    const why = new Map(labels.map((l) => [`${l.item}\u0000${l.claim}`, l.why ?? '']))
    const byKey = new Map(judgements.map((j) => [`${j.item}\u0000${j.claim}`, j]))
    const claimText = new Map(set.claims.map((c) => [c.id, `${c.text} [${c.date ?? 'undated'}]`]))
    const lines: string[] = []
    for (const st of stories) {
      for (const c of set.claims) {
        const key = `${st.id}\u0000${c.id}`
        const g = gold.get(key) ?? 'unrelated'
        const j = byKey.get(key)
        if ((j?.verdict ?? 'unrelated') === g) continue
        lines.push(
          `== ${st.id} × ${c.id}: gold ${g}, predicted ${j?.verdict ?? 'unrelated'} (${String(st.published ?? '').slice(0, 10)} ${st.lang ?? ''})`,
        )
        lines.push(
          `  claim: ${claimText.get(c.id) ?? ''}`,
          `  title: ${st.title}`,
          `  summary: ${st.summary ?? ''}`,
        )
        if (why.get(key)) lines.push(`  gold why: ${why.get(key) ?? ''}`)
        if (j !== undefined)
          lines.push(`  reasons: ${j.reasons.join(' | ')}`, `  evidence: ${j.evidence}`)
      }
    }
    process.stderr.write(lines.join('\n') + (lines.length > 0 ? '\n' : ''))
  }

  const all = emptyMatrix()
  const byLang: Record<string, Matrix> = {}
  const byClaim: Record<string, Matrix> = {}
  for (const s of stories) {
    const lang = s.lang ?? 'unknown'
    byLang[lang] ??= emptyMatrix()
    for (const c of set.claims) {
      const key = `${s.id}\u0000${c.id}`
      const g = gold.get(key) ?? 'unrelated'
      const p = predicted.get(key) ?? 'unrelated'
      all[g][p]++
      byLang[lang][g][p]++
      byClaim[c.id] ??= emptyMatrix()
      byClaim[c.id]![g][p]++
    }
  }
  const overall = score(all)
  const langs = Object.fromEntries(Object.entries(byLang).map(([l, m]) => [l, score(m)]))
  const out: string[] = [report('all', overall)]
  for (const [l, s] of Object.entries(langs)) out.push(report(`lang ${l}`, s))
  out.push('confusion matrix (rows gold, columns predicted):\n' + confusionTable(all))

  // Reliability of the confidence: for each confidence band, how often the verdict was right.
  const bands = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01]
  const reliability = bands.slice(0, -1).map((lo, i) => {
    const hi = bands[i + 1] as number
    const inBand = judgements.filter((j) => j.confidence >= lo && j.confidence < hi)
    const right = inBand.filter(
      (j) => (gold.get(`${j.item}\u0000${j.claim}`) ?? 'unrelated') === j.verdict,
    ).length
    const meanConfidence = inBand.reduce((a, j) => a + j.confidence, 0) / Math.max(1, inBand.length)
    return {
      band: `[${lo.toFixed(1)}, ${Math.min(1, hi).toFixed(1)})`,
      judgements: inBand.length,
      accuracy: div(right, inBand.length),
      meanConfidence,
    }
  })
  const ece = reliability.reduce(
    (a, r) =>
      a + (r.judgements / Math.max(1, judgements.length)) * Math.abs(r.accuracy - r.meanConfidence),
    0,
  )
  out.push(
    'reliability (non-unrelated judgements by confidence band):\n' +
      reliability
        .filter((r) => r.judgements > 0)
        .map(
          (r) =>
            `  ${r.band.padEnd(11)} n=${String(r.judgements).padStart(3)}  mean confidence ${pct(r.meanConfidence)}  accuracy ${pct(r.accuracy)}`,
        )
        .join('\n') +
      `\n  expected calibration error ${pct(ece)}`,
  )

  let lodo: Record<string, unknown> | undefined
  if (args.lodo) {
    const deals = dealsOf(set)
    const pooled = emptyMatrix()
    const perDeal: {
      claims: string[]
      relatedMacroF1: number
      alertPrecision: number
      alerts: number
    }[] = []
    for (const deal of deals) {
      // A rule system has nothing to refit: the held-out deal is judged by the same engine.
      const m = emptyMatrix()
      for (const id of deal) {
        const cm = byClaim[id]
        if (cm === undefined) continue
        for (const g of VERDICTS) for (const p of VERDICTS) m[g][p] += cm[g][p]
      }
      for (const g of VERDICTS) for (const p of VERDICTS) pooled[g][p] += m[g][p]
      const s = score(m)
      perDeal.push({
        claims: deal,
        relatedMacroF1: s.relatedMacroF1,
        alertPrecision: s.alertPrecision,
        alerts: s.alerts,
      })
    }
    const ps = score(pooled)
    const meanRelated =
      perDeal.reduce((a, d) => a + d.relatedMacroF1, 0) / Math.max(1, perDeal.length)
    lodo = {
      deals: perDeal.length,
      pooled: {
        relatedMacroF1: ps.relatedMacroF1,
        alertPrecision: ps.alertPrecision,
        contradictionRecall: ps.contradictionRecall,
      },
      meanDealRelatedMacroF1: meanRelated,
      perDeal,
      note: 'verdicts come from rules with no parameters fitted to data, so each held-out deal is judged by the same rules; only the confidence is trained (scripts/train.ts prints its own leave-one-deal-out check)',
    }
    out.push(
      `leave-one-deal-out (${perDeal.length} deals; verdicts are rules with nothing fitted, so held-out = pooled; the confidence layer's LODO is printed by scripts/train.ts): pooled related macro-F1 ${pct(ps.relatedMacroF1)}, alert precision ${pct(ps.alertPrecision)}, contradiction recall ${pct(ps.contradictionRecall)}; mean per-deal related macro-F1 ${pct(meanRelated)}`,
    )
    for (const d of perDeal)
      out.push(
        `  ${d.claims.join(', ')}: related macro-F1 ${pct(d.relatedMacroF1)}, alert precision ${pct(d.alertPrecision)} (${d.alerts})`,
      )
  }
  out.push(
    `${stories.length} stories × ${set.claims.length} claims judged in ${elapsedMs.toFixed(1)} ms`,
  )
  if (args.json) {
    process.stdout.write(out.join('\n') + '\n')
    process.stdout.write(
      JSON.stringify({
        ...overall,
        byLanguage: langs,
        reliability,
        expectedCalibrationError: ece,
        ...(lodo ? { lodo } : {}),
        elapsedMs,
      }) + '\n',
    )
  } else {
    process.stdout.write(out.join('\n') + '\n')
  }
}

main()
