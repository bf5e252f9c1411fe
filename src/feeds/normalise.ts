/**
 * Pure normalisation of feed items into stories: HTML to plain text, canonical URLs, stable ids,
 * dates and language. No I/O and no clock; node:crypto only hashes.
 */
import { createHash } from 'node:crypto'
import { decode } from 'html-entities'
import type { Lang, Story } from '../domain.js'
import type { FeedItem } from './parse-feed.js'

/** A story as the feed stage produces it: the analysis' Story plus what storage needs. */
export interface FeedStory extends Story {
  /** The item's guid / Atom id, else its canonical link, else `hash:` + a hash of title and date. */
  guid: string
  /** The link normalised for cross-outlet de-duplication ('' when the item has no link). */
  canonicalUrl: string
}

/** The feed an item came from, as toStory needs it. */
export interface StoryFeed {
  /** Stable feed id; part of every story id. */
  id: string
  /** The configured language; overrides what the feed declares. */
  lang?: Lang | undefined
  /** The feed URL, used to resolve relative links. May be a file path (then links stay as written). */
  url: string
}

/** Summaries are cut near this many characters, on a word boundary. */
export const SUMMARY_MAX_CHARS = 1000

/**
 * Turns a feed item into a story, or null when it has neither a title nor a link.
 * Deterministic: the same item from the same feed always gives the same story (and id).
 */
export function toStory(item: FeedItem, feed: StoryFeed): FeedStory | null {
  const title = htmlToText(headOf(item.title ?? '', MAX_TITLE_HTML))
  const url = articleUrl(item, feed.url)
  if (title === '' && url === '') return null
  const canonical = url === '' ? '' : canonicalUrl(url)
  // The raw date first: rss-parser's isoDate comes from V8's lenient parser, which misreads
  // some French dates ("mar. 10 2025", a Tuesday, becomes 10 March).
  const published = parseFeedDate(item.pubDate) ?? parseFeedDate(item.isoDate)
  const guid =
    item.guid ?? (canonical || `hash:${sha256(`${title}\n${item.pubDate ?? ''}`).slice(0, 32)}`)
  const lang = feed.lang ?? languageFromTag(item.language)
  const story: FeedStory = {
    id: sha256(`${feed.id}\n${guid}`).slice(0, 16),
    title,
    summary: summaryOf(item, title),
    url,
    published,
    guid,
    canonicalUrl: canonical,
  }
  if (lang) story.lang = lang
  return story
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/** The item's link made absolute; a guid that is an http(s) URL when there is no link. */
function articleUrl(item: FeedItem, feedUrl: string): string {
  const link = item.link ?? (item.guid && /^https?:\/\//i.test(item.guid) ? item.guid : undefined)
  if (!link) return ''
  try {
    return new URL(link, /^https?:\/\//i.test(feedUrl) ? feedUrl : undefined).href
  } catch {
    return link
  }
}

function summaryOf(item: FeedItem, title: string): string {
  // The description is usually the lede (what the analysis weighs most); content:encoded is
  // usually the whole article, so it comes after.
  for (const html of [item.content, item.contentEncoded, item.summary, item.contentSnippet]) {
    if (!html) continue
    const text = htmlToText(headOf(html, MAX_SUMMARY_HTML))
    if (text !== '' && text !== title) return cutAtWord(text, SUMMARY_MAX_CHARS)
  }
  return ''
}

// Only the start of a field is converted: a summary keeps ~1000 characters, and bounding the
// input bounds the cost of the tag regexes on hostile or huge HTML (full articles, inline images).
const MAX_TITLE_HTML = 4_000
const MAX_SUMMARY_HTML = 40_000

/** The first `max` characters of an HTML string, without a tag cut in half at the end. */
function headOf(html: string, max: number): string {
  return html.length <= max ? html : html.slice(0, max).replace(/<[^>]*$/, '')
}

/**
 * Cuts `text` to at most about `max` characters, at the last word boundary, adding '…' when cut.
 * Text no longer than `max` is returned unchanged.
 */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text
  const head = text.slice(0, max)
  const space = head.lastIndexOf(' ')
  // A single huge "word" (a URL) is cut hard rather than dropped.
  const cut = space > max * 0.6 ? head.slice(0, space) : head
  return `${cut.replace(/[\s,;:.\-–—]+$/, '')}…`
}

// Elements whose content is never readable text.
const DROPPED = /<(script|style|noscript|template|svg|iframe|object)\b[^>]*>[\s\S]*?<\/\1\s*>/gi
// Elements that separate text: replaced by a space so words on both sides do not stick together.
const BLOCK =
  /<\/?(?:p|br|div|li|ul|ol|dl|dt|dd|h[1-6]|tr|td|th|table|thead|tbody|blockquote|section|article|header|footer|aside|nav|figure|figcaption|hr|img|pre|address|center|form|fieldset)\b[^>]*>/gi
const TAG = /<\/?[a-zA-Z][^<>]*>|<!--[\s\S]*?-->|<!\[CDATA\[|\]\]>/g
const LOOKS_LIKE_MARKUP = /<\/?(?:p|br|a|div|span|img|em|strong|b|i|ul|li|h[1-6])\b[^<>]*>/i

/**
 * Plain text of an HTML fragment: scripts/styles dropped, tags stripped (the text inside inline
 * tags such as <a>, <em>, <b> is kept), entities decoded, C1 control characters read as
 * windows-1252, whitespace (incl. no-break spaces) collapsed to single spaces, trimmed.
 * Double-escaped HTML (`&lt;p&gt;`) is unwrapped once more.
 */
export function htmlToText(html: string): string {
  let text = stripTags(html)
  text = decode(text, { level: 'html5' })
  if (LOOKS_LIKE_MARKUP.test(text)) text = decode(stripTags(text), { level: 'html5' })
  return text
    .replace(/[\u0080-\u009f]/g, (c) => C1_AS_WINDOWS_1252[c.charCodeAt(0) - 0x80] ?? '')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .trim()
}

function stripTags(html: string): string {
  return html.replace(DROPPED, ' ').replace(BLOCK, ' ').replace(TAG, '')
}

// Text that went through a windows-1252 → Latin-1 mix-up carries C1 controls (U+0080-U+009F)
// where typographic characters were meant ("don\u0092t"). Index = code point - 0x80.
const C1_AS_WINDOWS_1252 = [
  '€',
  '',
  '‚',
  'ƒ',
  '„',
  '…',
  '†',
  '‡',
  'ˆ',
  '‰',
  'Š',
  '‹',
  'Œ',
  '',
  'Ž',
  '',
  '',
  '‘',
  '’',
  '“',
  '”',
  '•',
  '–',
  '—',
  '˜',
  '™',
  'š',
  '›',
  'œ',
  '',
  'ž',
  'Ÿ',
]

// Query parameters that only track the click, never select content.
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'xtor',
  'cmp',
  'ocid',
  'ito',
  'ref_src',
  'ncid',
  'sr_share',
  'guccounter',
  'guce_referrer',
  'guce_referrer_sig',
  'cmpid',
  'taid',
  'feature',
])
const TRACKING_PREFIXES = ['utm_', 'at_', 'ns_', 'pk_', 'mtm_', 'hsa_', 'oly_']

/**
 * Canonical form of an article URL, for finding the same story across feeds: lowercase host
 * (the URL parser also lowercases the scheme and drops a default port), no fragment, no tracking
 * parameters (utm_*, fbclid, gclid, xtor, at_*, ...); other parameters kept in their order.
 * A string that is not an absolute URL is returned trimmed, unchanged otherwise.
 */
export function canonicalUrl(url: string): string {
  let parsed: URL
  try {
    parsed = new URL(url.trim())
  } catch {
    return url.trim()
  }
  parsed.hash = ''
  // Filter the raw query so kept parameters keep their exact encoding (URLSearchParams would
  // rewrite %20 as +).
  const kept = parsed.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !isTrackingParam(safeDecode(pair.split('=')[0] ?? '')))
  parsed.search = kept.length > 0 ? `?${kept.join('&')}` : ''
  return parsed.href
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '))
  } catch {
    return text
  }
}

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase()
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix))
}

/**
 * The Lang of a language tag: 'en', 'en-GB', 'en_US', 'EN' → 'en'; 'fr', 'fr-FR', 'fr_CA' → 'fr';
 * also the names 'english', 'french', 'français'. Anything else (or nothing) → undefined.
 */
export function languageFromTag(tag?: string): Lang | undefined {
  const lower = tag?.trim().toLowerCase()
  if (!lower) return undefined
  const primary = lower.split(/[-_\s]/)[0]
  if (primary === 'en' || primary === 'eng' || primary === 'english') return 'en'
  if (
    primary === 'fr' ||
    primary === 'fre' ||
    primary === 'fra' ||
    primary === 'french' ||
    primary === 'français' ||
    primary === 'francais'
  ) {
    return 'fr'
  }
  return undefined
}

// Zone names that V8's Date parser does not know but feeds use.
const ZONES: Record<string, string> = {
  CET: '+0100',
  CEST: '+0200',
  MET: '+0100',
  MEST: '+0200',
  BST: '+0100',
  IST: '+0100',
  WET: '+0000',
  WEST: '+0100',
  EET: '+0200',
  EEST: '+0300',
  HNE: '-0500',
  HAE: '-0400',
  AEST: '+1000',
  AEDT: '+1100',
  JST: '+0900',
  HKT: '+0800',
  SGT: '+0800',
  KST: '+0900',
}
// French and Portuguese month names, as in "10 juin 2003" / "24 Set 2018".
const MONTHS: [RegExp, string][] = [
  [/^janv?(ier)?\.?$|^jan(eiro)?$/, 'Jan'],
  [/^f[ée]vr?(ier)?\.?$|^fev(ereiro)?$/, 'Feb'],
  [/^mars$|^mar[çc]o$/, 'Mar'],
  [/^avr(il)?\.?$|^abr(il)?$/, 'Apr'],
  [/^mai$|^mai[o]?$/, 'May'],
  [/^juin$|^jun(ho)?$/, 'Jun'],
  [/^juil(let)?\.?$|^jul(ho)?$/, 'Jul'],
  [/^ao[ûu]t?$|^ago(sto)?$/, 'Aug'],
  [/^sept?(embre)?\.?$|^set(embro)?$/, 'Sep'],
  [/^oct(obre)?\.?$|^out(ubro)?$/, 'Oct'],
  [/^nov(embre)?\.?$|^nov(embro)?$/, 'Nov'],
  [/^d[ée]c(embre)?\.?$|^dez(embro)?$/, 'Dec'],
]

/**
 * ISO 8601 instant of a feed date, or null when it cannot be read. Beyond what Date.parse takes
 * (RFC 822, ISO 8601, 'EST'), it reads zone names such as CEST/BST, French and Portuguese day and
 * month names ("mar., 10 juin 2003 14:00:00 +0200") and "22.11.2022 12:16:00" (day first, UTC).
 */
export function parseFeedDate(text: string | undefined): string | null {
  const raw = text?.trim()
  if (!raw) return null
  // ISO 8601 goes straight to the parser.
  if (/^\d{4}-\d{2}-\d{2}/.test(raw)) return validInstant(Date.parse(raw))
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(raw)
  if (dotted) {
    const [, d, m, y, hh = '0', mm = '0', ss = '0'] = dotted
    return validInstant(
      Date.UTC(Number(y), Number(m) - 1, Number(d), Number(hh), Number(mm), Number(ss)),
    )
  }
  // V8 gives NaN for most French and Portuguese dates, and reads any word starting with an
  // English month's 3 letters as that month ("mar. 10 2025", a Tuesday, becomes 10 March): drop
  // day names and unknown words, translate months and zone names, and only then parse.
  const words = raw
    .replace(/,/g, ' ')
    .split(/\s+/)
    .filter(
      (word) =>
        !/^[a-zà-ÿ]{2,}\.?$/i.test(word) ||
        KEPT_WORDS.test(word) ||
        MONTH_WORD.test(word) ||
        monthOf(word) !== undefined ||
        ZONES[word.toUpperCase()] !== undefined,
    )
    .map((word) => monthOf(word) ?? ZONES[word.toUpperCase()] ?? word)
  // "mar" beside another month name is the French Tuesday, not March.
  const months = words.filter((word) => MONTH_WORD.test(word))
  const kept = months.length > 1 ? words.filter((word) => !/^mar$/i.test(word)) : words
  return validInstant(Date.parse(kept.join(' ')))
}

const KEPT_WORDS = /^(gmt|utc|ut|[ecmp][sd]t|am|pm)$/i

const MONTH_WORD =
  /^(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)$/i

function monthOf(word: string): string | undefined {
  const lower = word.toLowerCase()
  return MONTHS.find(([pattern]) => pattern.test(lower))?.[1]
}

function validInstant(ms: number): string | null {
  return Number.isNaN(ms) ? null : new Date(ms).toISOString()
}
