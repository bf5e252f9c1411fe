/**
 * A phrase matcher over word tokens, for lexicons of a few hundred folded phrases (cues, deal
 * kinds). One big regex alternation costs time proportional to text length × lexicon size; this
 * matcher looks phrases up by their first word, so the cost grows with the number of tokens.
 *
 * Entry syntax: words separated by spaces, hyphens or apostrophes; a trailing `*` on a word
 * matches any ending ("abandon*" → abandons, abandoned). Words of a phrase must be separated in the
 * text only by spaces, hyphens or apostrophes (not by a comma).
 */
import { foldSameLength, tokenize, type Token } from './folded.js'

interface Entry<C extends string> {
  cls: C
  rank: number
  words: string[]
  /** Per word: true when the word is a prefix (`*`). */
  prefix: boolean[]
  length: number
}

/** Compiled matcher: read-only after construction. */
export interface PhraseMatcher<C extends string> {
  byKey: ReadonlyMap<string, readonly Entry<C>[]>
}

/** One phrase found: offsets into the folded text. */
export interface PhraseHit<C extends string> {
  cls: C
  start: number
  end: number
  text: string
}

const KEY_LENGTHS = [3, 4] as const

function keyOf(word: string, prefix: boolean): string {
  if (!prefix) return word.length < 4 ? word : word.slice(0, 4)
  return word.length < 4 ? word : word.slice(0, 4)
}

/**
 * Compiles lexicons (class → phrases) into a matcher. `order` gives the class priority when two
 * phrases of different classes start at the same word (earlier wins); within a class the longer
 * phrase wins.
 */
export function compilePhrases<C extends string>(
  order: readonly C[],
  lexicon: Readonly<Record<C, readonly string[]>>,
): PhraseMatcher<C> {
  const byKey = new Map<string, Entry<C>[]>()
  order.forEach((cls, rank) => {
    for (const phrase of lexicon[cls]) {
      const raw = foldSameLength(phrase)
        .split(/[\s'-]+/)
        .filter((w) => w !== '')
      const words = raw.map((w) => (w.endsWith('*') ? w.slice(0, -1) : w))
      const prefix = raw.map((w) => w.endsWith('*'))
      const first = words[0]
      if (first === undefined || first === '') continue
      const entry: Entry<C> = { cls, rank, words, prefix, length: phrase.length }
      const key = keyOf(first, prefix[0] ?? false)
      const list = byKey.get(key) ?? []
      list.push(entry)
      byKey.set(key, list)
    }
  })
  for (const list of byKey.values()) {
    list.sort((a, b) => a.rank - b.rank || b.words.length - a.words.length || b.length - a.length)
  }
  return { byKey }
}

function wordMatches(token: string, word: string, prefix: boolean): boolean {
  return prefix ? token.startsWith(word) : token === word
}

const JOINER = /^[\s'-]*$/

/**
 * Phrases of the matcher in a folded text, left to right, non-overlapping (a phrase consumes its
 * words). `tokens` may be passed when already computed for `folded`.
 */
export function matchPhrases<C extends string>(
  matcher: PhraseMatcher<C>,
  folded: string,
  tokens: readonly Token[] = tokenize(folded),
): PhraseHit<C>[] {
  const out: PhraseHit<C>[] = []
  let i = 0
  while (i < tokens.length) {
    const tok = tokens[i] as Token
    let best: Entry<C> | undefined
    const seen = new Set<string>()
    for (const len of [0, ...KEY_LENGTHS]) {
      const key = len === 0 ? tok.text : tok.text.slice(0, len)
      if (key.length < (len === 0 ? 1 : len) || seen.has(key)) continue
      seen.add(key)
      for (const e of matcher.byKey.get(key) ?? []) {
        if (
          best !== undefined &&
          (e.rank > best.rank || (e.rank === best.rank && e.words.length <= best.words.length))
        ) {
          continue
        }
        if (matchAt(e, tokens, i, folded)) best = e
      }
    }
    if (best === undefined) {
      i++
      continue
    }
    const last = tokens[i + best.words.length - 1] as Token
    out.push({
      cls: best.cls,
      start: tok.start,
      end: last.end,
      text: folded.slice(tok.start, last.end),
    })
    i += best.words.length
  }
  return out
}

function matchAt<C extends string>(
  e: Entry<C>,
  tokens: readonly Token[],
  i: number,
  folded: string,
): boolean {
  if (i + e.words.length > tokens.length) return false
  for (let k = 0; k < e.words.length; k++) {
    const t = tokens[i + k] as Token
    if (!wordMatches(t.text, e.words[k] as string, e.prefix[k] ?? false)) return false
    if (k > 0) {
      const prev = tokens[i + k - 1] as Token
      if (!JOINER.test(folded.slice(prev.end, t.start))) return false
    }
  }
  return true
}
