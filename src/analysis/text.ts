/**
 * Text primitives of the analysis core: typographic normalisation, accent/case folding and word
 * tokens. Pure, deterministic, never throws. Regexes are compiled once at module load because these
 * functions run on every story (target: ~20,000 stories/s).
 */

// Spaces that feeds use inside numbers and before French punctuation ("1 000", "25 %", « x »).
const SPACE_LIKE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\r\n\f\v]/g
const APOSTROPHES = /[\u2019\u2018\u02bc\u2032\u0060\u00b4]/g
// French guillemets: drop the inner spaces so « x » and "x" read the same.
const GUILLEMET_OPEN = /\u00ab\s*/g
const GUILLEMET_CLOSE = /\s*\u00bb/g
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033]/g
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g
const ELLIPSIS = /\u2026/g
const MULTI_SPACE = / {2,}/g
// Only text outside plain ASCII needs the slow path.
const NON_ASCII = /[^\x20-\x7e]/
const COMBINING_MARKS = /\p{M}+/gu
const LIGATURES = /[\u0153\u00e6\u00df\u0152\u00c6]/g
const LIGATURE_MAP: Readonly<Record<string, string>> = {
  '\u0153': 'oe',
  '\u0152': 'oe',
  '\u00e6': 'ae',
  '\u00c6': 'ae',
  '\u00df': 'ss',
}

/**
 * Typographic normalisation: NFC; non-breaking, narrow and thin spaces and line breaks → ' ';
 * curly/modifier apostrophes and primes → "'"; curly quotes and guillemets → '"' (the inner spaces of
 * « x » are removed); en/em dashes and minus → '-'; '…' → '...'; runs of spaces collapsed; trimmed.
 * Case and accents are kept. Idempotent.
 */
export function normaliseText(s: string): string {
  if (!NON_ASCII.test(s)) {
    return s.indexOf('  ') === -1 && s.trim() === s ? s : s.replace(MULTI_SPACE, ' ').trim()
  }
  return s
    .normalize('NFC')
    .replace(SPACE_LIKE, ' ')
    .replace(APOSTROPHES, "'")
    .replace(GUILLEMET_OPEN, '"')
    .replace(GUILLEMET_CLOSE, '"')
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(ELLIPSIS, '...')
    .replace(MULTI_SPACE, ' ')
    .trim()
}

/**
 * Matching form of a text: normaliseText, lower case, diacritics stripped (é → e, ç → c) and
 * ligatures expanded (œ → oe, æ → ae, ß → ss). The length may differ from the input, so offsets
 * into a folded string are not offsets into the original. Used for alias and cue matching.
 */
export function foldText(s: string): string {
  const n = normaliseText(s).toLowerCase()
  if (!NON_ASCII.test(n)) return n
  return n
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(LIGATURES, ligature)
    .normalize('NFC')
}

function ligature(c: string): string {
  return LIGATURE_MAP[c] ?? c
}

// A word: letters/digits, joined by internal apostrophes, or by '.'/',' between digits (10.5, 1,3).
const WORD = /[\p{L}\p{N}]+(?:(?:'|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}]+)*/gu
/** French elided articles/pronouns/conjunctions, folded, without the apostrophe. */
const ELISIONS: ReadonlySet<string> = new Set(
  'l d j m n s t c qu jusqu lorsqu puisqu quoiqu presqu'.split(' '),
)

/**
 * Folded word tokens of a text, in order. Hyphens and other punctuation separate tokens
 * ("microsoft-backed" → ["microsoft", "backed"], "gpt-4o" → ["gpt", "4o"]); decimals stay whole
 * ("10.5", "1,3").
 *
 * Apostrophes: a French elision is KEPT as its own token with its apostrophe ("d'amazon" →
 * ["d'", "amazon"], "qu'il" → ["qu'", "il"]), so consumers that want bare words drop tokens for which
 * {@link isElision} is true. An English possessive is split off the same way ("amazon's" →
 * ["amazon", "'s"]; "investors'" → ["investors"]). Other internal apostrophes stay inside the token
 * ("aujourd'hui", "don't").
 */
export function wordTokens(s: string): string[] {
  const folded = foldText(s)
  const out: string[] = []
  for (const m of folded.matchAll(WORD)) pushWord(m[0], out)
  return out
}

function pushWord(word: string, out: string[]): void {
  let w = word
  for (;;) {
    const apo = w.indexOf("'")
    if (apo === -1) break
    const head = w.slice(0, apo)
    if (ELISIONS.has(head)) {
      out.push(head + "'")
      w = w.slice(apo + 1)
      continue
    }
    if (w.endsWith("'s") && w.length - 2 === apo) {
      out.push(head, "'s")
      return
    }
    break
  }
  out.push(w)
}

/** True for a token produced by {@link wordTokens} for a French elision ("l'", "d'", "qu'"…). */
export function isElision(token: string): boolean {
  return token.endsWith("'") && ELISIONS.has(token.slice(0, -1))
}
