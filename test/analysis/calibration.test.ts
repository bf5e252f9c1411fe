import { describe, expect, it } from 'vitest'
import {
  FEATURE_NAMES,
  calibratedConfidence,
  featureVector,
  fitCalibration,
  usableWeights,
} from '../../src/analysis/calibration.js'
import type { Decision } from '../../src/analysis/verdict.js'
import weights from '../../src/analysis/model-weights.json' with { type: 'json' }

function decision(rule: string, verdict: Decision['verdict'], confidence = 0.7): Decision {
  return {
    verdict,
    confidence,
    evidence: 'x',
    reasons: [],
    features: {
      rule,
      inTitle: true,
      hedged: false,
      partiesInSentence: 2,
      figureFit: 'none',
      storyLevel: 2,
    },
  }
}

describe('calibration', () => {
  it('the committed weights fit the feature layout', () => {
    expect(usableWeights(weights)).toBe(true)
  })
  it('rejects stale or malformed weights (falls back to the hand score)', () => {
    expect(usableWeights({ features: ['a'], weights: [1], bias: 0 })).toBe(false)
    expect(usableWeights(null)).toBe(false)
    expect(
      usableWeights({
        features: [...FEATURE_NAMES],
        weights: FEATURE_NAMES.map(() => NaN),
        bias: 0,
      }),
    ).toBe(false)
    expect(calibratedConfidence(decision('status', 'confirms', 0.66), null)).toBe(0.66)
  })
  it('gives a probability in [0.05, 0.99]', () => {
    for (const rule of ['status', 'collapse', 'legal', 'unknown-rule']) {
      const p = calibratedConfidence(
        decision(rule, 'confirms'),
        usableWeights(weights) ? weights : null,
      )
      expect(p).toBeGreaterThanOrEqual(0.05)
      expect(p).toBeLessThanOrEqual(0.99)
    }
  })
  it('one feature vector entry per feature name', () => {
    expect(featureVector(decision('status', 'mentions'))).toHaveLength(FEATURE_NAMES.length)
  })
  it('learns that a rule that is usually right deserves more confidence, deterministically', () => {
    const good = featureVector(decision('status', 'confirms'))
    const bad = featureVector(decision('legal', 'mentions'))
    const data = [
      ...Array.from({ length: 40 }, () => ({ x: good, y: 1 as const })),
      ...Array.from({ length: 4 }, () => ({ x: good, y: 0 as const })),
      ...Array.from({ length: 20 }, () => ({ x: bad, y: 0 as const })),
      ...Array.from({ length: 20 }, () => ({ x: bad, y: 1 as const })),
    ]
    const w = fitCalibration(data)
    expect(fitCalibration(data)).toEqual(w)
    expect(calibratedConfidence(decision('status', 'confirms'), w)).toBeGreaterThan(
      calibratedConfidence(decision('legal', 'mentions'), w),
    )
  })
})
