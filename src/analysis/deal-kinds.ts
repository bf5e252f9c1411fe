/**
 * Deal vocabulary (English + French) as data: which kind of deal a sentence talks about.
 * Same entry syntax as cues.ts ("word*" = any ending; spaces = any run of spaces/hyphens/apostrophes).
 */
import type { Token } from './folded.js'
import { compilePhrases, matchPhrases } from './phrases.js'

/** Deal kinds, in the priority used to pick a claim's primary kind (most specific first). */
export const DEAL_KINDS = [
  'ipo',
  'divestiture',
  'acquisition',
  'supply',
  'investment',
  'partnership',
  'deal',
] as const
export type DealKind = (typeof DEAL_KINDS)[number]

// Lexicons are data, one class a block: kept compact rather than one word a line.
// prettier-ignore
export const KIND_LEXICON: Readonly<Record<DealKind, readonly string[]>> = {
  ipo: [
    'ipo', 'ipos', 'initial public offering', 'public offering', 'go public', 'goes public',
    'went public', 'going public', 'listing', 'nasdaq', 'nyse', 'introduction en bourse',
    'entree en bourse', 'cotation', 'en bourse', 'public debut', 'stock market debut',
    'trading debut', 'market debut', 'debut a wall street', 'debuts a wall street',
    'debuts en bourse', 'debut en bourse', 'premiere seance', 'premier jour de cotation',
    'first day of trading', 'first trading day', 'to list', 'flotation', "s'introduire",
    'son introduction', "prix d'introduction", "prix de l'introduction",
    // Pricing the offering: "prices its shares", "a fixé le prix de ses actions", "fourchette".
    'price range', 'prices its shares', 'priced its shares', 'prices shares', 'priced shares',
    'prix de ses actions', 'prix de ses titres', 'fixe son prix', 'fixant son prix',
    'fixe une fourchette', 'fixant une fourchette', 'fourchette indicative', 'fourchette de prix',
    // Going public by merging with a listed shell: "SPAC merger", "blank-check company".
    'spac', 'spacs', 'spac merger', 'spac deal', 'blank check', 'special purpose acquisition',
  ],
  divestiture: [
    'sell', 'sells', 'selling', 'sold', 'sale', 'divest*', 'spin off', 'spins off', 'spin-off',
    'stores', 'magasins', 'ceder', 'cede', 'cedera', 'cession', 'vendre', 'vend', 'vendra',
    // "la vente de son réseau fixe", "mise en vente" (not "les ventes", revenue)
    'vente de', "vente d'", 'mise en vente',
    // A demerger: "spin off", "scission", "carve-out".
    'scission', 'demerg*', 'carve out', 'carve-out', 'carves out', 'carved out',
    'vendu*', 'cedant', 'cedent', 'a cede', 'ont cede', 'sortis du capital', 'sorti du capital',
    'sort du capital', 'sortent du capital', 'exits its stake', 'exited its stake', 'exit its stake',
    'no longer holds', 'no longer owns', 'ne detient plus', 'ne possede plus',
  ],
  acquisition: [
    'buy', 'buys', 'buying', 'bought', 'buyer', 'acquir*', 'acquisition*', 'takeover*',
    'offer', 'offers', 'bid', 'bids', 'bidding', 'bidder', 'bidders', 'outbid*', 'take over', 'takes over', 'took over', 'taken over', 'taking over', 'raise* offer', 'raise* its offer', 'raise* bid',
    'raise* its bid', 'sweeten*', 'relev* son offre', "relev* l'offre", 'buyout*', 'purchase*', 'merger*', 'merge*', 'merging',
    'take private', 'rachat*', 'rachet*', 'racheter', 'achat', 'acquerir', 'acquiert', "s'emparer",
    "s'empare",
    'fusion*', 'fusionn*', 'opa', 'offre publique', "s'offr*", 'reprise', 'reprendre',
    'rapprochement', 'mainmise', "s'empar*", 'mariage', 'snap* up', 'swallow*', 'rafle', 'a rafle', 'avale', 'a avale', 'croque', 'a croque',
    "s'adjug*", 'scoop* up', 'gobbl* up', 'prise de controle', 'prendre le controle', 'prend le controle',
    // Absorbing the target, a marriage, a change of flag.
    'absorb*', 'sous pavillon', 'sous le pavillon', 'dans le giron', "dans l'escarcelle",
    'tie the knot', 'ties the knot', 'se marient', 'convol*',
    'takes control', 'took control', 'take control', 'squeeze out', 'squeeze-out',
    'retrait obligatoire', 'combine', 'combines', 'combining', 'combination', 'joint venture',
    'joint-venture', 'coentreprise', 'co-entreprise', 'reunir leurs', 'regrouper leurs', 'sous le controle', 'overpay*', 'overpaid', 'surpaye*',
  ],
  supply: [
    'contract*', 'hosting', 'host', 'hosts', 'cloud', 'compute', 'computing', 'capacity',
    'data center*', 'data centre*', 'datacenter*', 'infrastructure', 'contrat*', 'heberge*',
    'hebergement', 'calcul', 'chip', 'chips', 'puce*', 'processor*', 'processeur*', 'gpu*',
    // Power for data centres: "to buy the power from X's reactor", "acheter l'électricité de".
    'power purchase agreement*', 'power purchase deal*', 'ppa', 'ppas', 'electricity', 'electricite',
    'the power', 'its power', 'nuclear power', 'power supply', 'the output', 'its output',
    "contrat d'achat d'electricite", 'energie nucleaire',
    'accelerator*', 'supply', 'supplies', 'streaming', 'services cloud',
    // Renting capacity or chips: "renting cloud servers", "louer des puces".
    'renting', 'rents', 'rented', 'louer', 'louerait', 'loueraient', 'location de',
    'centre* de donnees', 'centre* de calcul', 'capacite* de calcul', 'puissance de calcul',
    'distribution agreement*', 'distribution deal*', 'supply agreement*', 'supply deal*',
    'accord* de distribution', 'contrat* de distribution', "accord* d'approvisionnement",
  ],
  investment: [
    'invest*', 'stake*', 'funding', 'fundrais*', 'fund raising', 'raise', 'raises', 'raised',
    'raising', 'round', 'series', 'serie', 'tour de financement', 'participation*', 'capital', 'investi*', 'injecte*', 'lever',
    'leve', 'levee', 'levees', 'levera', 'leverait', 'leveraient', 'tour de table', 'financement', 'valuation*', 'valorisation*', 'owns', 'own', 'holds', 'detient', 'detenir', 'detenu*', 'equity', 'its position in', 'sa position dans', 'a position in', 'une position dans',
  ],
  partnership: [
    'partner*', 'partenaire*', 'partenariat*', 'alliance', 'tie-up', 'tie up', 'collaborat*',
    // "Vivendi s'allie à Vodafone": an alliance ("s'associe", "unissent leurs forces" may be a
    // merger).
    "s'allie", "s'allient",
    'licen*', 'co-develop*', 'codevelop*', 'exclusiv*', 'exclusif*', 'droits exclusifs',
  ],
  deal: [
    'deal', 'deals', 'accord', 'accords', 'operation', 'transaction', 'agreement', 'offre', 'pact',
    'entente', 'pursuit', 'talks', 'negotiation*', 'negociation*', 'discussions',
    'pourparlers', 'tractations',
    // Paying names a deal without saying which kind (a purchase, a licence, a settlement).
    'will pay', 'to pay', 'agreed to pay', 'is paying', 'paiera', 'va payer', 'debourse*',
  ],
}

const KIND_MATCHER = compilePhrases(DEAL_KINDS, KIND_LEXICON)

/** One deal-kind word found in a folded text. */
export interface KindHit {
  kind: DealKind
  start: number
  end: number
}

/**
 * A press verb of a takeover used as an idiom ("rafle la mise", "avale la pilule", "croque la
 * vie"): the object is no company. `end` is the verb's end in the folded text.
 */
const PRESS_VERB = /^(?:a )?(?:rafle|avale|croque)$/
const IDIOM_OBJECT =
  /^\s+(?:la mise|le pactole|le jackpot|la palme|les honneurs|la pilule|la couleuvre|des parts|tout)\b/
export function pressIdiom(folded: string, start: number, end: number): boolean {
  return PRESS_VERB.test(folded.slice(start, end)) && IDIOM_OBJECT.test(folded.slice(end, end + 20))
}

/**
 * Exclusivity of a negotiation ("exclusive talks", "en négociations exclusives", "négocie en
 * exclusivité"), not an exclusive partnership or licence.
 */
const EXCLUSIVE_TALKS_AFTER = /^\w*\s+(?:talks|negotiations?|discussions?|negociations?)\b/
const EXCLUSIVE_TALKS_BEFORE =
  /\b(?:talks|negotiations?|discussions?|negociations?|pourparlers|negocie\w*|discute\w*)\s+(?:en\s+)?$/
function exclusiveTalks(folded: string, start: number, end: number): boolean {
  if (!folded.startsWith('exclusi', start)) return false
  return (
    EXCLUSIVE_TALKS_AFTER.test(folded.slice(end, end + 30)) ||
    EXCLUSIVE_TALKS_BEFORE.test(folded.slice(Math.max(0, start - 30), start))
  )
}

/**
 * Taking a company off the market is a takeover: "take Dell private", "goes private", "delisting",
 * "retirer de la cote", "quitter la Bourse" (the hit is the verb, so negation and tense read as
 * for any deal word).
 */
const TAKE_PRIVATE =
  /\b(?:(?:take|takes|taking|taken|took)(?:\s+[\w'&.-]+){1,4}?\s+private|(?:go|goes|going|went|gone)\s+private|delist\w*|(?:retrait|retirer|retire\w*|sortie|sortir|sort|quitte\w*|quitter)\s+(?:(?:de\s+)?la\s+(?:cote|bourse)|de\s+(?:la\s+)?cote))\b/g

/**
 * Money put into a company is an investment, whatever the verb: "putting close to €300 million
 * into", "pumps $2bn into", "backs €300 million lab", "apportent 300 millions d'euros", "financé à
 * hauteur de", "300 millions apportés par". The hit is the verb. The first three, active verbs, also
 * state the investment (cues.ts).
 */
const MONEY = String.raw`(?:[$€£¥]\s?\d[\d.,]*|\d[\d.,  ]*\s*(?:[$€£¥]|(?:billion|million|trillion|bn|milliards?|millions?)\b))`
export const MONEY_IN: readonly RegExp[] = [
  new RegExp(
    String.raw`\b(?:put|puts|putting|pours?|poured|pouring|pumps?|pumped|pumping|ploughs?|ploughed|ploughing|plows?|plowed|plowing|funnel\w*|inject(?:s|ed|ing)?)\s+(?:[\w'.,-]+\s+){0,3}?${MONEY}[^.;:]{0,40}?\binto\b`,
    'g',
  ),
  new RegExp(String.raw`\b(?:backs|backing)\s+(?:[\w'.,-]+\s+){0,2}?${MONEY}`, 'g'),
  new RegExp(
    String.raw`\b(?:apportent|apporte|injecte\w*)\s+(?:[\w'.,-]+\s+){0,3}?${MONEY}[^.;:]{0,40}?\b(?:pour creer|dans|au capital)\b`,
    'g',
  ),
  /\b(?:financ|dot)(?:e|es|ee|ees|ent|era|eront)\s+a hauteur de\b/g,
  /\bapporte(?:e|s|es)? par\b/g,
]

/**
 * Goods sold somewhere, not a company sold: "iPhones sold in mainland China", "les voitures vendues
 * en Europe" (but "was sold in a $2bn deal", "sold in 2015 to", "vendu à").
 */
const SOLD_PLACE_AFTER =
  /^\s+(?:in|across|through|via|en|dans)\s+(?!(?:19|20)\d\d\b|an?\s|the\s+(?:deal|transaction|sale)|un\s|une\s|le cadre)/
const AUXILIARY_BEFORE =
  /\b(?:was|were|been|be|is|are|being|has|had|have|est|sont|ete|etre|sera|seront|a|ont)\s+$/
function productSold(folded: string, start: number, end: number): boolean {
  return (
    (/^(?:sold|vendu(?:e|s|es)?)$/.test(folded.slice(start, end)) &&
      SOLD_PLACE_AFTER.test(folded.slice(end, end + 30)) &&
      !AUXILIARY_BEFORE.test(folded.slice(Math.max(0, start - 12), start))) ||
    soldToCustomers(folded, end)
  )
}

/** "more to sell to data-centre customers", "vendre aux clients": goods sold to customers. */
const TO_CUSTOMERS =
  /^\s+(?:to|a|aux)\s+(?:(?:its|their|the|ses|leurs|des|les)\s+)?(?:[\w-]+\s+){0,2}?(?:customers|clients|consumers|consommateurs|users|utilisateurs|utilities|households|menages|hyperscalers)\b/
export function soldToCustomers(folded: string, end: number): boolean {
  return TO_CUSTOMERS.test(folded.slice(end, end + 60))
}

/** "raises its forecast", "raised concerns", "relève ses prévisions": no money raised. */
const RAISED_OTHER =
  /^\s+(?:(?:its|their|the|his|her|annual|full-year|quarterly|ses|son|sa|leurs?)\s+)*(?:forecasts?|outlook|guidance|prices?|price target|dividends?|estimates?|expectations|concerns?|questions?|doubts?|fears?|eyebrows|alarm|hopes?|rates?|wages|prevision\w*|objectifs?|perspectives|inquietudes?|craintes?|doutes?|questions?)\b/
export function raisedOther(folded: string, start: number, end: number): boolean {
  return (
    /^(?:rais(?:e|es|ed|ing)|releve\w*|relev\w*)$/.test(folded.slice(start, end)) &&
    RAISED_OTHER.test(folded.slice(end, end + 40))
  )
}

/**
 * Each match of the patterns in a folded text, as the span of its first word (the verb: negation
 * and tense are read there, as for any cue) and the length of the whole match.
 */
export function leadWords(
  folded: string,
  patterns: readonly RegExp[],
): { start: number; end: number; length: number }[] {
  return patterns.flatMap((re) =>
    [...folded.matchAll(re)].map((m) => ({
      start: m.index,
      end: m.index + (/^\S+/.exec(m[0])?.[0].length ?? m[0].length),
      length: m[0].length,
    })),
  )
}

/** Deal-kind words of a folded text (foldSameLength), left to right. */
export function findKinds(folded: string, tokens?: readonly Token[]): KindHit[] {
  let hits: KindHit[] = matchPhrases(KIND_MATCHER, folded, tokens)
    .filter(
      (h) =>
        !pressIdiom(folded, h.start, h.end) &&
        !exclusiveTalks(folded, h.start, h.end) &&
        !productSold(folded, h.start, h.end) &&
        !raisedOther(folded, h.start, h.end),
    )
    .map((h) => ({ kind: h.cls, start: h.start, end: h.end }))
  if (/\d/.test(folded) || folded.includes('apporte')) {
    for (const v of leadWords(folded, MONEY_IN)) {
      if (!hits.some((h) => h.start <= v.start && h.end > v.start))
        hits.push({ kind: 'investment', start: v.start, end: v.end })
    }
  }
  if (/private|delist|cote|bourse/.test(folded)) {
    for (const v of leadWords(folded, [TAKE_PRIVATE])) {
      hits = hits.filter((h) => !(h.start < v.start + v.length && h.end > v.start))
      hits.push({ kind: 'acquisition', start: v.start, end: v.end })
    }
  }
  return hits.sort((a, b) => a.start - b.start)
}

/**
 * Whether a story's deal kind can be the deal of a claim of kind `claimKind`. A sale seen from the
 * seller's side is the buyer's acquisition, so an acquisition claim accepts divestiture words; a
 * divestiture claim (selling stores to a third party) needs sale words. Investment and partnership
 * vocabularies often describe the same strategic deal ("invests as part of a partnership").
 */
export function kindsCompatible(claimKind: DealKind, storyKind: DealKind): boolean {
  if (claimKind === storyKind) return true
  if (claimKind === 'acquisition' && storyKind === 'divestiture') return true
  if (claimKind === 'investment' && storyKind === 'partnership') return true
  // A holder selling its stake is news about the holding.
  if (claimKind === 'investment' && storyKind === 'divestiture') return true
  if (claimKind === 'partnership' && storyKind === 'supply') return true
  return false
}
