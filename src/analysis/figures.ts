/**
 * Figures in deal news, English and French: money amounts, percentages, share counts and scaled
 * counts, each as an interval with a qualifier, a currency and a guessed meaning (valuation, stake,
 * per-share price…). Own extractor (stance.md §4.2: library parsers lose scales, qualifiers, French
 * grouping and ranges).
 *
 * Method: the input is folded into a copy of the SAME LENGTH (lower case, accents stripped, typographic
 * spaces/apostrophes/dashes/quotes made ASCII) so that every regex offset is also an offset into the
 * input. Each number is then read with its neighbours: currency before or after, scale word, percent
 * sign, a range partner ("$10-15 billion", "entre 10 et 15 milliards"), a qualifier from the words
 * just before and a meaning from the words around. Bare numbers never become figures: only a
 * currency, a percent sign, a share count or a scale word makes one, which keeps years, dates, times,
 * ordinals, product names ("Windows 11", "GPT-4o") and small counts out.
 */
import type { Lang } from '../domain.js'

/** Currencies the extractor recognises. "$" alone is USD, "¥" alone is JPY. */
export type Currency =
  | 'USD'
  | 'EUR'
  | 'GBP'
  | 'JPY'
  | 'CHF'
  | 'CAD'
  | 'AUD'
  | 'HKD'
  | 'SGD'
  | 'CNY'
  | 'INR'
  | 'KRW'
  | 'ZAR'
  | 'BRL'
export type FigureUnit = 'money' | 'percent' | 'shares' | 'count'
export type Qualifier = 'exact' | 'gt' | 'gte' | 'lt' | 'lte' | 'approx' | 'range'
export type FigureMeaning =
  | 'amount'
  | 'valuation'
  | 'stake'
  | 'per-share'
  | 'revenue'
  | 'contract'
  | 'raise'
  /** A side figure of a deal (a premium, a break fee, a buyback, a share move): compares with none. */
  | 'side'
  /** A value including debt: compares only with another value including debt. */
  | 'enterprise'
  | 'unknown'

/** One figure found in a text. */
export interface Figure {
  /** Verbatim span of the input: `text === input.slice(start, end)`. */
  text: string
  start: number
  end: number
  unit: FigureUnit
  /** Money only; absent when neither the figure nor the rest of the text names a currency. */
  currency?: Currency
  /** Point value in base units: dollars (not billions), shares, percent as 25 for 25 %. For a range, the midpoint. */
  value: number
  /** Interval the text allows; open ends are 0 / Infinity. exact ±3 %, approx ±12 %. */
  low: number
  high: number
  qualifier: Qualifier
  /** Guessed from nearby words; 'amount' for money without a cue, 'unknown' for other units. */
  meaning: FigureMeaning
  /** "a year", "par an", "annually". */
  perYear?: boolean
  /** The old value of a change ("from 19.9% to 60.5%"): history, not a term of the deal. */
  previous?: boolean
}

export type FigureComparison = 'compatible' | 'incompatible' | 'incomparable'

/** Rough USD value of one unit of each currency; a wide tolerance is applied on conversion. */
const USD_PER_UNIT: Readonly<Record<Currency, number>> = {
  USD: 1,
  EUR: 1.08,
  GBP: 1.27,
  JPY: 0.0067,
  CHF: 1.12,
  CAD: 0.73,
  AUD: 0.66,
  HKD: 0.128,
  SGD: 0.74,
  CNY: 0.14,
  INR: 0.012,
  KRW: 0.00074,
  ZAR: 0.055,
  BRL: 0.19,
}
const EXACT_TOLERANCE = 0.03
const APPROX_TOLERANCE = 0.12
/** Two upper bounds further apart than this factor are different terms. */
const CAPS_APART = 1.5
/** Money figures further apart than this factor measure different things. */
const MAGNITUDE_APART = 1000
const PER_SHARE_TOLERANCE = 0.002
const CONVERSION_TOLERANCE = 0.15

// ---------------------------------------------------------------------------------------------
// Same-length folding

const FOLD_MAP: ReadonlyMap<number, string> = buildFoldMap()

function buildFoldMap(): Map<number, string> {
  const m = new Map<number, string>()
  const set = (chars: string, to: string): void => {
    for (const c of chars) m.set(c.charCodeAt(0), to)
  }
  // ASCII is left as it is (line breaks keep separating title from summary).
  set(
    '\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000',
    ' ',
  )
  set('\u2019\u2018\u02bc\u2032\u00b4', "'")
  set('\u00ab\u00bb\u201c\u201d\u201e\u201f\u2033', '"')
  set('\u2010\u2011\u2012\u2013\u2014\u2015\u2212', '-')
  set('àáâãäåÀÁÂÃÄÅ', 'a')
  set('çÇ', 'c')
  set('èéêëÈÉÊË', 'e')
  set('ìíîïÌÍÎÏ', 'i')
  set('ñÑ', 'n')
  set('òóôõöÒÓÔÕÖ', 'o')
  set('ùúûüÙÚÛÜ', 'u')
  set('ýÿÝ', 'y')
  return m
}

const NON_ASCII_CHAR = /[^\t\n\r\f\v -~]/g

/** Lower case, accents stripped, typographic characters made ASCII; same length as the input. */
function foldSameLength(s: string): string {
  const lower = s.toLowerCase()
  if (lower.length !== s.length) return foldByChar(s)
  return lower.replace(NON_ASCII_CHAR, foldChar)
}

function foldChar(c: string): string {
  return FOLD_MAP.get(c.charCodeAt(0)) ?? c
}

// Rare path: a character whose lower case has another length (e.g. "İ"); fold one by one.
function foldByChar(s: string): string {
  let out = ''
  for (const c of s) {
    const lower = c.toLowerCase()
    const one = lower.length === c.length ? lower : c
    out += one.length === 1 && one.charCodeAt(0) > 0x7f ? foldChar(one) : one
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Lexicon (all patterns run on the folded copy)

// A number: not glued to a word ("H100", "GPT-4", "M2") nor inside another number.
const NUMBER =
  /(?<![\p{L}\p{N}_]|[\p{L}\p{N}]-|\d[.,])(\d{1,3}(?:(?:,\d{3})+|(?:\.\d{3})+|(?: \d{3})+)(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\p{N}])/gu
// Spelled numbers are looked for only in front of a scale word ("a billion", "dix milliards").
const SPELLED_SCALE = / (?:b|tr|m)illi(?:ons?|ards?)(?![\p{L}])/gu
const SPELLED_BEFORE =
  /(?<![\p{L}\p{N}])(a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|un|une|deux|trois|quatre|cinq|sept|huit|neuf|dix|douze|quinze|vingt|trente|quarante|cinquante)$/u
/** Spelled-out multipliers of a scale word ("a billion dollars", "dix milliards d'euros"). */
const SPELLED: ReadonlyMap<string, number> = new Map(
  Object.entries({
    a: 1,
    an: 1,
    one: 1,
    un: 1,
    une: 1,
    two: 2,
    deux: 2,
    three: 3,
    trois: 3,
    four: 4,
    quatre: 4,
    five: 5,
    cinq: 5,
    six: 6,
    seven: 7,
    sept: 7,
    eight: 8,
    huit: 8,
    nine: 9,
    neuf: 9,
    ten: 10,
    dix: 10,
    twelve: 12,
    douze: 12,
    fifteen: 15,
    quinze: 15,
    twenty: 20,
    vingt: 20,
    thirty: 30,
    trente: 30,
    forty: 40,
    quarante: 40,
    fifty: 50,
    cinquante: 50,
  }),
)
// The second half of a range, read where the joiner ends ("$10-15bn": "15" follows "10-").
const NUMBER_AT =
  /(\d{1,3}(?:(?:,\d{3})+|(?:\.\d{3})+|(?: \d{3})+)(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\p{N}])/uy

// Scale words. Multi-letter ones may follow a space; single letters must be glued to the number
// ("$10b", "€3m") or followed by a currency sign ("3 M€"), because "10 m" is usually metres.
const SCALE_WORD =
  /(?:[ -]?(mille milliards|milliards?|mrds?|mds?|millions?|mio|mln|billions?|bln|bn|trillions?|tn|thousand|mille)|(k|mn|m|b|t)|(?: (k|mn|m|b|t)(?=[$€£])))(?![\p{L}])/uy
const PERCENT =
  / ?(?:%|per ?cent(?![\p{L}])|pour ?cent(?![\p{L}])|pct(?![\p{L}])|percentage points?|points? de pourcentage)/uy
const PENCE = /(?:p| ?pence)(?![\p{L}\p{N}])/uy
const CURRENCY_AFTER =
  / ?(?:(?:de |d')?(dollars? (?:us|americains?|canadiens?|australiens?|de hong kong|de hongkong|de singapour)|(?:us |u\.s\. |american |canadian |australian |hong kong |singapore )?dollars?|reais|euros?|livres? sterling|livres?|pounds?(?: sterling)?|sterling|yens?|yuans?|renminbi|francs? suisses?|swiss francs?|roupies?|rupees?|wons?|rands?|usd|eur|gbp|chf|jpy|cad|aud|hkd|sgd|cny|rmb|inr|krw|zar|brl)(?![\p{L}])|(\$ ?us|\$|€|£|¥|₹|₩)(?![\p{L}\p{N}]))/uy
const CURRENCY_BEFORE =
  /(?:(?<![\p{L}])(us ?\$|u\.s\. ?\$|ca?\$|au?\$|hk\$|s\$|r\$|[a-z]{2}\$|usd|eur|gbp|chf|jpy|cad|aud|hkd|sgd|brl|cny|rmb|inr|krw|rs\.?)|(\$|€|£|¥|₹|₩)) ?$/u
const SHARES_AFTER =
  / ?(?:(?:new |more |ordinary |common |class [a-z] |additional )?shares|(?:de |d')(?:nouvelles )?(?:actions|titres))(?![\p{L}])/uy
// Range joiners between two numbers. "and"/"et" only count after "between"/"entre".
const JOINER = / ?(-|(?:to|and|et|a)(?![\p{L}])) ?/uy
const BETWEEN = /(?<![\p{L}])(?:between|entre)(?: the)? ?$/u
const FROM_CHANGE =
  /(?<![\p{L}])(?:raised?|raising|increased?|increasing|boost(?:ed|ing|s)?|lift(?:ed|s|ing)?|bring(?:s|ing)?|brought|take(?:s|n)?|taking|took|porter|relever|augmenter|passer|monter|cut(?:s|ting)?|lowered|reduced?|trimmed|slashed|sweetened|bumped|rose|fell|jumped|climbed|dropped|grew|went|moved|releve|relevee|porte|portee|passe|passee|augmente|augmentee|abaisse|abaissee|reduit|reduite|bondi|chute|grimpe|recule)\b.{0,40}?(?:from|de)(?: | l'| la | le )?$/u

const QUALIFIER_BEFORE: ReadonlyArray<readonly [Qualifier, RegExp]> = [
  [
    'gte',
    /(?<![\p{L}])(?:at least|no less than|not less than|a minimum of|minimum(?: of)?|au moins|pas moins de|pas moins d'|au minimum|minimum de)(?: of| de| d')? ?$/u,
  ],
  [
    'lte',
    /(?<![\p{L}])(?:up to|as much as|as high as|as many as|at most|no more than|not more than|a maximum of|maximum of|jusqu'a|jusqu'au|au maximum|au plus|pas plus de|pas plus d'|maximum de)(?: of| de| d')? ?$/u,
  ],
  [
    'gt',
    /(?<![\p{L}])(?:more than|over|above|in excess of|north of|upwards of|exceeding|topping|topped|tops|surpassing|surpassed|greater than|plus de|plus d'|au-dela de|au-dela d'|au-dela des|au-dessus de|depassant|superieurs? a|superieures? a|superieur a)(?: of| de| d')? ?$/u,
  ],
  [
    'lt',
    /(?<![\p{L}])(?:less than|fewer than|under|below|south of|moins de|moins d'|inferieurs? a|inferieures? a|en dessous de|sous)(?: of| de| d')? ?$/u,
  ],
  [
    'approx',
    /(?:(?<![\p{L}])(?:about|around|nearly|almost|roughly|approximately|some|an estimated|estimated|circa|close to|près de|pres de|pres d'|environ|quelque|quelques|quasiment|presque|autour de|approximativement|de l'ordre de|a peu pres)|~)(?: of| de| d')? ?$/u,
  ],
]
const APPROX_AFTER = /^ ?(?:environ|or so|approximately|au total environ)(?![\p{L}])/u

// Meaning cues, searched in a window around the figure (folded text).
const PER_SHARE_AFTER =
  /^[ -]?(?:(?:in cash |cash |en numeraire |en especes |comptant )?(?:a|per|each|par|for each|for every|pour chaque)[ -](?:share|action|titre|ads|unit)|(?:price )?range|share price|l'action|l'unite|par action|each|apiece|chacune?|piece|a la cloture)(?![\p{L}])/u
const PER_SHARE_BEFORE =
  /(?:(?<![\p{L}])(?:shares?|stock|titres?|actions?)(?: [^ ]+){0,4} (?:at|to|a|entre)(?: above| below| around| about| over| under| near)?|(?:share price|price per share|per-share price|prix par action|closing price|cours|close) (?:of|de)|(?:cotait|cote|cotant|closed at|traded at|trading at|cloture a)|(?:price[sd]?|pricing|prix|fixe|fixed)(?: (?:its|the|son|le|l'|de l'|of the|of its))? ?(?:ipo|shares|offering|introduction|listing|cotation)? (?:at|a)|(?:ipo|offering|listing|introduction) price (?:at|of|a|de)) ?$/u
const MEANING_CUES: ReadonlyArray<readonly [FigureMeaning, RegExp]> = [
  [
    'valuation',
    /(?<![\p{L}])(?:valu(?:e|ed|ing|ation|ations|es)|, worth|evalue\w*|pese|pesait|peserait|valoris\w*|market (?:value|cap\w*)|capitalisation|capitalization|post-money|pre-money|enterprise value|valeur d'entreprise|vaut|valait)(?![\p{L}])/gu,
  ],
  [
    'stake',
    /(?<![\p{L}])(?:stake|stakes|participation|holding|ownership|du capital|of the company|equity stake|detient|detenir|detiendra|part de)(?![\p{L}])/gu,
  ],
  [
    'revenue',
    /(?<![\p{L}])(?:revenues?|sales|turnover|chiffre d'affaires|recettes|brings? in|bringing in|generates?|generating|rapporter|rapporte|rapportera|rapporterait|generer|generera)(?![\p{L}])/gu,
  ],
  [
    'contract',
    /(?<![\p{L}])(?:contracts?|contrats?|agreement over|over (?:\d+|five|ten|several) years|sur (?:\d+|cinq|dix|plusieurs) ans|multi-?year|pluriannuel\w*|commitment|engagement)(?![\p{L}])/gu,
  ],
  [
    'enterprise',
    /(?<![\p{L}])(?:including (?:its |the )?(?:net )?debt|including (?:the )?(?:\p{L}+ )?(?:net )?debt|with debt|debt included|dette comprise|dettes comprises|y compris (?:la |sa )?dette)(?![\p{L}])/gu,
  ],
  [
    'side',
    /(?<![\p{L}])(?:warrants?|bons de souscription|premium|(?<!licen[cs]e |licensing |licence )fees?|break-?up fees?|breakup fees?|termination fees?|break fees?|reverse termination|indemnite de rupture|indemnites de rupture|frais de rupture|buy-?backs?|share repurchases?|rachats? d'actions|synerg\w+|fine[sd]?|fining|amendes?|penalt(?:y|ies)|baisses? de prix|price (?:cut|reduction)s?|reductions? de prix|rabais|notes|bonds|bond sale|loans?|obligations|emprunts?|credit facility|bridge loan|pret relais|(?:of|in) (?:total )?(?:assets|deposits)|assets under management|d'actifs|de depots|d'encours)(?![\p{L}])/gu,
  ],
  [
    'raise',
    /(?<![\p{L}])(?:rais(?:e|es|ed|ing)(?! (?:its|the|their|his|her|an|a) (?:offer|bid|price|forecast|outlook|guidance|stake))|round|funding|fundraising|series [a-z]|serie [a-z]|tour de table|tour de financement|lev(?:e|ee|er|era|ent|ait)|levee de fonds|financement)(?![\p{L}])/gu,
  ],
]
// A premium or a share-price move: "a 53% premium", "une prime de 53 %", "shares jumped 37%",
// "bondit de 20 %".
// …and a vote or an acceptance level: "78.8% of shareholders", "25.47% of voting rights accepted",
// "62 % des actionnaires", "des titres apportés".
const SIDE_PERCENT_AFTER =
  /^ ?(?:premium|prime|of (?:the )?(?:\p{L}+ )?(?:shareholders|investors|voting rights|votes|votes cast)|des (?:actionnaires|droits de vote|voix|suffrages)|[^.;]{0,40}\b(?:accepted|tendered|acceptances?|apportee?s?|ont apporte)(?![\p{L}]))/u
const SIDE_PERCENT_BEFORE =
  /(?<![\p{L}])(?:premium of|prime de|rose|rise[sn]?|jump(?:s|ed)?|soar(?:s|ed)?|surg(?:es|ed)|climb(?:s|ed)?|gain(?:s|ed)?|fell|falls?|drop(?:s|ped)?|slid(?:es)?|sank|sinks?|tumbl(?:es|ed)|plung(?:es|ed)|lost|(?:up|down) (?:by )?|hausse de|baisse de|bondi\w* de|bond de|chute de|chut\w* de|grimp\w* de|recul\w* de|gagn\w*|perd\w*|s'envol\w* de|plong\w* de)(?: (?:more than|nearly|almost|about|some|plus de|pres de|environ|quelque))? ?$/u
const COMPONENT_BETWEEN =
  /^[^.;]{0,30}?(?::|\bdont\b|\bof which\b|\bincluding\b|\bincluant\b|\bpaying\b|\bcomprising\b|\bconsisting of\b|\bmade up of\b|\bcompose de\b|\bcomprenant\b)/
const CASH_AND_SHARES_AFTER =
  /^\s*(?:in cash|cash|en numeraire|en especes|en cash)\s+(?:and|et|plus)\s+(?:(?:about|around|some|nearly|environ|quelque|pres de)\s+)?[$€£]?\d/
const CHANGE_BY_BEFORE =
  /(?<![\p{L}])(?:cut\w*|lower\w*|reduc\w*|rais\w*|lift\w*|increas\w*|sweeten\w*|boost\w*|trimm?\w*|slash\w*)\b[^.;]{0,40}?\bby (?:(?:about|around|some|nearly|environ) )?$/u
const ENTERPRISE_AFTER =
  /^ ?,? ?(?:including (?:(?:its|the|\p{L}+'s|\p{L}+) ){0,2}?(?:net )?debt|with debt|debt included|dette comprise|dettes comprises|y compris (?:la |sa |leur )?dette)(?![\p{L}])/u
const DEAL_VALUED =
  /(?<![\p{L}])(?:deal|transaction|takeover|merger|acquisition|offer|bid|purchase|operation|rachat|offre|accord|fusion|acquisition)(?: (?:is|was|would be|will be|that is|est|a ete|serait|sera))? (?:valued|value|valoris\w*)(?: at| a)?(?: [^ ]+){0,3} ?$/u
const STAKE_PERCENT_AFTER =
  /^ ?(?:(?:[\p{L}-]+ )?(?:stake|equity|interest|participation|holding|ownership)(?![\p{L}])|(?:of|in) (?:the|its|a) (?:company|group|firm|business|chipmaker|start-?up|\p{L}+ (?:company|chipmaker|firm|group))|(?:du|de son|de leur) capital|de la (?:societe|filiale|start-up|cible)|of (?:its|the) (?:outstanding |common )?(?:shares|stock)|des actions|de ses actions)/u
const STAKE_PERCENT_BEFORE =
  /(?<![\p{L}])(?:stake|participation|position|part|holds?|holding|owns|owned|owning|take|takes|taking|took|acquire|acquiring|buy|buying|sell|selling|sold|gives? it|prendre|prend|prenait|detenir|detient|deten\w*|detien\w*|monte a|monter a|ceder|cede|acquerir|racheter|rachete|donnerait)(?: [^ ]+){0,3} ?$/u
// Between two figures: the second measures the same thing ("up from", "contre", "instead of").
const COMPARED_WITH =
  /(?:(?<![\p{L}])(?:(?:up|down) from|from|compared (?:with|to)|versus|vs|instead of|rather than|au lieu de|plutot que|contre|et non|not|to|or|ou|soit|voire|or even|even|ou meme)|\()(?: [^ ]+){0,2} ?$/u
// After a figure, the words that make the next one its old value: group 1 when they need nothing
// else ("up from", "contre", "instead of"), a bare "from" otherwise. A full stop inside a name
// ("Transat A.T., up from C$13") does not end the clause.
const OLD_VALUE_BEFORE =
  /^(?:[^;.!?]|\.(?=[\p{L},]))*?(?:(?<![\p{L}])(?:((?:up|down) from|compared (?:with|to)|contre|au lieu (?:de|des|du)|instead of|rather than|(?:cheaper|lower|smaller|narrower|higher|larger|bigger|richer)(?: [\p{L}-]+){0,3} than|(?:inferieure?s?|superieure?s?) (?:a|aux|au)|moins eleve\p{L}* que|en deca (?:de|des|du))|from)(?: (?:the|its|an?|earlier|previous|initial|original|proposed|le|la|les|l'))* ?)$/u
// "to", "to between", "à": what comes before a figure that is a change's new value.
const NEW_VALUE_BEFORE =
  /(?<![\p{L}])(?:to|a)(?: (?:between|as (?:little|much|low|high) as|about|around|some))? ?$/u
const MAX_SHARE_PRICE = 100_000
const AFTER_STOP = /[\d$€£¥₹₩,;:.()!?"]/u
const BEFORE_STOP: ReadonlySet<number> = new Set([...'$€£¥₹₩;.()!?"'].map((c) => c.charCodeAt(0)))
// "a year" right after the figure (up to two words between: "$3bn in revenue a year"), not "a year ago".
const PER_YEAR_AFTER =
  /^(?: [\p{L}']+){0,2} ?(?:a year|per year|each year|every year|annually|per annum|a yr|yearly|par an|par annee|chaque annee|annuels?|annuelles?|\/an|\/year)(?![\p{L}])(?! ago| earlier| before| plus tot| auparavant)/u
const PER_YEAR_BEFORE = /(?<![\p{L}])(?:annual|annuel|annuelle|yearly)(?: [\p{L}']+){0,2} ?$/u
// Money cues that make "10 milliards" without a currency money; count nouns keep it a count.
const MONEY_CONTEXT =
  /(?<![\p{L}])(?:valued|valuing|valuation|worth|for|raise[sd]?|raising|invest\w*|pay(?:s|ing)?|paid|price[sd]?|bid|offer|funding|deal|revenues?|sales|capex|spend\w*|cost\w*|valoris\w*|leve\w*|lever|investi\w*|injecte\w*|pour|montant|chiffre d'affaires|contrats?|rachat|offre|somme|budget|financement|capitalisation|enveloppe)(?![\p{L}])/u
const MONEY_AFTER =
  /^ ?(?:de dette|of debt|in debt|in cash|en numeraire|en cash|de financement|de valorisation|in funding|in revenue|in sales|de revenus|de chiffre d'affaires|d'investissements?|of investment|en fonds propres|of equity|de pertes?|of losses|in losses)(?![\p{L}])/u
const COUNT_NOUN_AFTER =
  /^ ?(?:de |d')?(?:users?|utilisateurs?|customers?|clients?|subscribers?|abonnes?|people|personnes|employees?|salaries?|workers?|jobs?|emplois?|units?|unites?|devices?|appareils?|gpus?|puces?|chips?|processeurs?|processors?|downloads?|telechargements?|parameters?|parametres?|tokens?|megawatts?|gigawatts?|mw|gw|hours?|heures?|views?|vues?|visitors?|visiteurs?|habitants?|members?|membres?|accounts?|comptes?|cars?|vehicles?|vehicules?|phones?|smartphones?|servers?|serveurs?|homes?|foyers?|households?|tonnes?|tons?|barrels?|barils?|miles?|kilometres?|km|years?|ans|votes?|voix|shareholders?|actionnaires?)(?![\p{L}])/u

const YEAR_LIKE = /^(?:19|20)\d\d$/

interface Reading {
  value: number
  /** Multiplier of the scale word (1 without one). */
  scale: number
  start: number
  end: number
  hasScale: boolean
  singleLetterScale: boolean
  currency: Currency | undefined
  /** The currency sign/word was seen but is not one we convert (A$, HK$). */
  foreignCurrency: boolean
  percent: boolean
  shares: boolean
  /** Text of the number itself, for the year guard. */
  raw: string
}

/**
 * All figures in `text`, in order of appearance, with spans into `text`. `lang` decides number
 * grammar ("1,300" is 1300 in English, 1.3 in French) and "billion" (10^9 in English, 10^12 in
 * French). Pure and total: odd text gives fewer figures, never an exception.
 */
export function extractFigures(text: string, lang: Lang): Figure[] {
  const f = foldSameLength(text)
  const drafts: Draft[] = []
  const starts = numberStarts(f)
  let resumeAt = 0
  for (const [at, raw] of starts) {
    if (at < resumeAt) continue
    const draft = readFigure(f, at, raw, lang)
    if (draft === undefined) continue
    drafts.push(draft)
    resumeAt = draft.end
  }
  const usual = usualCurrency(drafts)
  if (usual !== undefined) {
    for (const d of drafts) {
      if (d.maybeMoney) {
        d.unit = 'money'
        d.needsCurrency = true
      }
    }
  }
  const figures: Figure[] = []
  for (const d of drafts) figures.push(finishFigure(text, f, d, usual, figures.at(-1)))
  // "$3 billion: $2.25 billion in cash, a $300 million premium…", "3 milliards, dont jusqu'à 450
  // millions de paiement conditionnel": the parts of a total are side figures.
  let total: Figure | undefined
  for (const fig of figures) {
    if (fig.unit !== 'money') continue
    if (
      total !== undefined &&
      fig.value < total.value &&
      COMPONENT_BETWEEN.test(f.slice(total.end, fig.start))
    ) {
      fig.meaning = 'side'
      continue
    }
    total = fig
  }
  // "pour 4,5 milliards de dollars en numéraire et 50 millions de ses propres actions", "$4.5bn in
  // cash and 50 million shares": the cash part of a payment in cash and shares is a side figure.
  figures.forEach((fig, i) => {
    const m = CASH_AND_SHARES_AFTER.exec(f.slice(fig.end, fig.end + 60))
    if (fig.unit !== 'money' || m === null) return
    fig.meaning = 'side'
    // The share part that follows is the rest of the payment.
    const next = figures[i + 1]
    if (next !== undefined && next.start <= fig.end + m[0].length) next.meaning = 'side'
  })
  // "raised its stake from 19.9% to 60.5%", "porter sa participation de 19,9 % à 60,5 %": the new
  // value measures what the old one did; the old one is marked as such.
  drafts.forEach((d, i) => {
    const old = figures[i]
    const next = figures[i + 1]
    if (d.changedFrom !== true || old === undefined || next === undefined) return
    if (next.unit === old.unit && next.meaning === 'unknown') next.meaning = old.meaning
    old.previous = true
  })
  // "lowering the price to $6.50 from $9", "à 125 rands par action, contre 105 rands proposés en
  // février", "valued at $30bn, up from $14bn": the later figure is the old value.
  for (let i = 1; i < figures.length; i++) {
    const now = figures[i - 1]!
    const old = figures[i]!
    if (now.previous === true || old.unit !== now.unit) continue
    const between = f.slice(now.end, old.start)
    if (between.length > 80) continue
    const marker = OLD_VALUE_BEFORE.exec(between)
    if (marker === null) continue
    // A bare "from" is the old value only after "to" ("to $6.50 a share from $9"); "from $5
    // billion to $7 billion" is the forward change handled above.
    if (
      marker[1] === undefined &&
      !NEW_VALUE_BEFORE.test(f.slice(Math.max(0, now.start - 40), now.start))
    )
      continue
    old.previous = true
    if (old.meaning !== now.meaning && now.meaning !== 'unknown') old.meaning = now.meaning
  }
  return figures
}

/** Where numbers start in the folded text, in order: digits, and spelled words before a scale. */
function numberStarts(f: string): [number, string][] {
  const out: [number, string][] = []
  NUMBER.lastIndex = 0
  for (let m = NUMBER.exec(f); m !== null; m = NUMBER.exec(f)) out.push([m.index, m[1] ?? m[0]])
  SPELLED_SCALE.lastIndex = 0
  let spelled = false
  for (let m = SPELLED_SCALE.exec(f); m !== null; m = SPELLED_SCALE.exec(f)) {
    const word = SPELLED_BEFORE.exec(f.slice(Math.max(0, m.index - 12), m.index))?.[1]
    if (word !== undefined) {
      out.push([m.index - word.length, word])
      spelled = true
    }
  }
  if (spelled) out.sort((a, b) => a[0] - b[0])
  return out
}

interface Draft {
  start: number
  end: number
  low: Reading
  high: Reading | undefined
  unit: FigureUnit
  currency: Currency | undefined
  /** Money decided from context only: currency to be filled with the text's usual one. */
  needsCurrency: boolean
  /** A count in billions without a count noun: money if the text has other money figures. */
  maybeMoney: boolean
  qualifier: Qualifier
  /** The old value of a change ("raised its stake from 19.9% to 60.5%"), followed by the new. */
  changedFrom?: boolean
}

function readFigure(f: string, at: number, raw: string, lang: Lang): Draft | undefined {
  const first = readNumber(f, at, raw, lang)
  if (first === undefined) return undefined
  let second: Reading | undefined
  let change = false
  JOINER.lastIndex = first.end
  const j = JOINER.exec(f)
  if (j !== null) {
    const word = j[1]
    const between = BETWEEN.test(f.slice(Math.max(0, first.start - 12), first.start))
    const allowed =
      word === '-' ||
      word === 'to' ||
      (word === 'a' && lang === 'fr') ||
      ((word === 'and' || word === 'et') && between)
    change = FROM_CHANGE.test(f.slice(Math.max(0, first.start - 60), first.start))
    if (allowed) {
      const secondStart = skipCurrencyPrefix(f, JOINER.lastIndex)
      NUMBER_AT.lastIndex = secondStart
      const n2 = NUMBER_AT.exec(f)
      if (n2 !== null) {
        const r2 = readNumber(f, secondStart, n2[1] ?? n2[0], lang)
        if (r2 !== undefined) {
          second = r2
        }
      }
    }
  }

  let low = first
  let high = second
  if (high !== undefined) {
    // Units written once apply to both ends: "$10-15 billion", "entre 10 et 15 milliards de dollars".
    if (!low.hasScale && high.hasScale) {
      low = { ...low, value: low.value * high.scale, scale: high.scale, hasScale: true }
    }
    // "32 millions d'actions à 27 dollars": a descending pair is two figures, and the second's
    // units are not the first's.
    if (high.value < low.value && !change) {
      high = undefined
      low = { ...low, end: first.end }
    }
  }
  if (high !== undefined) {
    if (low.currency === undefined && high.currency !== undefined)
      low = { ...low, currency: high.currency }
    if (high.currency === undefined && low.currency !== undefined)
      high = { ...high, currency: low.currency }
    if (high.percent) low = { ...low, percent: true }
    if (high.shares) low = { ...low, shares: true }
    if (high.value < low.value || change) {
      // A range ascends, and "raised its offer from 47 to 55 dollars" is a change, not a range:
      // keep the first number alone (with the units written once after the second).
      high = undefined
      low = { ...low, end: first.end }
    }
  }

  const both = high === undefined ? [low] : [low, high]
  const currency = both.find((r) => r.currency !== undefined)?.currency
  const foreign = both.some((r) => r.foreignCurrency)
  const percent = both.some((r) => r.percent)
  const shares = both.some((r) => r.shares)
  const scaled = both.some((r) => r.hasScale)
  const singleLetter = both.some((r) => r.singleLetterScale)
  const start = low.start
  const end = (high ?? low).end

  let unit: FigureUnit
  let needsCurrency = false
  let maybeMoney = false
  if (percent) unit = 'percent'
  // A$, HK$, S$: money we cannot convert; dropped rather than mistaken for US dollars.
  else if (currency === undefined && foreign) return undefined
  else if (currency !== undefined) unit = 'money'
  else if (shares) unit = 'shares'
  else if (scaled && !singleLetter) {
    const before = f.slice(Math.max(0, start - 50), start)
    const after = f.slice(end, end + 30)
    const countNoun = COUNT_NOUN_AFTER.test(after)
    if (!countNoun && (MONEY_CONTEXT.test(before) || MONEY_AFTER.test(after))) {
      unit = 'money'
      needsCurrency = true
    } else {
      unit = 'count'
      // "5 milliards en fonds propres et 2 milliards de dette": billions of nothing in particular
      // are money when the text speaks money elsewhere (decided once all figures are read).
      maybeMoney = !countNoun && (high ?? low).scale >= 1e9
    }
  } else return undefined

  // Years are never money unless a currency sign sits right before ("$2019" is a price).
  if (!scaled && YEAR_LIKE.test(low.raw) && high === undefined && unit !== 'percent') {
    if (!hasCurrencySignBefore(f, low.start)) return undefined
  }

  const qualifier: Qualifier = high !== undefined ? 'range' : qualifierBefore(f, start, end)
  const draft: Draft = {
    start,
    end,
    low,
    high,
    unit,
    currency,
    needsCurrency,
    maybeMoney,
    qualifier,
  }
  if (change && second !== undefined && high === undefined) draft.changedFrom = true
  return draft
}

function readNumber(f: string, at: number, raw: string, lang: Lang): Reading | undefined {
  const base = parseNumber(raw, lang)
  if (base === undefined) return undefined
  let end = at + raw.length
  let start = at
  let currency: Currency | undefined
  let foreign = false

  const before = CURRENCY_BEFORE.exec(f.slice(Math.max(0, at - 8), at))
  if (before !== null) {
    const sign = before[1] ?? before[2] ?? ''
    const c = currencyOf(sign.replace(/[ .]/g, ''))
    if (c === 'foreign') foreign = true
    else currency = c
    start = at - before[0].length
  }

  let value = base
  let scale = 1
  let hasScale = false
  let singleLetter = false
  // "1,315p a share", "1 250 pence par action": British pence, a hundredth of a pound.
  PENCE.lastIndex = end
  if (currency === undefined && PENCE.test(f)) {
    return {
      value: base / 100,
      scale: 1,
      start,
      end: PENCE.lastIndex,
      hasScale: false,
      singleLetterScale: false,
      currency: 'GBP',
      foreignCurrency: false,
      percent: false,
      shares: false,
      raw,
    }
  }
  SCALE_WORD.lastIndex = end
  const s = SCALE_WORD.exec(f)
  if (s !== null) {
    const word = s[1] ?? s[2] ?? s[3] ?? ''
    scale = scaleValue(word, lang)
    value = base * scale
    hasScale = true
    singleLetter = s[1] === undefined
    end = SCALE_WORD.lastIndex
  } else if (/^[\p{L}]/u.test(f.charAt(end))) {
    // Glued letters that are no scale make an identifier or ordinal: "4o", "5g", "2nd", "3nm".
    return undefined
  }

  let percent = false
  let shares = false
  PERCENT.lastIndex = end
  if (!hasScale && PERCENT.test(f)) {
    percent = true
    end = PERCENT.lastIndex
  } else {
    CURRENCY_AFTER.lastIndex = end
    const c = CURRENCY_AFTER.exec(f)
    if (c !== null) {
      const word = c[1] ?? c[2] ?? ''
      const cur = currencyOf(word)
      if (cur === 'foreign') foreign = true
      else if (currency === undefined) currency = cur
      end = CURRENCY_AFTER.lastIndex
    } else {
      SHARES_AFTER.lastIndex = end
      if (SHARES_AFTER.test(f)) {
        shares = true
        end = SHARES_AFTER.lastIndex
      }
    }
  }
  // Single-letter scales ("405B", "4K") and spelled numbers ("a billion users") need a currency.
  const spelled = SPELLED.has(raw)
  if ((singleLetter || spelled) && currency === undefined && !foreign) return undefined
  return {
    value,
    scale,
    start,
    end,
    hasScale,
    singleLetterScale: singleLetter,
    currency,
    foreignCurrency: foreign,
    percent,
    shares,
    raw,
  }
}

function skipCurrencyPrefix(f: string, at: number): number {
  const m = /(?:us ?\$|c\$|\$|€|£|¥) ?/uy
  m.lastIndex = at
  return m.test(f) ? m.lastIndex : at
}

function hasCurrencySignBefore(f: string, at: number): boolean {
  return /[$€£¥₹₩] ?$/u.test(f.slice(Math.max(0, at - 2), at))
}

/**
 * Reads a digit string with separators. English: "," groups thousands, "." is decimal. French:
 * " " and "." group thousands, "," is decimal. A lone separator followed by exactly three digits
 * groups thousands only where that language uses it so ("1,300" en = 1300, fr = 1.3).
 */
function parseNumber(raw: string, lang: Lang): number | undefined {
  const spelled = SPELLED.get(raw)
  if (spelled !== undefined) return spelled
  let s = raw.replace(/ /g, '')
  const lastComma = s.lastIndexOf(',')
  const lastDot = s.lastIndexOf('.')
  if (lastComma !== -1 && lastDot !== -1) {
    const decimal = lastComma > lastDot ? ',' : '.'
    const group = decimal === ',' ? '.' : ','
    s = s.split(group).join('').replace(decimal, '.')
  } else if (lastComma !== -1) {
    const groups = s.split(',')
    const thousands =
      groups.length > 2 || (lang === 'en' && groups.slice(1).every((g) => g.length === 3))
    s = thousands ? groups.join('') : s.replace(',', '.')
  } else if (lastDot !== -1) {
    const groups = s.split('.')
    const thousands =
      groups.length > 2 || (lang === 'fr' && groups.slice(1).every((g) => g.length === 3))
    s = thousands ? groups.join('') : s
  }
  const n = Number(s)
  return Number.isFinite(n) ? n : undefined
}

function scaleValue(word: string, lang: Lang): number {
  switch (word) {
    case 'k':
    case 'thousand':
    case 'mille':
      return 1e3
    case 'm':
    case 'mn':
    case 'mln':
    case 'mio':
    case 'million':
    case 'millions':
      return 1e6
    case 'b':
    case 'bn':
    case 'bln':
    case 'md':
    case 'mds':
    case 'mrd':
    case 'mrds':
    case 'milliard':
    case 'milliards':
      return 1e9
    case 'billion':
    case 'billions':
      // A French "billion" is a million million.
      return lang === 'fr' ? 1e12 : 1e9
    case 't':
    case 'tn':
    case 'trillion':
    case 'trillions':
    case 'mille milliards':
      return 1e12
    default:
      return 1
  }
}

function currencyOf(sign: string): Currency | 'foreign' {
  const s = sign.replace(/ /g, '')
  if (s === '$' || s === 'us$' || s === 'u.s.$' || s === '$us' || s === 'usd') return 'USD'
  if (s === 'a$' || s === 'au$' || s === 'aud' || s.includes('australi')) return 'AUD'
  if (s === 'hk$' || s === 'hkd' || s.includes('hongkong')) return 'HKD'
  if (s === 's$' || s === 'sgd' || s.includes('singap')) return 'SGD'
  if (s === 'r$' || s === 'brl' || s === 'reais') return 'BRL'
  if (s.startsWith('dollar') && !s.includes('canad')) return 'USD'
  if (s.includes('dollar') && s.includes('canad')) return 'CAD'
  if (s.endsWith('dollars') || s.endsWith('dollar')) return 'USD'
  if (s === 'c$' || s === 'ca$' || s === 'cad' || s.startsWith('canadian')) return 'CAD'
  if (s === '€' || s.startsWith('euro') || s === 'eur') return 'EUR'
  if (
    s === '£' ||
    s === 'gbp' ||
    s.startsWith('livre') ||
    s.startsWith('pound') ||
    s === 'sterling'
  )
    return 'GBP'
  if (s === '¥' || s === 'jpy' || s.startsWith('yen')) return 'JPY'
  if (s === 'chf' || s.includes('franc')) return 'CHF'
  if (s === 'cny' || s === 'rmb' || s.startsWith('yuan') || s === 'renminbi') return 'CNY'
  if (
    s === '₹' ||
    s === 'inr' ||
    s.startsWith('rupee') ||
    s.startsWith('roupie') ||
    s.startsWith('rs')
  )
    return 'INR'
  if (s === '₩' || s === 'krw' || s.startsWith('won')) return 'KRW'
  if (s === 'zar' || s.startsWith('rand')) return 'ZAR'
  return 'foreign'
}

function qualifierBefore(f: string, start: number, end: number): Qualifier {
  const before = f.slice(Math.max(0, start - 30), start)
  for (const [q, re] of QUALIFIER_BEFORE) if (re.test(before)) return q
  const after = f.slice(end, end + 20)
  if (APPROX_AFTER.test(after)) return 'approx'
  if (/^(?:-plus|\+)/u.test(after)) return 'gt'
  return 'exact'
}

function usualCurrency(drafts: readonly Draft[]): Currency | undefined {
  const counts = new Map<Currency, number>()
  let best: Currency | undefined
  let bestCount = 0
  for (const d of drafts) {
    if (d.unit !== 'money' || d.currency === undefined) continue
    const n = (counts.get(d.currency) ?? 0) + 1
    counts.set(d.currency, n)
    if (n > bestCount) {
      best = d.currency
      bestCount = n
    }
  }
  return best
}

function finishFigure(
  text: string,
  f: string,
  d: Draft,
  usual: Currency | undefined,
  previous: Figure | undefined,
): Figure {
  let low: number
  let high: number
  const value = d.high === undefined ? d.low.value : (d.low.value + d.high.value) / 2
  switch (d.qualifier) {
    case 'exact':
      low = value * (1 - EXACT_TOLERANCE)
      high = value * (1 + EXACT_TOLERANCE)
      break
    case 'approx':
      low = value * (1 - APPROX_TOLERANCE)
      high = value * (1 + APPROX_TOLERANCE)
      break
    case 'gt':
    case 'gte':
      low = value
      high = Infinity
      break
    case 'lt':
    case 'lte':
      low = 0
      high = value
      break
    case 'range': {
      low = d.low.value
      high = d.high?.value ?? value
      // "about $10-15bn", "environ 10 à 15 milliards": widen like an approximation.
      const before = f.slice(Math.max(0, d.start - 30), d.start)
      const approxRe = QUALIFIER_BEFORE.find(([q]) => q === 'approx')?.[1]
      if (approxRe?.test(before) === true) {
        low *= 1 - APPROX_TOLERANCE
        high *= 1 + APPROX_TOLERANCE
      }
      break
    }
  }
  const currency =
    d.unit === 'money' ? (d.currency ?? (d.needsCurrency ? usual : undefined)) : undefined
  const meaning = meaningOf(text, f, d, previous)
  // A price per share is quoted to the cent ("$131.50 a share" is not "$135 a share").
  if (meaning === 'per-share' && d.qualifier === 'exact') {
    low = value * (1 - PER_SHARE_TOLERANCE)
    high = value * (1 + PER_SHARE_TOLERANCE)
  }
  const figure: Figure = {
    text: text.slice(d.start, d.end),
    start: d.start,
    end: d.end,
    unit: d.unit,
    value,
    low,
    high,
    qualifier: d.qualifier,
    meaning,
  }
  if (currency !== undefined) figure.currency = currency
  if (isPerYear(f, d)) figure.perYear = true
  return figure
}

function meaningOf(text: string, f: string, d: Draft, previous: Figure | undefined): FigureMeaning {
  const rawAfter = f.slice(d.end, d.end + 40)
  const rawBefore = f.slice(Math.max(0, d.start - 60), d.start)
  // Cues belong to the nearest figure: stop the windows at another number or at punctuation.
  const after = rawAfter.slice(0, firstIndex(rawAfter, AFTER_STOP))
  const before = rawBefore.slice(lastIndex(rawBefore, BEFORE_STOP) + 1)
  if (d.unit === 'percent') {
    if (SIDE_PERCENT_AFTER.test(rawAfter) || SIDE_PERCENT_BEFORE.test(rawBefore)) return 'side'
    if (STAKE_PERCENT_AFTER.test(rawAfter) || STAKE_PERCENT_BEFORE.test(rawBefore)) return 'stake'
    // "10 % of Intel", "10% d'Intel": a share of a named company.
    const of = /^ ?(?:of|de|du|d') ?/u.exec(rawAfter)
    if (of !== null && /^\p{Lu}/u.test(text.charAt(d.end + of[0].length))) return 'stake'
    return 'unknown'
  }
  if (d.unit !== 'money') return 'unknown'
  // "cut the price by €300 million", "relève son offre de 2 euros": the size of a change.
  if (CHANGE_BY_BEFORE.test(rawBefore)) return 'side'
  // A price per share is small; "all-stock transaction valued at $9bn" is not one.
  if (
    d.low.value < MAX_SHARE_PRICE &&
    (PER_SHARE_AFTER.test(rawAfter) || PER_SHARE_BEFORE.test(rawBefore))
  ) {
    return 'per-share'
  }
  // The cue nearest to the figure wins; a cue after the figure must follow it closely.
  let best: FigureMeaning = 'amount'
  let bestDistance = Infinity
  for (const [meaning, re] of MEANING_CUES) {
    // The last match before the figure is the nearest (exec loop: matchAll clones the regex).
    re.lastIndex = 0
    let lastEnd = -1
    for (let m = re.exec(before); m !== null; m = re.exec(before)) lastEnd = m.index + m[0].length
    if (lastEnd !== -1 && before.length - lastEnd < bestDistance) {
      best = meaning
      bestDistance = before.length - lastEnd
    }
    re.lastIndex = 0
    const a = re.exec(after)
    re.lastIndex = 0
    // "raise $2bn at a valuation of more than $40bn": a cue that introduces the next figure
    // ("valuation of", "valorisation de") is that figure's, not this one's.
    const introducesNext =
      a !== null &&
      after.length < rawAfter.length &&
      /^\s*(?:of|de|d'|du)\b/.test(after.slice(a.index + a[0].length))
    if (a !== null && !introducesNext && a.index <= 16 && a.index + 3 < bestDistance) {
      best = meaning
      bestDistance = a.index + 3
    }
  }
  // "valorisée 8,3 milliards de dollars dette comprise": a value including debt, whatever cue
  // came before.
  if (ENTERPRISE_AFTER.test(rawAfter)) return 'enterprise'
  // "The deal is valued at $69bn" prices the deal itself, not a company.
  if (best === 'valuation' && DEAL_VALUED.test(rawBefore)) return 'amount'
  // "valued at $23bn, up from $8.1bn", "8,1 milliards, contre 4 milliards": same measure as before.
  if (
    bestDistance === Infinity &&
    previous !== undefined &&
    previous.unit === 'money' &&
    d.start - previous.end <= 25 &&
    COMPARED_WITH.test(f.slice(previous.end, d.start)) &&
    // "$6.65 a share, or about $2.3 billion": a sum too large for a share price is the total.
    !(previous.meaning === 'per-share' && d.low.value >= MAX_SHARE_PRICE)
  ) {
    return previous.meaning
  }
  return best
}

function firstIndex(s: string, re: RegExp): number {
  const i = s.search(re)
  return i === -1 ? s.length : i
}

function lastIndex(s: string, stops: ReadonlySet<number>): number {
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i)
    if ((c >= 48 && c <= 57) || stops.has(c)) return i
  }
  return -1
}

function isPerYear(f: string, d: Draft): boolean {
  return (
    PER_YEAR_AFTER.test(f.slice(d.end, d.end + 40)) ||
    PER_YEAR_BEFORE.test(f.slice(Math.max(0, d.start - 25), d.start))
  )
}

// ---------------------------------------------------------------------------------------------
// Comparison

const DEAL_MEANINGS: ReadonlySet<FigureMeaning> = new Set([
  'amount',
  'raise',
  'contract',
  'unknown',
  'stake',
])

function comparableMeanings(
  a: FigureMeaning,
  b: FigureMeaning,
  whole: boolean,
  ticket: boolean,
): boolean {
  if (a === 'side' || b === 'side') return false
  // One investor's ticket is not the round it joins ("ASML invests €1.3bn" in "a €1.7bn round").
  if (ticket && a === 'amount' && b === 'raise') return false
  if (a === b) return true
  // Buying a whole company, the price is its valuation ("an offer that values Y at €12bn").
  if (whole && (a === 'valuation' || b === 'valuation') && (a === 'amount' || b === 'amount'))
    return true
  if (DEAL_MEANINGS.has(a) && DEAL_MEANINGS.has(b)) return true
  // A contract's value is the supplier's revenue ("12-year contracts expected to bring in $3.5bn").
  return (a === 'contract' && b === 'revenue') || (a === 'revenue' && b === 'contract')
}

/**
 * Whether a story figure agrees with a claim figure. With `wholeCompany` (a takeover of a whole
 * company) a valuation and an amount measure the same price; with `investorTicket` (one investor's
 * amount in a company) a round's total raise is another measure. 'incomparable' when they measure
 * different things: another unit, meanings that do not compare (valuation and per-share price only
 * compare with themselves; amount, raise, contract, stake and unknown compare with each other;
 * revenue with revenue and contract), or one is per year and the other not. Money in different
 * currencies is converted with fixed rough rates and widened by ±15 %; a figure without a currency
 * is taken to be in the other's; a bare "$" beside another dollar is read both ways and decides
 * only when the two readings agree. Otherwise 'compatible' when the intervals overlap and
 * 'incompatible' when they are disjoint.
 */
export function compareFigures(
  claim: Figure,
  story: Figure,
  options: { wholeCompany?: boolean; investorTicket?: boolean } = {},
): FigureComparison {
  if (claim.unit !== story.unit) return 'incomparable'
  // Sums a thousand times apart measure different things (a share price and a deal's total).
  if (claim.unit === 'money' && claim.value > 0 && story.value > 0) {
    const ratio = claim.value / story.value
    if (ratio > MAGNITUDE_APART || ratio < 1 / MAGNITUDE_APART) return 'incomparable'
  }
  if (
    !comparableMeanings(
      claim.meaning,
      story.meaning,
      options.wholeCompany === true,
      options.investorTicket === true,
    )
  )
    return 'incomparable'
  if ((claim.perYear ?? false) !== (story.perYear ?? false)) return 'incomparable'
  if (
    claim.unit === 'money' &&
    claim.currency !== undefined &&
    story.currency !== undefined &&
    claim.currency !== story.currency
  ) {
    const rate = USD_PER_UNIT[story.currency] / USD_PER_UNIT[claim.currency]
    const converted = compareIntervals(claim, {
      ...story,
      low: story.low * rate * (1 - CONVERSION_TOLERANCE),
      high: story.high * rate * (1 + CONVERSION_TOLERANCE),
    })
    // A bare "$" or "dollars" beside another country's dollars may be either: the two readings
    // must agree.
    if (!dollarPair(claim, story)) return converted
    return converted === compareIntervals(claim, story) ? converted : 'incomparable'
  }
  return compareIntervals(claim, story)
}

const US_MARKED = /(?<![\p{L}])(?:us|u\.s\.|usd|americains?|american)(?![\p{L}])/iu

const OTHER_DOLLARS: ReadonlySet<Currency | undefined> = new Set(['CAD', 'AUD', 'HKD', 'SGD'])

/** A US dollar figure written without "US" beside another dollar ("13 $", "C$18", "A$5bn"). */
function dollarPair(a: Figure, b: Figure): boolean {
  const bare = (f: Figure): boolean => f.currency === 'USD' && !US_MARKED.test(f.text)
  return (OTHER_DOLLARS.has(a.currency) && bare(b)) || (OTHER_DOLLARS.has(b.currency) && bare(a))
}

/** Interval agreement of two figures of one measure, the story's already in the claim's currency. */
function compareIntervals(claim: Figure, story: Figure): FigureComparison {
  const { low, high } = story
  // Two ranges ("$26 to $28" and "$28 to $30") are the same terms only when both ends agree.
  if (claim.qualifier === 'range' && story.qualifier === 'range') {
    const near = (a: number, b: number): boolean =>
      Math.abs(a - b) <= Math.max(a, b) * EXACT_TOLERANCE
    return near(claim.low, low) && near(claim.high, high) ? 'compatible' : 'incompatible'
  }
  // Two caps far apart ("up to $14bn" and "up to $24bn") are different terms, though their
  // intervals overlap.
  const cap = (q: Qualifier): boolean => q === 'lt' || q === 'lte'
  if (cap(claim.qualifier) && cap(story.qualifier) && claim.high > 0 && high > 0) {
    return Math.max(claim.high, high) / Math.min(claim.high, high) > CAPS_APART
      ? 'incompatible'
      : 'compatible'
  }
  return claim.low <= high && low <= claim.high ? 'compatible' : 'incompatible'
}
