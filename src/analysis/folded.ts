/**
 * Offset-preserving folding: lower case, diacritics stripped, ONE output code unit per input code
 * unit, so an offset found in the folded text is the same offset in the original text. Entity,
 * cue and clause matching all run on this form; evidence is quoted from the original.
 * (text.ts foldText may change lengths — "œ" → "oe" — so it is used for keys, not for offsets.)
 */

const ASCII_ONLY = /^[^\u0080-\uffff]*$/

/** Folded form of U+00C0..U+024F (Latin-1 Supplement, Latin Extended-A/B), built once, read-only. */
const LATIN_FOLD: readonly string[] = Array.from({ length: 0x250 - 0xc0 }, (_, i) =>
  foldUnitSlow(0xc0 + i),
)

function foldUnitSlow(code: number): string {
  const c = String.fromCharCode(code)
  const lower = c.toLowerCase()
  if (lower.length !== 1) return c
  const base = lower.normalize('NFD')[0] ?? lower
  return base.length === 1 ? base : lower
}

function foldUnit(code: number): string {
  if (code >= 0xc0 && code < 0x250) return LATIN_FOLD[code - 0xc0] ?? String.fromCharCode(code)
  return foldUnitSlow(code)
}

/**
 * Lower-cased, accent-free copy of `s` with exactly `s.length` code units. Apostrophes must already
 * be normalised (normaliseText) for elision matching.
 */
export function foldSameLength(s: string): string {
  const lower = s.toLowerCase()
  if (ASCII_ONLY.test(lower)) return lower
  // Fast path: lower-casing kept the length, so only accented Latin letters need a table lookup.
  if (lower.length === s.length) return lower.replace(NON_ASCII_LETTER, foldChar)
  let out = ''
  for (let i = 0; i < s.length; i++) out += foldUnit(s.charCodeAt(i))
  return out
}

const NON_ASCII_LETTER = /[\u0080-\uffff]/g

function foldChar(c: string): string {
  const f = foldUnit(c.charCodeAt(0))
  return f.length === 1 ? f : c
}

/** A word token with its offsets in the (folded) text it came from. */
export interface Token {
  text: string
  start: number
  end: number
}

const WORD = /[\p{L}\p{N}]+/gu

/** Word tokens (letters/digits runs) with offsets; apostrophes and hyphens separate tokens. */
export function tokenize(folded: string): Token[] {
  const out: Token[] = []
  for (const m of folded.matchAll(WORD)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length })
  }
  return out
}

/** Folded word list of a phrase (no offsets), e.g. an alias or a lexicon entry. */
export function phraseWords(s: string): string[] {
  return tokenize(foldSameLength(s)).map((t) => t.text)
}
