/**
 * Confidence calibration: a small logistic regression over the explainable features of a decision
 * (which rule decided, verdict, evidence in the title, hedging, figure fit, parties in the evidence
 * sentence, story status rung, the rule's own hand-set score) that estimates the probability that
 * the verdict is right. Trained offline by scripts/train.ts; the weights are data
 * (model-weights.json). The verdict itself never depends on the weights.
 */
import type { Decision } from './verdict.js'

/** Rules that can decide a verdict (verdict.ts), in a fixed order for the one-hot features. */
export const RULES = [
  'status',
  'collapse',
  'denial',
  'figure-clash',
  'revised',
  'another-buyer',
  'state-changed',
  'negative-confirmed',
  'negative-denied',
  'negative-reversed',
  'negative-other',
  'earlier-stage',
  'earlier-collapse',
  'earlier-denial',
  'other-episode',
  'other-episode-setback',
  'figure-other',
  'legal',
  'market',
  'background',
  'question-opinion',
  'not-headline',
  'denied-collapse',
  'no-decisive-cue',
  'no-comment',
] as const

/** Names of the features, in vector order (kept in the weights file to detect a mismatch). */
export const FEATURE_NAMES: readonly string[] = [
  ...RULES.map((r) => `rule=${r}`),
  'verdict=confirms',
  'verdict=contradicts',
  'inTitle',
  'hedged',
  'figure=fit',
  'figure=clash',
  'partiesInSentence>=2',
  'storyLevel/4',
  'handConfidence',
]

/** Trained calibration weights (model-weights.json). */
export interface CalibrationWeights {
  features: string[]
  weights: number[]
  bias: number
}

/** The feature vector of a decision (see FEATURE_NAMES). */
export function featureVector(d: Decision): number[] {
  const f = d.features
  return [
    ...RULES.map((r) => (f.rule === r ? 1 : 0)),
    d.verdict === 'confirms' ? 1 : 0,
    d.verdict === 'contradicts' ? 1 : 0,
    f.inTitle ? 1 : 0,
    f.hedged ? 1 : 0,
    f.figureFit === 'fit' ? 1 : 0,
    f.figureFit === 'clash' ? 1 : 0,
    f.partiesInSentence >= 2 ? 1 : 0,
    f.storyLevel / 4,
    d.confidence,
  ]
}

/** Logistic function. */
export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z))
}

/** True when the weights fit this feature layout (a stale weights file is ignored, not trusted). */
export function usableWeights(w: unknown): w is CalibrationWeights {
  const c = w as CalibrationWeights | null
  return (
    c !== null &&
    typeof c === 'object' &&
    Array.isArray(c.features) &&
    Array.isArray(c.weights) &&
    typeof c.bias === 'number' &&
    c.features.length === FEATURE_NAMES.length &&
    c.features.every((n, i) => n === FEATURE_NAMES[i]) &&
    c.weights.length === FEATURE_NAMES.length &&
    c.weights.every((x) => typeof x === 'number' && Number.isFinite(x))
  )
}

/**
 * Calibrated probability that the decision's verdict is right, rounded to 0.01 and kept in
 * [0.05, 0.99]; the decision's own score when no usable weights are given.
 */
export function calibratedConfidence(d: Decision, weights: CalibrationWeights | null): number {
  if (weights === null) return d.confidence
  const x = featureVector(d)
  let z = weights.bias
  for (let i = 0; i < x.length; i++) z += (weights.weights[i] ?? 0) * (x[i] ?? 0)
  const p = sigmoid(z)
  return Math.round(Math.min(0.99, Math.max(0.05, p)) * 100) / 100
}

/**
 * Fits the calibration by batch gradient descent on the log-loss with an L2 penalty (bias not
 * penalised). Deterministic: zero start, fixed step and iteration count.
 */
export function fitCalibration(
  examples: readonly { x: readonly number[]; y: 0 | 1 }[],
  options: { l2?: number; steps?: number; rate?: number } = {},
): CalibrationWeights {
  const l2 = options.l2 ?? 10
  const steps = options.steps ?? 3000
  const rate = options.rate ?? 0.5
  const n = FEATURE_NAMES.length
  const w = new Array<number>(n).fill(0)
  let b = 0
  const m = Math.max(1, examples.length)
  for (let step = 0; step < steps; step++) {
    const gw = new Array<number>(n).fill(0)
    let gb = 0
    for (const e of examples) {
      let z = b
      for (let i = 0; i < n; i++) z += (w[i] ?? 0) * (e.x[i] ?? 0)
      const err = sigmoid(z) - e.y
      for (let i = 0; i < n; i++) gw[i] = (gw[i] ?? 0) + err * (e.x[i] ?? 0)
      gb += err
    }
    for (let i = 0; i < n; i++)
      w[i] = (w[i] ?? 0) - rate * ((gw[i] ?? 0) / m + (l2 * (w[i] ?? 0)) / m)
    b -= (rate * gb) / m
  }
  return {
    features: [...FEATURE_NAMES],
    weights: w.map((x) => Math.round(x * 1e4) / 1e4),
    bias: Math.round(b * 1e4) / 1e4,
  }
}
