/**
 * Story understanding, computed once per story and shared by every candidate claim: sentences with
 * their position (title, lede, body), entity mentions, cues, deal-kind words and figures, each
 * marked as main clause or background.
 */
import type { Lang, Story } from '../domain.js'
import { safeFigures } from './claims.js'
import { backgroundSpans, inSpans, isNegated, type Span } from './clauses.js'
import { findCues, isQuestion, type CueHit } from './cues.js'
import { findKinds, type KindHit } from './deal-kinds.js'
import { findMentions, type AliasIndex, type Mention } from './entities.js'
import type { Figure } from './figures.js'
import { foldSameLength, tokenize, type Token } from './folded.js'
import { detectLanguage } from './language.js'
import { splitSentences } from './sentences.js'
import { normaliseText } from './text.js'

/** Where a sentence sits: the title, the lede (first summary sentences) or later body text. */
export type SentencePosition = 'title' | 'lede' | 'body'

export interface StoryCue extends CueHit {
  negated: boolean
  background: boolean
}
export interface StoryMention extends Mention {
  background: boolean
}
export interface StoryFigure extends Figure {
  background: boolean
}
export interface StoryKind extends KindHit {
  background: boolean
}

export interface StorySentence {
  index: number
  position: SentencePosition
  text: string
  folded: string
  tokens: Token[]
  spans: Span[]
  mentions: StoryMention[]
  cues: StoryCue[]
  kinds: StoryKind[]
  figures: StoryFigure[]
}

export interface StoryView {
  id: string
  lang: Lang
  /** False when `lang` is a placeholder until enrichStory detects it. */
  langDeclared: boolean
  /** YYYY-MM-DD of publication, or null. */
  day: string | null
  question: boolean
  opinion: boolean
  sentences: StorySentence[]
  /** Entity ids mentioned anywhere in the story. */
  entities: Set<string>
}

/** Summary sentences counted as the lede (the story's own assertion). */
export const LEDE_SENTENCES = 2

/**
 * Sentences and entity mentions only (cheap): enough to find candidate claims. Call
 * {@link enrichStory} before judging.
 */
export function scanStory(index: AliasIndex, story: Story): StoryView {
  const title = normaliseText(String(story.title ?? ''))
  const summary = normaliseText(String(story.summary ?? ''))
  // The declared language, if any; detection is deferred to enrichStory (most stories of a feed
  // name no claim party and never need it). The splitter's rules cover both languages.
  const lang: Lang = story.lang ?? 'en'
  const raw: { text: string; position: SentencePosition }[] = []
  if (title !== '') raw.push({ text: title, position: 'title' })
  splitSentences(summary, lang).forEach((s, i) => {
    raw.push({ text: s.text, position: i < LEDE_SENTENCES ? 'lede' : 'body' })
  })
  const entities = new Set<string>()
  const sentences: StorySentence[] = raw.map((r, position) => {
    const folded = foldSameLength(r.text)
    const tokens = tokenize(folded)
    // Clause positions are computed later, only for stories that have candidate claims.
    const mentions = findMentions(index, r.text, folded, tokens).map((m) => ({
      ...m,
      background: false,
    }))
    for (const m of mentions) entities.add(m.entity)
    return {
      index: position,
      position: r.position,
      text: r.text,
      folded,
      tokens,
      spans: [],
      mentions,
      cues: [],
      kinds: [],
      figures: [],
    }
  })
  const day =
    typeof story.published === 'string' && /^\d{4}-\d{2}-\d{2}/.test(story.published)
      ? story.published.slice(0, 10)
      : null
  return {
    id: String(story.id),
    lang,
    langDeclared: story.lang !== undefined,
    day,
    question: false,
    opinion: false,
    sentences,
    entities,
  }
}

const NOT_RAISED =
  /^\s+(?:(?:its|the|their|his|her|a|an|sa|son|ses|leur|le|la|les)\s+)?(?:full-year\s+|annual\s+)?(?:guidance|forecasts?|outlook|concerns?|questions?|prices?|doubts?|fears?|eyebrows|alarm|hopes?|rates?|targets?|dividend|prevision\w*|objectifs?|inquietudes?|doutes?|le voile|tarifs?|prix)\b/

const IN_YEAR = /\b(?:in|en|back in)\s+((?:19|20)\d\d)\b/
const CLAUSE_END = /[,;:.]|\s(?:and|but|et|mais)\s/

/**
 * "the trust rebuffed Mondelez's offer in 2016", "In 2019, X rejected…": an event the story dates
 * in an earlier year than its own is history, not news. The date belongs to the cue when it follows
 * it in the same clause before any other cue ("completes the deal announced in 2017" dates only
 * "announced").
 */
function datedEarlier(
  folded: string,
  cue: { start: number; end: number },
  next: { start: number } | undefined,
  year: number | null,
): boolean {
  if (year === null) return false
  const earlier = (m: RegExpExecArray | null): boolean => m !== null && Number(m[1]) < year
  const fronted = /^\s*(?:in|en)\s+((?:19|20)\d\d)\s*,/.exec(folded)
  if (earlier(fronted) && cue.start > (fronted?.[0].length ?? 0)) return true
  let end = next?.start ?? folded.length
  const stop = CLAUSE_END.exec(folded.slice(cue.end, end))
  if (stop !== null) end = cue.end + stop.index
  return earlier(IN_YEAR.exec(folded.slice(cue.end, end)))
}

/** Adds cues, deal-kind words and figures to a scanned story (returns a new view). */
export function enrichStory(view: StoryView): StoryView {
  const lang = view.langDeclared
    ? view.lang
    : detectLanguage(view.sentences.map((s) => s.text).join(' '))
  const year = view.day === null ? null : Number(view.day.slice(0, 4))
  const sentences = view.sentences.map((s) => {
    const spans = backgroundSpans(s.folded)
    const mentions = s.mentions.map((m) => ({ ...m, background: inSpans(m.start, spans) }))
    const found = findCues(s.folded, s.tokens).filter((c) => !termOfArt(s.folded, s.text, c))
    const cues = found.map((c, i) => ({
      ...c,
      negated: isNegated(s.folded, c.start),
      background: inSpans(c.start, spans) || datedEarlier(s.folded, c, found[i + 1], year),
    }))
    // "post-IPO", "pre-merger", "post-acquisition": a time after or before the deal, not the deal.
    // "raises guidance", "raises concerns": no funding round.
    const kinds = findKinds(s.folded, s.tokens)
      // A kind word inside a company's name ("Nasdaq", "London Stock Exchange") names the company.
      .filter((k) => !s.mentions.some((m) => k.start >= m.start && k.start < m.end))
      .filter(
        (k) =>
          !(
            k.kind === 'investment' &&
            /^(?:rais|lev)/.test(s.folded.slice(k.start, k.end)) &&
            NOT_RAISED.test(s.folded.slice(k.end, k.end + 30))
          ),
      )
      .map((k) => ({
        ...k,
        background:
          inSpans(k.start, spans) ||
          /\b(?:post|pre|after|apres)-$/.test(s.folded.slice(Math.max(0, k.start - 6), k.start)),
      }))
    // Only the title and lede assert; body figures never decide, so they are not extracted.
    const figures =
      s.position === 'body'
        ? []
        : safeFigures(s.text, lang).map((f) => ({ ...f, background: inSpans(f.start, spans) }))
    // "UniCredit monte à 28 % dans Commerzbank": in a sentence without any deal word, a stake figure
    // names a holding as a word would.
    const stakeKinds = figures
      .filter((f) => f.meaning === 'stake' && kinds.length === 0)
      .map((f) => ({
        kind: 'deal' as const,
        start: f.start,
        end: f.end,
        background: f.background,
      }))
    return { ...s, spans, mentions, cues, kinds: [...kinds, ...stakeKinds], figures }
  })
  // A sum the story calls a value including debt once is that value wherever it recurs ("to buy Y
  // for $19.7 billion" in the title, "$19.7 billion including net debt" in the lede).
  const enterprise = sentences.flatMap((s) => s.figures.filter((f) => f.meaning === 'enterprise'))
  if (enterprise.length > 0) {
    for (const s of sentences) {
      s.figures = s.figures.map((f) =>
        f.unit === 'money' &&
        (f.meaning === 'amount' || f.meaning === 'valuation') &&
        enterprise.some(
          (e) => e.currency === f.currency && Math.abs(e.value - f.value) <= e.value * 0.01,
        )
          ? { ...f, meaning: 'enterprise' }
          : f,
      )
    }
  }
  const title = sentences.find((s) => s.position === 'title')
  const question = title !== undefined && isQuestion(title.text)
  // An opinion word inside a name ("Tribune Media") is the name.
  const opinion =
    title !== undefined &&
    title.cues.some(
      (c) =>
        c.cls === 'opinion' && !title.mentions.some((m) => c.start >= m.start && c.start < m.end),
    )
  return { ...view, lang, langDeclared: true, sentences, question, opinion }
}

/**
 * A setback word used as a term of art: "Guyana's Stabroek block" or an "offshore block" (a tract,
 * not a veto), a "right of first refusal" (a contract clause, not a refusal).
 */
function termOfArt(folded: string, text: string, c: CueHit): boolean {
  if (c.cls === 'block' && /^blocks?$/.test(c.text)) return tract(text, c.start, c.end)
  return (
    /^refus/.test(c.text) &&
    /\b(?:right of (?:first )?|droit de (?:premier )?)$/.test(
      folded.slice(Math.max(0, c.start - 20), c.start),
    )
  )
}

const TRACT_WORD =
  /\b(?:oil|gas|offshore|onshore|exploration|mining|deepwater|licence|license)\s+$/i
/**
 * "block" naming a tract: after a field word ("offshore block"), or after a name mid-sentence
 * with nothing that could be its object next ("Guyana's Stabroek block;", "the Rovuma block in").
 */
function tract(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start)
  if (TRACT_WORD.test(before)) return true
  const word = /(\S+)\s+$/.exec(before)?.[1] ?? ''
  return (
    /^\p{Lu}\p{Ll}+$/u.test(word) &&
    /\S\s+\S+\s+$/.test(before) &&
    end - start === 5 &&
    /^(?:\s*[,;.)]|\s+(?:in|of|off|offshore|area|field)\b|\s*$)/.test(text.slice(end))
  )
}
