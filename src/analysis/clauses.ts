/**
 * Clause position and negation scope over one folded sentence (see foldSameLength).
 *
 * A story asserts what sits in its title or lede's MAIN clause. Relative clauses ("which has
 * invested", "qui a investi", "dont"), temporal/causal adjuncts ("after", "since", "following",
 * "depuis", "après", "à la suite de") and parentheses carry background: a figure or a verb there
 * restates the past and does not decide a verdict (DESIGN.md conventions).
 */

/** A half-open range of offsets [start, end) into the folded sentence. */
export interface Span {
  start: number
  end: number
}

// Openers of a background clause. Each match starts a span that runs to the next clause boundary.
const BACKGROUND_OPENERS = new RegExp(
  [
    // English relatives and adjuncts
    String.raw`\b(?:which|who|whose)\b`,
    String.raw`,\s*that\b`,
    // A relative without its pronoun after an appositive: "Windsurf, the start-up it agreed to buy
    // for $3bn, …"; and a relative "that" opening a past event: "deals that began with …"
    String.raw`,\s*(?:the|a|an)\s+(?:[\w'-]+\s+){0,4}?(?:it|they|he|she|we)\s+(?:had\s+|has\s+|have\s+)?(?:agreed|signed|bought|acquired|announced|struck|offered|proposed|planned|sold|invested|paid|backed|took)\b`,
    String.raw`\bthat (?:began|started|kicked off|followed)\b`,
    String.raw`\b(?:after|since|following|followed by|amid|despite|before|when|once|until)\b`,
    String.raw`\b(?:on|after|following|amid) (?:a |the )?reports?\b`,
    String.raw`\bas part of\b`,
    // A cause or an alternative: "as a result of selling Adenza", "as an alternative to Y's bid"
    String.raw`\b(?:as a result of|as an alternative to|en alternative a|comme alternative a)\b`,
    // A circumstance after a comma: "…, as Qualcomm weighs an offer", "…, as it seeks approval"
    String.raw`,\s*as\b(?! (?:well|much|many|long|soon|a result|expected|planned|agreed|announced|part)\b)`,
    // Consequence participles after a comma: ", prompting calls for scrutiny", ", suscitant"
    String.raw`,\s*(?:prompting|sparking|triggering|drawing|raising|fuell?ing|suscitant|provoquant|relancant)\b`,
    // Pluperfect: an earlier event ("had said", "avait annoncé")
    // (not the backshift of reported speech: "X said on Monday it had agreed to buy Y")
    String.raw`\b(?:had|avait|avaient|s'etait|s'etaient)\b(?<!\b(?:said|says|announced|confirmed|told \w+)\b[^.;:]{0,40}?\b(?:it|they|we|the (?:company|group|firm|companies))\s(?:had|avait|avaient))`,
    // The other side of a comparison: "$2.9bn, up from $1.9bn", "au lieu de"
    String.raw`\b(?:up from|down from|compared with|compared to|instead of|rather than|versus|au lieu de|contre(?= (?:\d|environ|pres)))\b`,
    // "lowering the price to $6.50 a share from $9": the old figure after the new one.
    String.raw`\bfrom(?= (?:about |around |roughly |some |nearly |almost |just over |more than )?[$€£]?\d)(?<=\bto (?:as (?:little|much) as )?[$€£]?\d[^;]{0,40}from)`,
    // An excluded party: "without Microsoft", "sans Microsoft"
    // (not a manner: "sans conditions", "without remedies", "sans surprise")
    String.raw`\b(?:without|excluding|other than|sans|hors)\b(?! (?:any )?(?:conditions?|remed(?:y|ies)|concessions?|reserves?|surprise|attendre|tarder|delay|difficult(?:y|e)|objection))`,
    // Purpose clauses: "to help win approval", "afin d'obtenir", "pour obtenir"
    String.raw`\bto (?:help )?(?:win|secure|gain|obtain)\b`,
    String.raw`\b(?:afin de|afin d'|pour obtenir|pour decrocher)`,
    // French relatives and adjuncts
    String.raw`\bqui\b`,
    String.raw`\bdont\b`,
    String.raw`\b(?:apres|depuis|malgre|lorsque|lors de|alors que|avant de|avant que|une fois)\b`,
    String.raw`\b(?:a la suite de|suite a|au lendemain de)\b`,
    // A later goal, not the event: "raises $100m ahead of its IPO", "a step toward a listing",
    // "en amont de son introduction en Bourse"
    String.raw`\b(?:ahead of|a step towards?|steps? towards?|paving the way (?:for|to)|in preparation for|prelude to|en prevision de|en amont de|prealable a)\b`,
    // A condition is a hypothesis, not a report: "if X walks away", "unless", "si X renonce"
    String.raw`\b(?:if|unless|whether|si|s'il|s'ils|sauf si)\b`,
    // …and so is a proviso: ", provided there are no job cuts", "à condition que", "pourvu que".
    String.raw`,\s*provided\b|\b(?:provided that|on condition that|as long as|so long as|a condition (?:que|qu'|de|d')|pourvu que|pourvu qu'|sous reserve que|sous reserve qu')`,
    // Parentheses
    String.raw`\(`,
  ].join('|'),
  'g',
)
/**
 * Background spans of a folded sentence, in order, non-overlapping. A span starts at an opener and
 * ends at the next clause boundary after it.
 */
export function backgroundSpans(folded: string): Span[] {
  const spans: Span[] = []
  // A fronted phrase dated in the past before the subject: "Listed in March, X has…", "Entrée en
  // Bourse en mars, X a vu…" recalls an earlier event.
  const fronted = FRONTED_DATED.exec(folded)
  if (fronted !== null) spans.push({ start: 0, end: fronted[0].length - 1 })
  for (const m of folded.matchAll(BACKGROUND_OPENERS)) {
    const start = m.index
    const last = spans[spans.length - 1]
    if (last !== undefined && start < last.end) continue
    const boundary = nextBoundary(folded, start + m[0].length)
    spans.push({ start, end: boundary })
  }
  return spans
}

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre'
// "Listed in March,", "Entrée en Bourse en mars,": a participle or verbal noun, a preposition and a
// past date, then a comma, at the very start.
const FRONTED_DATED = new RegExp(
  String.raw`^\s*[\w'-]*(?:ed|e|es|ee|ees|i|ie|is|u|ue|us)\s+(?:in|en|on|a|au|since|depuis|sur|by|par)\s[^,;:.]{0,40}?\b(?:${MONTHS}|(?:19|20)\d\d|last year|l'an dernier|l'annee derniere)\b[^,;:.]{0,10},`,
)

// A clause ends at a comma, semicolon, colon, closing parenthesis, a dash between spaces, or the
// end of the sentence.
function nextBoundary(folded: string, from: number): number {
  for (let i = from; i < folded.length; i++) {
    const c = folded[i]
    if (c === ',' || c === ';' || c === ':' || c === ')') return i
    if (c === '-' && folded[i - 1] === ' ' && folded[i + 1] === ' ') return i
  }
  return folded.length
}

/** True when offset `pos` lies inside one of `spans`. */
export function inSpans(pos: number, spans: readonly Span[]): boolean {
  for (const s of spans) if (pos >= s.start && pos < s.end) return true
  return false
}

const YET_TO = /\b(?:yet to|still to)\s+(?:[\w-]+\s+){0,2}$/
const NEGATORS: ReadonlySet<string> = new Set(
  "not never no without n't cannot nor declined refused ne n' sans jamais aucun aucune ni".split(
    ' ',
  ),
)
const CLAUSE_STOP = /[,;:.()]/

const UNDONE_BEFORE =
  /\b(?:annul(?:s|led|e|ent|ee)?|overturn(?:s|ed)?|overrul(?:es|ed)|quash(?:es|ed)?|strikes? down|struck down|reverses|reversed|casse|invalid(?:ates|ated|e))\s+(?:(?:the|its|a|le|la|les|l'|son|sa|ses|de|du|des|d')\s*)?(?:[\w'-]+\s+){0,2}$/

/**
 * True when the cue starting at `cueStart` is negated: a negator (not, never, no, without, n't;
 * French ne/n', sans, jamais, aucun) among the up-to-four words before it in the same clause.
 * ("has not abandoned", "n'a pas renoncé", "ne renonce pas", "no deal was signed".)
 */
const PHRASE_STARTS: ReadonlySet<string> = new Set(
  'through via after before under from despite par apres avant malgre'.split(' '),
)

export function isNegated(folded: string, cueStart: number): boolean {
  // "has yet to sign a definitive agreement": not done.
  if (YET_TO.test(folded.slice(Math.max(0, cueStart - 30), cueStart))) return true
  // "EU court annuls Brussels veto of the takeover", "overturned the prohibition": the act is undone.
  if (UNDONE_BEFORE.test(folded.slice(Math.max(0, cueStart - 50), cueStart))) return true
  // "ne rachètera que 1 932 magasins": French "ne … que" restricts, it does not negate.
  if (
    /\bn(?:e\s+|')$/.test(folded.slice(Math.max(0, cueStart - 4), cueStart)) &&
    /^\S*\s+(?:\S+\s+){0,2}?qu(?:e\b|')/.test(folded.slice(cueStart, cueStart + 40)) &&
    !/^\S*\s+(?:\S+\s+){0,2}?(?:pas|plus|jamais|aucun|rien)\b/.test(
      folded.slice(cueStart, cueStart + 40),
    )
  )
    return false
  // Walk back word by word (at most four) until a clause boundary.
  let words = 0
  let end = cueStart
  let i = cueStart - 1
  while (i >= -1 && words < 4) {
    const c = i >= 0 ? (folded[i] ?? '') : ' '
    if (CLAUSE_STOP.test(c)) break
    if (c === ' ' || c === "'" || i < 0) {
      const word = folded.slice(i + 1, end)
      if (word !== '') {
        words++
        if (NEGATORS.has(word) || word.endsWith("n't")) return true
        // "the 34% it does not own through a tender offer": a new phrase, out of the negation.
        if (PHRASE_STARTS.has(word)) return false
        // Elided negation: "n'a", "n'est" (the apostrophe ends the word "n").
      }
      if (c === "'" && folded[i - 1] === 'n') {
        // "n'a", "n'est" (French elided ne) or "didn't", "isn't" (English n't).
        if (!/\p{L}/u.test(folded[i - 2] ?? ' ') || folded.slice(i + 1, i + 2) === 't') return true
      }
      end = i
    }
    i--
  }
  return false
}
