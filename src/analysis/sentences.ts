/**
 * Sentence splitting for short news text (RSS titles and ledes), English and French.
 * Own rule-based splitter: a boundary is terminal punctuation (. ! ? … ...) plus optional closing
 * quotes/brackets, then whitespace, then something that can start a sentence; abbreviations
 * (U.S., Inc., M., janv., É.-U.), initials and "No. 2" do not end a sentence. Line breaks always
 * end one (feeds put title and lede on separate lines).
 */
import type { Lang } from '../domain.js'

/** A sentence: `text` is exactly `input.slice(start, end)` (trimmed, whitespace kept verbatim). */
export interface Sentence {
  text: string
  /** Offset of the first character in the input (UTF-16 code units). */
  start: number
  /** Offset just past the last character (exclusive). */
  end: number
}

// Candidate end: terminal punctuation run, then closing quotes/brackets (French « » may have a space
// before »), then whitespace. A line break is a hard boundary on its own.
const CANDIDATE =
  /([.!?\u2026]+)((?:["'\u201d\u2019)\]]|\s?\u00bb)*)([ \t\u00a0\u202f\u2009]+|\s*[\r\n]\s*)|\s*[\r\n]\s*/gu
// What may start the next sentence: an upper-case letter, a digit, an opening quote or bracket.
const STARTER_CHAR = /^["'\u201c\u2018\u00ab([]?\s?[\p{Lu}\p{N}]/u
// The "word" just before a period, with internal dots/hyphens: U.S, É.-U, Inc, janv, No.
const WORD_BEFORE = /([\p{L}\p{N}][\p{L}\p{N}.\-']*)$/u
const LINE_BREAK = /[\r\n]/
const NEXT_WORD = /^["'\u201c\u2018\u00ab([]?\s?([\p{L}\p{N}']+)/u

/** Abbreviations after which a sentence never ends (titles and words that always take a follower). */
const NEVER_ENDS: ReadonlySet<string> = words(
  // English titles and fixed followers
  `mr mrs ms dr prof gov lt sgt st vs nos vol approx`,
  `e.g i.e cf`,
  // English months (AP style) and weekdays that are not also words
  `jan feb apr jun jul aug sep sept oct nov dec tues thu`,
  `thur thurs fri`,
  // French titles and fixed followers
  `m mm mme mmes mlle mlles pr mgr ste pp bd env chap tél`,
  // French months
  `janv févr fevr fév avr juil déc`,
)
/**
 * Abbreviations that usually sit inside a sentence but may also end one ("bought by Apple Inc. The
 * deal…"): they end a sentence only when a typical sentence opener follows.
 */
const MAY_END: ReadonlySet<string> = words(
  `inc corp ltd co plc llc lp bros cie sa jr sr`,
  `u.s u.k u.n e.u u.s.a é.-u e.-u r.-u n.v s.a a.g l.p b.v`,
  `s.p.a p.m a.m etc al`,
  // Abbreviations that are also ordinary words ("in the sun. The…", "the answer was no. The…")
  `no sen rep gen col hon rev fig est mar mon tue wed sat`,
  `sun art av tel me hab`,
)
/** Typical first words of a sentence (lower case, accents kept), EN + FR. */
const OPENERS: ReadonlySet<string> = words(
  `the a an it its he she they we i this that these those`,
  `but and in on at as his her their our there shares however`,
  `meanwhile analysts according if while when after both neither no`,
  `le la les l' un une des il elle ils elles ce cette ces`,
  `mais et en selon on son sa ses leur leurs nous je c'est`,
  `cela depuis pour dans après avant lors ni toutefois pourtant`,
)

/**
 * Splits `text` into sentences with offsets into `text` itself (pass normalised text if the
 * offsets should match normalised text). Empty or blank input gives []. Never throws.
 * `lang` is accepted for future language-specific rules; both abbreviation lists apply to both
 * languages because French stories quote English names ("Apple Inc.") and vice versa.
 */
export function splitSentences(text: string, lang: Lang): Sentence[] {
  void lang
  const out: Sentence[] = []
  let segStart = 0
  CANDIDATE.lastIndex = 0
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    const punct = m[1]
    const hardBreak = punct === undefined || LINE_BREAK.test(m[3] ?? '')
    const endOfSentence = m.index + (punct?.length ?? 0) + (m[2]?.length ?? 0)
    const after = m.index + m[0].length
    if (!hardBreak && !isBoundary(text, m.index, punct, after)) continue
    pushSentence(text, segStart, endOfSentence, out)
    segStart = after
  }
  pushSentence(text, segStart, text.length, out)
  return out
}

function words(...lines: string[]): ReadonlySet<string> {
  return new Set(
    lines
      .join(' ')
      .split(' ')
      .filter((w) => w !== ''),
  )
}

function isBoundary(text: string, at: number, punct: string, after: number): boolean {
  const rest = text.slice(after, after + 40)
  if (!STARTER_CHAR.test(rest)) return false
  // Only a lone period can belong to an abbreviation; "?", "!", "..." and "…" always end.
  if (punct !== '.') return true
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, at - 20), at))?.[1]
  if (before === undefined) return true
  const word = before.toLowerCase()
  if (NEVER_ENDS.has(word)) return false
  const opener = nextWordLower(rest)
  if (MAY_END.has(word)) return opener !== undefined && OPENERS.has(opener)
  // Initials ("John F. Kennedy", "Series B."): a single letter, or dotted letters (J.P.).
  if (/^(?:\p{L}\.)*\p{L}$/u.test(before) && before.length <= 5) {
    return opener !== undefined && OPENERS.has(opener) && word !== 'm'
  }
  return true
}

function nextWordLower(rest: string): string | undefined {
  const w = NEXT_WORD.exec(rest)?.[1]
  if (w === undefined) return undefined
  const lower = w.toLowerCase()
  // "L'entreprise" opens with the elision "l'".
  const apo = lower.indexOf("'")
  return apo > 0 && apo <= 2 ? lower.slice(0, apo + 1) : lower
}

function pushSentence(text: string, from: number, to: number, out: Sentence[]): void {
  let s = from
  let e = to
  while (s < e && isSpace(text.charCodeAt(s))) s++
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--
  if (e > s) out.push({ text: text.slice(s, e), start: s, end: e })
}

function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200a)
  )
}
