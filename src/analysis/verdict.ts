/**
 * The verdict for one (story, claim) pair: relatedness → evidence sentences → status, figure and
 * cue comparison → hard rules → verdict, confidence, evidence and reasons.
 *
 * Conservative by design: a wrong 'contradicts' alert is worse than none, so a contradiction needs
 * a negative cue (denial, collapse, final block) or a clashing figure in a sentence that the story
 * itself asserts (title or lede, main clause, a claim party named, deal words present).
 */
import type { Verdict } from '../domain.js'
import type { CompiledClaim } from './claims.js'
import { kindsCompatible, type DealKind } from './deal-kinds.js'
import { compareFigures } from './figures.js'
import type { StoryCue, StorySentence, StoryView } from './story.js'

export interface Decision {
  verdict: Exclude<Verdict, 'unrelated'>
  confidence: number
  evidence: string
  reasons: string[]
  /** Explainable features of the decision (for calibration and debugging). */
  features: DecisionFeatures
}

/** The features a decision rests on; each is also phrased in `reasons`. */
export interface DecisionFeatures {
  rule: string
  inTitle: boolean
  hedged: boolean
  partiesInSentence: number
  figureFit: 'fit' | 'clash' | 'none'
  storyLevel: number
}

/** What the asserted sentences of a story say about a claim's deal. */
interface Signals {
  sentence: StorySentence
  deny?: StoryCue
  collapse?: StoryCue
  block?: StoryCue
  legal?: StoryCue
  reaffirm?: StoryCue
  attempt?: StoryCue
  level: number
  levelCue?: StoryCue
  hedge?: StoryCue
  newEpisode: boolean
  kindMain: boolean
  dealWord: boolean
  partiesMain: number
}

const LEVEL_OF: Partial<Record<StoryCue['cls'], number>> = {
  complete: 4,
  approve: 3,
  agree: 2,
  reaffirm: 2,
  talks: 1,
  intent: 1,
}
// Modal or attributive words that make a "block" a threat rather than a decision.
const BLOCK_THREAT = /\b(?:could|may|might|would|threat\w*|sues?|suing|seeks?|sought|moves? to|bid to|pourrait|menace\w*|cherche|vise|tente)\b/

function signalsOf(claim: CompiledClaim, s: StorySentence, partyIds: readonly string[]): Signals {
  const main = s.cues.filter((c) => !c.background)
  const first = (pred: (c: StoryCue) => boolean): StoryCue | undefined => main.find(pred)
  const hasLegal = main.some((c) => c.cls === 'legal')
  const sig: Signals = {
    sentence: s,
    level: 0,
    newEpisode: main.some((c) => c.cls === 'newEpisode'),
    kindMain: s.kinds.some(
      (k) => !k.background && k.kind !== 'deal' && kindsCompatible(claim.kind, k.kind),
    ),
    dealWord: s.kinds.some((k) => !k.background),
    partiesMain: new Set(s.mentions.filter((m) => !m.background && partyIds.includes(m.entity)).map((m) => m.entity)).size,
  }
  const deny = first((c) => c.cls === 'denial' && !c.negated)
  if (deny !== undefined && !hasLegal) sig.deny = deny
  const collapse = first((c) => (c.cls === 'collapse' || c.cls === 'rejection') && !c.negated)
  if (collapse !== undefined) sig.collapse = collapse
  const block = first((c) => c.cls === 'block' && !c.negated)
  if (block !== undefined) {
    const before = s.folded.slice(Math.max(0, block.start - 30), block.start)
    if (BLOCK_THREAT.test(before) || hasLegal) sig.legal = block
    else sig.block = block
  }
  const legal = first((c) => c.cls === 'legal')
  if (legal !== undefined && sig.legal === undefined) sig.legal = legal
  const reaffirm = first((c) => c.cls === 'reaffirm' && !c.negated)
  if (reaffirm !== undefined) sig.reaffirm = reaffirm
  const attempt = first((c) => c.cls === 'attempt')
  if (attempt !== undefined) sig.attempt = attempt
  const hedge = first((c) => c.cls === 'hedge')
  if (hedge !== undefined) sig.hedge = hedge
  // Status rung: the highest ladder cue, but talk of negotiation in the same clause caps it at
  // talks ("in talks to acquire"), and a negated agreement is only talks ("has not agreed").
  const talks = main.some((c) => (c.cls === 'talks' || c.cls === 'intent') && !c.negated)
  for (const c of main) {
    const lv = LEVEL_OF[c.cls]
    if (lv === undefined) continue
    let eff = c.negated ? Math.min(lv, 1) : lv
    if (talks && eff === 2) eff = 1
    if (eff > sig.level) {
      sig.level = eff
      sig.levelCue = c
    }
  }
  return sig
}

function describe(c: StoryCue | undefined): string {
  return c === undefined ? '' : `"${c.text}"`
}

function clamp(x: number): number {
  return Math.round(Math.min(0.99, Math.max(0.05, x)) * 100) / 100
}

/**
 * Judges one claim against one enriched story. Returns null for 'unrelated'. Pure; never throws.
 */
export function judgeClaim(claim: CompiledClaim, story: StoryView): Decision | null {
  const partyIds = claim.parties.map((p) => p.id)
  if (partyIds.length === 0) return null
  const found = partyIds.filter((id) => story.entities.has(id))
  const required = partyIds.length >= 2 ? 2 : 1
  if (found.length < required) return null
  const names = found.map((id) => claim.parties.find((p) => p.id === id)?.name ?? id)

  const withParty = story.sentences.filter((s) => s.mentions.some((m) => partyIds.includes(m.entity)))
  const compatible = (k: DealKind): boolean => claim.kinds.some((ck) => kindsCompatible(ck, k))
  const kindHit = withParty.some((s) => s.kinds.some((k) => k.kind !== 'deal' && compatible(k.kind)))
  const otherKind = withParty.some((s) => s.kinds.some((k) => k.kind !== 'deal' && !compatible(k.kind)))
  const title = story.sentences.find((s) => s.position === 'title')
  const titleText = title?.text ?? story.sentences[0]?.text ?? ''

  if (partyIds.length === 1 && !kindHit) return null
  const together = story.sentences.some(
    (s) => new Set(s.mentions.filter((m) => partyIds.includes(m.entity)).map((m) => m.entity)).size >= 2,
  )
  if (!kindHit) {
    if (otherKind || !together) return null
    return mention(titleText, 0.45, [`names ${names.join(' and ')} but no deal words`], 'no-deal-words')
  }

  const reasons: string[] = [`parties named: ${names.join(', ')}`]
  const asserted = story.sentences.filter((s) => s.position !== 'body')
  const signals = asserted
    .map((s) => signalsOf(claim, s, partyIds))
    .filter((g) => g.partiesMain >= 1 && (g.kindMain || g.dealWord))
  const evidenceOf = (g: Signals | undefined): string => g?.sentence.text ?? titleText

  if (signals.length === 0) {
    return mention(titleText, 0.55, [...reasons, 'the deal is only background (subordinate clause or later text)'], 'background')
  }
  if (story.question || story.opinion) {
    return mention(titleText, 0.7, [...reasons, story.question ? 'question headline' : 'opinion or analysis'], 'question-opinion')
  }

  const before = claim.date !== undefined && story.day !== null && story.day < claim.date
  const hedge = signals.find((g) => g.hedge !== undefined)?.hedge
  const hedged = hedge !== undefined
  if (hedged) reasons.push(`hedged: ${describe(hedge)}`)

  // Figures asserted in the decisive sentences vs the claim's figures.
  let fit = false
  let clash = false
  let figureNote = ''
  for (const g of signals) {
    for (const f of g.sentence.figures) {
      if (f.background) continue
      for (const c of claim.figures) {
        const cmp = compareFigures(c, f)
        if (cmp === 'compatible') {
          fit = true
          figureNote = `figure ${f.text} fits the claim's ${c.text}`
        } else if (cmp === 'incompatible' && !fit) {
          clash = true
          figureNote = `figure ${f.text} is outside the claim's ${c.text}`
        }
      }
    }
  }
  if (fit) clash = false
  const figureFit = fit ? 'fit' : clash ? 'clash' : 'none'

  const features = (rule: string, g: Signals | undefined, storyLevel: number): DecisionFeatures => ({
    rule,
    inTitle: g?.sentence.position === 'title',
    hedged,
    partiesInSentence: g?.partiesMain ?? 0,
    figureFit,
    storyLevel,
  })
  const decide = (
    verdict: Decision['verdict'],
    confidence: number,
    g: Signals | undefined,
    why: string[],
    rule: string,
    storyLevel = 0,
  ): Decision => ({
    verdict,
    confidence: clamp(confidence),
    evidence: evidenceOf(g),
    reasons: [...why, ...reasons],
    features: features(rule, g, storyLevel),
  })

  const denial = signals.find((g) => g.deny !== undefined)
  const collapse = signals.find((g) => g.collapse !== undefined || g.block !== undefined)
  const positive = signals.reduce<Signals | undefined>((best, g) => (best === undefined || g.level > best.level ? g : best), undefined)
  const storyLevel = positive?.level ?? 0

  // Claims that report a negative outcome (termination, rejection, block, denial).
  if (claim.level === null) {
    if (denial !== undefined && denial.collapse !== undefined) {
      return decide('contradicts', 0.6, denial, [`a party denies the reported outcome: ${describe(denial.deny)}`], 'negative-denied')
    }
    const neg = collapse ?? signals.find((g) => g.attempt !== undefined)
    if (neg !== undefined) {
      const cue = neg.collapse ?? neg.block ?? neg.attempt
      return decide('confirms', neg.attempt !== undefined && neg.collapse === undefined ? 0.6 : 0.8, neg, [`the story reports the same outcome: ${describe(cue)}`], 'negative-confirmed')
    }
    const revived = signals.find((g) => g.reaffirm !== undefined || g.level >= 4)
    if (revived !== undefined && !before) {
      return decide('contradicts', 0.55, revived, [`the deal goes ahead after all: ${describe(revived.reaffirm ?? revived.levelCue)}`], 'negative-reversed', revived.level)
    }
    return decide('mentions', 0.6, positive, ['the story neither reports nor reverses the outcome'], 'negative-other', storyLevel)
  }

  if (denial !== undefined && (denial.collapse === undefined || claim.level === null)) {
    if (denial.collapse !== undefined) {
      return decide('mentions', 0.5, denial, [`a denial of a collapse: ${describe(denial.deny)}`], 'denied-collapse')
    }
    return decide('contradicts', hedged ? 0.7 : 0.8, denial, [`denial: ${describe(denial.deny)}`], 'denial')
  }
  if (collapse !== undefined) {
    const cue = collapse.collapse ?? collapse.block
    if (before) {
      return decide('mentions', 0.6, collapse, [`an earlier episode ended: ${describe(cue)}`], 'earlier-collapse')
    }
    if (collapse.kindMain || collapse.dealWord) {
      return decide('contradicts', hedged ? 0.7 : 0.85, collapse, [`the deal is off: ${describe(cue)}`], 'collapse')
    }
  }
  if (clash) {
    const g = signals[0]
    if (partyIds.length >= 2 && storyLevel >= 2 && !signals.some((s) => s.newEpisode) && !before) {
      return decide('contradicts', 0.6, g, [figureNote], 'figure-clash', storyLevel)
    }
    return decide('mentions', 0.55, g, [figureNote, 'another figure: a different episode or not asserted'], 'figure-other', storyLevel)
  }
  const legal = signals.find((g) => g.legal !== undefined)
  if (positive !== undefined && storyLevel >= claim.level && positive.kindMain) {
    let conf = 0.72
    if (positive.sentence.position === 'title') conf += 0.1
    if (fit) conf += 0.08
    if (positive.partiesMain >= Math.min(2, partyIds.length)) conf += 0.05
    if (hedged && claim.level >= 2) conf -= 0.15
    if (legal !== undefined && storyLevel < 3) conf -= 0.15
    const why = [`status ${storyLevel >= 4 ? 'completed' : storyLevel >= 3 ? 'approved' : storyLevel >= 2 ? 'agreed' : 'talks'} (${describe(positive.levelCue)}) at or beyond the claim's ${claim.status}`]
    if (fit) why.push(figureNote)
    if (legal !== undefined && storyLevel < 3) {
      return decide('mentions', 0.55, legal, [`pending legal or regulatory process: ${describe(legal.legal)}`], 'legal', storyLevel)
    }
    return decide('confirms', conf, positive, why, 'status', storyLevel)
  }
  if (legal !== undefined) {
    return decide('mentions', 0.65, legal, [`pending legal or regulatory process: ${describe(legal.legal)}`], 'legal', storyLevel)
  }
  if (positive !== undefined && storyLevel > 0 && storyLevel < claim.level) {
    return decide('mentions', 0.65, positive, [`an earlier stage (${describe(positive.levelCue)}) than the claim's ${claim.status}`], 'earlier-stage', storyLevel)
  }
  return decide('mentions', 0.55, signals[0], ['about the same deal, without a decisive statement'], 'no-decisive-cue', storyLevel)
}

function mention(evidence: string, confidence: number, reasons: string[], rule: string): Decision {
  return {
    verdict: 'mentions',
    confidence: clamp(confidence),
    evidence,
    reasons,
    features: { rule, inTitle: false, hedged: false, partiesInSentence: 0, figureFit: 'none', storyLevel: 0 },
  }
}
