/**
 * Trains the confidence calibration (src/analysis/calibration.ts) and writes its weights.
 *
 *   npx tsx scripts/train.ts --part CLAIMS,ITEMS,LABELS [--part …] [--out src/analysis/model-weights.json]
 *
 * Data: labelled (story, claim) pairs in the devset format, e.g. the two parts of
 * ../shared/devset (read at training time only; nothing of them is copied into the repo). Every
 * non-unrelated judgement of the rule engine becomes one example: its explainable features, and
 * whether its verdict matches the gold label. The verdicts themselves are never trained: only the
 * probability attached to them.
 *
 * Before writing the weights, a leave-one-deal-out check (deals = claims sharing a party, per
 * part) fits on all other deals and scores the held-out one, and prints the expected calibration
 * error and log-loss of the hand scores versus the calibrated ones. Deterministic.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { parse } from 'yaml'
import {
  featureVector,
  fitCalibration,
  calibratedConfidence,
  type CalibrationWeights,
} from '../src/analysis/calibration.js'
import { compileClaims } from '../src/analysis/index.js'
import { enrichStory, scanStory } from '../src/analysis/story.js'
import { judgeClaim, type Decision } from '../src/analysis/verdict.js'
import type { ClaimsFile, Story } from '../src/domain.js'

interface Example {
  deal: string
  decision: Decision
  x: number[]
  y: 0 | 1
}

function fail(message: string): never {
  process.stderr.write(`train: ${message}\n`)
  process.exit(2)
}

function readLines(path: string): unknown[] {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (e) {
    fail(`${path}: ${(e as Error).message}`)
  }
  return text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      try {
        return JSON.parse(l) as unknown
      } catch (e) {
        fail(`${path}:${i + 1}: ${(e as Error).message}`)
      }
    })
}

function examplesOf(
  part: number,
  claimsPath: string,
  itemsPath: string,
  labelsPath: string,
): Example[] {
  const file = parse(readFileSync(claimsPath, 'utf8')) as ClaimsFile
  if (!Array.isArray(file?.claims)) fail(`${claimsPath}: expected a "claims:" list`)
  for (const c of file.claims) {
    const date: unknown = c.date
    if (date !== undefined)
      c.date = (date instanceof Date ? date.toISOString() : String(date)).slice(0, 10)
  }
  const set = compileClaims(file)
  const gold = new Map<string, string>()
  for (const l of readLines(labelsPath) as { item: string; claim: string; verdict: string }[]) {
    gold.set(`${l.item}\u0000${l.claim}`, l.verdict)
  }
  // Deals: claims sharing a party (union-find over the entity → claims index).
  const parent = set.claims.map((_, i) => i)
  const find = (i: number): number =>
    parent[i] === i ? i : (parent[i] = find(parent[i] as number))
  for (const list of set.byEntity.values())
    for (const i of list.slice(1)) parent[find(i)] = find(list[0] as number)
  const dealOf = new Map(set.claims.map((c, i) => [c.id, `${part}:${find(i)}`]))

  const out: Example[] = []
  for (const raw of readLines(itemsPath) as Story[]) {
    const view = enrichStory(scanStory(set.index, raw))
    for (const claim of set.claims) {
      const d = judgeClaim(claim, view)
      if (d === null) continue
      const g = gold.get(`${raw.id}\u0000${claim.id}`) ?? 'unrelated'
      out.push({
        deal: dealOf.get(claim.id) ?? claim.id,
        decision: d,
        x: featureVector(d),
        y: g === d.verdict ? 1 : 0,
      })
    }
  }
  return out
}

function ece(pairs: { p: number; y: number }[]): number {
  const bands = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01]
  let total = 0
  for (let i = 0; i + 1 < bands.length; i++) {
    const inBand = pairs.filter(
      (q) => q.p >= (bands[i] as number) && q.p < (bands[i + 1] as number),
    )
    if (inBand.length === 0) continue
    const acc = inBand.reduce((a, q) => a + q.y, 0) / inBand.length
    const conf = inBand.reduce((a, q) => a + q.p, 0) / inBand.length
    total += (inBand.length / pairs.length) * Math.abs(acc - conf)
  }
  return total
}

function logLoss(pairs: { p: number; y: number }[]): number {
  const eps = 1e-6
  return (
    -pairs.reduce(
      (a, q) =>
        a + (q.y * Math.log(Math.max(eps, q.p)) + (1 - q.y) * Math.log(Math.max(eps, 1 - q.p))),
      0,
    ) / Math.max(1, pairs.length)
  )
}

function main(): void {
  const args = process.argv.slice(2)
  const parts: string[][] = []
  let out = 'src/analysis/model-weights.json'
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--part') parts.push((args[++i] ?? '').split(','))
    else if (args[i] === '--out') out = args[++i] ?? out
    else fail(`unknown argument ${args[i]}`)
  }
  if (parts.length === 0 || parts.some((p) => p.length !== 3)) {
    process.stdout.write(
      'usage: npx tsx scripts/train.ts --part CLAIMS,ITEMS,LABELS [--part …] [--out FILE]\n',
    )
    process.exit(parts.length === 0 ? 0 : 2)
  }
  const examples = parts.flatMap((p, i) =>
    examplesOf(i, p[0] as string, p[1] as string, p[2] as string),
  )
  const deals = [...new Set(examples.map((e) => e.deal))]

  // Leave one deal out: fit without the deal, score the deal.
  const held: { p: number; y: number }[] = []
  const hand: { p: number; y: number }[] = []
  for (const deal of deals) {
    const w = fitCalibration(examples.filter((e) => e.deal !== deal))
    for (const e of examples.filter((x) => x.deal === deal)) {
      held.push({ p: calibratedConfidence(e.decision, w), y: e.y })
      hand.push({ p: e.decision.confidence, y: e.y })
    }
  }
  const accuracy = examples.reduce((a, e) => a + e.y, 0) / Math.max(1, examples.length)
  process.stdout.write(
    `${examples.length} judgements from ${parts.length} part(s), ${deals.length} deals; verdict accuracy ${accuracy.toFixed(3)}\n` +
      `leave-one-deal-out: hand scores ECE ${ece(hand).toFixed(3)}, log-loss ${logLoss(hand).toFixed(3)}; ` +
      `calibrated ECE ${ece(held).toFixed(3)}, log-loss ${logLoss(held).toFixed(3)}\n`,
  )
  const weights: CalibrationWeights & { trainedOn: string; examples: number } = {
    ...fitCalibration(examples),
    trainedOn: parts
      .map((p) => p.map((f) => f.replace(/^.*\/(shared\/)/, '$1')).join(','))
      .join(' + '),
    examples: examples.length,
  }
  writeFileSync(out, JSON.stringify(weights, null, 2) + '\n')
  process.stdout.write(`wrote ${out}\n`)
}

main()
