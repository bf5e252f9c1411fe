/**
 * Claim understanding: from one plain sentence (English or French) derive the parties and their
 * roles, the deal kind, the figures with their meaning, the status on the deal ladder and whether
 * the claim is itself hedged. Structured fields of the claims file override what was derived.
 */
import type { ClaimSpec, Lang } from '../domain.js'
import { backgroundSpans, inSpans, isNegated, type Span } from './clauses.js'
import { findCues, type CueHit } from './cues.js'
import { DEAL_KINDS, findKinds, type DealKind } from './deal-kinds.js'
import { findMentions, findProperNames, type AliasIndex, type Mention } from './entities.js'
import { extractFigures, type Figure } from './figures.js'
import { foldSameLength } from './folded.js'
import { detectLanguage } from './language.js'
import { normaliseText } from './text.js'

/** The status ladder (DESIGN.md) and the off-ladder outcomes. */
export const LADDER_STATUSES = [
  'rumour',
  'talks',
  'agreed',
  'announced',
  'approved',
  'closed',
] as const
export const NEGATIVE_STATUSES = [
  'denied',
  'stalled',
  'ended',
  'blocked',
  'terminated',
  'rejected',
] as const
export type LadderStatus = (typeof LADDER_STATUSES)[number]
export type NegativeStatus = (typeof NEGATIVE_STATUSES)[number]
export type DealStatus = LadderStatus | NegativeStatus

/** Rung of a ladder status: rumour and talks share rung 1 (a report of talks confirms either). */
export const STATUS_LEVEL: Readonly<Record<LadderStatus, number>> = {
  rumour: 1,
  talks: 1,
  agreed: 2,
  announced: 2,
  approved: 3,
  closed: 4,
}

export type PartyRole =
  | 'buyer'
  | 'target'
  | 'seller'
  | 'investor'
  | 'issuer'
  | 'customer'
  | 'supplier'
  | 'partner'
  | 'party'

export interface ClaimParty {
  id: string
  name: string
  role: PartyRole
}

/** A claim as the verdict engine uses it. Plain data. */
export interface CompiledClaim {
  id: string
  text: string
  /** `text` folded (lower case, no accents; see foldSameLength), for the verdict's word tests. */
  folded: string
  lang: Lang
  /** ISO date (YYYY-MM-DD) the claim was first reported, if known. */
  date?: string
  parties: ClaimParty[]
  /**
   * Owners or founders in a possessive ("Elon Musk's xAI") and lead investors of a round ("led by
   * Iconiq"): not parties (stories need not name them), but they speak for the deal.
   */
  voices: { id: string; name: string }[]
  /** The party named first in the sentence (its subject), if any: whose act the claim reports. */
  subject?: string
  /** Primary deal kind (the claim's own deal). */
  kind: DealKind
  /** Every deal kind the claim's main clause talks about (primary first). */
  kinds: DealKind[]
  /** Every deal kind anywhere in the claim, purpose and background clauses included: a story
   * about any of them is about the same deal (at least a mention). */
  relatedKinds: DealKind[]
  status: DealStatus
  /** Ladder rung (1..4), or null for an off-ladder (negative) status. */
  level: number | null
  hedged: boolean
  figures: Figure[]
  /**
   * Companies the claim names only in a background clause ("as an alternative to Sanofi's bid"):
   * not parties, but a story naming one with a party is about the same deal (at most a mention).
   */
  context: ClaimParty[]
  /**
   * The main clause states a term (a figure) of a deal named only in a background clause ("FCA will
   * pay a €5.5 billion special dividend as part of its merger with PSA"): the claim is that term,
   * so only a story giving the term can confirm it.
   */
  sideTerm: boolean
  /**
   * Setbacks the claim itself recalls in a background clause ("is pursuing Hershey after the
   * chocolate maker rejected its offer"): a story reporting one of them is not news against it.
   */
  recalledSetbacks: CueHit['cls'][]
  /** What the claim's own words say of its deal, read once rather than at every judgement. */
  wording: ClaimWording
  warnings: string[]
}

export interface ClaimWording {
  /** About a unit, a division or assets ("Siemens' wind unit"), not a whole company. */
  ofPart: boolean
  /** A hostile or unsolicited bid. */
  hostile: boolean
  /** Names a licensing, distribution or supply agreement. */
  otherAgreement: boolean
}

// A licensing, distribution or supply agreement named as the deal ("under a licensing deal",
// "signs a distribution agreement", "accord de licence"): another deal than a takeover, a stake or
// a listing between the same parties.
export const OTHER_AGREEMENT =
  /\b(?:licen[cs](?:e|es|ing)\s+(?:deal|agreement|pact|partnership|accord|contract)s?|under (?:a )?licen[cs]e|(?:distribution|supply|co-?promotion|commerciali[sz]ation|marketing|royalty)\s+(?:deal|agreement|pact|partnership|contract)s?|(?:accord|contrat|partenariat)s? de (?:licence|distribution|fourniture|commercialisation|co-?promotion)|sous licence)\b/
// A bid the target did not invite.
export const HOSTILE = /\b(?:hostile|unsolicited|non sollicitee?s?|inamicale?s?)\b/
// A unit, a division or assets of a company, not the whole company (folded text).
const PART_IN_CLAIM =
  /\b(?:unit|division|business|subsidiary|assets|operations|filiale|activites?|branche|pole)\b/

const FRENCH_BID = /\boffres? (?:sur|de rachat|d'achat|publique)\b/
const RECALLED: ReadonlySet<CueHit['cls']> = new Set(['rejection', 'collapse', 'block', 'pause'])
const ROLE_PAIRS: Readonly<Record<DealKind, [PartyRole, PartyRole]>> = {
  acquisition: ['buyer', 'target'],
  divestiture: ['seller', 'target'],
  investment: ['investor', 'target'],
  ipo: ['issuer', 'party'],
  supply: ['party', 'party'],
  partnership: ['partner', 'partner'],
  deal: ['party', 'party'],
}

const VENUE_BEFORE =
  /\b(?:on|at|in|onto|sur|au|aux|a|en|dans)\s+(?:the\s+|la\s+|le\s+|les\s+|l')?(?:bourse\s+de\s+)?$/
const INVEST_VERB =
  /^(?:invest(?:s|ed|ing)?|investi\w*|spend\w*|depense\w*|rais(?:e|es|ed|ing)|lever|leve|levera|leverait)$/
const PURCHASE_VERB = /^(?:buy|buys|buying|bought|purchas\w*|achat|achet\w*)$/
function goodsFrom(folded: string, next: Mention | undefined): boolean {
  if (next === undefined) return true
  return /\b(?:from|with|by|of|de|d'|du|a|au|aupres de|chez)\s*$/.test(
    folded.slice(Math.max(0, next.start - 12), next.start),
  )
}
// "Y acquired by X", "le rachat de Y par X": the agent right before the second party (not the
// "par" of "105 rands par action").
// "from" only after an offer ("rejected an offer from X"): "to buy the power from X" names a seller.
const PASSIVE_AGENT =
  /(?:\b(?:by|par)|\b(?:offer|bid|proposal|approach|interest|offre|proposition)\s+(?:[\w'-]+\s+){0,2}?from)\s+(?:the\s+|l'|la\s+|le\s+|les\s+)?$/

// The buyer of a sale: "to Z", "à Z", "au fonds Z", "talks with Z" (to sell it Y), after at most
// three words of description and no punctuation.
const SOLD_TO =
  /\b(?:to|a|au|aux|au profit d[eu']|aupres d[eu']|(?:talks|negotiations|discussions|negociations|pourparlers)(?: exclusives?)? (?:with|avec))\s+(?:(?!sell|sale|divest|ced|vend)[\p{L}'-]+\s+){0,3}$/u
const PHRASE_AFTER_BUYER =
  /^(?:for|in|at|as|to|on|by|from|under|after|while|which|who|that|and|or|so|pour|en|dans|contre|et|ou|qui|afin|apres|par|sur|via|avec|with|de|du|des|au|aux|a|pendant|dont|lors|son|sa|ses|leur|leurs|le|la|les|l|un|une|its|their)$/

// "a round led by X", "co-led by X and Y", "mené par X": every company named after it in the same
// clause takes part in the round.
const LED_BY =
  /\b(?:led by|co-led by|headed by|menee? par|co-menee? par|emmenee? par|conduite? par|pilotee? par)\b/

export const LAUNCHED =
  /^(?:launch\w*|lance\w*|a lance|ont lance|tender offer|offre publique|lancement\b.*|opa amicale)/

const PERMISSION = /^(?:autoris\w*|allow\w*|permet\w*)\s+(?:[\w'-]+\s+){1,3}?(?:a|to)\s+\w+/

const BIDDER_POSSESSIVE =
  /^(?:'s|')\s+(?:[\w$€£.,-]+\s+){0,4}?(?:takeover\s+)?(?:offer|bid|approach|proposal|pursuit)\b/
const INSTEAD = /\b(?:and|et|but|mais)\s+[^,;.]*?\b(?:instead|a la place|plutot)\b/g

/** Derives the status of a claim from the cues of its main clause (background excluded). */
// Agreement verbs proper (not an infinitive of purpose like "to buy").
const EXPLICIT_AGREEMENT =
  /^(?:agreed to|agrees to|agree to|has agreed|have agreed|accept\w*|a accepte|ont accepte|accepte|signed|reached an agreement|reached a deal|struck|strikes)\b/

export function statusFromCues(
  cues: readonly (CueHit & { negated: boolean })[],
): DealStatus | 'intended' {
  const has = (cls: CueHit['cls']): boolean => cues.some((c) => c.cls === cls && !c.negated)
  if (has('rejection')) return 'rejected'
  if (has('block')) return 'blocked'
  if (has('denial')) return 'denied'
  if (has('collapse')) {
    return cues.some((c) => c.cls === 'collapse' && c.text.startsWith('terminat'))
      ? 'terminated'
      : 'ended'
  }
  if (has('pause')) return 'stalled'
  if (has('complete')) return 'closed'
  if (has('approve')) return 'approved'
  // A bid launched to the shareholders ("has launched a hostile bid", "lance une OPA") is a formal,
  // announced step, beyond the talks that the word "bid" alone would suggest.
  if (cues.some((c) => c.cls === 'agree' && !c.negated && LAUNCHED.test(c.text))) return 'announced'
  // "Aventis has agreed to a sweetened offer", "has accepted Mittal's improved offer": a party's
  // explicit agreement comes before the offer it agrees to, which is not talks.
  const talksAt = cues.find((c) => (c.cls === 'talks' || c.cls === 'attempt') && !c.negated)
  const agreedFirst = cues.find(
    (c) =>
      c.cls === 'agree' &&
      !c.negated &&
      EXPLICIT_AGREEMENT.test(c.text) &&
      (talksAt === undefined || c.start < talksAt.start),
  )
  if (agreedFirst !== undefined) return 'agreed'
  if (has('talks') || has('attempt')) return 'talks'
  // A stated plan ("plans to", "va") without hedge: the party announced its intention.
  if (has('intent')) return has('hedge') ? 'talks' : 'intended'
  if (has('agree') || has('reaffirm')) return 'agreed'
  // "Blue Owl will not fund Oracle's data centre", "n'investira pas": a party's refusal.
  if (cues.some((c) => (c.cls === 'agree' || c.cls === 'complete') && c.negated)) return 'denied'
  if (has('hedge')) return 'rumour'
  return 'announced'
}

function isLadder(s: string): s is LadderStatus {
  return (LADDER_STATUSES as readonly string[]).includes(s)
}
function isStatus(s: string): s is DealStatus {
  return isLadder(s) || (NEGATIVE_STATUSES as readonly string[]).includes(s)
}
function isKind(s: string): s is DealKind {
  return (DEAL_KINDS as readonly string[]).includes(s)
}

/** Parties found in a claim: configured entities by alias, else capitalised names (ad-hoc). */
export interface ClaimEntities {
  mentions: Mention[]
  adhocNames: Mention[]
}

/** Entity mentions and ad-hoc names of a claim text (normalised). */
export function claimEntities(index: AliasIndex, text: string): ClaimEntities {
  const folded = foldSameLength(text)
  const mentions = findMentions(index, text, folded)
  const adhocNames = findProperNames(text, mentions)
  return { mentions, adhocNames }
}

/** Id of the ad-hoc entity made from a name found in a claim's text. */
export function adhocId(name: string): string {
  return 'adhoc:' + foldSameLength(name).replace(/[^\p{L}\p{N}]+/gu, '-')
}

/** What a claim's sentence was read into before the structured fields override it. */
interface ClaimText {
  text: string
  folded: string
  lang: Lang
  /** Background spans (relative or "after" clauses) of `folded`. */
  spans: Span[]
  /** Entity mentions, left to right. */
  mentions: Mention[]
}

/**
 * The claim's parties in order of appearance, and its voices: an owner or founder named in a
 * possessive ("Elon Musk's xAI") and a round's lead investor ("led by Iconiq") speak for the deal
 * without being parties that every story must name. `subject` is the first entity named.
 */
const FACILITY_IN =
  /\b(?:hubs?|campus(?:es)?|data ?cent(?:re|er)s?|datacent(?:re|er)s?|plants?|factor(?:y|ies)|gigafactor(?:y|ies)|fabs?|facilit(?:y|ies)|sites?|parks?|clusters?|centres? de (?:donnees|calcul)|usines?|poles?|complexes?)\b[^.;,]{0,50}?\b(?:in|at|near|en|dans|pres de)\s+(?:the\s+)?(?:(?:city|state|region|province) of\s+)?(?:[\w'-]+,\s+)?$/

const EXAMPLE_BEFORE =
  /\b(?:including|among them|such as|notably|notamment|parmi lesquels|parmi lesquelles|dont)\s+(?:the\s+|le\s+|la\s+|les\s+|l')?$/

function partiesAndVoices(t: ClaimText): {
  partyIds: string[]
  voices: string[]
  subject: string | undefined
} {
  const { folded, mentions } = t
  const sorted = [...mentions].sort((a, b) => a.start - b.start)
  // "Mira Murati's Thinking Machines Lab", "Elon Musk's xAI": the owner or founder named in a
  // possessive before the company describes it; the company is the party.
  const owner = (m: Mention, i: number): boolean => {
    const next = sorted[i + 1]
    return (
      next !== undefined &&
      next.entity !== m.entity &&
      /^(?:'s|')\s+$/.test(folded.slice(m.end, next.start))
    )
  }
  // Only for a company's own round or listing: in "Seven & i's founding family is preparing a
  // buyout" both are parties.
  const ownRound = /\b(?:rais\w*|round|funding|seed|series|lev\w*|ipo|listing|introduction)\b/.test(
    folded,
  )
  const owners = new Set(ownRound ? sorted.filter(owner).map((m) => m.entity) : [])
  const partyIds: string[] = []
  const voices: string[] = []
  // "raises $2bn in a round led by X", "un tour de table mené par X": the lead investor takes part
  // in the company's round; stories of the round need not name it.
  const ledAt = ownRound ? folded.search(LED_BY) : -1
  const lead = (m: Mention): boolean =>
    ledAt !== -1 && ledAt < m.start && !/[,.;:]/.test(folded.slice(ledAt, m.start))
  // "a gigawatt-scale data centre in Visakhapatnam, India", "une usine à Dresde": where a facility
  // stands is no party (nor the country after the town).
  const places = new Set<Mention>()
  sorted.forEach((m, i) => {
    const prev = sorted[i - 1]
    if (
      (i > 0 && FACILITY_IN.test(folded.slice(Math.max(0, m.start - 80), m.start))) ||
      (prev !== undefined && places.has(prev) && /^,\s*$/.test(folded.slice(prev.end, m.start)))
    )
      places.add(m)
  })
  for (const m of sorted) {
    if (places.has(m) && partyIds.length > 0) continue
    // "in talks with investors including the UAE government": one of a group, named as an example;
    // stories of the deal need not name it.
    if (
      partyIds.length > 0 &&
      EXAMPLE_BEFORE.test(folded.slice(Math.max(0, m.start - 30), m.start))
    ) {
      if (!voices.includes(m.entity)) voices.push(m.entity)
      continue
    }
    if (
      (owners.has(m.entity) && sorted.every((x, i) => x.entity !== m.entity || owner(x, i))) ||
      (m !== sorted[0] && lead(m))
    ) {
      if (!voices.includes(m.entity)) voices.push(m.entity)
      continue
    }
    if (!partyIds.includes(m.entity)) partyIds.push(m.entity)
  }
  return { partyIds, voices, subject: sorted[0]?.entity }
}

/**
 * The claim's deal kind (main clause first, by priority), the other kinds its main clause names
 * and every kind it names, and its figures.
 */
function dealKindOf(t: ClaimText): {
  kind: DealKind
  mainKinds: DealKind[]
  allKinds: DealKind[]
  figures: Figure[]
  fromBackground: boolean
  /** Money spent on facilities ("invest $15bn in an AI hub with a data centre"). */
  spendsOnFacility: boolean
} {
  const { text, folded, lang, spans, mentions } = t
  // A kind word inside a company's name ("Nasdaq", "London Stock Exchange") names the company.
  const kindHits = findKinds(folded).filter(
    (k) => !mentions.some((m) => k.start >= m.start && k.start < m.end),
  )
  // "…walked away from X's takeover offer and will pursue an IPO instead": the alternative is not
  // the claim's deal.
  const instead = [...folded.matchAll(INSTEAD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }))
  const mainKinds = kindHits
    .filter((k) => !inSpans(k.start, spans) && !inSpans(k.start, instead))
    .map((k) => k.kind)
  const allKinds = kindHits.map((k) => k.kind)
  let kind: DealKind =
    DEAL_KINDS.find((k) => k !== 'deal' && mainKinds.includes(k)) ??
    DEAL_KINDS.find((k) => k !== 'deal' && allKinds.includes(k)) ??
    'deal'
  // "a contract to buy $300bn of computing power from X", "acheter des puces à X": buying goods or
  // capacity is a supply deal, not a takeover, when every purchase word's object is a supply word.
  const mainHits = kindHits.filter((k) => !inSpans(k.start, spans))
  const purchases = mainHits.filter((k) => k.kind === 'acquisition')
  if (
    kind === 'acquisition' &&
    purchases.length > 0 &&
    purchases.every(
      (p) =>
        PURCHASE_VERB.test(folded.slice(p.start, p.end)) &&
        mainHits.some((k) => k.kind === 'supply' && k.start > p.end && k.start - p.end <= 60) &&
        // The object is goods, not a company: the next party named is the seller ("from X").
        goodsFrom(
          folded,
          mentions.find((m) => m.start > p.end),
        ),
    )
  ) {
    kind = 'supply'
  }
  // "Google will invest $15 billion in an AI hub with a data centre", "va investir 10 milliards
  // dans des centres de données": money spent on facilities (compileClaim: by one company alone) is
  // the investor's investment, not a supply deal.
  const invests = mainHits.filter(
    (k) => k.kind === 'investment' && INVEST_VERB.test(folded.slice(k.start, k.end)),
  )
  const spendsOnFacility =
    kind === 'supply' &&
    invests.some((v) =>
      mainHits.some(
        (k) =>
          k.kind === 'supply' &&
          k.start > v.end &&
          k.start - v.end <= 120 &&
          !mentions.some((m) => m.start > v.end && m.start < k.start),
      ),
    )
  // "a relevé à 145 euros par action son offre sur Siltronic": an offer for a company is a bid for
  // it, however far the verb stands from the noun ("offre" alone is any deal).
  if (kind === 'deal') {
    const bid = FRENCH_BID.exec(folded)
    if (bid !== null && !inSpans(bid.index, spans)) {
      kind = 'acquisition'
      mainKinds.unshift(kind)
    }
  }
  // "Oracle détient environ 29 % du capital de …", "X holds a 10% stake in Y": a stake is an
  // investment, whatever the companies' descriptions say ("le concepteur de puces").
  // "va porter sa participation de 19,9 % à 60,5 %": the claim's term is the new value.
  const figures = safeFigures(text, lang).filter((f) => f.previous !== true)
  // A kind named only in a background clause ("as a result of selling Adenza") does not outrank
  // the stake the main clause states ("will hold about 15% of Nasdaq").
  const fromBackground = !mainKinds.some((k) => k !== 'deal')
  if (
    ((kind !== 'acquisition' && kind !== 'ipo' && kind !== 'divestiture') || fromBackground) &&
    figures.some((f) => f.meaning === 'stake')
  ) {
    kind = 'investment'
  }
  return { kind, mainKinds, allKinds, figures, fromBackground, spendsOnFacility }
}

/**
 * The derived parties put in role order: the first acts, the second undergoes. Whoever approves,
 * blocks or sues over the deal is not its first party; the possessor of an offer is the bidder; the
 * agent of a passive ("acquired by X", "rachat de Y par X") is the actor; an IPO's venue is no party.
 */
function actorFirst(t: ClaimText, derived: string[], kind: DealKind): string[] {
  const { folded, mentions } = t
  let partyIds = derived
  if (partyIds.length >= 2) {
    // "Joe Biden a bloqué le rachat d'US Steel par Nippon Steel", "the Commission clears X to buy
    // Y": whoever approves, blocks or sues over the deal is not its first party.
    const head = mentions.find((m) => m.entity === partyIds[0])
    const next = mentions.find((m) => m.entity === partyIds[1])
    const decider =
      head !== undefined &&
      next !== undefined &&
      partyIds.length >= 3 &&
      findCues(folded.slice(head.end, next.start)).some(
        (c) => c.cls === 'approve' || c.cls === 'block' || c.cls === 'legal',
      )
    if (decider) partyIds = [...partyIds.slice(1), partyIds[0] as string]
    // "Wiz has walked away from Alphabet's $23 billion takeover offer": the possessor of the offer
    // is the bidder.
    const bidder = mentions.find(
      (m) =>
        m.entity !== partyIds[0] &&
        m.entity === partyIds[1] &&
        BIDDER_POSSESSIVE.test(folded.slice(m.end, m.end + 50)),
    )
    if (bidder !== undefined && kind === 'acquisition')
      partyIds = [partyIds[1] as string, partyIds[0] as string, ...partyIds.slice(2)]
    const a = mentions.find((m) => m.entity === partyIds[0])
    const b = mentions.find((m) => m.entity === partyIds[1])
    // "Y ... acquired by X" / "rachat de Y par X": the agent of the passive is the actor.
    if (a !== undefined && b !== undefined && PASSIVE_AGENT.test(folded.slice(a.end, b.start))) {
      partyIds = [partyIds[1] as string, partyIds[0] as string, ...partyIds.slice(2)]
    }
  }
  // "Michael Dell and Silver Lake agreed to take Dell private", "Bain et Cinven rachètent Stada":
  // joint buyers joined by "and" before the target; the target goes second, the partner after it.
  if (kind === 'acquisition' && partyIds.length >= 3 && jointFirst(t, partyIds)) {
    partyIds = [
      partyIds[0] as string,
      partyIds[2] as string,
      partyIds[1] as string,
      ...partyIds.slice(3),
    ]
  }
  // An IPO has one party, the issuer: a market or a country after a place preposition ("on the New
  // York Stock Exchange", "aux États-Unis", "à la Bourse de Paris") is where it lists, not a party
  // every story must name.
  if (kind === 'ipo' && partyIds.length >= 2) {
    partyIds = partyIds.filter((id, i) => {
      const m = mentions.find((x) => x.entity === id)
      return (
        i === 0 ||
        m === undefined ||
        !VENUE_BEFORE.test(folded.slice(Math.max(0, m.start - 20), m.start))
      )
    })
  }
  return partyIds
}

/** The first two parties are named together, "X and Y", before a third. */
function jointFirst(t: ClaimText, partyIds: readonly string[]): boolean {
  const at = (id: string | undefined) => t.mentions.find((m) => m.entity === id)
  const [a, b, c] = [at(partyIds[0]), at(partyIds[1]), at(partyIds[2])]
  return (
    a !== undefined &&
    b !== undefined &&
    c !== undefined &&
    a.end <= b.start &&
    b.end <= c.start &&
    JOINED.test(t.folded.slice(a.end, b.start))
  )
}
const JOINED = /^\s*(?:and|et|&)\s*$/

/** Each party's role in a deal of this kind, from its place in `partyIds` and the sentence. */
function rolesOf(t: ClaimText, partyIds: string[], kind: DealKind): PartyRole[] {
  const { text, folded, spans, mentions } = t
  const [roleA, roleB] = ROLE_PAIRS[kind]
  // "Kroger and Albertsons will sell stores to C&S": two sellers joined by "and", then the buyer.
  const first = mentions.find((m) => m.entity === partyIds[0])
  const second = mentions.find((m) => m.entity === partyIds[1])
  const joint =
    kind === 'divestiture' &&
    partyIds.length >= 3 &&
    first !== undefined &&
    second !== undefined &&
    /^\s*(?:and|et|&)\s*$/.test(folded.slice(first.end, second.start))
  // "X to sell Y to Z", "X va céder Y à Z", "in talks with Z to sell it Y": the party the sale is
  // made to is the buyer; what is sold (Y) is the target, and "Y's games" only describes it.
  const soldTo = (id: string | undefined): boolean => {
    const m = mentions.find((x) => x.entity === id)
    if (m === undefined || /^(?:'s|')/.test(folded.slice(m.end, m.end + 2))) return false
    // "to Y games": Y describes what is sold; a buyer ends its phrase (punctuation, "for", "pour").
    const next = /^\s+([a-z]+)\b/.exec(text.slice(m.end, m.end + 20))?.[1]
    if (next !== undefined && !PHRASE_AFTER_BUYER.test(next)) return false
    return SOLD_TO.test(folded.slice(Math.max(0, m.start - 40), m.start))
  }
  const roleOf = (i: number): PartyRole => {
    if (partyIds.length === 1) return kind === 'ipo' ? 'issuer' : 'party'
    if (kind === 'divestiture') {
      if (i === 0 || (joint && i === 1)) return 'seller'
      if (soldTo(partyIds[i])) return 'buyer'
      // What is sold is named in the main clause, not in a purpose ("to win approval for its
      // merger with W").
      const firstOther = partyIds.findIndex((id, j) => {
        const m = mentions.find((x) => x.entity === id)
        return j > (joint ? 1 : 0) && !soldTo(id) && m !== undefined && !inSpans(m.start, spans)
      })
      return i === firstOther ? 'target' : 'party'
    }
    // The buyer's partner ("X and Y buy Z", put after the target by actorFirst).
    if (kind === 'acquisition' && i === 2) {
      const a = mentions.find((m) => m.entity === partyIds[0])
      const c = mentions.find((m) => m.entity === partyIds[2])
      if (
        a !== undefined &&
        c !== undefined &&
        a.end <= c.start &&
        JOINED.test(folded.slice(a.end, c.start))
      )
        return 'buyer'
    }
    return i === 0 ? roleA : i === 1 ? roleB : 'party'
  }
  return partyIds.map((_, i) => roleOf(i))
}

/** The status the claim's main clause states, and whether the claim is itself hedged. */
function statusOf(
  t: ClaimText,
  figures: readonly Figure[],
): { status: DealStatus; hedged: boolean } {
  const { folded, spans } = t
  const cues = findCues(folded)
    .filter((c) => !inSpans(c.start, spans))
    // "va investir … et autoriser Sora à utiliser ses personnages": a party's permission, not a
    // regulator's approval of the deal.
    .filter(
      (c) =>
        !(
          c.cls === 'approve' &&
          PERMISSION.test(folded.slice(c.start, c.end + 40)) &&
          (/^(?:autoriser|permettre)/.test(c.text) ||
            /\b(?:and|et)\s+$/.test(folded.slice(0, c.start)))
        ),
    )
    .map((c) => ({ ...c, negated: isNegated(folded, c.start) }))
  const derived = statusFromCues(cues)
  // A stated plan with its terms ("plans to raise up to $2.7bn at $47 to $55 a share") is an
  // announcement; a bare intention is only talks.
  const status = derived === 'intended' ? (figures.length > 0 ? 'announced' : 'talks') : derived
  return { status, hedged: cues.some((c) => c.cls === 'hedge') }
}

/**
 * Compiles one claim against an alias index that already contains every configured and ad-hoc
 * entity: parties and voices, deal kind and figures, the parties in role order with their roles,
 * then the status. Structured fields of the spec override what was derived. Pure; never throws:
 * problems become `warnings`.
 */
export function compileClaim(spec: ClaimSpec, index: AliasIndex): CompiledClaim {
  const warnings: string[] = []
  const text = normaliseText(spec.text ?? '')
  const folded = foldSameLength(text)
  const t: ClaimText = {
    text,
    folded,
    lang: detectLanguage(text),
    spans: backgroundSpans(folded),
    mentions: findMentions(index, text, folded),
  }
  const { partyIds: derivedParties, voices, subject } = partiesAndVoices(t)
  const derivedKind = dealKindOf(t)
  const { mainKinds, allKinds, figures } = derivedKind
  let kind = derivedKind.kind
  if (spec.kind !== undefined) {
    if (isKind(spec.kind)) kind = spec.kind
    else warnings.push(`kind "${spec.kind}" is not one of ${DEAL_KINDS.join(', ')}; kept "${kind}"`)
  }

  let partyIds: string[]
  let context: string[] = []
  if (spec.parties !== undefined && spec.parties.length > 0) {
    const unknown = spec.parties.filter((p) => !index.entities.has(p))
    for (const p of unknown) warnings.push(`party "${p}" is not a configured entity`)
    partyIds = spec.parties.filter((p) => index.entities.has(p))
  } else {
    // A company named only in a background clause ("as an alternative to Sanofi's bid", "as part
    // of the Castlelake-led consortium") is context, not a party, when two parties remain.
    const main = derivedParties.filter((id) =>
      t.mentions.some((m) => m.entity === id && !inSpans(m.start, t.spans)),
    )
    partyIds = actorFirst(t, main.length >= 2 ? main : derivedParties, kind)
    if (main.length >= 2) context = derivedParties.filter((id) => !main.includes(id))
  }
  if (spec.kind === undefined && derivedKind.spendsOnFacility && partyIds.length === 1) {
    kind = 'investment'
  }
  const kinds = [
    kind,
    ...DEAL_KINDS.filter((k) => k !== kind && k !== 'deal' && mainKinds.includes(k)),
  ]
  const relatedKinds = [
    ...kinds,
    ...DEAL_KINDS.filter((k) => !kinds.includes(k) && k !== 'deal' && allKinds.includes(k)),
  ]
  const roles = rolesOf(t, partyIds, kind)
  const parties: ClaimParty[] = partyIds.map((id, i) => ({
    id,
    name: index.entities.get(id)?.name ?? id,
    role: roles[i] ?? 'party',
  }))
  if (parties.length === 0)
    warnings.push('no party found: add the parties as entities, or a `parties:` field')

  const derivedStatus = statusOf(t, figures)
  const recalledSetbacks = [
    ...new Set(
      findCues(folded)
        .filter(
          (c) => RECALLED.has(c.cls) && inSpans(c.start, t.spans) && !isNegated(folded, c.start),
        )
        .map((c) => c.cls),
    ),
  ]
  let status: DealStatus = derivedStatus.status
  if (spec.status !== undefined) {
    if (isStatus(spec.status)) status = spec.status
    else warnings.push(`status "${spec.status}" is not a known status; kept "${status}"`)
  }
  const level = isLadder(status) ? STATUS_LEVEL[status] : null

  return {
    id: spec.id,
    text,
    folded,
    lang: t.lang,
    ...(spec.date !== undefined ? { date: String(spec.date).slice(0, 10) } : {}),
    parties,
    voices: voices.map((id) => ({ id, name: index.entities.get(id)?.name ?? id })),
    context: context.map((id) => ({ id, name: index.entities.get(id)?.name ?? id, role: 'party' })),
    ...(subject !== undefined && partyIds.includes(subject) ? { subject } : {}),
    kind,
    kinds,
    relatedKinds,
    status,
    level,
    hedged: derivedStatus.hedged,
    figures,
    sideTerm:
      spec.kind === undefined &&
      derivedKind.fromBackground &&
      kind !== 'deal' &&
      figures.some((f) => !inSpans(f.start, t.spans)),
    recalledSetbacks,
    wording: {
      ofPart: PART_IN_CLAIM.test(folded),
      hostile: HOSTILE.test(folded),
      otherAgreement: OTHER_AGREEMENT.test(folded),
    },
    warnings,
  }
}

/** Figures of a text; a failure of the extractor on odd text yields no figures, not a crash. */
export function safeFigures(text: string, lang: Lang): Figure[] {
  // The core must not throw on odd text (DESIGN.md); the extractor is another module's code, so a
  // defect there degrades to "no figures" for that text instead of failing the whole run.
  try {
    return extractFigures(text, lang)
  } catch {
    return []
  }
}
