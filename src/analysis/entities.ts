/**
 * Entity mentions through an alias index built once per claim set.
 *
 * Keys are folded words (lower case, no accents), so matching is case- and accent-insensitive;
 * possessives ("Amazon's") and French elision ("d'Amazon", "l'américain Amazon") fall out of the
 * tokenisation (the apostrophe separates words). Lookup is by the FIRST word of an alias, so the
 * cost of scanning a story grows with its length, not with the number of aliases or claims.
 *
 * Short or ambiguous aliases are guarded by case: an all-caps alias of up to five letters ("ARM",
 * "SSI", "AWS") must appear in capitals; a one-word alias written with a capital ("Arm", "Meta")
 * must appear capitalised, so "arm's length" or "meta-analysis" are not mentions.
 */
import type { EntitySpec } from '../domain.js'
import { tokenize, phraseWords, type Token } from './folded.js'

export interface EntityInfo {
  id: string
  name: string
  /** True for a name found in a claim's text rather than configured in the claims file. */
  adhoc: boolean
  /**
   * True when the entity is a public authority by its name or an alias ("US President", "the
   * White House", "French state", "l'État", "European Commission"): its final decision can block
   * a deal, which a company's cannot.
   */
  authority: boolean
}

type CaseRule = 'none' | 'capital' | 'exact'

interface AliasEntry {
  entity: string
  words: string[]
  caseRule: CaseRule
  /** The alias as written (for the 'exact' rule). */
  written: string
}

/** Read-only alias index: first folded word → aliases starting with it (longest first). */
export interface AliasIndex {
  byFirstWord: ReadonlyMap<string, readonly AliasEntry[]>
  entities: ReadonlyMap<string, EntityInfo>
}

/** One entity mention: offsets into the text that was scanned. */
export interface Mention {
  entity: string
  start: number
  end: number
  /** The entity is a public authority (see EntityInfo.authority). */
  authority?: true
}

// Names of public authorities, folded: a government, a head of state or their office, a ministry,
// a regulator, a court, a legislature.
const AUTHORITY_NAME =
  /\b(?:government|gouvernement|state|etat|president|presidente|presidency|presidence|white house|maison blanche|elysee|downing street|kremlin|ministry|ministere|minister|ministre|treasury|tresor|regulators?|regulateurs?|authority|autorite|commission|department of justice|doj|ftc|cfius|cma|competition bureau|court|tribunal|cour|senate|congress|parliament|parlement|administration)\b/

/** Whether an entity's name or an alias names a public authority. */
function isAuthority(e: EntitySpec): boolean {
  return [e.name, ...e.aliases].some((a) => AUTHORITY_NAME.test(phraseWords(a).join(' ')))
}

const LEADING_ARTICLES: ReadonlySet<string> = new Set(['the', 'le', 'la', 'les', 'l'])
const ALL_CAPS = /^[\p{Lu}\p{N}.&-]+$/u
const STARTS_UPPER = /^\p{Lu}/u

function caseRuleOf(alias: string, words: string[]): CaseRule {
  if (words.length !== 1) return 'none'
  const letters = alias.replace(/[^\p{L}]/gu, '')
  if (ALL_CAPS.test(alias) && letters.length <= 5) return 'exact'
  return STARTS_UPPER.test(alias) ? 'capital' : 'none'
}

/**
 * Builds the alias index of a list of entities (configured and ad-hoc). Each entity is known by
 * its name and its aliases; a leading article ("the", "le", "l'") is dropped from descriptive
 * aliases so "ChatGPT maker" also matches "the ChatGPT maker". Pure; never throws.
 */
export function buildAliasIndex(
  entities: readonly (EntitySpec & { adhoc?: boolean })[],
): AliasIndex {
  const byFirstWord = new Map<string, AliasEntry[]>()
  const infos = new Map<string, EntityInfo>()
  const seen = new Set<string>()
  for (const e of entities) {
    if (!infos.has(e.id)) {
      const info = { id: e.id, name: e.name, adhoc: e.adhoc === true, authority: isAuthority(e) }
      infos.set(e.id, info)
    }
    for (const alias of [e.name, ...e.aliases]) {
      let words = phraseWords(alias)
      if (words.length > 1 && LEADING_ARTICLES.has(words[0] ?? '')) words = words.slice(1)
      const first = words[0]
      if (first === undefined) continue
      const key = `${e.id}\u0000${words.join(' ')}\u0000${alias}`
      if (seen.has(key)) continue
      seen.add(key)
      const entry: AliasEntry = {
        entity: e.id,
        words,
        caseRule: caseRuleOf(alias.trim(), words),
        written: alias.trim(),
      }
      const list = byFirstWord.get(first) ?? []
      list.push(entry)
      list.sort((a, b) => b.words.length - a.words.length)
      byFirstWord.set(first, list)
    }
  }
  return { byFirstWord, entities: infos }
}

function caseOk(entry: AliasEntry, original: string, tok: Token): boolean {
  if (entry.caseRule === 'none') return true
  const written = original.slice(tok.start, tok.end)
  if (entry.caseRule === 'exact') return written === entry.written
  return STARTS_UPPER.test(written)
}

/**
 * Entity mentions in a text. `folded` must be foldSameLength(original) (same offsets); `tokens`
 * may be passed when already computed. Longest alias wins; mentions do not overlap.
 */
export function findMentions(
  index: AliasIndex,
  original: string,
  folded: string,
  tokens: readonly Token[] = tokenize(folded),
): Mention[] {
  const out: Mention[] = []
  let i = 0
  while (i < tokens.length) {
    const tok = tokens[i] as Token
    const entries = index.byFirstWord.get(tok.text)
    let matched = 0
    if (entries !== undefined) {
      for (const entry of entries) {
        if (i + entry.words.length > tokens.length) continue
        let ok = true
        for (let k = 1; k < entry.words.length; k++) {
          if (tokens[i + k]?.text !== entry.words[k]) {
            ok = false
            break
          }
        }
        if (!ok || !caseOk(entry, original, tok)) continue
        const last = tokens[i + entry.words.length - 1] as Token
        const m: Mention = { entity: entry.entity, start: tok.start, end: last.end }
        if (index.entities.get(entry.entity)?.authority === true) m.authority = true
        out.push(m)
        matched = entry.words.length
        break
      }
    }
    i += matched > 0 ? matched : 1
  }
  return out
}

// Capitalised words that are not company names on their own (sentence openers, markets, titles,
// months, nationalities, deal vocabulary). Folded.
const NOT_NAMES: ReadonlySet<string> = new Set(
  `the a an in on at as by for of to and or but it its this that these those he she they we his her
  their our after before since while with from over under into about amid according
  le la les l un une des du de d au aux en et ou mais selon dans par pour sur avec chez depuis apres
  ce cette ces il elle ils elles son sa ses leur leurs
  ipo ai ceo cfo us u s uk eu usa nasdaq nyse series round inc corp ltd group plc sa co
  gpu gpus cpu cpus tpu tpus ia pdg
  january february march april may june july august september october november december
  janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
  monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche
  american french british chinese japanese european americain americaine francais francaise britannique
  chinois chinoise japonais japonaise europeen europeenne
  billion million trillion milliard milliards dollars euros bourse wall street
  new york london londres paris hong kong tokyo frankfurt francfort amsterdam toronto shanghai
  shenzhen milan madrid zurich stock exchange`
    .split(/\s+/)
    .filter((w) => w !== ''),
)

const NAME_SUFFIXES: ReadonlySet<string> = new Set([
  'ai',
  'inc',
  'corp',
  'ltd',
  'group',
  'plc',
  'sa',
  'co',
])

const NAME_RUN =
  /\p{Lu}[\p{L}\p{N}&]*(?:[.-]\p{L}[\p{L}\p{N}&]*)*(?:\s+\p{Lu}[\p{L}\p{N}&]*(?:[.-]\p{L}[\p{L}\p{N}&]*)*)*/gu

/**
 * Proper names in a sentence: runs of capitalised words that are not covered by `known` spans and
 * are not generic capitalised words (openers, months, nationalities, "IPO"). Used to make ad-hoc
 * entities of a claim's parties that are not configured. Offsets are into `text`.
 */
export function findProperNames(
  text: string,
  known: readonly { start: number; end: number }[],
): Mention[] {
  const out: Mention[] = []
  for (const m of text.matchAll(NAME_RUN)) {
    // Trim generic words from both ends of the run.
    const parts: { w: string; start: number }[] = []
    for (const w of m[0].matchAll(/\S+/g)) parts.push({ w: w[0], start: m.index + w.index })
    while (parts.length > 0 && NOT_NAMES.has(phraseWords(parts[0]?.w ?? '').join(' ')))
      parts.shift()
    const lastWord = (): string => phraseWords(parts[parts.length - 1]?.w ?? '').join(' ')
    // A corporate suffix ends a name ("Mistral AI", "Acme Inc") unless it stands alone.
    while (parts.length > 1 && NOT_NAMES.has(lastWord()) && !NAME_SUFFIXES.has(lastWord())) {
      parts.pop()
    }
    const first = parts[0]
    const last = parts[parts.length - 1]
    if (first === undefined || last === undefined) continue
    const start = first.start
    const end = last.start + last.w.length
    if (known.some((k) => start < k.end && end > k.start)) continue
    const name = text.slice(start, end)
    out.push({ entity: name, start, end })
  }
  return out
}
