/**
 * Text primitives of the analysis core: typographic normalisation, accent/case folding and word
 * tokens. Pure, deterministic, never throws. Regexes are compiled once at module load because these
 * functions run on every story (target: ~20,000 stories/s).
 */

// One pass over the typographic characters feeds use: spaces inside numbers and before French
// punctuation ("1 000", "25 %"), curly apostrophes and quotes, dashes, the ellipsis. French
// guillemets take their inner spaces with them so « x » and "x" read the same.
const TYPOGRAPHY =
  /\u00ab\s*|\s*\u00bb|[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\r\n\f\v\u2019\u2018\u02bc\u2032\u00b4\u201c\u201d\u201e\u201f\u2033\u2010-\u2015\u2212\u2026]/g
const TYPOGRAPHY_MAP: ReadonlyMap<string, string> = new Map([
  ...[...'\u2019\u2018\u02bc\u2032\u00b4'].map((c) => [c, "'"] as const),
  ...[...'\u201c\u201d\u201e\u201f\u2033'].map((c) => [c, '"'] as const),
  ...[...'\u2010\u2011\u2012\u2013\u2014\u2015\u2212'].map((c) => [c, '-'] as const),
  ['\u2026', '...'],
])
const MULTI_SPACE = / {2,}/g
// Only text outside printable ASCII needs the slow path.
const NON_ASCII = /[^\x20-\x7e]/
const NON_ASCII_CHAR = /[^\t\n\r\f\v -~]/g
const COMBINING_MARKS = /\p{M}+/gu
/** Folded form of the common non-ASCII letters of EN/FR news (lower case already applied). */
const FOLD_MAP: ReadonlyMap<string, string> = buildFoldMap()

function buildFoldMap(): Map<string, string> {
  const m = new Map<string, string>([
    ['\u0153', 'oe'],
    ['\u00e6', 'ae'],
    ['\u00df', 'ss'],
  ])
  const groups: Record<string, string> = {
    a: 'àáâãäåāăą',
    c: 'çćčĉċ',
    e: 'èéêëēĕėęě',
    i: 'ìíîïīĭįı',
    n: 'ñńňņ',
    o: 'òóôõöøōŏő',
    u: 'ùúûüūŭůűų',
    y: 'ýÿ',
    s: 'śšşș',
    z: 'źžż',
    g: 'ğ',
    l: 'ł',
    r: 'ř',
    t: 'ťţț',
    d: 'ď',
  }
  for (const [to, chars] of Object.entries(groups)) for (const c of chars) m.set(c, to)
  return m
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
  return s.normalize('NFC').replace(TYPOGRAPHY, typography).replace(MULTI_SPACE, ' ').trim()
}

function typography(m: string): string {
  if (m.length > 1 || m === '\u00ab' || m === '\u00bb') return '"'
  return TYPOGRAPHY_MAP.get(m) ?? ' '
}

/**
 * Matching form of a text: normaliseText, lower case, diacritics stripped (é → e, ç → c) and
 * ligatures expanded (œ → oe, æ → ae, ß → ss). The length may differ from the input, so offsets
 * into a folded string are not offsets into the original. Used for alias and cue matching.
 */
export function foldText(s: string): string {
  const n = normaliseText(s).toLowerCase()
  if (!NON_ASCII.test(n)) return n
  return n.replace(NON_ASCII_CHAR, foldChar)
}

function foldChar(c: string): string {
  return FOLD_MAP.get(c) ?? c.normalize('NFD').replace(COMBINING_MARKS, '')
}

// A word: letters/digits, joined by internal apostrophes, or by '.'/',' between digits (10.5, 1,3).
const WORD = /[\p{L}\p{N}]+(?:(?:'|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}]+)*/gu
// The same for folded text that is plain ASCII (the usual case): much faster than \p classes.
const ASCII_WORD = /[a-z0-9]+(?:(?:'|(?<=[0-9])[.,](?=[0-9]))[a-z0-9]+)*/g
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
  const words = folded.match(NON_ASCII.test(folded) ? WORD : ASCII_WORD)
  if (words !== null) for (const w of words) pushWord(w, out)
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
