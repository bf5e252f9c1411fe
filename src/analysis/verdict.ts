/**
 * The verdict for one (story, claim) pair: relatedness → evidence sentences → status, figure and
 * cue comparison → hard rules → verdict, confidence, evidence and reasons.
 *
 * Conservative by design: a wrong 'contradicts' alert is worse than none, so a contradiction needs
 * a negative cue (denial, collapse, final block) or a clashing figure in a sentence that the story
 * itself asserts (title or lede, main clause, a claim party named, deal words present).
 */
import type { Verdict } from '../domain.js'
import { HOSTILE, LAUNCHED, OTHER_AGREEMENT, type CompiledClaim } from './claims.js'
import { isNegated } from './clauses.js'
import { kindsCompatible, type DealKind } from './deal-kinds.js'
import { compareFigures, type Figure } from './figures.js'
import type { StoryCue, StoryFigure, StoryMention, StorySentence, StoryView } from './story.js'

export interface Decision {
  verdict: Exclude<Verdict, 'unrelated'>
  confidence: number
  evidence: string
  reasons: string[]
  /** Explainable features of the decision (for calibration and debugging). */
  features: DecisionFeatures
}

/** The features a decision rests on; each is also phrased in `reasons`. */
export interface DecisionFeatures {
  rule: string
  inTitle: boolean
  hedged: boolean
  partiesInSentence: number
  figureFit: 'fit' | 'clash' | 'none'
  storyLevel: number
}

/**
 * For a single-party claim the kind must match exactly, except that a sale and an acquisition are
 * the two sides of one deal ("X explores a sale" ↔ "Y to buy X").
 */
function sameDealSide(claimKind: DealKind, storyKind: DealKind): boolean {
  if (claimKind === storyKind) return true
  return (
    (claimKind === 'divestiture' && storyKind === 'acquisition') ||
    (claimKind === 'acquisition' && storyKind === 'divestiture')
  )
}

/**
 * A sale claim ("X to sell Y to Z") is also told as the buyer's purchase ("Z buys Y from X"): an
 * acquisition in a sentence that names the claim's buyer is the claim's deal. Without the buyer
 * it is another deal between the parties (the takeover a remedy sale was made for).
 */
function purchaseOfSale(claim: CompiledClaim, k: DealKind, s: StorySentence): boolean {
  return (
    claim.kind === 'divestiture' &&
    k === 'acquisition' &&
    claim.parties.some(
      (p) => p.role === 'buyer' && s.mentions.some((m) => m.entity === p.id && !m.background),
    )
  )
}

/**
 * Whether a deal word of a sentence can name the claim's deal: any kind for a claim that names
 * none, the two sides of a sale for a single-party claim, the claim's related kinds otherwise.
 */
function relatedKind(claim: CompiledClaim, k: DealKind, s: StorySentence): boolean {
  return (
    claim.kind === 'deal' ||
    purchaseOfSale(claim, k, s) ||
    (claim.parties.length === 1
      ? sameDealSide(claim.kind, k)
      : claim.relatedKinds.some((ck) => kindsCompatible(ck, k)))
  )
}

const OWN_OFFER_AFTER =
  /^\s+(?:(?:its|their|a|the|son|sa|leur|l')\s*)?(?:[\p{L}-]+\s+){0,3}?(?:offer|bid|proposal|approach|offre|proposition)s?\b/u

/**
 * Whether the claim's first party (the bidder, the investor) is the subject of its sentence: "BHP
 * is no longer pursuing Anglo" (the bidder's outcome), not "Wiz walked away from Alphabet's offer"
 * (the target's refusal).
 */
function bidderSpeaks(claim: CompiledClaim): boolean {
  return claim.subject !== undefined && claim.subject === claim.parties[0]?.id
}

/** What one asserted sentence of a story says about a claim's deal. */
interface Signals {
  sentence: StorySentence
  deny?: StoryCue
  collapse?: StoryCue
  pause?: StoryCue
  shortfall?: StoryCue
  block?: StoryCue
  legal?: StoryCue
  reaffirm?: StoryCue
  attempt?: StoryCue
  market?: StoryCue
  level: number
  levelCue?: StoryCue
  hedge?: StoryCue
  newEpisode: boolean
  /** A main-clause deal word compatible with the claim's primary kind. */
  kindMain: boolean
  /** A main-clause deal word of exactly the claim's primary kind. */
  kindExact: boolean
  /** A main-clause deal word of any kind the claim talks about (purpose clauses included). */
  kindRelated: boolean
  /** A generic deal word ("deal", "accord") and no specific word of another kind. */
  genericDeal: boolean
  /** Both parties and a deal verb ("X jette l'éponge pour Y") with no word of another kind. */
  cueDeal: boolean
  /** A sale word (sells, sold, cède) in the main clause. */
  sale: boolean
  /** A sale word neither negated nor modal ("will not sell", "could sell" are no sale). */
  saleAsserted: boolean
  /** A generic deal word and no specific word of a kind other than the claim's primary kind. */
  genericPrimary: boolean
  partiesMain: number
  partySet: Set<string>
  /** The denial is of a setback ("denies it will walk away"): the deal goes on. */
  deniedSetback?: boolean
  /** A change of the price in the main clause ("cuts its offer", "relève son offre"). */
  revision?: string
}

const DEAL_VERBS: ReadonlySet<StoryCue['cls']> = new Set([
  'agree',
  'complete',
  'approve',
  'collapse',
  'rejection',
  'pause',
  'denial',
  'talks',
  'reaffirm',
])

const LEVEL_OF: Partial<Record<StoryCue['cls'], number>> = {
  complete: 4,
  approve: 3,
  agree: 2,
  announce: 2,
  reaffirm: 2,
  talks: 1,
  intent: 1,
}
// Words that make a "block" a threat, a request or an expected decision rather than a decision: a
// regulator "set to block", "preparing to block" or "s'apprête à bloquer" has not blocked yet (the
// deal is pending; unlike a party preparing to walk away, the decision is not the parties').
const BLOCK_THREAT =
  /\b(?:could|may|might|would|threat\w*|sues?|sued|suing|seeks?|sought|moves? to|bid to|ready to|prepared to|aims? to|asks?|request\w*|pourrait|menace\w*|cherche|vise|tente|prete?s? a|pour|demande|set to|poised to|prepar\w* to|about to|on the verge of|expected to|likely to|s'appret\w* a|se prepar\w* a|sur le point de|en passe de|devrai\w*|s'orient\w* vers)\b/

// Modal or future words just before a verb: the event is speculated, expected or threatened, not
// reported as done ("could be finalised", "likely to delay", "will vote against", "pourrait bloquer").
const MODAL_BEFORE =
  /\b(?:on (?:the )?eve of|ahead of|in the run-up to|a la veille de|en amont de|no assurance (?:that )?|no guarantee (?:that )?|aucune garantie qu'?e?|pas de garantie qu'?e?|could|may|might|would|will|doubts?|doubted|doubting|doute|doutent|likely to|unlikely to|expected to|set to|nears?|nearing|close to|pres de|proche de|threatens? to|threatened to|plans? to|planning to|intends? to|ready to|prepared to|pourrait|pourraient|devrait|devraient|risque de|menace de|compte|compterait|envisag\w* de|souhaiterai\w* de|voudrai\w*|pret a|prete a|prets a)\s+(?:\w+\s+){0,2}$/
// French future and conditional endings of the cue verb itself ("votera contre", "bloquerait").
const FR_FUTURE = /^\w+(?:era|eront|erait|eraient|ira|iront|irait|iraient)\b/
const FR_FUTURE_SIMPLE = /^\w+(?:era|eront|ira|iront)$/

// A bare infinitive is not a reported event: "asking the court to order him to complete",
// "sues to block", "pour boucler", "de finaliser".
const TO_BEFORE = /\b(?:to|pour|de|d'|afin de)\s*$/
const FR_INFINITIVE = /^\w+(?:er|ir)$/

// "preparing to abandon", "s'apprête à renoncer", "about to walk away": imminent, as good as done.
const IMMINENT_BEFORE =
  /\b(?:prepar\w*|s'appret\w*|sur le point|about|poised|se prepar\w*)\s+(?:a|to|de|d')\s*$/

const DOUBT_BEFORE =
  /\b(?:doubts?|doubted|doubting|doute|doutent|skeptical|sceptical|sceptiques?)\b(?:\s+(?:that|whether|que|qu'))?\s+(?:[\w'-]+\s+){0,3}$/
const STAKE_MOVE =
  /\b(?:rais\w*|lift\w*|increas\w*|boost\w*|cut\w*|reduc\w*|trim\w*|halv\w*|now (?:holds?|owns?)|takes? its stake|brings? its stake|monte\w*|porte\w*|ramen\w*|redui\w*|renforce\w*|passe\w*|detient desormais|possede desormais|atteint)\b/g
const REQUEST_BEFORE =
  /\b(?:urg\w*|push\w*|press\w*|pressur\w*|ask\w*|call\w* on|lobb\w*|want\w*|encourag\w*|demand\w*|exhort\w*|pousse\w*|appell?\w* a|demande\w*|incite\w*|forc\w*|compel\w*|contraindre|contraint\w*|oblig\w*)\s+(?:[\w'-]+\s+){0,3}?(?:to\s+|a\s+|de\s+|d')?$/
const REVIVED_OTHER =
  /^\s+(?:[\w'-]+\s+){0,2}?(?:l'|d')?(?:idee|idea|fears?|craintes?|concerns?|inquietudes?|debate|debat|speculation|rumeurs?|rumou?rs?|hopes?|espoirs?|questions?|doubts?|doutes?)\b/
const TIMED =
  /^[^.;]*?\b(?:for|pendant|durant|over) (?:\d+|a|one|two|three|four|six|un|une|deux|trois|quatre|six) (?:days?|weeks?|months?|jours?|semaines?|mois)\b/
const LONG_AGO =
  /\b(?:years?|decades?|months|ans|annees?|decennies?|mois)\s+(?:after|since|apres|depuis)\b/
const CAUSE_OPENER = /\b(?:after|following|as|amid|apres|suite a|au lendemain de)\b/

/**
 * A denial of a role ("OpenAI is not its customer") or of a kind of deal ("not acquiring Groq")
 * denies only a claim of that role or kind, not another deal between the same parties.
 */
function deniesThisClaim(claim: CompiledClaim, s: StorySentence, c: StoryCue): boolean {
  const claimText = claim.folded
  const role = ROLE_NOUN.exec(s.folded.slice(c.end, c.end + 60))
  if (/^(?:is|are|was|were|n'est|ne sont|n'etait)\b/.test(c.text) && role !== null) {
    const word = role[1] ?? ''
    const forms = [word, ...(ROLE_TRANSLATION[word] ?? [])]
    return forms.some((f) => new RegExp(`\\b${f}s?\\b`).test(claimText))
  }
  if (/^(?:not acquiring|not buying|ne rachete|n'achete)/.test(c.text))
    return claim.kind === 'acquisition'
  if (/^(?:not investing|n'investit)/.test(c.text)) return claim.kind === 'investment'
  // "takes 9% stake, rules out bid", "exclut toute OPA": a takeover ruled out leaves a stake or
  // another deal standing.
  if (TAKEOVER_RULED_OUT.test(s.folded.slice(c.start, c.end + 40)))
    return claim.kind === 'acquisition' && !claim.figures.some((f) => f.meaning === 'stake')
  // "a licence, not a sale": only a claim of a takeover or a sale is denied.
  if (/^(?:not an? |pas une? )/.test(c.text))
    return claim.kind === 'acquisition' || claim.kind === 'divestiture'
  return true
}
const TAKEOVER_RULED_OUT =
  /^(?:rules? out|ruled out|ruling out|exclu\w*)\s+(?:(?:a|an|any|the|toute?|une?|l'|d'|de)\s+)?(?:[\w-]+\s+)?(?:bid|takeover|offer|opa|offre|rachat)\b/
// The same role in the other language (a French story about an English claim).
const ROLE_TRANSLATION: Readonly<Record<string, readonly string[]>> = {
  customer: ['client'],
  client: ['customer'],
  buyer: ['acheteur', 'acquereur', 'repreneur'],
  acquirer: ['acheteur', 'acquereur', 'repreneur'],
  acheteur: ['buyer', 'acquirer'],
  acquereur: ['buyer', 'acquirer'],
  repreneur: ['buyer', 'acquirer'],
  investor: ['investisseur'],
  backer: ['investisseur'],
  investisseur: ['investor', 'backer'],
  partner: ['partenaire'],
  partenaire: ['partner'],
  supplier: ['fournisseur'],
  fournisseur: ['supplier'],
}
const ROLE_NOUN =
  /\b(customer|client|buyer|acquirer|bidder|investor|backer|partner|supplier|acheteur|acquereur|repreneur|investisseur|partenaire|fournisseur)/

const RAISE_AFTER =
  /^\s*(?:de |d')?(?:raising|increasing|improving|sweetening|boosting|lifting|a higher|any higher|relever|augmenter|ameliorer|rehausser|surencherir|revoir a la hausse)\b/

// A sale required as a condition ("à condition que le groupe cède", "provided it sells"): a remedy,
// not a sale made.
const CONDITION_BEFORE =
  /\b(?:provided|on condition|conditional on|condition that|as long as|if|unless|a condition que|a condition de|sous reserve que|si)\b[^.;]*$/

/**
 * The subject of a cue is another company's deal: "OpenAI's Windsurf deal is off", "le rachat de
 * Windsurf par OpenAI ne se fera pas" (a possessive or an agent that is a known non-party).
 */
function dealOfOther(s: StorySentence, c: StoryCue, partyIds: readonly string[]): boolean {
  const pre = s.folded.slice(0, c.start)
  let cut = 0
  for (const m of pre.matchAll(CLAUSE_OPENER)) cut = m.index + m[0].length
  const other = (m: StoryMention): boolean => m.authority !== true && !partyIds.includes(m.entity)
  // "Windsurf échappe à OpenAI", "walks away from OpenAI": the deal lost is with the company named.
  const objectOther = s.mentions.some(
    (m) =>
      other(m) &&
      m.start >= c.end &&
      /^\s*(?:a|from|with|avec|de|d'|au)?\s*(?:l'|la |le )?$/.test(s.folded.slice(c.end, m.start)),
  )
  return (
    objectOther ||
    s.mentions.some(
      (m) =>
        m.start >= cut &&
        m.end <= c.start &&
        other(m) &&
        (/\b(?:par|by)\s+$/.test(s.folded.slice(Math.max(0, m.start - 5), m.start)) ||
          /^(?:'s|')\s/.test(s.folded.slice(m.end, m.end + 4))),
    )
  )
}

/** The object after a verb names another company, not a party ("cède l'éditeur Editis"). */
function otherObject(s: StorySentence, from: number, partyIds: readonly string[]): boolean {
  const object = s.folded.slice(from, from + 50)
  const stop = object.search(/[,;:.]/)
  const to = from + (stop === -1 ? object.length : stop)
  const named = s.mentions.filter((m) => m.start >= from && m.start < to)
  if (named.some((m) => partyIds.includes(m.entity))) return false
  if (named.length > 0) return true
  return (
    /^\s+(?:[\w'-]+\s+){0,3}?\p{Lu}/u.test(s.text.slice(from, to)) &&
    !/\b(?:stake|participation|shares|actions|titres|holding)\b/.test(s.folded.slice(from, to))
  )
}

const DECIDED_BEFORE =
  /\b(?:agree[sd]?|decide[sd]?|vote[sd]?|opt(?:s|ed)?|chose|choose[sn]?|elect(?:s|ed)?|conviennent|ont convenu|a decide|ont decide|decident|decide|choisi\w*)\s+(?:mutually\s+)?(?:to|de|d')\s*$/

function isModal(s: StorySentence, c: StoryCue, infinitive = true, imminentIsDone = true): boolean {
  const before = s.folded.slice(Math.max(0, c.start - 40), c.start)
  // An imminent setback is reported as such ("preparing to abandon"); an imminent agreement is not
  // yet an agreement ("sur le point de boucler").
  if (IMMINENT_BEFORE.test(before)) return !imminentIsDone
  // "investors push X to raise its offer", "urges Y to reject": a request, not an event.
  // "sues to force completion of the merger": the completion is what is sought.
  if (
    REQUEST_BEFORE.test(before) &&
    (c.text.startsWith('to ') ||
      /(?:\bto|\ba|\bde|d')\s*$/.test(before) ||
      /^(?:completion|closing|finalisation|finalization|approval)\b/.test(c.text))
  )
    return true
  // "agree to terminate", "voted to end", "ont convenu de mettre fin": a decision taken.
  if (DECIDED_BEFORE.test(before)) return false
  // "Orma cédera Tessel à Fabrion" is "will sell": an agreement told in the future, as "will buy"
  // is; a future approval or block ("approuvera", "bloquera") has not happened, and the
  // conditional ("céderait") is a report.
  if (
    MODAL_BEFORE.test(before) ||
    (FR_FUTURE.test(c.text) && !(c.cls === 'agree' && FR_FUTURE_SIMPLE.test(c.text)))
  )
    return true
  if (!infinitive || c.text.startsWith('to ') || c.text.startsWith('va ')) return false
  // "the deadline for X to make a firm offer or walk away", "de faire une offre ou de renoncer":
  // the second of two alternatives in an infinitive is as hypothetical as the first.
  if (/\b(?:to|de|d')\s*[\w'-]+\s+(?:[\w'-]+\s+){0,5}?(?:or|ou)\s+(?:de\s+|d')?$/.test(before))
    return true
  // A headline's "X to walk away from Y" is the press's future tense: decided, not a plan (no
  // other verb between the subject and "to").
  if (
    s.position === 'title' &&
    /\bto\s+$/.test(before) &&
    !s.cues.some((x) => x.end <= c.start - 3 && x !== c)
  )
    return false
  // A noun phrase after "pour"/"de" ("pour ses débuts", "de la finalisation") is no infinitive.
  if (/^(?:ses|son|sa|le|la|les|l'|un|une|des|leur|leurs|its|their|the|a|an)\b/.test(c.text))
    return false
  return TO_BEFORE.test(before) || FR_INFINITIVE.test(c.text)
}

const OBSTACLE_AFTER =
  /^\W*(?:\w+\W+){0,3}?(?:objection|challenge|lawsuit|suit|complaint|opposition|appeal|injunction|concerns|probe|investigation|plainte|recours|enquete|veto|contestation)/
const EXIT_BY_SALE =
  /^[^.;]*?\b(?:en (?:cedant|vendant|revendant)|by (?:selling|agreeing to sell|handing))\b/
// A review or probe (with its complement) right before a setback verb is the verb's subject.
const PROCESS_SUBJECT =
  /\b(?:review|reviews|probe|investigation|inquiry|scrutiny|approval process|examen|enquete|instruction)(?:\s+(?:of|into|on|de|du|des|sur)\b[^,;:]{0,70})?\s+(?:(?:has|have|is|are|a|est)\s+)?$/
const DEADLINE_AFTER =
  /^\W*(?:\w+\W+){0,4}?(?:deadline|date limite|date butoir|echeance|long-stop|end date)/

// A clause segment: the comma/semicolon/colon-delimited piece of a sentence around an offset.
function segmentOf(folded: string, at: number): [number, number] {
  let a = at
  while (a > 0 && !',;:'.includes(folded[a - 1] ?? '')) a--
  let b = at
  while (b < folded.length && !',;:'.includes(folded[b] ?? '')) b++
  return [a, b]
}

/**
 * True when a claim party is named (main clause) in the same clause segment as the cue; in a title
 * (short, often "Topic: Party does X") anywhere in it.
 */
const RIVAL_AFTER =
  /^\W*(?:s\s+)?(?:rival|rivals|peer|peers|competitor|competitors|concurrent|concurrents|challenger)\b/

function partyNear(
  s: StorySentence,
  c: StoryCue,
  partyIds: readonly string[],
  coref = false,
): boolean {
  // A lede naming no party at all speaks of the headline's parties ("The companies said…").
  if (coref && !s.mentions.some((m) => partyIds.includes(m.entity))) return true
  const [a, b] = s.position === 'title' ? [0, s.folded.length] : segmentOf(s.folded, c.start)
  // "Quillon rival Arcadia postpones its IPO": the subject is the rival, not the party.
  const rivalOf = (m: { end: number }): boolean =>
    RIVAL_AFTER.test(s.folded.slice(m.end, Math.min(c.start, m.end + 30)))
  return s.mentions.some(
    (m) =>
      !m.background && partyIds.includes(m.entity) && m.start >= a && m.start < b && !rivalOf(m),
  )
}

// An attributive participle describes a noun and reports no event: "its long-delayed IPO", "the
// stalled deal's backers", "Klarna's postponed listing", "settle dispute over scrapped merger".
// English: a determiner, a possessive or a headline's preposition of topic (optionally an adverb:
// long-, much-, twice-) right before an -ed participle followed by a word.
const ATTRIBUTIVE_EN_BEFORE =
  /(?:\b(?:its|their|the|his|her|this|that|our|a|an|over|about|despite|amid|regarding)|\w's)\s+(?:(?:long|much|oft|often|twice|once|recently|previously|repeatedly|already)(?:-|\s+))?$/
// French puts the participle after its noun: "son IPO longtemps reportée", "sur l'opération
// suspendue". Only after an adverb of repetition/duration, or after preposition + determiner +
// noun: at the start of a clause ("L'opération suspendue") it is an elliptical headline event.
const ATTRIBUTIVE_FR_BEFORE =
  /(?:\b(?:longtemps|maintes fois|plusieurs fois|a plusieurs reprises|deja)\s+$)|(?:\b(?:de|du|des|sur|pour|avec|dans|a|apres)\s+(?:l'|la\s+|le\s+|les\s+|son\s+|sa\s+|ses\s+|leur\s+|leurs\s+|cette\s+|ce\s+)[\w-]+(?:\s+[\w-]+)?\s+$)/

/** True when a setback participle is attributive (describes a noun) rather than a reported event. */
function isAttributive(s: StorySentence, c: StoryCue): boolean {
  const before = s.folded.slice(Math.max(0, c.start - 40), c.start)
  const after = s.folded.slice(c.end, c.end + 20)
  if (/ed$/.test(c.text) && ATTRIBUTIVE_EN_BEFORE.test(before) && /^\s+[a-z]/.test(after)) {
    // "the deal was stalled" has a verb before; "its delayed IPO" a noun after. Exclude a following
    // preposition or agent ("the talks stalled over price" is an event: no determiner-noun-participle).
    return !/^\s+(?:by|over|on|in|at|after|for|amid|as|until|to)\b/.test(after)
  }
  return (
    /(?:e|ee|es|ees|u|ue|us|ues|i|ie|is|ies)$/.test(c.text) && ATTRIBUTIVE_FR_BEFORE.test(before)
  )
}

// A revision of the terms stated by the main clause: a change verb then, within four words, the
// offer, bid, price or an IPO's range ("cuts its offer for Y to $1.4 billion", "lowers the price it
// will pay", "lifts IPO price range", "relève son offre", "revoit à la baisse son prix"), or with the
// new price between them ("ramène à 5 $ par action son prix"); a renegotiation ("une révision de
// leur entente", "renegotiated their agreement"); a revised offer or price named as such ("agree
// reduced $15.8 billion price", "au prix renégocié"); or a pricing above the range ("au-delà de la
// fourchette"). Not an analyst's price target.
const REVISION =
  /\b(?:above (?:the |its )?(?:raised |marketed |initial |indicated )?(?:price )?range|au-(?:dessus|dela) de (?:la |sa )?fourchette)\b|\b(?:cut|cuts|cutting|lower|lowers|lowered|lowering|reduce[sd]?|reducing|slash(?:es|ed)?|trim(?:s|med)?|raise[sd]?|raising|lift(?:s|ed|ing)?|sweeten(?:s|ed)?|boost(?:s|ed)?|increase[sd]?|bump(?:s|ed)? up|revise[sd]?|abaiss\w*|redui\w*|relev\w*|rehauss\w*|augment\w*|diminu\w*|ameliore\w*|ramen\w*|revoi\w* a la (?:baisse|hausse)|revu\w* a la (?:baisse|hausse)|doubl(?:es|ed|e|ent)|tripl(?:es|ed|e|ent)|quadrupl(?:es|ed|e|ent)|quintupl(?:es|ed|e|ent))(?:\s+[\w'&.%$,-]+){0,4}?\s+(?:l'|d')?(?:offer|offers|bid|price|range|offre|prix|fourchette)\b(?!\s+(?:target|objective|objectif|cible))|\b(?:reduced|lower|higher|raised|sweetened|improved|revised|renegotiated|amended)(?:\s+[\w'&.$-]+){0,2}?\s+(?:offer|bid|price|terms)\b(?!\s+(?:target|objective))|\b(?:offre|prix|conditions)\s+(?:reduit|revu|renegocie|ameliore|releve|rehausse|abaisse|revise)\w*|\bport(?:e|ent|ait|era)\s+(?:son|sa|leur)\s+(?:offre|prix)\s+a\b|\b(?:port|ramen|relev|abaiss)\w*\s+a\s+[^.;]{1,30}?\s(?:son|sa|leur)\s+(?:offre|prix)\b|\b(?:revision|renegociation)\s+(?:de\s+(?:leur|son|sa|la)|du|de\s+l')\s*(?:entente|accord|contrat|offre|prix|conditions)\b|\brenegotiat(?:es|ed|ing|e)\s+(?:the|its|their)\s+(?:deal|agreement|merger|terms)\b/

// The story says the terms are not known: "terms were not disclosed", "sans dévoiler le prix",
// "no price has been decided", "montant non communiqué".
const UNDISCLOSED =
  /\b(?:undisclosed|(?:terms|price|amount|value)(?: of the (?:deal|transaction))? (?:were|was|have|has|is|are)(?: not|n't)(?: been)? (?:disclosed|revealed|decided|agreed|set|announced)|no price has been (?:decided|agreed|set)|(?:did not|didn't|does not|declined to) disclose|without disclosing|sans (?:en )?(?:devoiler|preciser|reveler|communiquer|divulguer)|(?:prix|montant|conditions) (?:non|pas) (?:communique|divulgue|devoile|precise|revele)e?s?|(?:prix|montant) n'(?:a|ont) pas (?:ete )?(?:devoile|communique|precise|divulgue|revele|fixe)e?s?)\b/

// A story's cue that names an offer made ("offer for", "propose", "unveils … offer").
const OFFER_CUE = /^(?:offer|offre|bid|propos|unveil|devoil)/
// A claim naming an offer or a bid (a public offer runs longer than talks).
const OFFER_IN_CLAIM = /\b(?:offer|offered|offers|bid|tender|offre|offert|opa|ope)\b/
// A claim about a later attempt ("lance une troisième offre", "makes a fresh bid"): a story from
// before it is about an earlier one.
const NEXT_ATTEMPT =
  /\b(?:second|third|fourth|fifth|new|fresh|renewed|deuxieme|seconde?|troisieme|quatrieme|cinquieme|nouvelle)\s+(?:[\w'-]+\s+)?(?:offer|bid|approach|proposal|attempt|offre|proposition|tentative|approche)\b/
// "a relevé à 145 euros par action son offre": a claim names its new price between verb and noun.
const RAISED_IN_CLAIM =
  /\b(?:raised|lifted|sweetened|increased|cut|lowered|releve|rehausse|ameliore|augmente|abaisse|reduit)\b[^.;]{0,60}?\b(?:offer|bid|offre|proposition)\b/
// A party changing its price, told by a verb in the present or with its object ("sweetens its
// bid", "raises Y offer", "relève son offre"); not "amended" or "revised" (the terms may stay), nor a
// participle ("accepts sweetened bid", "rules out higher price").
const PRICE_CHANGE =
  /^(?:(?:cuts|lowers|reduces|slashes|trims|raises|lifts|sweetens|boosts|increases|bumps up)\b|(?:cut|lower|reduc|slash|trim|rais|lift|sweeten|boost|increas|bump)\w*\s+(?:its|his|their|the)\b|(?:abaiss|redui|ramen|relev|rehauss|augment|diminu|amelior|revoi|revu|doubl|tripl|quadrupl|quintupl)\w*\s|port(?:e|ent)\s+(?:son|sa|leur|a)\s)/

const APPROVAL_NEEDED_BEFORE =
  /\b(?:seek\w*|sought|need\w*|requir\w*|await\w*|pending|subject to|ask\w* for|appl\w* for|file[sd]? for|wait\w* for|sous reserve d[e']|soumise?s? a|en attente d[e']|attend\w*|demande\w*|sollicit\w*|besoin d[e'])\s*(?:[\w'-]+\s+){0,3}$/
// The object of the verb, up to six words with no preposition between, ends in a part word.
const PART_OBJECT =
  /^(?:\s+(?!(?:to|for|in|as|with|from|by|after|pour|dans|avec|afin|apres|par)\b)[\w'&.-]+){0,6}?\s+(?:unit|units|division|divisions|business|businesses|subsidiary|subsidiaries|assets|operations|filiale|filiales|activite|activites|branche|pole)\b/
const RAISED = /^(?:raises|raised|leve|levent|a leve|ont leve)$/

// "still needs approval from other regulators", "attend encore le feu vert de Pékin": the story
// says the deal is not yet fully cleared.
const RULE_OBJECT =
  /^\s+(?:(?:an?|the|its|un|une|le|la|les|son|sa|ses)\s+)?(?:[\w-]+\s+){0,2}?(?:decrees?|laws?|bills?|legislation|rules?|regulations?|budgets?|decrets?|lois?|projets? de loi|reglements?|ordonnances?)\b/
const DEFINITIVE =
  /\b(?:definitive|binding|final) (?:merger )?(?:agreement|deal|contract)s?\b|\baccords? (?:definitifs?|ferme|engageants?)\b/
const PRELIMINARY =
  /\b(?:memorandum of understanding|mou|letter of intent|heads of terms|agreement in principle|non-binding (?:agreement|term sheet)|protocole d'accord|lettre d'intention|accord de principe|accord preliminaire|accord non contraignant)\b/
const PENDING_APPROVAL =
  /\b(?:still (?:needs?|requires?|awaits?|faces?|must (?:get|obtain|win|receive))|awaiting|remains? subject to|yet to (?:be )?(?:approv|clear)\w*|pending (?:approvals?|clearances?) (?:from|by|in) other|attend(?:ent)? (?:encore|toujours)|reste(?:nt)? soumise?s? a|doi(?:t|vent) encore (?:obtenir|recevoir|etre)|toujours en attente)\b[^.;]{0,60}?\b(?:approv\w*|clearance|clear\w*|regulat\w*|authorit\w*|green light|nod|feu vert|aval|autorisation|autorit\w*|regulat\w*|approbation|bruxelles|pekin|washington)/

// "US review continues", "l'examen se poursuit aux États-Unis", "other regulators have yet to rule".
const PENDING_REVIEW =
  /\b(?:review|reviews|probe|investigation|scrutiny|examen|enquete)\s+(?:[\w-]+\s+){0,2}?(?:continues?|ongoing|pending|remains? open|se poursui\w*|en cours|toujours en cours)\b|\b(?:have|has) yet to (?:clear|approve|rule|sign off|decide)\b|\b(?:must|has to|have to) still (?:rule|approve|clear)\b|\bdoi(?:t|vent) encore (?:se prononcer|statuer|donner son (?:feu vert|accord|aval)|valider|approuver|autoriser)\b|\b(?:remaining|other) (?:regulatory )?approvals\b/

/** The phrase of a story saying approvals are still pending, if any (title and lede only). */
interface PendingApproval {
  inSentence(s: StorySentence, c: StoryCue): boolean
}
function pendingApproval(story: StoryView): PendingApproval | undefined {
  const hits: { index: number; start: number; end: number }[] = []
  for (const s of story.sentences) {
    if (s.position === 'body') continue
    const m = PENDING_APPROVAL.exec(s.folded) ?? PENDING_REVIEW.exec(s.folded)
    if (m !== null) hits.push({ index: s.index, start: m.index, end: m.index + m[0].length })
  }
  if (hits.length === 0) return undefined
  return {
    inSentence: (s, c) =>
      hits.some((h) => h.index === s.index && c.start >= h.start && c.start < h.end),
  }
}

// Words after a verb that start an adjunct, not a direct object ("collapsed over price").
const ADJUNCT_START =
  /^(?:over|on|in|at|after|amid|due|because|following|from|with|for|by|to|as|into|off|out|away|up|down|back|sur|en|a|au|aux|apres|pour|faute|par|dans|avec|de|du|des|d'|suite|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|again|temporarily|indefinitely|temporairement)\b/
// The object ends at a clause boundary, a preposition or a conjunction.
// (a decimal point or a thousands separator, "£3.1bn", "1,250p", is no end)
const OBJECT_END =
  /[;:!?"«»]|[,.](?!\d)|\s(?:as|but|while|and|after|to|for|in|on|of|with|over|amid|pour|mais|et|alors|apres|sur|avec|dans)\s/
// "denies the report", "dément les rumeurs": the content of the report follows.
const REPORT_HEAD =
  /^(?:the |a |les |la |le |l'|ces |des )?(?:reports?|rumou?rs?|speculation|articles?|story|claims?|informations?|rumeurs?|allegations?|press reports?)\b/
const BUYBACK =
  /\b(?:rachats? d'actions|share buybacks?|stock buybacks?|buybacks?|rachat de titres)\b/g
const BUYBACK_AHEAD = new RegExp(BUYBACK.source)
const GENERIC_OBJECT =
  /\b(?:it|them|deal|offer|offre|bid|talks|merger|pursuit|approach|accord|agreement|operation|transaction|negotiations?|negociations?|discussions?|interest|interet|candidature|rapprochement|fusion|sale|vente|cession|ipo|listing|introduction|cotation)\b/

const GOVERNANCE_OBJECT =
  /\b(?:board (?:role|seat|position)s?|observer (?:role|seat|status)|seats? on (?:the|its) board|sieg\w*|role d'observateur|poste d'observateur)\b/

/**
 * True when a setback or denial verb is about the claim's deal: no direct object (intransitive:
 * "talks collapsed", "the deal is off"), or an object naming a claim party, a deal word or the deal
 * by a generic word. "shelves its 5G rollout", "denies wrongdoing", "suspend son programme de
 * rachat d'actions" are about something else.
 */
function objectIsDeal(
  s: StorySentence,
  c: StoryCue,
  partyIds: readonly string[],
  claimFolded = '',
): boolean {
  // Phrases carry their own meaning ("called off", "not on the table", "aucune discussion"); only
  // a bare verb ("shelves", "dément", "suspend") takes its sense from its object.
  if (/[\s']/.test(c.text) && !/^(?:rule[sd]? out|ruling out)$/.test(c.text)) return true
  const rest = s.folded.slice(c.end)
  const lead = /^\s*/.exec(rest)?.[0].length ?? 0
  const head = rest.slice(lead)
  // "drops plan for OpenAI board role", "renonce à y siéger": a seat given up, not the deal.
  const near = head.slice(0, 50)
  if (
    GOVERNANCE_OBJECT.test(near) &&
    !GOVERNANCE_OBJECT.test(claimFolded) &&
    !/\b(?:deal|merger|takeover|accord|fusion|rachat)\b/.test(near)
  )
    return false
  if (head === '' || /^[,;:.!?)'"«»]/.test(head) || ADJUNCT_START.test(head)) return true
  let len = head.search(OBJECT_END)
  // "denies reports it is in talks", "abandons its plan to buy X", "denies being in talks with Y",
  // "dément que …": what the report, plan or clause is about.
  if (
    REPORT_HEAD.test(head) ||
    /^(?:being|having|holding|that|qu'|que|avoir|etre)\b/.test(head) ||
    /^(?:it|they|he|she|we|il|elle|ils|elles)\s+(?:is|are|was|were|has|have|had|will|would|est|sont|a|ont)\b/.test(
      head,
    ) ||
    /^(?:[\w'-]+\s+){0,2}?(?:plans?|projects?|projet|projets|efforts?|ambitions?|intention)\b/.test(
      head,
    )
  ) {
    len = head.search(/[;:!?]|[,.](?!\d)/)
  }
  if (len === -1) len = head.length
  len = Math.min(len, 60)
  const from = c.end + lead
  const to = from + len
  const object = s.folded.slice(from, to).replace(BUYBACK, (m) => ' '.repeat(m.length))
  const named = s.mentions.filter((m) => m.start < to && m.end > from)
  if (named.some((m) => partyIds.includes(m.entity))) return true
  // "rejects Orbitel's approach": another company's deal.
  if (named.length > 0) return false
  // "dément tout abandon": the object is itself a setback.
  if (
    s.cues.some(
      (x) =>
        x.start >= from &&
        x.start < to &&
        (x.cls === 'collapse' || x.cls === 'pause' || x.cls === 'rejection' || x.cls === 'block'),
    )
  )
    return true
  if (
    s.kinds.some(
      (k) =>
        k.start >= from && k.start < to && object.slice(k.start - from, k.end - from).trim() !== '',
    )
  )
    return true
  return GENERIC_OBJECT.test(object)
}

/** Who performs a cue, as far as the words before it in its clause tell. */
type Actor = 'party' | 'none' | 'authority' | 'actor' | 'entity' | 'name'

// Where the clause of a cue starts: after a semicolon or a subordinating/co-ordinating word that
// opens another clause ("X rejects the bid as Y denies interest").
const RIVAL_CLAUSE_BEFORE = /\b(?:as|while|after|alors que|tandis que|apres que)\s+[^,;.:]*$/
const CLAUSE_OPENER =
  /(?:;|\b(?:as|while|but|whereas|which|who|after|since|alors que|tandis que|mais|qui|apres que|depuis que)\b)/g
// Non-party actors named by a common noun: public authorities (whose final decision can block a
// deal) and others whose view is an opinion (unions, lawmakers, analysts, rivals).
const AUTHORITY_NOUN =
  /\b(?:regulators?|authorit(?:y|ies)|autorites?|commission|government|gouvernement|state|etat|court|tribunal|judge|juge|ministers?|ministres?|ministry|ministere|administration|watchdog|gendarme|regulateurs?|senate|congress|parliament|parlement)\b/g
const ACTOR_NOUN =
  /\b(?:unions?|syndicats?|lawmakers|legislators|senators?|deputes|elus|politicians|politiques|analysts?|analystes|critics|detracteurs|employees|workers|staff|salaries|mayor|maire|economists?|economistes|consumer groups?|associations?|activists?|rivals?|concurrents?|competitors?|experts?|president|presidente)\b/g
// Capitalised words that are no name: determiners, pronouns, headline labels, company descriptors.
const NOT_A_NAME: ReadonlySet<string> = new Set(
  (
    'the a an le la les l un une des du de d it its il elle ils elles on in at for but and as after with ' +
    'sources source report reports exclusive breaking update ceo chief chairman boss board company group ' +
    'firm pdg directeur dg patron conseil groupe societe entreprise firme this that ce cette these those ' +
    'says said say dit affirme has have is are was a est ont sont will va no not pas aucun aucune ' +
    'we i they nous je on'
  ).split(' '),
)

// A name after "told", "to", "according to", "à l'" is an addressee or a source, not the subject
// ("a Pelagos spokesperson told Reuters the company had no plans", "a indiqué à l'AFP").
const ADDRESSEE_BEFORE =
  /\b(?:told|tells|telling|to|with|per|according to|in an interview with|a|au|aux|selon|aupres de|d'apres)\s+(?:the\s+|l'|la\s+|le\s+|les\s+)?$/

/**
 * The actor of a cue: the last name before it in its clause (a claim party, another entity, an
 * authority, another actor noun, an unknown capitalised name), or 'none' (a pronoun, a description,
 * nothing). Capitalised words right after a party ("Tidewater CEO", "Pelagos Says It Has") belong to
 * that party.
 */
function actorOf(s: StorySentence, c: StoryCue, partyIds: readonly string[]): Actor {
  const pre = s.folded.slice(0, c.start)
  let cut = 0
  for (const m of pre.matchAll(CLAUSE_OPENER)) cut = m.index + m[0].length
  type Cand = { start: number; end: number; kind: Actor }
  const cands: Cand[] = []
  for (const m of s.mentions) {
    if (m.start >= cut && m.end <= c.start) {
      cands.push({
        start: m.start,
        end: m.end,
        kind: partyIds.includes(m.entity) ? 'party' : m.authority === true ? 'authority' : 'entity',
      })
    }
  }
  // A deal word is what the cue is about, not who acts ("Fusion rejetée :", "Merger Rejected").
  const inMention = (at: number): boolean =>
    s.mentions.some((m) => at >= m.start && at < m.end) ||
    s.kinds.some((k) => at >= k.start && at < k.end)
  const scan = (re: RegExp, kind: Actor): void => {
    for (const m of pre.slice(cut).matchAll(re)) {
      const at = cut + m.index
      const addressee = ADDRESSEE_BEFORE.test(pre.slice(Math.max(0, at - 25), at))
      if (!inMention(at) && !addressee) cands.push({ start: at, end: at + m[0].length, kind })
    }
  }
  scan(AUTHORITY_NOUN, 'authority')
  scan(ACTOR_NOUN, 'actor')
  for (const m of s.text.slice(cut, c.start).matchAll(/\p{Lu}[\p{L}\p{N}&.-]*/gu)) {
    const at = cut + m.index
    if (
      inMention(at) ||
      NOT_A_NAME.has(m[0].toLowerCase()) ||
      cands.some((x) => x.start === at) ||
      ADDRESSEE_BEFORE.test(s.folded.slice(Math.max(0, at - 25), at))
    )
      continue
    cands.push({ start: at, end: at + m[0].length, kind: 'name' })
  }
  if (cands.length === 0) return 'none'
  cands.sort((x, y) => x.start - y.start)
  const last = cands[cands.length - 1] as Cand
  if (last.kind === 'party' || last.kind === 'entity') return last.kind
  const party = [...cands].reverse().find((x) => x.kind === 'party' && x.end <= last.start)
  // "Tidewater CEO", "Pelagos Says It Has No Plan": a run of capitalised words after the party.
  if (
    party !== undefined &&
    /^(?:['\u2019]s)?[\s:"«»\u201c\u201d]*(?:\p{Lu}[\p{L}\p{N}&.'-]*[\s:"«»\u201c\u201d]+)*$/u.test(
      s.text.slice(party.end, last.start),
    )
  ) {
    return 'party'
  }
  return last.kind
}

// A buying verb and, later, a seller ("buys X from Y", "rachète X à Y").
const BUY_VERB =
  /\b(?:buy|buys|buying|bought|acquire[sd]?|acquiring|purchase[sd]?|purchasing|rachet\w*|achet\w*|acquiert|acquerir|reprend\w*)\b/g
const FROM_BEFORE = /\b(?:from|de chez|aupres de|a|au)\s+(?:the\s+)?$/
// The target selling something to someone ("Corvina sells Lumen to Hexapod", "Tessel cède Orma à").
const SALE_AFTER =
  /^\W*(?:s\s+)?(?:[\w'-]+\s+){0,2}?(?:sells?|sold|selling|to sell|divest\w*|cede\w*|vend\w*)\s+(.{1,50}?)\s+(?:to|a|au|aux)\s/
const TARGET_HOLDERS_AFTER =
  /^(?:['\u2019]s)?\s+(?:current\s+and\s+former\s+|former\s+|existing\s+)?(?:employees|staff|workers|shareholders|stockholders|holders|investors|backers|founders|early\s+investors)\b/
const ASSET_WORD =
  /\b(?:unit|units|division|business|brand|brands|assets?|stake|shares|operations|subsidiary|filiale|activites?|branche|marque|actifs|participation|actions|pole)\b/

/**
 * True when the sentence's deal is another deal between the claim's parties: an agreement of
 * another kind named as such (licensing, distribution, supply), or, against a takeover claim, an
 * asset other than the target changing hands ("X buys Lumen from <target>", "<target> sells Lumen
 * to X"): the object of the deal verb is not the claim's target.
 */
function anotherDealOf(claim: CompiledClaim, s: StorySentence, claimOfPart: boolean): boolean {
  const mainAt = (at: number): boolean => !s.spans.some((sp) => at >= sp.start && at < sp.end)
  // A claim that itself involves a partnership or a supply deal may be linked to that agreement.
  if (!claim.relatedKinds.some((k) => k === 'partnership' || k === 'supply' || k === 'deal')) {
    const m = OTHER_AGREEMENT.exec(s.folded)
    if (m !== null && mainAt(m.index) && !claim.wording.otherAgreement) return true
  }
  if (claim.kind !== 'acquisition' || claimOfPart || claim.parties.length < 2) return false
  const target = claim.parties[1]?.id
  // A proper name or an asset word in the object: something other than the target.
  const otherObject = (from: number, to: number): boolean => {
    if (ASSET_WORD.test(s.folded.slice(from, to))) return true
    for (const m of s.text.slice(from, to).matchAll(/\p{Lu}[\p{L}\p{N}&.-]*/gu)) {
      const at = from + m.index
      if (s.mentions.some((x) => at >= x.start && at < x.end)) continue
      if (!NOT_A_NAME.has(m[0].toLowerCase())) return true
    }
    return false
  }
  for (const t of s.mentions) {
    if (t.entity !== target || !mainAt(t.start)) continue
    // "buys shares from OpenAI employees": the sellers are the target's holders, so the shares
    // are the target's.
    if (TARGET_HOLDERS_AFTER.test(s.folded.slice(t.end, t.end + 30))) continue
    const pre = s.folded.slice(Math.max(0, t.start - 80), t.start)
    const from = FROM_BEFORE.exec(pre)
    if (from !== null) {
      const verbs = [...pre.slice(0, from.index).matchAll(BUY_VERB)]
      const verb = verbs[verbs.length - 1]
      if (verb !== undefined) {
        const base = t.start - pre.length
        if (otherObject(base + verb.index + verb[0].length, base + from.index)) return true
      }
    }
    const sale = SALE_AFTER.exec(s.folded.slice(t.end, t.end + 90))
    if (sale?.[1] !== undefined) {
      const start = t.end + sale[0].lastIndexOf(sale[1])
      if (
        !/\b(?:itself|lui-meme|elle-meme)\b/.test(sale[1]) &&
        otherObject(start, start + sale[1].length)
      )
        return true
    }
  }
  return false
}

// Being near an agreement ("nears", "close to a deal", "proche d'un accord", "à deux doigts"); not
// "close to $2bn" (an approximate figure).
const NEAR_AGREEMENT =
  /\b(?:nears?|nearing|clos(?:e|es|ing) in on|near(?= (?:a |an |the )?(?:deal|agreement|accord|pact|takeover|merger))|clos(?:e|er) to(?!\s*(?:[$\u20ac\u00a3\d]|about|around|roughly|nearly|half))|on the (?:verge|brink|cusp) of|edg\w* (?:closer )?to(?:wards?)?|within reach of|proches? d[e']|pres d[e'](?!\s*\d)|sur le point d[e']|a deux doigts d[e']|en passe d[e']|in (?:advanced|final|late-stage|late stage|exclusive|the final stages? of) (?:talks|negotiations|discussions)|(?:negociations?|discussions?|pourparlers) (?:avancee?s|exclusives|finales))/g

// Reviewing, reconsidering or discussing a deal, or voting on it: no status of its own.
const REVIEW_VERB =
  /\b(?:review(?:s|ed|ing)?|reconsider\w*|reassess\w*|re-?evaluat\w*|rethink\w*|re-?examin\w*|reexamin\w*|weigh(?:s|ing)? (?:options|its options)|discuss(?:es|ing)?|debat\w*|vot(?:e|es|ing) on|revoi[rt]|reevalu\w*|repens\w*|s'interroge\w* sur|se penche\w* (?:a nouveau )?sur|discut\w*|debattre|se prononcer sur|vote\w* sur|remet\w* en (?:question|cause))\b/g

/** True when a review verb precedes the cue in its clause ("reviews its agreement to buy"). */
function reviewBefore(s: StorySentence, c: StoryCue): boolean {
  const [a] = s.position === 'title' ? [0] : segmentOf(s.folded, c.start)
  const pre = s.folded.slice(a, c.start)
  let cut = 0
  for (const m of pre.matchAll(
    /(?:;|\b(?:as|while|but|whereas|which|who|after|since|and|et|alors que|tandis que|mais|qui|apres)\b)/g,
  )) {
    cut = m.index + m[0].length
  }
  for (const m of pre.slice(cut).matchAll(REVIEW_VERB)) {
    if (!inSpansOf(s, a + cut + m.index)) return true
  }
  return false
}

/** True when a near-agreement phrase precedes the cue in its clause (title: anywhere before it). */
function nearAgreementBefore(s: StorySentence, c: StoryCue): boolean {
  const [a] = s.position === 'title' ? [0] : segmentOf(s.folded, c.start)
  const pre = s.folded.slice(a, c.start)
  let cut = 0
  for (const m of pre.matchAll(CLAUSE_OPENER)) cut = m.index + m[0].length
  for (const m of pre.slice(cut).matchAll(NEAR_AGREEMENT)) {
    if (!inSpansOf(s, a + cut + m.index)) return true
  }
  return false
}

/**
 * "UniCredit raises Commerzbank stake to around 28%", "détient désormais un peu plus de 20 %": the
 * holder (the claim's first party) asserts, unhedged, a stake that moved away from the claimed one.
 */
function stakeMoved(claim: CompiledClaim, g: Signals): boolean {
  const claimed = claim.figures.filter((f) => f.meaning === 'stake')
  return (
    claimed.length > 0 &&
    g.partySet.has(claim.parties[0]?.id ?? '') &&
    g.hedge === undefined &&
    [...g.sentence.folded.matchAll(STAKE_MOVE)].some(
      // "clears X to lift its stake", "l'autorise à monter": a permission or a plan.
      (m) =>
        !/\b(?:to|de|a|d')\s*$/.test(g.sentence.folded.slice(Math.max(0, m.index - 4), m.index)),
    ) &&
    g.sentence.figures.some(
      (f) =>
        !f.background &&
        f.previous !== true &&
        f.meaning === 'stake' &&
        claimed.some((c) => compareFigures(c, f) === 'incompatible') &&
        !claimed.some((c) => compareFigures(c, f) === 'compatible'),
    )
  )
}

// "below the $18 billion it had sought", "au lieu de 18", "alors qu'elle espérait 18 milliards":
// the claim's figure recalled as the aim or the first terms of the same process.
const AIM_NEAR =
  /\b(?:sought|seeking|targeted|targeting|hoped|hoping|aimed|initially|originally|first|instead of|rather than|esperait|esperaient|visait|visaient|ciblait|initialement|au depart|au lieu (?:de|des|du)|plutot que|ambitions?)\b/

// A figure followed by the aim it was ("the $500 million it was reported to be seeking", "les 18
// milliards qu'elle espérait").
const AIMED =
  /^[^,;.]{0,50}?\b(?:sought|seeking|targeted|targeting|hoped|hoping|aimed|esperait|esperaient|visait|visaient|ciblait)\b/

// An old value dated to an earlier episode ("from $14 billion a year ago", "contre 5 milliards l'an
// dernier").
const EARLIER_EPISODE_AFTER =
  /^[^.;]*?\b(?:ago|last year|a year earlier|earlier this year|in (?:19|20)\d\d|il y a|l'an (?:dernier|passe)|en (?:19|20)\d\d|lors de)\b/

/**
 * Whether the story recalls one of the claim's figures as the aim, first terms or old value of its
 * deal ("up from $2 billion"; any sentence of the title or lede, background included): a different
 * figure asserted then re-prices that same process, however many weeks later.
 */
function recallsAim(claim: CompiledClaim, story: StoryView): boolean {
  return story.sentences.some(
    (s) =>
      s.position !== 'body' &&
      s.figures.some(
        (f) =>
          ((f.previous === true &&
            !EARLIER_EPISODE_AFTER.test(s.folded.slice(f.end, f.end + 30))) ||
            AIM_NEAR.test(s.folded.slice(Math.max(0, f.start - 50), f.end + 30))) &&
          claim.figures.some(
            (c) =>
              c.unit === f.unit && compareFigures(c, { ...f, meaning: c.meaning }) === 'compatible',
          ),
      ),
  )
}

/**
 * The claim's first party is the seller of the sentence's sale: named before the sale word with no
 * other company between (the claim's second party, what is sold, aside).
 */
function firstPartySells(g: Signals, partyIds: readonly string[]): boolean {
  const sale = g.sentence.kinds.find((k) => k.kind === 'divestiture' && !k.background)
  if (sale === undefined) return false
  const before = g.sentence.mentions.filter(
    (m) => !m.background && m.end <= sale.start && m.entity !== partyIds[1],
  )
  const last = before[before.length - 1]
  return (
    last !== undefined &&
    last.entity === partyIds[0] &&
    // "clears X's Y deal with sale of 330 stores", "à condition de céder": a remedy of the deal.
    !REMEDY_BEFORE.test(g.sentence.folded.slice(last.end, sale.start))
  )
}
const REMEDY_BEFORE =
  /\b(?:with|provided|on condition|conditions?|subject to|requiring|requires|after agreeing|remed\w+|moyennant|sous reserve|a condition|contre|en echange|avec la|apres avoir accepte)\b/

function signalsOf(
  claim: CompiledClaim,
  s: StorySentence,
  partyIds: readonly string[],
  titleParties: ReadonlySet<string> = new Set(),
  pending?: PendingApproval,
): Signals {
  // The first lede sentence inherits the headline's parties when it names none itself.
  const coref = s.position === 'lede' && s.index === 1 && titleParties.size > 0
  const main = s.cues.filter((c) => !c.background)
  const first = (pred: (c: StoryCue) => boolean): StoryCue | undefined => main.find(pred)
  const hasLegal = main.some((c) => c.cls === 'legal')
  const mainKinds = s.kinds.filter((k) => !k.background)
  const related = (k: DealKind): boolean => relatedKind(claim, k, s)
  const specificOther = mainKinds.some((k) => k.kind !== 'deal' && !related(k.kind))
  const partySet = new Set(
    s.mentions.filter((m) => !m.background && partyIds.includes(m.entity)).map((m) => m.entity),
  )
  const sig: Signals = {
    sentence: s,
    level: 0,
    newEpisode: main.some((c) => c.cls === 'newEpisode'),
    kindMain: mainKinds.some(
      (k) =>
        k.kind !== 'deal' &&
        (partyIds.length === 1
          ? sameDealSide(claim.kind, k.kind)
          : kindsCompatible(claim.kind, k.kind) || purchaseOfSale(claim, k.kind, s)),
    ),
    kindExact: mainKinds.some((k) =>
      partyIds.length === 1 ? sameDealSide(claim.kind, k.kind) : k.kind === claim.kind,
    ),
    kindRelated: mainKinds.some((k) => k.kind !== 'deal' && related(k.kind)),
    genericDeal: !specificOther && mainKinds.some((k) => k.kind === 'deal'),
    genericPrimary:
      mainKinds.some((k) => k.kind === 'deal') &&
      !mainKinds.some((k) => k.kind !== 'deal' && !kindsCompatible(claim.kind, k.kind)),
    partySet: coref && partySet.size === 0 ? new Set(titleParties) : partySet,
    partiesMain: coref && partySet.size === 0 ? titleParties.size : partySet.size,
    sale: mainKinds.some((k) => k.kind === 'divestiture'),
    saleAsserted: mainKinds.some(
      (k) =>
        k.kind === 'divestiture' &&
        !isNegated(s.folded, k.start) &&
        !MODAL_BEFORE.test(s.folded.slice(Math.max(0, k.start - 40), k.start)) &&
        !REQUEST_BEFORE.test(s.folded.slice(Math.max(0, k.start - 40), k.start)) &&
        !CONDITION_BEFORE.test(s.folded.slice(Math.max(0, k.start - 60), k.start)) &&
        !otherObject(s, k.end, partyIds),
    ),
    cueDeal: false,
  }
  // A denial or a rejection in a sentence about a lawsuit is about the lawsuit ("judge rejects
  // the FTC's request"), not about the deal.
  // Setbacks count when asserted (not negated, not speculated) next to a claim party; a threatened
  // or speculated setback is a pending matter (mentions).
  const setback = (c: StoryCue): boolean =>
    !c.negated && partyNear(s, c, partyIds, coref) && objectIsDeal(s, c, partyIds, claim.folded)
  // A denial that carries its own negator ("n'a pas l'intention", "n'a aucun projet") is not negated
  // by the "ne" of the same French negation.
  // A denial, refusal or rejection is a party's: "Zentrix says it has no plan to invest in Y", "the
  // minister is opposed to the takeover", "unions reject the deal" are others' views (mentions).
  const byParty = (c: StoryCue): boolean => {
    const a = actorOf(s, c, [...partyIds, ...claim.voices.map((v) => v.id)])
    return a === 'party' || a === 'none'
  }
  const deny = first(
    (c) =>
      c.cls === 'denial' &&
      byParty(c) &&
      deniesThisClaim(claim, s, c) &&
      // "rules out raising its offer", "exclut de relever le prix": the offer stands as it is.
      !RAISE_AFTER.test(s.folded.slice(c.end, c.end + 25)) &&
      (setback(c) ||
        (c.negated &&
          /^(?:pas|aucun|aucune|jamais|plus|ni)\b/.test(c.text) &&
          partyNear(s, c, partyIds, coref))),
  )
  if (deny !== undefined && !hasLegal) {
    sig.deny = deny
    // "denies it will walk away", "dément tout abandon": a setback denied, asserted or not.
    // The setback is the denial's object: close after it, in the same clause ("'Not for sale':
    // Altman rebuffs Musk" is a refusal, then a rejection, not a setback denied).
    sig.deniedSetback = main.some(
      (c) =>
        c.start > deny.start &&
        c.start - deny.end <= 40 &&
        !/[:;"«»]/.test(s.folded.slice(deny.end, c.start)) &&
        (c.cls === 'collapse' ||
          c.cls === 'pause' ||
          c.cls === 'delay' ||
          c.cls === 'block' ||
          c.cls === 'rejection'),
    )
  }
  // "X will not invest in Y", "X n'investira pas": a flat refusal by a party (not "not yet").
  const refusal = first(
    (c) =>
      (c.cls === 'agree' || c.cls === 'complete') &&
      c.negated &&
      // Not holding something ("the 16% it does not own", "qu'il ne détient pas") is a state,
      // not a refusal.
      !/^(?:detien|detient|detenai|hold|holds|own|owns|possed)/.test(c.text) &&
      !/\b(?:yet|encore|still|toujours)\b/.test(
        s.folded.slice(Math.max(0, c.start - 25), c.end + 12),
      ) &&
      // "is no longer in discussions to acquire": the talks ended (a collapse), not a refusal.
      !/\bno longer\b[^.;]{0,40}$/.test(s.folded.slice(Math.max(0, c.start - 45), c.start)) &&
      byParty(c) &&
      partyNear(s, c, partyIds, coref),
  )
  if (refusal !== undefined && sig.deny === undefined && !hasLegal) sig.deny = refusal
  sig.cueDeal =
    sig.partiesMain >= 2 &&
    !mainKinds.some((k) => k.kind !== 'deal' && !kindsCompatible(claim.kind, k.kind)) &&
    main.some((c) => DEAL_VERBS.has(c.cls) && !c.background)
  for (const c of main) {
    // "its long-delayed IPO", "the stalled deal's backers": a description, not the news.
    if (
      (c.cls === 'collapse' || c.cls === 'pause' || c.cls === 'delay' || c.cls === 'rejection') &&
      isAttributive(s, c)
    )
      continue
    // "has not abandoned", "n'a pas renoncé": the parties keep the deal going.
    if (
      (c.cls === 'collapse' || c.cls === 'pause') &&
      c.negated &&
      partyNear(s, c, partyIds, coref)
    )
      sig.reaffirm ??= c
    // "Le prix du rachat de Y par X revu à la baisse": a price revised, not an offering short of
    // its goal; the figures say whether the claim's terms still hold.
    const priceRevised =
      c.text.startsWith('revu') &&
      /\b(?:prix|price|offre|offer|valorisation|valuation)\b/.test(
        s.folded.slice(Math.max(0, c.start - 80), c.start),
      )
    if (priceRevised && !c.negated) sig.revision ??= c.text
    else if (c.cls === 'shortfall' && claim.figures.length > 0 && !c.negated) sig.shortfall ??= c
    // A postponed listing stalls an IPO claim; a delayed closing is only pending for other deals.
    const isDelay = c.cls === 'delay'
    if (
      isDelay &&
      claim.kind !== 'ipo' &&
      !c.negated &&
      !DEADLINE_AFTER.test(s.folded.slice(c.end, c.end + 60)) &&
      // "CVC delays formal Toshiba offer", "repousse son offre": the bidder holds its own offer
      // back, which puts the pursuit on hold (not a closing or a review running late).
      !(OWN_OFFER_AFTER.test(s.folded.slice(c.end, c.end + 50)) && byParty(c))
    ) {
      if (partyNear(s, c, partyIds, coref)) sig.legal ??= c
      continue
    }
    const isSetback =
      c.cls === 'collapse' || (c.cls === 'rejection' && !hasLegal) || c.cls === 'pause' || isDelay
    if (!isSetback || !setback(c)) continue
    // "Texas regulators formally reject NextEra's takeover of Oncor": an authority turning the deal
    // down blocks it (a threatened or expected rejection is pending).
    if (c.cls === 'rejection' && actorOf(s, c, partyIds) === 'authority') {
      const before = s.folded.slice(Math.max(0, c.start - 30), c.start)
      if (BLOCK_THREAT.test(before) || isModal(s, c)) sig.legal ??= c
      else sig.block ??= c
      continue
    }
    if (c.cls === 'rejection' && !byParty(c)) continue
    // "Chevron jette l'éponge : Anadarko signe avec Occidental": another company that the claims
    // file knows gives up its own pursuit, which is not the claim's deal ending.
    if (
      c.cls === 'collapse' &&
      (actorOf(s, c, partyIds) === 'entity' || dealOfOther(s, c, partyIds))
    )
      continue
    // "Alliance Boots backs KKR offer as Terra Firma bows out": a rival named by a name the claims
    // file does not know gives up, in a clause beside the deal going ahead.
    if (
      c.cls === 'collapse' &&
      RIVAL_CLAUSE_BEFORE.test(s.folded.slice(Math.max(0, c.start - 60), c.start)) &&
      actorOf(s, c, partyIds) === 'name' &&
      main.some(
        (x) =>
          (x.cls === 'agree' || x.cls === 'approve' || x.cls === 'complete') &&
          !x.negated &&
          x.end <= c.start,
      )
    )
      continue
    // A listing paused or postponed is not withdrawn: against a claim that an IPO was filed it is a
    // pending matter (the filing stands); the terms of a postponed offering (a claim with figures)
    // no longer hold, so that stalls; it still confirms a claim that it was paused.
    if (
      (c.cls === 'pause' || isDelay) &&
      claim.kind === 'ipo' &&
      claim.level !== null &&
      claim.figures.length === 0 &&
      !DEADLINE_AFTER.test(s.folded.slice(c.end, c.end + 60))
    ) {
      sig.legal ??= c
      continue
    }
    // "withdraws its objection", "drops its lawsuit", "renonce à son recours": an obstacle goes
    // away, which is no setback for the deal.
    if (OBSTACLE_AFTER.test(s.folded.slice(c.end, c.end + 40))) continue
    // "tourne la page Ranbaxy en cédant sa filiale à Sun Pharma", "exits X by selling it to": the
    // way out is a sale, which is the deal, not its end.
    if (c.cls === 'collapse' && EXIT_BY_SALE.test(s.folded.slice(c.end, c.end + 50))) continue
    // "the review of the deal stalls", "l'examen du rachat s'enlise": the process is slow, the deal
    // is pending.
    if (PROCESS_SUBJECT.test(s.folded.slice(Math.max(0, c.start - 90), c.start))) {
      sig.legal ??= c
      continue
    }
    // "Abbott sues to end the Alere deal", "saisit la justice pour se défaire du rachat": a party
    // going to court to get out of the deal no longer wants it, whatever the court decides.
    const suingToEnd =
      c.cls === 'collapse' &&
      SUING_TO.test(s.folded.slice(Math.max(0, c.start - 60), c.start)) &&
      actorOf(s, c, partyIds) !== 'entity'
    if (isModal(s, c) && !suingToEnd) {
      sig.legal ??= c
      continue
    }
    // "suspends the offer for 30 days", "suspend pendant un mois": a timed pause is pending.
    if (c.cls === 'pause' && TIMED.test(s.folded.slice(c.end, c.end + 70))) {
      sig.legal ??= c
      continue
    }
    // Pushing back a deadline keeps the deal alive (the parties reaffirm it).
    if ((c.cls === 'pause' || isDelay) && DEADLINE_AFTER.test(s.folded.slice(c.end, c.end + 60)))
      sig.reaffirm ??= c
    else if (c.cls === 'pause' || isDelay) sig.pause ??= c
    else sig.collapse ??= c
  }
  const block = first(
    (c) =>
      c.cls === 'block' &&
      !c.negated &&
      !isAttributive(s, c) &&
      objectIsDeal(s, c, partyIds, claim.folded),
  )
  if (block !== undefined) {
    const blocker = actorOf(s, block, partyIds)
    const before = s.folded.slice(Math.max(0, block.start - 30), block.start)
    // "halts the deal pending trial", "suspend provisoirement": a temporary order is pending.
    const temporary =
      /^[^.;]{0,40}?\b(?:pending|until|temporar\w*|temporair\w*|preliminar\w*|en attendant|jusqu'a|provisoire\w*)\b/.test(
        s.folded.slice(block.end),
      ) ||
      /\b(?:temporar\w*|temporair\w*|provisoire\w*|provisionally|preliminar\w*)\s+$/.test(before)
    if (
      temporary ||
      BLOCK_THREAT.test(before) ||
      isModal(s, block) ||
      main.some((c) => c.cls === 'hedge' && c.start < block.start)
    ) {
      sig.legal ??= block
    } else if (blocker === 'actor' || blocker === 'entity') {
      // "Unions block …", "Zentrix blocks …": no authority's decision.
    } else if (partyNear(s, block, partyIds, coref) || sig.kindMain) sig.block = block
  }
  // A legal step announced ("to examine", "va enquêter") is pending all the same; only a modal one
  // ("would draw scrutiny") is not a step at all.
  const legal = first((c) => c.cls === 'legal' && !isModal(s, c, false))
  if (legal !== undefined && sig.legal === undefined && sig.block === undefined) sig.legal = legal
  // "revives fears of", "relance l'idée d'une fusion": something other than the deal comes back.
  const reaffirm = first(
    (c) =>
      c.cls === 'reaffirm' && !c.negated && !REVIVED_OTHER.test(s.folded.slice(c.end, c.end + 30)),
  )
  if (reaffirm !== undefined) sig.reaffirm = reaffirm
  const attempt = first((c) => c.cls === 'attempt')
  if (attempt !== undefined) sig.attempt = attempt
  const market = first((c) => c.cls === 'market')
  if (market !== undefined) sig.market = market
  const hedge = first((c) => c.cls === 'hedge')
  if (hedge !== undefined) sig.hedge = hedge
  // Status rung: the highest ladder cue, but talk of negotiation in the same clause caps it at
  // talks ("in talks to acquire"); a negated agreement is only talks ("has not agreed"); negated
  // talks are nothing ("without confirming talks").
  const talks = main.filter((c) => (c.cls === 'talks' || c.cls === 'intent') && !c.negated)
  // "closing delayed", "finalisation reportée": agreed, not done.
  // A claim that is itself about a unit or a division keeps its own deal.
  const claimOfPart = claim.wording.ofPart
  const slipping = main.some(
    (c) => (c.cls === 'delay' || c.cls === 'pause') && !c.negated && !isAttributive(s, c),
  )
  // "TF1 et M6 sont entrés en négociations exclusives avec Altice pour lui céder TFX": talks with
  // a company that is not a party are another deal of the parties.
  const talksWithOther =
    partyIds.length >= 2 &&
    main.some((t) => {
      if (
        t.cls !== 'talks' ||
        !/^\s*(?:exclusives?\s+)?(?:with|avec)\s/.test(s.folded.slice(t.end, t.end + 25))
      )
        return false
      const next = s.mentions.find((m) => m.start >= t.end)
      return (
        next !== undefined &&
        next.start - t.end <= 30 &&
        !partyIds.includes(next.entity) &&
        next.authority !== true
      )
    })
  for (const c of main) {
    const lv = LEVEL_OF[c.cls]
    if (lv === undefined || talksWithOther) continue
    // An approval in a story that says other approvals are still needed is one regulator's step
    // (pending: mentions); the approval named in the pending phrase itself is no approval at all.
    // An approval sought, needed or awaited is not an approval ("seeks approval", "sous réserve
    // de l'accord de").
    if (
      c.cls === 'approve' &&
      APPROVAL_NEEDED_BEFORE.test(s.folded.slice(Math.max(0, c.start - 40), c.start))
    )
      continue
    // "approved an emergency decree giving the regulator the right to vet": a rule approved, not
    // the deal.
    if (c.cls === 'approve' && RULE_OBJECT.test(s.folded.slice(c.end, c.end + 40))) continue
    if (c.cls === 'approve' && pending !== undefined) {
      if (
        !pending.inSentence(s, c) &&
        !c.negated &&
        !/^(?:clear\w* (?:the )?way|last|final|dernier)/.test(c.text)
      )
        sig.legal ??= c
      continue
    }
    // Of the generic confirmation words only the verbs set a status ("confirms", "announced").
    if (c.cls === 'announce' && !/^(?:confirm|announc|annonc|officiali)/.test(c.text)) continue
    // "Dans son rapport trimestriel déposé auprès de la SEC": a participle describing a noun; "lance
    // un rachat d'actions": a buyback is not the deal.
    if (c.cls === 'agree' && isAttributive(s, c)) continue
    if (c.cls === 'agree' && BUYBACK_AHEAD.test(s.folded.slice(c.end, c.end + 40))) continue
    let eff = c.negated ? (lv === 1 ? 0 : 1) : lv
    // "relance l'idée d'une fusion", "revives fears": not the deal going ahead.
    if (c.cls === 'reaffirm' && REVIVED_OTHER.test(s.folded.slice(c.end, c.end + 30)))
      eff = Math.min(eff, 1)
    // "in talks to acquire", "plans to buy": the agreement is only intended.
    // A bid launched to the shareholders is a formal step even though "offer for" reads as talks.
    if (
      eff === 2 &&
      !LAUNCHED.test(c.text) &&
      talks.some((t) => t.cls === 'talks' || (t.end <= c.start && c.start - t.end <= 20))
    )
      eff = 1
    // "could be finalised", "expected to close": expected, not done.
    if (eff >= 2 && isModal(s, c, true, false)) {
      // "the deal nears completion": agreed, with the closing near.
      eff =
        c.cls === 'complete' &&
        /\b(?:nears?|nearing|close to|pres de|proche de)\s+(?:\w+\s+)?$/.test(
          s.folded.slice(Math.max(0, c.start - 20), c.start),
        )
          ? 2
          : 1
    }
    // "analysts doubt the trust will sell": a doubt reports nothing, not even talks.
    if (DOUBT_BEFORE.test(s.folded.slice(Math.max(0, c.start - 50), c.start))) eff = 0
    // "nears a $2bn deal to buy Y", "proches d'un accord", "on the verge of an agreement", "in
    // advanced talks": a near-agreement is talks, wherever the agreement word sits after it.
    if (eff >= 2 && (c.cls === 'agree' || c.cls === 'announce') && nearAgreementBefore(s, c))
      eff = 1
    // "reviews its agreement to buy Y", "réexamine son accord", "to vote on the deal": the news is
    // the review; the agreement is its object, not an event.
    if (
      eff >= 2 &&
      (c.cls === 'agree' || c.cls === 'announce' || c.cls === 'complete') &&
      reviewBefore(s, c)
    ) {
      eff = 0
    }
    // "Z to buy X's optical unit", "rachète la filiale de X": a part of a party changes hands, which
    // is not the claim's deal between the parties.
    if (
      (c.cls === 'agree' || c.cls === 'complete') &&
      !claimOfPart &&
      PART_OBJECT.test(s.folded.slice(c.end, c.end + 50))
    )
      continue
    // "is finalising a deal", "conditional on completing": a completion under way or a condition.
    if (c.cls === 'complete' && eff === 4 && /ing$/.test(c.text)) eff = 1
    // A funding round or a listing reported as raised ("raises $300 million", French headline
    // present "lève 300 millions") is done, not merely agreed; a raised offer is a revision.
    if (
      c.cls === 'agree' &&
      eff === 2 &&
      RAISED.test(c.text) &&
      (claim.kind === 'investment' || claim.kind === 'ipo') &&
      !REVISION.test(s.folded.slice(c.start, c.end + 40))
    )
      eff = 4
    if (slipping && eff > 2) eff = 2
    if (eff > sig.level) {
      sig.level = eff
      sig.levelCue = c
    }
  }
  // A stated plan with its terms ("plans to sell shares at $20 to $24") is an announcement, as in
  // claim understanding.
  if (
    sig.level === 1 &&
    sig.levelCue?.cls === 'intent' &&
    sig.hedge === undefined &&
    s.figures.some((f) => !f.background)
  ) {
    sig.level = 2
  }
  const revision = REVISION.exec(s.folded)
  if (
    revision !== null &&
    !s.spans.some((sp) => revision.index >= sp.start && revision.index < sp.end) &&
    // "rules out raising its offer", "exclut de relever son offre": no revision.
    !isNegated(s.folded, revision.index) &&
    !/\b(?:rules? out|ruled out|ruling out|exclu\w*|refus\w*|won't|will not|would not)\s+(?:de\s+|d')?$/.test(
      s.folded.slice(Math.max(0, revision.index - 25), revision.index),
    )
  ) {
    sig.revision = revision[0]
  }
  if (sig.reaffirm !== undefined && sig.level < 2) {
    sig.level = 2
    sig.levelCue = sig.reaffirm
  }
  // Another deal between the same parties (a licence, another asset): not the claim's deal.
  if (anotherDealOf(claim, s, claimOfPart)) {
    sig.kindMain = false
    sig.kindExact = false
    sig.kindRelated = false
    sig.genericDeal = false
    sig.genericPrimary = false
    sig.cueDeal = false
  }
  return sig
}

// A market valuation once shares trade ("first day of trading", "market value", "vaut", "closes").
const SUING_TO =
  /\b(?:sues?|sued|suing|lawsuit|files? (?:a )?suit|filed (?:a )?suit|goes to court|went to court|saisit la justice|a saisi la justice|saisit le tribunal|assigne\w*|porte plainte|en justice)\b[^.;]{0,40}?\b(?:to|pour|afin de)\s+$/

/** A listing planned and a listing priced within this many days are the same listing. */
const IPO_EPISODE_DAYS = 365

const MARKET_VALUE =
  /\b(?:first (?:day|session) of trading|first trading (?:day|session)|(?:trading|market|stock market) debut|debut\w*|premiere seance|premier jour de cotation|market (?:value|valuation|cap\w*)|capitali[sz]ation|valorisation boursiere|vaut|valait|worth|clos(?:es|ed|ing) (?:at|its|the|first|up|down|with)|a la cloture|en cloture|shares? (?:rose|jumped|soared|fell|surged|opened|closed|ended)|stock (?:rose|jumped|soared|fell|surged|opened|closed|ended)|opened at|ouvert a)\b/
// The offering's own terms: a price set for the shares.
const IPO_PRICING =
  /\b(?:pric(?:es|ed|ing)|fixe\w* (?:le|son) prix|prix d'introduction|offering price|ipo price|prix de l'offre|a place|ont place|placees?|levant|raising|raised)\b/

/** The sentence speaks about the claim's own deal: its primary kind, or "the deal" with both parties. */
function decisive(g: Signals, parties: number): boolean {
  if (parties === 1) return g.kindExact
  return g.kindMain || ((g.genericPrimary || g.cueDeal) && g.partiesMain >= 2)
}

const DAY_MS = 86_400_000

function describe(c: StoryCue | undefined): string {
  return c === undefined ? '' : `"${c.text}"`
}

function clamp(x: number): number {
  return Math.round(Math.min(0.99, Math.max(0.05, x)) * 100) / 100
}

/** Days from the claim's date to the story's day (positive: the story is later); null if unknown. */
function daysAfterClaim(claim: CompiledClaim, story: StoryView): number | null {
  if (claim.date === undefined || story.day === null) return null
  const a = Date.parse(claim.date)
  const b = Date.parse(story.day)
  if (Number.isNaN(a) || Number.isNaN(b)) return null
  return Math.round((b - a) / DAY_MS)
}

/**
 * A claim with a single party (a funding round, an IPO) is identified only by its party, its kind
 * and its time: a story more than this many days after the claim (or a month before it) reports
 * another episode of the same company, unless it is the claim's own deal failing.
 */
export const SINGLE_PARTY_WINDOW_DAYS = 120
/**
 * A company lists once: from a filing to the pricing an IPO often takes months (and a pause), so an
 * IPO story within this many days of an IPO claim is about the same listing.
 */
export const IPO_WINDOW_DAYS = 400
/** Talks reported this many days before a claim of talks were an earlier round of talks. */
export const OLD_TALKS_DAYS = 365
/** A figure of an unagreed offer or terms that changes within this many days is the same episode. */
export const SAME_EPISODE_DAYS = 45
/** Talks and their outcome (the round raised, the deal agreed) fall within four months. */
export const OUTCOME_DAYS = 120

/**
 * How long one attempt at a deal lasts: talks are settled within a year; an agreed deal can wait
 * two years for its approvals. A story marking "a second attempt" later than this is about another.
 */
function attemptDays(claim: CompiledClaim): number {
  return claim.level !== null && claim.level >= 2 ? 2 * OLD_TALKS_DAYS : OLD_TALKS_DAYS
}

type FigureReading = { fit: boolean; clash: boolean; note: string }

/** Compares, claim figure by claim figure, with the figures asserted in the given sentences. */
/** A claim about buying the rest of a company: "the 16% it does not own", "le solde du capital". */
const REMAINDER =
  /\b(?:remaining|rest of|(?:it|they) (?:does|do|did)(?:n't| not) (?:already |yet )?own|(?:il|elle|ils|elles) ne (?:le |la |les )?(?:detien|possed)\w* pas|reste du capital|solde du capital|minoritaires)\b/

function readFigures(claim: CompiledClaim, sentences: readonly Signals[]): FigureReading {
  const wholeCompany =
    claim.kind === 'acquisition' && !claim.figures.some((f) => f.meaning === 'stake')
  const investorTicket = claim.kind === 'investment' && claim.parties.length >= 2
  let fits = 0
  let clashes = 0
  let note = ''
  // A story figure that fits one of the claim's figures is that figure; it cannot clash with
  // another ("up to $1bn as part of a $2bn round": the $1bn is the ticket, not the round).
  // A story's plain sum ("a $13 billion acquisition", "$200 billion xAI funding") may be the
  // value the claim gives including debt, or its valuation: the same sum, told loosely.
  const loosely = (c: Figure, f: StoryFigure): boolean =>
    f.meaning === 'amount' &&
    (c.meaning === 'enterprise' || c.meaning === 'valuation') &&
    compareFigures({ ...c, meaning: 'amount' }, f, { wholeCompany, investorTicket }) ===
      'compatible'
  const fitsSome = (f: StoryFigure): boolean =>
    claim.figures.some(
      (c) =>
        compareFigures(c, f, { wholeCompany, investorTicket }) === 'compatible' || loosely(c, f),
    )
  let looseClashes = 0
  let fitNote = ''
  for (const c of claim.figures) {
    let fit = false
    let clashWith = ''
    let sameMeaning = false
    for (const g of sentences) {
      for (const f of g.sentence.figures) {
        // "well above the roughly $500 million it had sought": the aim recalled, not the terms.
        if (
          f.background ||
          f.previous === true ||
          AIMED.test(g.sentence.folded.slice(f.end, f.end + 60))
        )
          continue
        if (c.meaning === 'enterprise' && loosely(c, f)) {
          fit = true
          continue
        }
        // "now owns 100% of EDF" after buying "the 16% it does not yet own": the whole is what
        // buying the rest comes to.
        if (
          c.meaning === 'stake' &&
          f.meaning === 'stake' &&
          f.unit === 'percent' &&
          f.value >= 99 &&
          REMAINDER.test(claim.folded)
        ) {
          fit = true
          continue
        }
        const cmp = compareFigures(c, f, { wholeCompany, investorTicket })
        if (cmp === 'compatible') fit = true
        else if (cmp === 'incompatible' && clashWith === '' && !fitsSome(f)) {
          clashWith = f.text
          sameMeaning = f.meaning === c.meaning
        }
      }
    }
    if (fit) {
      fits++
      if (fitNote === '') fitNote = `a figure fits the claim's ${c.text}`
      if (note === '') note = fitNote
    } else if (clashWith !== '') {
      clashes++
      if (!sameMeaning) looseClashes++
      note = `figure ${clashWith} is outside the claim's ${c.text}`
    }
  }
  // Where another of the claim's figures fits, only a figure of the same measure clashes: "£44 a
  // share … MillerCoors stake sold for $12 billion" does not re-price a £68 billion takeover.
  if (fits > 0 && clashes > 0 && clashes === looseClashes) {
    clashes = 0
    note = fitNote
  }
  return { fit: fits > 0 && clashes === 0, clash: clashes > 0, note }
}

const CAPITALISED = /\p{Lu}[\p{L}\p{N}&.-]+/gu
// Capitalised headline words that are not a company ("Rival", "Le groupe", "US").
const NOT_A_BUYER: ReadonlySet<string> = new Set(
  'rival rivals the a an le la les un une groupe group report exclusive breaking update us uk eu french american british chinese german japanese'.split(
    ' ',
  ),
)
// (Not the form of payment: "share-swap merger", "stock-for-stock".)
const PART_AFTER =
  /^\W*(?:s\W+)?(?:\w+\W+){0,2}?(?:network|grid|unit|division|stake|assets?|business|subsidiary|brand|arm|shares?|stock|stores?|sites?|plants?|factories|mines?|filiale|division|actifs|participation|activites?|branche|actions|titres|magasins?|usines?|marques?)\b(?![\s-]+(?:swap|exchange|for[\s-]+(?:share|stock))\b)/
/** Whether the sentence's deal is for a part of the target: "Y's network", "son réseau", "Y stake". */
function partOfTarget(s: StorySentence, target: string | undefined): boolean {
  if (target === undefined) return false
  const at = s.mentions.filter((m) => m.entity === target && !m.background)
  if (at.length === 0) return false
  return at.every(
    (m) =>
      PART_AFTER.test(s.folded.slice(m.end, m.end + 30)) ||
      /\b(?:network|grid|reseau|unit|division|stake|assets|business|filiale|actifs|participation|branche|half|moitie|part|partie|portion|quarter|quart|third|tiers)\s+(?:of|de|du|d')\s*(?:the\s+|l'|la\s+|le\s+)?$/.test(
        s.folded.slice(Math.max(0, m.start - 30), m.start),
      ),
  )
}

// (A contract or an order won from the target is not the target either: "rafle un contrat de Y".)
const PART_WORD =
  /\b(?:contracts?|contrats?|orders?|commandes?|unit|division|stake|assets?|business|subsidiary|brand|shares?|stores?|sites?|plants?|factories|mines?|filiale|actifs|participation|activites?|branche|actions|titres|magasins?|usines?|marques?)\b/
const WON_BEFORE =
  /\b(?:wins|won|clinches|clinched|remporte|a remporte|emporte|a emporte|s'adjuge)\s+(?:(?:control of|the (?:battle|race|contest|fight) for|la (?:bataille|course) (?:pour|de)|le controle de)\s+)?$/
const DEAL_FOR_BEFORE =
  /\b(?:strikes|struck|signs|signed|seals|sealed|clinches|clinched|inks|inked|agrees|agreed|reaches|reached|conclut|a conclu|signe|a signe|scelle)\s+(?:an?\s+|un\s+)?(?:\S+\s+){0,3}?(?:deal|agreement|accord)\s+(?:for|to buy|to acquire|pour racheter|pour|sur)\s+$/
const ACQUIRING = new Set<StoryCue['cls']>(['agree', 'complete'])
const SETBACK_CLASSES = new Set<StoryCue['cls']>(['collapse', 'block', 'denial', 'pause'])

// Between the target and the claim's buyer: the buyer is the seller ("Ranbaxy from Daiichi"; not
// "à", which also names a buyer: "cède Ranbaxy à Sun").
const SOLD_BY_BEFORE = /^\s*(?:from|de|d'|aupres de)\s*(?:the\s+|l'|le\s+|la\s+)?$/

/**
 * "Another buyer taking the target contradicts, even if the first buyer is not named": the
 * headline's main clause has a capitalised subject that is not the claim's buyer, an agreement or
 * completion verb, the claim's target after it, and an acquisition word. Null when not so.
 */
function anotherBuyer(
  claim: CompiledClaim,
  story: StoryView,
  days: number | null,
): Decision | null {
  const headline = takeoverHeadline(claim, story)
  if (headline === null) return null
  const { buyers, target, title } = headline
  const main = title.mentions.filter((m) => !m.background)
  const targetAt = main.find((m) => m.entity === target)
  if (targetAt === undefined) return null
  // The claim's buyer as subject (before the target) means it is the claim's own deal.
  if (main.some((m) => buyers.includes(m.entity) && m.start < targetAt.start)) return null
  // "Sun Pharma to buy Ranbaxy from Daiichi": the claim's buyer sells the target on, so it had
  // bought it; a later owner is the deal's aftermath.
  const seller = main.find(
    (m) =>
      m.entity === buyers[0] &&
      m.start > targetAt.end &&
      SOLD_BY_BEFORE.test(title.folded.slice(targetAt.end, m.start)),
  )
  if (seller !== undefined)
    return mention(
      title.text,
      0.6,
      [`the claim's buyer sells the target on: "${title.text.slice(targetAt.start, seller.end)}"`],
      'other-episode',
    )
  // "RBS consortium wins ABN Amro", "remporte la bataille pour Y": winning the target takes it.
  // "Charter strikes $55 billion deal for Time Warner Cable": a deal struck for the target.
  const won =
    WON_BEFORE.exec(title.folded.slice(Math.max(0, targetAt.start - 40), targetAt.start)) ??
    DEAL_FOR_BEFORE.exec(title.folded.slice(Math.max(0, targetAt.start - 60), targetAt.start))
  if (won === null && !title.kinds.some((k) => !k.background && k.kind === 'acquisition'))
    return null
  // "wins Lumatic contract": the word after the target names what was won.
  if (
    won !== null &&
    PART_WORD.test(/^\s*(?:'s\s+)?[\w-]*/.exec(title.folded.slice(targetAt.end))?.[0] ?? '')
  )
    return null
  const wonAt = targetAt.start - (won?.[0].length ?? 0)
  const verb =
    won !== null
      ? { text: won[0].trim(), start: wonAt, end: wonAt + won[0].length }
      : title.cues.find(
          (c) =>
            ACQUIRING.has(c.cls) &&
            !c.background &&
            !c.negated &&
            c.end <= targetAt.start &&
            !isModal(title, c, true, false),
        )
  if (
    verb === undefined ||
    title.cues.some(
      (c) => (c.cls === 'talks' || c.cls === 'intent' || c.cls === 'hedge') && !c.background,
    ) ||
    // "Dollar General lance une OPA hostile sur Family Dollar": a rival's hostile offer is a
    // contest for the target, not the target taken (a recommended one takes it).
    HOSTILE.test(title.folded)
  ) {
    return null
  }
  // "Asklepios buys into Rhön": a stake bought, not the target.
  if (/^\s*into\s+(?:the\s+)?$/.test(title.folded.slice(verb.end, targetAt.start))) return null
  // "buys Brightwave's streaming unit": a part of the target, not the target. "rafle l'Otezla de
  // Celgene", "buys Celgene's Otezla": a named asset of the target.
  if (PART_AFTER.test(title.folded.slice(targetAt.end, targetAt.end + 30))) return null
  if (/^['\u2019]s\s+\p{Lu}/u.test(title.text.slice(targetAt.end, targetAt.end + 6))) return null
  if (
    /^\s*(?:l['\u2019]|le\s+|la\s+|les\s+|the\s+)?\p{Lu}[\p{L}\p{N}-]*\s+(?:de|du|d['\u2019]|of)\s*$/u.test(
      title.text.slice(verb.end, targetAt.start),
    )
  )
    return null
  if (PART_WORD.test(title.folded.slice(verb.end, targetAt.start))) return null
  // "Prada to buy Versace from Capri", "rachète Orma à Y": an asset bought from the target (not
  // "le rachat de Y", the target itself).
  if (
    /^\s*\S+(?:\s+\S+){0,4}?\s+(?:from|a|aupres de)\s+(?:the\s+|l'|la\s+|le\s+)?$/.test(
      title.folded.slice(verb.end, targetAt.start),
    )
  )
    return null
  const subject = title.text.slice(0, verb.start)
  // A company the claims file knows (a party of another claim) is as much another buyer as an
  // unknown capitalised name; only the claim's own parties are not.
  const known = main
    .filter((m) => m.end <= verb.start && !buyers.includes(m.entity) && m.entity !== target)
    .map((m) => ({ index: m.start, text: title.text.slice(m.start, m.end) }))
  const names = [
    ...[...subject.matchAll(CAPITALISED)]
      .filter(
        (m) =>
          !NOT_A_BUYER.has(m[0].toLowerCase()) &&
          !title.mentions.some((x) => m.index >= x.start && m.index < x.end),
      )
      .map((m) => ({ index: m.index, text: m[0] })),
    ...known,
  ].sort((a, b) => a.index - b.index)
  const other = names[names.length - 1]?.text
  if (other === undefined) return null
  // "Patrick Drahi s'offre Cablevision" over "Altice a conclu un accord pour racheter Cablevision":
  // the lede gives the claim's buyer as the one buying, so the headline's name is its owner or
  // its chief, not a rival.
  const lede = story.sentences.find((s) => s.position === 'lede')
  if (
    lede !== undefined &&
    lede.mentions.some((m) => m.entity === target && !m.background) &&
    lede.cues.some(
      (c) =>
        ACQUIRING.has(c.cls) &&
        !c.background &&
        !c.negated &&
        lede.mentions.some((m) => buyers.includes(m.entity) && !m.background && m.end <= c.start) &&
        actorOf(lede, c, buyers) === 'party',
    )
  )
    return null
  // Before the claim, another buyer's deal is an earlier contest for the target.
  if (days !== null && days < 0)
    return mention(title.text, 0.6, [`an earlier deal of another buyer: ${other}`], 'other-episode')
  return anotherBuyerDecision(title, `another buyer takes the target: ${other} ("${verb.text}")`)
}

/**
 * The headline of a story judged against an agreed acquisition claim by the another-buyer rules;
 * null when the claim is not such a claim or the headline asks or opines.
 */
function takeoverHeadline(
  claim: CompiledClaim,
  story: StoryView,
): {
  /** The claim's buyer first, then any buyer named with it ("X and Y agree to buy Z"). */
  buyers: string[]
  target: string | undefined
  title: StorySentence
} | null {
  if (claim.kind !== 'acquisition' || claim.level === null || claim.parties.length < 2) return null
  const title = story.sentences.find((s) => s.position === 'title')
  if (title === undefined || story.question || story.opinion) return null
  const buyers = claim.parties.filter((p, i) => i !== 1 && (i === 0 || p.role === 'buyer'))
  return {
    buyers: buyers.map((p) => p.id),
    target: claim.parties[1]?.id,
    title,
  }
}

/** Another buyer taking the target: a contradiction of modest confidence, quoted from the headline. */
function anotherBuyerDecision(title: StorySentence, reason: string): Decision {
  return {
    verdict: 'contradicts',
    confidence: 0.6,
    evidence: title.text,
    reasons: [reason],
    features: {
      rule: 'another-buyer',
      inTitle: true,
      hedged: false,
      partiesInSentence: 1,
      figureFit: 'none',
      storyLevel: 2,
    },
  }
}

// The target passes to someone: "X is taken over by", "to be acquired by", "sold to", "passe sous le
// contrôle de", "racheté par", "repris par", "cédé à". The agent follows.
const PASSIVE_TAKEOVER =
  /\b(?:(?:passe|passent|passera|est passe|tombe|tombent) sous (?:le )?controle (?:de|du|des|d')|(?:is|are|was|were|been|be|being|gets?|got) (?:being )?(?:acquired|bought|taken over|snapped up|purchased|sold) (?:by|to)|sold to|accept(?:s|ed)? (?:a |an |the )?(?:[\w$.,-]+ ){0,3}?(?:bid|offer|proposal) (?:from|by)|accepte(?:nt)? (?:l'|la |une )?(?:offre|proposition)(?: [\w$.,-]+){0,3}? (?:de|du|d')|(?:est |sont |a ete |ont ete |sera |seront )?(?:rachete|repris|acquis|cede|vendu)e?s? (?:par|a|au|aux))(?:\s+|(?<='))/

/**
 * Another buyer takes the target, said in the passive ("Y is acquired by Z", "Y passe sous le
 * contrôle de son fournisseur"): the headline names the claim's target as subject and an agent that
 * is not the claim's buyer. Null when not so.
 */
function passiveTakeover(
  claim: CompiledClaim,
  story: StoryView,
  days: number | null,
): Decision | null {
  if (days !== null && days < 0) return null
  const headline = takeoverHeadline(claim, story)
  if (headline === null) return null
  const { buyers, target, title } = headline
  const targetAt = title.mentions.find((m) => !m.background && m.entity === target)
  if (targetAt === undefined) return null
  const m = PASSIVE_TAKEOVER.exec(title.folded.slice(targetAt.end))
  if (m === null) return null
  const at = targetAt.end + m.index
  const end = at + m[0].length
  if (at - targetAt.end > 90 || inSpansOf(title, at)) return null
  // "Y's unit sold to Z", "Y shares sold to investors": a part of the target, not the target.
  if (PART_AFTER.test(title.folded.slice(targetAt.end, targetAt.end + 30))) return null
  if (
    /^\W*(?:s\W+)?(?:[\w-]+\s+){0,2}?(?:shares?|stock|bonds?|notes|debt|actions|titres|obligations|dette)\b/.test(
      title.folded.slice(targetAt.end, at),
    )
  )
    return null
  // An earlier episode recalled ("was sold to Z in 2015", "formerly owned by").
  if (title.cues.some((c) => c.cls === 'past' && !c.negated)) return null
  const before = title.folded.slice(Math.max(0, at - 40), at)
  if (MODAL_BEFORE.test(before) || /\b(?:not|never|pas|n'|ne)\s+(?:\w+\s+){0,2}$/.test(before))
    return null
  // Talk of an offer is the other buyer's bid itself when the target accepts it.
  const accepted = /^accept/.test(m[0])
  if (
    title.cues.some(
      (c) =>
        (c.cls === 'hedge' || (!accepted && (c.cls === 'talks' || c.cls === 'intent'))) &&
        !c.background,
    )
  )
    return null
  // The agent: the rest of the clause; it must not be the claim's buyer (that is the claim's own deal).
  const agentEnd = title.folded
    .slice(end)
    .search(/[,;:.]|\s(?:after|as|for|pour|apres|in a|dans le cadre)\b/)
  const agent = title.folded
    .slice(end, agentEnd === -1 ? title.folded.length : end + agentEnd)
    .trim()
  if (agent === '' || title.mentions.some((x) => buyers.includes(x.entity) && x.start >= end))
    return null
  // "its suitor", "son prétendant", "the bidder": could be the claim's buyer itself.
  // Nor can its founder, its managers or its family ("racheté par son fondateur"), insiders who
  // may be the claim's buyer by another name.
  if (
    /\b(?:suitor|bidder|acquirer|buyer|pretendant|acquereur|offrant|founders?|fondateurs?|co-founders?|cofondateurs?|management|managers|dirigeants?|direction|famil(?:y|le)|chief executive|ceo|pdg|patron)\b/.test(
      agent,
    )
  )
    return null
  if (
    /\b(?:19|20)\d\d\b/.test(agent) &&
    Number(/\b((?:19|20)\d\d)\b/.exec(agent)?.[1]) < Number((claim.date ?? '9999').slice(0, 4))
  )
    return null
  return anotherBuyerDecision(
    title,
    `another buyer takes the target: "${title.text.slice(at, end + agent.length + 1).trim()}"`,
  )
}

function inSpansOf(s: StorySentence, at: number): boolean {
  return s.spans.some((sp) => at >= sp.start && at < sp.end)
}

/**
 * Judges one claim against one enriched story. Returns null for 'unrelated'. Pure; never throws.
 */
/**
 * A story naming a party and a company the claim gives only as context ("Sanofi launches hostile
 * bid for Aventis" against "Aventis is in talks with Novartis as an alternative to Sanofi's bid")
 * is about the same contest: at most a mention.
 */
function judgeWithContext(claim: CompiledClaim, story: StoryView): Decision | null {
  if (claim.context.length === 0 || !claim.context.some((p) => story.entities.has(p.id)))
    return null
  const wider = judgeRelated({ ...claim, parties: [...claim.parties, ...claim.context] }, story)
  if (wider === null) return null
  return {
    ...wider,
    verdict: 'mentions',
    confidence: Math.min(wider.confidence, 0.6),
    reasons: [...wider.reasons, 'names a company the claim gives only as context'],
  }
}

export function judgeClaim(claim: CompiledClaim, story: StoryView): Decision | null {
  const d = judgeRelated(claim, story) ?? judgeWithContext(claim, story)
  // "LSE to sell Borsa Italiana to Euronext": a story that names no buyer (exploratory talks, a
  // sale process) is about the same sale but cannot confirm a sale to that buyer.
  if (d?.verdict === 'confirms' && claim.kind === 'divestiture') {
    const buyers = claim.parties.filter((p) => p.role === 'buyer')
    if (buyers.length > 0 && !buyers.some((b) => story.entities.has(b.id))) {
      return {
        ...d,
        verdict: 'mentions',
        confidence: 0.6,
        reasons: [
          `the sale's buyer (${buyers.map((b) => b.name).join(', ')}) is not named`,
          ...d.reasons,
        ],
        features: { ...d.features, rule: 'no-decisive-cue' },
      }
    }
  }
  return d
}

/** judgeClaim before the checks that apply to every decision. */
function judgeRelated(claim: CompiledClaim, story: StoryView): Decision | null {
  const partyIds = claim.parties.map((p) => p.id)
  const n = partyIds.length
  if (n === 0) return null
  const found = partyIds.filter((id) => story.entities.has(id))
  const needed = Math.min(2, n)
  const rival =
    anotherBuyer(claim, story, daysAfterClaim(claim, story)) ??
    passiveTakeover(claim, story, daysAfterClaim(claim, story))
  if (rival !== null) return rival
  if (found.length < needed) return null
  // An investment with three or more parties: the investor and the investee must both be named;
  // the investor and a third company of the arrangement is another deal ("Google backs Fluidstack's
  // leases at TeraWulf" against a claim of warrants in Cipher Mining). (Tried for every kind: a
  // merger's parties and its sellers are named more loosely, and U and W fell.)
  const roleBearing = claim.parties.filter((p) => p.role !== 'party')
  if (
    n >= 3 &&
    claim.kind === 'investment' &&
    roleBearing.length >= 2 &&
    roleBearing.filter((p) => story.entities.has(p.id)).length < 2
  )
    return null
  const names = found.map((id) => claim.parties.find((p) => p.id === id)?.name ?? id)

  const title = story.sentences.find((s) => s.position === 'title')
  const titleText = title?.text ?? story.sentences[0]?.text ?? ''
  const partiesIn = (s: StorySentence): number =>
    new Set(s.mentions.filter((m) => partyIds.includes(m.entity)).map((m) => m.entity)).size
  // A claim that names no kind of deal ("combine their businesses") takes any kind.
  const related = (k: DealKind, s: StorySentence): boolean => relatedKind(claim, k, s)
  const withParty = story.sentences.filter((s) => partiesIn(s) >= 1)
  const kindHit = withParty.some(
    (s) =>
      s.kinds.some((k) => k.kind !== 'deal' && related(k.kind, s)) ||
      (n >= 2 &&
        partiesIn(s) >= 2 &&
        s.kinds.some((k) => k.kind === 'deal') &&
        !s.kinds.some((k) => k.kind !== 'deal' && !related(k.kind, s))),
  )
  if (n === 1 && !kindHit) return null
  // A single-party claim is about one kind of deal of one company: a headline about another kind
  // (an IPO delay against a funding-round claim) is another matter.
  if (n === 1) {
    const headKinds = (story.sentences.find((s) => s.position === 'title')?.kinds ?? []).filter(
      (k) => !k.background && k.kind !== 'deal',
    )
    // "Netskope lève 908 millions en fixant son prix à 19 dollars" / "…son introduction au
    // Nasdaq": the money an IPO raises, when the story names the listing.
    const listing =
      claim.kind === 'ipo' &&
      story.sentences.some(
        (s) => s.position !== 'body' && s.kinds.some((k) => k.kind === 'ipo' && !k.background),
      )
    if (
      headKinds.length > 0 &&
      !headKinds.some((k) => sameDealSide(claim.kind, k.kind)) &&
      !(listing && headKinds.every((k) => k.kind === 'investment'))
    )
      return null
  }
  // Both parties and a deal verb in one sentence, with no word of another kind of deal.
  const verbHit = story.sentences.some(
    (s) =>
      partiesIn(s) >= 2 &&
      !s.kinds.some((k) => k.kind !== 'deal' && !related(k.kind, s)) &&
      s.cues.some((c) => DEAL_VERBS.has(c.cls)),
  )
  // Both parties named without any deal word: not the claim's relation (unrelated).
  if (!kindHit && !verbHit) return null

  const reasons: string[] = [`parties named: ${names.join(', ')}`]
  const titleMentioned = new Set(
    (title?.mentions ?? [])
      .filter((m) => !m.background && partyIds.includes(m.entity))
      .map((m) => m.entity),
  )
  const pending = pendingApproval(story)
  const signals = story.sentences
    .filter((s) => s.position !== 'body')
    .map((s) => signalsOf(claim, s, partyIds, titleMentioned, pending))
    .filter((g) => g.partiesMain >= 1 && (g.kindRelated || g.genericDeal || g.cueDeal))
  // When the headline is about another kind of deal between the parties (a takeover offer
  // against a hosting-contract claim), generic words of the lede ("the offer") refer to that deal.
  const titleKinds = (title?.kinds ?? []).filter((k) => !k.background && k.kind !== 'deal')
  const titleOtherDeal =
    titleKinds.length > 0 &&
    !titleKinds.some((k) =>
      n === 1
        ? sameDealSide(claim.kind, k.kind)
        : kindsCompatible(claim.kind, k.kind) ||
          (title !== undefined && purchaseOfSale(claim, k.kind, title)),
    )
  // A takeover of the whole company is not told by a deal for a part of it ("KKR bids for Telecom
  // Italia's fixed-line network", "TIM vend son réseau fixe à KKR", "Nasdaq lifts LSE stake").
  const wholeTakeover =
    claim.kind === 'acquisition' &&
    n >= 2 &&
    !claim.figures.some((f) => f.meaning === 'stake') &&
    !/\b(?:networks?|grids?|reseaux?|units?|divisions?|stakes?|assets|business(?:es)?|subsidiar(?:y|ies)|filiales?|actifs|participations?|branches?|stores|magasins|sites?|plants?|usines?|operations|activit(?:y|ies)|activites?|arms?)\b/.test(
      claim.folded,
    )
  const titlePart = wholeTakeover && title !== undefined && partOfTarget(title, partyIds[1])
  const decisiveSignals = signals.filter(
    (g) =>
      decisive(g, n) &&
      !(titleOtherDeal && g.sentence.position !== 'title' && !g.kindMain) &&
      !(
        wholeTakeover &&
        (partOfTarget(g.sentence, partyIds[1]) ||
          // A lede that does not name the target itself goes on with the headline's part.
          (titlePart &&
            g.sentence.position === 'lede' &&
            !g.sentence.mentions.some((m) => m.entity === partyIds[1])))
      ),
  )

  const titleMarketCue = title?.cues.find((c) => c.cls === 'market' && !c.background)
  const beforeClaim = (daysAfterClaim(claim, story) ?? 0) < 0
  // "Seven & i shares slump after Couche-Tard pulls its proposal": the headline asserts the cause
  // of the move, and a deal ending is news against the claim.
  const causeSetback =
    title !== undefined && titleMarketCue !== undefined && !beforeClaim && claim.level !== null
      ? title.cues.find(
          (c) =>
            (c.cls === 'collapse' || c.cls === 'block') &&
            c.background &&
            !c.negated &&
            c.start > titleMarketCue.end &&
            CAUSE_OPENER.test(title.folded.slice(titleMarketCue.end, c.start)) &&
            // "jumps in Tokyo debut two years after failed Applied sale": a cause long past.
            !LONG_AGO.test(title.folded.slice(titleMarketCue.end, c.start)) &&
            title.mentions.some((m) => partyIds.includes(m.entity) && m.end <= c.start) &&
            actorOf(title, c, partyIds) !== 'entity' &&
            !dealOfOther(title, c, partyIds),
        )
      : undefined
  if (signals.length === 0 && causeSetback === undefined) {
    return mention(
      titleText,
      0.55,
      [...reasons, 'the deal is only background (subordinate clause or later text)'],
      'background',
    )
  }
  if (story.question || story.opinion) {
    return mention(
      titleText,
      0.7,
      [...reasons, story.question ? 'question headline' : 'opinion or analysis'],
      'question-opinion',
    )
  }

  const days = daysAfterClaim(claim, story)
  const before = days !== null && days < 0
  // The story names the claim's owner or lead investor: it is about that round or deal.
  const namesVoice = claim.voices.some((v) => story.entities.has(v.id))
  const hedge = signals.find((g) => g.hedge !== undefined)?.hedge
  const hedged = hedge !== undefined
  if (hedged) reasons.push(`hedged: ${describe(hedge)}`)

  const figures = readFigures(
    claim,
    decisiveSignals.filter((g) => g.kindExact || (n >= 2 && g.genericPrimary)),
  )
  const figureFit = figures.fit ? 'fit' : figures.clash ? 'clash' : 'none'
  // The lede often names a party by description only ("the group", "le milliardaire"): parties
  // named in the title carry over to the lede.
  const titleParties =
    signals.find((g) => g.sentence.position === 'title')?.partySet ?? new Set<string>()
  const enoughParties = (g: Signals): boolean =>
    g.partiesMain >= needed ||
    (g.sentence.position === 'lede' && new Set([...g.partySet, ...titleParties]).size >= needed)
  const positive = decisiveSignals
    .filter(enoughParties)
    .reduce<Signals | undefined>(
      (best, g) => (best === undefined || g.level > best.level ? g : best),
      undefined,
    )
  const storyLevel = positive?.level ?? 0
  const decide = (
    verdict: Decision['verdict'],
    confidence: number,
    g: Signals | undefined,
    why: string[],
    rule: string,
    level = storyLevel,
  ): Decision => ({
    verdict,
    confidence: clamp(confidence),
    evidence: g?.sentence.text ?? titleText,
    reasons: [...why, ...reasons],
    features: {
      rule,
      inTitle: g?.sentence.position === 'title',
      hedged,
      partiesInSentence: g?.partiesMain ?? 0,
      figureFit,
      storyLevel: level,
    },
  })

  // A headline about a share-price move reports the market's reaction, not the deal.
  const titleMarket = title?.cues.find((c) => c.cls === 'market' && !c.background)
  const titleSignal = signals.find((g) => g.sentence.position === 'title')
  const titleSetback =
    titleSignal !== undefined &&
    (titleSignal.collapse ?? titleSignal.block ?? titleSignal.pause ?? titleSignal.deny) !==
      undefined
  if (causeSetback !== undefined) {
    return decide(
      'contradicts',
      0.6,
      titleSignal,
      [`the market reacts to the deal ending: ${describe(causeSetback)}`],
      'collapse',
    )
  }
  // "Reddit shares jump after OpenAI deal": a headline giving the deal as the cause of the move,
  // with a lede that states the deal itself, reports the deal.
  const causeStated =
    titleMarket !== undefined &&
    claim.level !== null &&
    CAUSE_OPENER.test(title?.folded.slice(titleMarket.end) ?? '') &&
    new Set(title?.mentions.filter((m) => partyIds.includes(m.entity)).map((m) => m.entity)).size >=
      needed &&
    decisiveSignals.some(
      (g) =>
        g.sentence.position === 'lede' &&
        g.partiesMain >= needed &&
        g.hedge === undefined &&
        g.level >= (claim.level ?? 0),
    )
  if (
    titleMarket !== undefined &&
    !titleSetback &&
    !causeStated &&
    // "Kioxia shares jump in trading debut" whose lede prices the listing below the valuation the
    // claim says was sought: the terms of the planned listing are told, and they are not the claim's.
    !(
      claim.kind === 'ipo' &&
      (claim.level ?? 0) <= 1 &&
      figures.clash &&
      story.sentences.some((s) => s.position === 'lede' && IPO_PRICING.test(s.folded))
    ) &&
    (titleSignal === undefined ||
      titleSignal.level < 2 ||
      // "Klarna bondit de 15 % pour ses débuts à Wall Street": the debut's market move does not give
      // the offering's terms a claim about them states.
      (claim.kind === 'ipo' && claim.figures.length > 0 && !figures.fit))
  ) {
    return decide(
      'mentions',
      0.65,
      titleSignal,
      [`market reaction: ${describe(titleMarket)}`],
      'market',
    )
  }

  // A story whose headline names no party of the claim, or names one without any deal word, is
  // about something else: the deal is recalled in passing (a profile, a results story).
  // "X raises $600m, without Y": the headline explicitly leaves a claim party out.
  const excludedMention = title?.mentions.find(
    (m) =>
      partyIds.includes(m.entity) &&
      /\b(?:without|excluding|sans|hors)\s+(?:\w+\s+){0,2}$/.test(
        title.folded.slice(Math.max(0, m.start - 30), m.start),
      ),
  )
  const excluded = excludedMention !== undefined
  // "OpenAI closes $6.6 billion round, without Apple" within months of "Apple is in talks to invest
  // in OpenAI's round": the round the claimed actor was talking about went ahead without it (a round
  // long after an investment made is another round: mentions).
  if (
    excludedMention !== undefined &&
    excludedMention.entity === partyIds[0] &&
    claim.level !== null &&
    claim.level <= 1 &&
    days !== null &&
    days >= 0 &&
    days <= SINGLE_PARTY_WINDOW_DAYS &&
    titleSignal !== undefined &&
    titleSignal.level >= 2 &&
    titleSignal.hedge === undefined
  ) {
    return decide(
      'contradicts',
      0.6,
      titleSignal,
      [`the deal went ahead without ${claim.parties[0]?.name ?? excludedMention.entity}`],
      'another-buyer',
    )
  }
  // "Coup d'arrêt pour les ambitions de Snowflake", "Circle's road to Wall Street hits a dead end":
  // a headline naming a party with a setback and no deal word of its own is about the setback the
  // lede reports of the claim's deal.
  const setbackCue = (c: StoryCue): boolean =>
    SETBACK_CLASSES.has(c.cls) && !c.background && !c.negated
  // So is a headline revising the terms ("eToro cuts valuation in SPAC deal to $8.8 billion") whose
  // lede states the revision with the claim's parties.
  const titleRevision = title !== undefined && REVISION.test(title.folded)
  const setbackHeadline =
    title !== undefined &&
    !excluded &&
    title.mentions.some((m) => !m.background && partyIds.includes(m.entity)) &&
    ((title.cues.some(setbackCue) &&
      !title.kinds.some((k) => !k.background && k.kind !== 'deal') &&
      decisiveSignals.some(
        (g) =>
          g.sentence.position === 'lede' &&
          g.partiesMain >= needed &&
          (g.collapse ?? g.block ?? g.deny ?? g.pause) !== undefined,
      )) ||
      // "Guidant picks Boston Scientific after J&J declines to raise its bid" over a lede in which
      // Guidant terminates its J&J agreement: a headline naming both parties, with no deal word of
      // another kind, is about the ending the first lede sentence states.
      (new Set(title.mentions.filter((m) => partyIds.includes(m.entity)).map((m) => m.entity))
        .size >= needed &&
        !title.kinds.some((k) => !k.background && k.kind !== 'deal' && !related(k.kind, title)) &&
        decisiveSignals.some(
          (g) =>
            g.sentence.position === 'lede' &&
            g.sentence.index === 1 &&
            g.partiesMain >= needed &&
            g.collapse?.cls === 'collapse',
        )) ||
      (titleRevision &&
        !title.kinds.some((k) => !k.background && k.kind !== 'deal' && !related(k.kind, title)) &&
        decisiveSignals.some(
          (g) =>
            g.sentence.position === 'lede' && g.partiesMain >= needed && g.revision !== undefined,
        )))
  const titleAbout =
    title === undefined ||
    setbackHeadline ||
    causeStated ||
    (!excluded && titleSignal !== undefined && decisive(titleSignal, n)) ||
    new Set(
      title.mentions
        .filter((m) => !m.background && partyIds.includes(m.entity))
        .map((m) => m.entity),
    ).size >= needed
  if (!titleAbout) {
    return decide(
      'mentions',
      0.6,
      positive ?? signals[0],
      ['the headline is about something else; the deal is recalled in passing'],
      'not-headline',
    )
  }

  // A headline about a party declining to comment reports a non-denial (DESIGN.md: mentions),
  // whatever the lede recalls of the report it declined to discuss.
  const titleNoComment = title?.cues.find((c) => c.cls === 'noComment' && !c.background)
  // What follows the no-comment ("refuses to confirm talks") is its object, not a report.
  const reportedFirst =
    titleSignal?.levelCue !== undefined && titleSignal.levelCue.start < (titleNoComment?.start ?? 0)
  if (
    titleNoComment !== undefined &&
    (titleSignal === undefined ||
      (!reportedFirst && titleSignal.deny === undefined && titleSignal.collapse === undefined))
  ) {
    return decide(
      'mentions',
      0.65,
      titleSignal,
      [`no comment: ${describe(titleNoComment)}`],
      'no-comment',
    )
  }
  const denial = decisiveSignals.find((g) => g.deny !== undefined)
  const collapse = decisiveSignals.find((g) => g.collapse !== undefined || g.block !== undefined)
  const pause = decisiveSignals.find((g) => g.pause !== undefined || g.shortfall !== undefined)

  // Claims that report a negative outcome (termination, rejection, block, denial, pause).
  if (claim.level === null) {
    if (
      denial !== undefined &&
      (denial.collapse !== undefined || denial.pause !== undefined || denial.deniedSetback === true)
    ) {
      return decide(
        'contradicts',
        0.6,
        denial,
        [`a party denies the reported outcome: ${describe(denial.deny)}`],
        'negative-denied',
      )
    }
    const neg =
      collapse ??
      (claim.status === 'stalled' ? pause : undefined) ??
      decisiveSignals.find((g) => g.attempt !== undefined)
    const negCue = neg?.collapse ?? neg?.block ?? neg?.pause ?? neg?.attempt
    // Another outcome is not the claimed one: the target rejecting an offer or a judge blocking
    // the deal is not the bidder walking away ("BHP no longer pursuing Anglo" against "Anglo
    // rejects BHP proposal"), and an outcome reported before the claim is an earlier step.
    const otherOutcome =
      negCue !== undefined &&
      (before ||
        ((claim.status === 'ended' || claim.status === 'terminated') &&
          (negCue.cls === 'block' || (negCue.cls === 'rejection' && bidderSpeaks(claim)))) ||
        (claim.status === 'blocked' && negCue.cls === 'rejection') ||
        // A party can walk away again: an ending told more than a year after the claimed one
        // ends a later attempt.
        ((claim.status === 'ended' || claim.status === 'denied') &&
          days !== null &&
          days > OLD_TALKS_DAYS))
    if (neg !== undefined && negCue !== undefined && !otherOutcome) {
      const cue = negCue
      const weak = neg.collapse === undefined && neg.block === undefined && neg.pause === undefined
      return decide(
        'confirms',
        weak ? 0.6 : 0.8,
        neg,
        [`the story reports the same outcome: ${describe(cue)}`],
        'negative-confirmed',
      )
    }
    // A pause ends when the deal moves again: for a claim that it stalled, a headline reporting the
    // deal agreed, launched or priced after the claim's date reverses it; other outcomes need a
    // completion or the parties reviving the deal.
    // A headline agreeing, approving or completing the deal after a claim that it ended, was
    // rejected or blocked reverses that outcome ("Google to buy Wiz for $32 billion" after "Wiz
    // walked away", "Trump approves the takeover Biden blocked").
    const revivedLevel = (g: Signals): boolean =>
      g.level >= 4 ||
      (g.level >= 2 && g.sentence.position === 'title' && !isQuestionLike(g) && !g.hedge)
    const revived = decisiveSignals.find(
      (g) => enoughParties(g) && (g.reaffirm !== undefined || revivedLevel(g)),
    )
    if (revived !== undefined && !before) {
      return decide(
        'contradicts',
        0.55,
        revived,
        [`the deal goes ahead after all: ${describe(revived.reaffirm ?? revived.levelCue)}`],
        'negative-reversed',
        revived.level,
      )
    }
    return decide(
      'mentions',
      0.6,
      positive ?? signals[0],
      ['the story neither reports nor reverses the outcome'],
      'negative-other',
    )
  }

  if (denial !== undefined) {
    if (before) {
      return decide(
        'mentions',
        0.6,
        denial,
        [`an earlier denial: ${describe(denial.deny)}`],
        'earlier-denial',
      )
    }
    // A refusal next to a rejection ("'Not for sale': Altman rebuffs Musk") is no denied setback.
    if (
      (denial.collapse !== undefined && denial.collapse.cls !== 'rejection') ||
      denial.pause !== undefined ||
      denial.deniedSetback === true
    ) {
      return decide(
        'mentions',
        0.5,
        denial,
        [`a denial of a setback: ${describe(denial.deny)}`],
        'denied-collapse',
      )
    }
    // A denial more than a year after a claim of talks answers other reports: another episode.
    if (claim.level !== null && claim.level <= 1 && days !== null && days > OLD_TALKS_DAYS) {
      return decide(
        'mentions',
        0.55,
        denial,
        [`a later denial: ${days} days after the claim`],
        'other-episode',
      )
    }
    return decide(
      'contradicts',
      hedged ? 0.7 : 0.8,
      denial,
      [`denial: ${describe(denial.deny)}`],
      'denial',
    )
  }
  // Figures stated after another company, as its subject ("Comcast makes $65 billion bid", "Total
  // va racheter les actifs ... pour 8,8 milliards"), are that company's deal, not the claim's; a
  // company named after the figure ("topping Comcast") is not the one paying.
  // "Humane is seeking to sell itself": a company named in a story of its sale is the buyer, and
  // the sale agreed however late is the outcome of the same search.
  const selfSale = n === 1 && claim.kind === 'divestiture'
  const rivalFree = (g: Signals): boolean => {
    if (selfSale) return true
    const firstFigure = g.sentence.figures.find((f) => !f.background)?.start ?? Infinity
    // "will instead buy 2,186 stores for $5.18bn": the figure of the deal that replaces it.
    if (/\b(?:instead|a la place|plutot)\b/.test(g.sentence.folded)) return false
    return !g.sentence.mentions.some(
      (m) =>
        !m.background &&
        m.authority !== true &&
        !partyIds.includes(m.entity) &&
        m.start < firstFigure,
    )
  }
  const ownDeal = readFigures(
    claim,
    decisiveSignals.filter((g) => (g.kindExact || (n >= 2 && g.genericPrimary)) && rivalFree(g)),
  )
  const setback = collapse ?? pause
  if (setback !== undefined) {
    const cue = setback.collapse ?? setback.block ?? setback.pause ?? setback.shortfall
    if (before) {
      return decide(
        'mentions',
        0.6,
        setback,
        [`an earlier episode ended: ${describe(cue)}`],
        'earlier-collapse',
      )
    }
    // The end of talks or of an offer more than a year after the claim of them: talks are
    // short-lived, so this ends another episode (exclusive negotiations last until a deal).
    if (
      claim.level !== null &&
      claim.level <= 1 &&
      days !== null &&
      days > OLD_TALKS_DAYS &&
      !/\bexclusi/.test(claim.folded) &&
      // A public offer with its terms runs its course (acceptance periods, approvals) for longer.
      !(days <= 2 * OLD_TALKS_DAYS && claim.figures.length > 0 && OFFER_IN_CLAIM.test(claim.folded))
    ) {
      return decide(
        'mentions',
        0.55,
        setback,
        [`a later setback: ${days} days after the claim of talks`],
        'other-episode-setback',
      )
    }
    // A setback whose own sentence carries another price is the end of another episode (a later
    // offer at another price); a shortfall is itself a figure clash, so it is exempt.
    const own = readFigures(claim, rivalFree(setback) ? [setback] : [])
    // Other sentences count when they assert their figure: "aurait proposé de relever son offre à
    // 115 dollars" is talk of the same pursuit, not another deal's price.
    const asserted = readFigures(
      claim,
      decisiveSignals.filter(
        (g) =>
          (g.kindExact || (n >= 2 && g.genericPrimary)) && rivalFree(g) && g.hedge === undefined,
      ),
    )
    // "Hershey rebuffs Mondelez's proposal" against "Mondelez is pursuing Hershey after it rejected
    // its offer": the claim itself recalls that setback.
    // "Hugging Face a décliné l'offre" of a new investor, against a claim of a round already
    // closed: a closed deal is not undone by turning down another one.
    if (cue?.cls === 'rejection' && claim.status === 'closed' && !before) {
      return decide(
        'mentions',
        0.55,
        setback,
        [`a later offer turned down; the claimed deal was already done: ${describe(cue)}`],
        'other-episode-setback',
      )
    }
    if (cue !== undefined && claim.recalledSetbacks.includes(cue.cls)) {
      return decide(
        'mentions',
        0.55,
        setback,
        [`a setback the claim itself recalls: ${describe(cue)}`],
        'other-episode-setback',
      )
    }
    // "IAG renonce une nouvelle fois à Air Europa": the end of a later attempt. A claim recent
    // enough, or whose terms the story gives, is about the attempt that ended.
    const laterAttempt =
      days !== null &&
      days > attemptDays(claim) &&
      !ownDeal.fit &&
      !figures.fit &&
      (setback.newEpisode ||
        (setback.sentence.position !== 'body' && titleSignal?.newEpisode === true))
    if (laterAttempt) {
      return decide(
        'mentions',
        0.55,
        setback,
        [`a later attempt ended: ${describe(cue)}`],
        'other-episode-setback',
      )
    }
    if (setback.shortfall === undefined && ((asserted.clash && !asserted.fit) || own.clash)) {
      return decide(
        'mentions',
        0.55,
        setback,
        [`a setback of another episode: ${describe(cue)}`, figures.note],
        'other-episode-setback',
      )
    }
    return decide(
      'contradicts',
      hedged ? 0.7 : 0.85,
      setback,
      [`the deal is off or on hold: ${describe(cue)}`],
      'collapse',
    )
  }
  // A listed company's market value after its first trades is the market's price, not the IPO's
  // terms: a different figure there is market reaction.
  const marketValue = decisiveSignals.find(
    (g) =>
      g.sentence.figures.some((f) => !f.background && f.unit === 'money') &&
      MARKET_VALUE.test(g.sentence.folded) &&
      !IPO_PRICING.test(g.sentence.folded),
  )
  if (figures.clash && claim.kind === 'ipo' && marketValue !== undefined) {
    return decide(
      'mentions',
      0.6,
      marketValue,
      [figures.note, "a market value after trading began, not the offering's terms"],
      'market',
    )
  }
  if (figures.clash && !ownDeal.clash) {
    return decide(
      'mentions',
      0.55,
      decisiveSignals[0],
      [figures.note, "the figure is stated next to another company: another party's deal"],
      'figure-other',
    )
  }
  if (figures.clash) {
    // A revised offer ("abaisse son offre") names the claim's own deal even with a generic word.
    // "Rumble agrees all-stock deal for Northern Data": a generic deal word with both parties and a
    // deal verb is the claim's own deal too.
    const own = (x: Signals): boolean =>
      x.kindExact ||
      (n >= 2 && x.genericPrimary && x.cueDeal) ||
      (x.revision !== undefined && x.genericPrimary) ||
      (claim.kind === 'investment' && stakeMoved(claim, x))
    // The clashing figure must come with a statement of the deal (a status or a shortfall), not a
    // valuation remark ("X is now worth only half").
    // A holder's stake moving ("lifts its stake to 14%") states the holding anew.
    const states = (x: Signals): boolean =>
      x.level >= 1 ||
      x.shortfall !== undefined ||
      x.revision !== undefined ||
      (claim.kind === 'investment' && stakeMoved(claim, x))
    const g = decisiveSignals.find((x) => own(x) && enoughParties(x)) ?? decisiveSignals[0]
    // Terms that differ within weeks are the same episode re-priced; later, a different figure is
    // another episode (a new round, a new offer) unless the claim is an agreed multi-party deal.
    // A revision ("raises its bid to", "abaisse son offre") says the claim's offer was re-priced,
    // however long after.
    const recent = days !== null && days >= 0 && days <= SAME_EPISODE_DAYS
    const revised = n >= 2 && decisiveSignals.some((x) => x.revision !== undefined)
    // A story naming the round's lead investor within months is about the same round.
    const pinned = namesVoice && days !== null && days >= 0 && days <= SINGLE_PARTY_WINDOW_DAYS
    // Money sought or talked about, then raised or agreed within months: the outcome of those
    // talks ("seeking to raise at $55-60 billion", seven weeks later "raises at $50 billion").
    const outcome =
      claim.level <= 1 &&
      g !== undefined &&
      g.level >= 2 &&
      g.hedge === undefined &&
      days !== null &&
      days >= 0 &&
      days <= OUTCOME_DAYS &&
      rivalFree(g)
    const sameEpisode =
      recent ||
      (days !== null && days >= 0 && recallsAim(claim, story)) ||
      revised ||
      pinned ||
      outcome ||
      // A company lists once: its pricing within the year is the listing the claim planned.
      (claim.kind === 'ipo' && days !== null && days >= 0 && days <= IPO_EPISODE_DAYS) ||
      (n >= 2 && claim.level >= 2) ||
      (selfSale && g !== undefined && g.level >= 2)
    // A contract's value told within weeks ("Nscale's Microsoft contracts worth up to $24 billion")
    // is a term of the contract, stated even without a status word.
    const stated =
      g !== undefined &&
      (states(g) ||
        (recent && g.sentence.figures.some((f) => !f.background && f.meaning === 'contract')))
    if (
      g !== undefined &&
      stated &&
      own(g) &&
      enoughParties(g) &&
      !g.newEpisode &&
      // "IAG makes second attempt at Air Europa" over a lede with the new price, years on.
      !(days !== null && days > attemptDays(claim) && titleSignal?.newEpisode === true) &&
      !before &&
      sameEpisode
    ) {
      return decide('contradicts', 0.6, g, [figures.note], 'figure-clash')
    }
    return decide(
      'mentions',
      0.55,
      g,
      [figures.note, 'another figure: a different episode or not asserted'],
      'figure-other',
    )
  }
  // "X sweetens its bid for Y", "relève son offre": the claimed terms were replaced, even when the
  // story gives no comparable figure (a claim that is itself about the revision excepted).
  const revisedBy = decisiveSignals.find(
    (g) =>
      g.revision !== undefined &&
      PRICE_CHANGE.test(g.revision) &&
      enoughParties(g) &&
      g.sentence.position !== 'body',
  )
  if (
    revisedBy !== undefined &&
    !before &&
    !figures.fit &&
    !readFigures(claim, signals).fit &&
    // The claim states terms: a price, or an exchange ratio or premium ("one new share for every
    // 4.83", "a premium of about 30%"), not only a stake.
    claim.figures.some(
      (f) => f.unit === 'money' || (f.unit !== 'count' && f.meaning !== 'stake'),
    ) &&
    !REVISION.test(claim.folded)
  ) {
    return decide(
      'contradicts',
      0.6,
      revisedBy,
      [`the terms were revised: "${revisedBy.revision ?? ''}"`],
      'revised',
    )
  }
  // A claim of a holding ("now owns", "will hold about 15%") is contradicted when the holder sells
  // it or the stake moves (the state changed).
  const holding =
    claim.status === 'closed' ||
    (claim.level !== null && claim.level >= 2 && claim.figures.some((f) => f.meaning === 'stake'))
  if (claim.kind === 'investment' && holding && !before) {
    // The holder is the seller: named before the sale word with no other company between
    // ("Borse Dubai cède des actions Nasdaq, Thoma Bravo devient premier actionnaire" is not
    // Thoma Bravo selling).
    const sold = signals.find(
      (g) =>
        g.sale &&
        g.saleAsserted &&
        enoughParties(g) &&
        g.partySet.has(partyIds[0] ?? '') &&
        firstPartySells(g, partyIds),
    )
    if (sold !== undefined) {
      return decide(
        'contradicts',
        0.6,
        sold,
        ['the holder sells: the stake changed'],
        'state-changed',
      )
    }
    // "UniCredit raises Commerzbank stake to around 28%", "détient désormais un peu plus de 20 %":
    // the holder's stake moved away from the claimed one.
    const moved = signals.find((g) => enoughParties(g) && stakeMoved(claim, g))
    if (moved !== undefined) {
      return decide(
        'contradicts',
        0.6,
        moved,
        ["the holder's stake moved from the claimed one"],
        'state-changed',
      )
    }
  }
  // A claim about a revised offer ("a relevé son offre à 47 milliards") or an IPO's pricing: a
  // story from before it that states no matching figure reports an earlier stage (the first offer,
  // the filing, the range).
  if (
    before &&
    !figures.fit &&
    (REVISION.test(claim.folded) ||
      RAISED_IN_CLAIM.test(claim.folded) ||
      NEXT_ATTEMPT.test(claim.folded) ||
      (claim.kind === 'ipo' && IPO_PRICING.test(claim.folded)))
  ) {
    return decide(
      'mentions',
      0.6,
      positive ?? signals[0],
      ['an earlier offer than the revised one the claim reports'],
      'earlier-stage',
    )
  }
  const legal = decisiveSignals.find((g) => g.legal !== undefined)
  // "Saint-Gobain puts its entire Sika stake up for sale", "Nasdaq to sell its LSE stake" against
  // a claim that Saint-Gobain or Nasdaq buys: the claimed buyer selling is not its purchase.
  if (
    positive !== undefined &&
    claim.kind === 'acquisition' &&
    n >= 2 &&
    !positive.sentence.kinds.some((k) => k.kind === 'acquisition' && !k.background) &&
    firstPartySells(positive, partyIds)
  ) {
    return decide(
      'mentions',
      0.6,
      positive,
      ['the claimed buyer sells: another deal between the parties'],
      'other-episode',
    )
  }
  // "Mittal Steel makes $22.7 billion hostile bid for Arcelor" against "Arcelor's board has
  // accepted Mittal's offer": a hostile or unsolicited bid launched is not the target's agreement.
  if (
    positive !== undefined &&
    claim.kind === 'acquisition' &&
    claim.level === 2 &&
    storyLevel === 2 &&
    !claim.wording.hostile &&
    HOSTILE.test(positive.sentence.folded)
  ) {
    return decide(
      'mentions',
      0.6,
      positive,
      ['a hostile or unsolicited bid, not an agreed deal'],
      'earlier-stage',
    )
  }
  // "GlobalWafers relève son offre à 145 euros" against a claim of that raised offer: the raise told
  // with the claim's terms is the claim's own event, whatever rung the verb reads as.
  const raiseTold =
    positive !== undefined &&
    positive.revision !== undefined &&
    figures.fit &&
    (REVISION.test(claim.folded) || RAISED_IN_CLAIM.test(claim.folded))
  // "Nasdaq says £2.7 billion LSE offer is final", "L'espagnol propose 48 reais par action" against
  // a claim that the offer was launched: an offer told with the claim's terms, once the claim's
  // offer is out, is that offer.
  const offerTold =
    positive !== undefined &&
    !before &&
    claim.status === 'announced' &&
    OFFER_IN_CLAIM.test(claim.folded) &&
    figures.fit &&
    positive.levelCue !== undefined &&
    OFFER_CUE.test(positive.levelCue.text)
  // "Berkshire Hathaway Energy has agreed to acquire Energy Future Holdings" against a claim that
  // NextEra agreed to buy it: the agreement's subject is another company and the claim's buyer is
  // not in the sentence, so another buyer takes the target.
  const claimBuyer = claim.parties.find((p) => p.role === 'buyer')
  if (
    positive !== undefined &&
    positive.levelCue !== undefined &&
    storyLevel >= 2 &&
    claim.kind === 'acquisition' &&
    claimBuyer !== undefined &&
    !positive.partySet.has(claimBuyer.id) &&
    !positive.sentence.mentions.some((m) => m.entity === claimBuyer.id) &&
    actorOf(positive.sentence, positive.levelCue, partyIds) === 'entity'
  ) {
    return decide(
      before ? 'mentions' : 'contradicts',
      0.6,
      positive,
      [`another company agrees to take the target: ${describe(positive.levelCue)}`],
      before ? 'other-episode' : 'rival-won',
    )
  }
  if (
    positive !== undefined &&
    (storyLevel >= claim.level || raiseTold || offerTold) &&
    !(legal !== undefined && storyLevel < 3)
  ) {
    const window = claim.kind === 'ipo' ? IPO_WINDOW_DAYS : SINGLE_PARTY_WINDOW_DAYS
    // Talks are short-lived: talks reported more than a year before or after a claim of talks were
    // another round of them (DESIGN.md: a clearly separate episode → mentions); a later agreement
    // or closing still confirms them.
    if (
      claim.level !== null &&
      claim.level <= 1 &&
      days !== null &&
      (days < -OLD_TALKS_DAYS || (days > OLD_TALKS_DAYS && storyLevel <= 1))
    ) {
      return decide(
        'mentions',
        0.55,
        positive,
        [`an earlier episode: ${-days} days before the claim`],
        'other-episode',
      )
    }
    // A story naming the claim's lead investor or owner pins the round down, however late.
    if (n === 1 && !namesVoice && days !== null && (days > window || days < -30)) {
      return decide(
        'mentions',
        0.55,
        positive,
        [`another episode: ${Math.abs(days)} days ${days > 0 ? 'after' : 'before'} the claim`],
        'other-episode',
      )
    }
    // "in talks for new funding at $39.5 billion" on the day of the claim of those very terms: the
    // round is new to the company, not to the claim.
    const sameTerms = figures.fit && days !== null && days >= 0 && days <= SAME_EPISODE_DAYS
    // A claim about one term of a deal ("a €5.5 billion special dividend as part of its merger"):
    // news of the deal that does not give the term neither confirms nor refutes it.
    const termGiven = story.sentences.some(
      (x) =>
        x.position !== 'body' &&
        x.figures.some(
          (f) => !f.background && claim.figures.some((c) => compareFigures(c, f) === 'compatible'),
        ),
    )
    if (claim.sideTerm && !termGiven) {
      return decide(
        'mentions',
        0.6,
        positive,
        ['the deal, without the term the claim is about'],
        'figure-other',
      )
    }
    // "Circle fixe le prix de son introduction au-delà de la fourchette" against a claim of the
    // range: the offering was priced outside the claimed terms.
    if (
      positive.revision !== undefined &&
      /\b(?:range|fourchette)\b/.test(positive.revision) &&
      claim.figures.some((f) => f.qualifier === 'range' && f.meaning === 'per-share') &&
      !figures.fit &&
      !before
    ) {
      return decide(
        'contradicts',
        0.6,
        positive,
        [`priced outside the claimed range: "${positive.revision}"`],
        'figure-clash',
      )
    }
    // "Corvina accepts sweetened bid from Hexapod": the deal agreed on revised terms the story does
    // not give; the claim's own terms are neither confirmed nor refuted.
    if (
      positive.revision !== undefined &&
      // (An IPO priced above its range is the pricing itself, not revised terms.)
      !/\b(?:range|fourchette)\b/.test(positive.revision) &&
      claim.figures.length > 0 &&
      !figures.fit &&
      !REVISION.test(claim.folded)
    ) {
      return decide(
        'mentions',
        0.55,
        positive,
        [`agreed on revised terms: "${positive.revision}"`],
        'figure-other',
      )
    }
    // "signed a memorandum of understanding … a definitive agreement is expected" against a claim
    // of the definitive agreement: a preliminary accord, a stage below.
    if (
      DEFINITIVE.test(claim.folded) &&
      !PRELIMINARY.test(claim.folded) &&
      signals.some((g) => g.sentence.position !== 'body' && PRELIMINARY.test(g.sentence.folded))
    ) {
      return decide(
        'mentions',
        0.6,
        positive,
        ['a preliminary accord, below the definitive agreement the claim reports'],
        'earlier-stage',
      )
    }
    if (positive.newEpisode && n === 1 && !sameTerms) {
      return decide('mentions', 0.55, positive, ['another round or episode'], 'other-episode')
    }
    // "Le japonais Daiichi Sankyo met la main sur l'indien Ranbaxy", six years before the claim that
    // Sun buys Ranbaxy from Daiichi: a deal of the target's earlier owner, without the claim's
    // buyer, is not the claim's.
    const buyer = claim.parties.find((p) => p.role === 'buyer')
    if (before && n >= 3 && buyer !== undefined && !story.entities.has(buyer.id)) {
      return decide(
        'mentions',
        0.55,
        positive,
        [`an earlier deal without the claim's buyer (${buyer.name})`],
        'other-episode',
      )
    }
    // "SoftBank met la main sur Graphcore, sans dévoiler le prix": the story says the terms are not
    // known, so it cannot confirm the claim's price.
    const undisclosed = claim.figures.some((f) => f.unit === 'money')
      ? signals.find((g) => g.sentence.position !== 'body' && UNDISCLOSED.test(g.sentence.folded))
      : undefined
    if (undisclosed !== undefined && !figures.fit) {
      return decide(
        'mentions',
        0.6,
        undisclosed,
        ["the deal, with its terms undisclosed: the claim's figures are not confirmed"],
        'figure-other',
      )
    }
    let conf = 0.72
    if (positive.sentence.position === 'title') conf += 0.1
    if (figures.fit) conf += 0.08
    if (hedged && claim.level >= 2) conf -= 0.15
    const stage =
      storyLevel >= 4
        ? 'completed'
        : storyLevel >= 3
          ? 'approved'
          : storyLevel >= 2
            ? 'agreed'
            : 'talks'
    const why = [
      `status ${stage} (${describe(positive.levelCue)}) at or beyond the claim's ${claim.status}`,
    ]
    if (figures.fit) why.push(figures.note)
    return decide('confirms', conf, positive, why, 'status')
  }
  if (legal !== undefined) {
    return decide(
      'mentions',
      0.65,
      legal,
      [`pending legal or regulatory process: ${describe(legal.legal)}`],
      'legal',
    )
  }
  if (positive !== undefined && storyLevel > 0 && storyLevel < claim.level) {
    return decide(
      'mentions',
      0.65,
      positive,
      [`an earlier stage (${describe(positive.levelCue)}) than the claim's ${claim.status}`],
      'earlier-stage',
    )
  }
  return decide(
    'mentions',
    0.55,
    positive ?? signals[0],
    ['about the same deal, without a decisive statement'],
    'no-decisive-cue',
  )
}

function isQuestionLike(g: Signals): boolean {
  return g.sentence.text.trim().endsWith('?')
}

function mention(evidence: string, confidence: number, reasons: string[], rule: string): Decision {
  return {
    verdict: 'mentions',
    confidence: clamp(confidence),
    evidence,
    reasons,
    features: {
      rule,
      inTitle: false,
      hedged: false,
      partiesInSentence: 0,
      figureFit: 'none',
      storyLevel: 0,
    },
  }
}
