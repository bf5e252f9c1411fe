/**
 * Parses a decoded RSS 2.0 / RSS 0.9x / RDF (RSS 1.0) / Atom document with rss-parser, working
 * around its traps (see stack notes §5): a fresh Parser per document, `defaultRSS: 2`, bad Atom
 * dates neutralised before rss-parser calls toISOString on them, and every field checked to be
 * a string (elements with attributes or children come out as objects).
 */
import Parser from 'rss-parser'
import { parseFeedDate } from './normalise.js'

/** One feed entry, every field a trimmed non-empty string or absent. HTML is left as is. */
export interface FeedItem {
  /** RSS guid, else Atom id, else RDF rdf:about. */
  guid?: string
  title?: string
  /** The article link (feedburner:origLink when present, as feedproxy links are redirectors). */
  link?: string
  /** ISO 8601, set by rss-parser when the date parsed. */
  isoDate?: string
  /** The date text as written (pubDate, dc:date, Atom published/updated). */
  pubDate?: string
  /** RSS description or Atom content (HTML). */
  content?: string
  /** rss-parser's plain-text version of `content`. */
  contentSnippet?: string
  /** RSS content:encoded (usually the full article, HTML). */
  contentEncoded?: string
  /** Atom summary (HTML or text). */
  summary?: string
  /** dc:creator / author. */
  creator?: string
  categories: string[]
  /** Language tag of the item (dc:language), else the feed's (<language>, xml:lang). */
  language?: string
}

/** A parsed feed. */
export interface ParsedFeed {
  title?: string
  /** The feed's language tag as written (e.g. 'fr-FR', 'en_US'). */
  language?: string
  items: FeedItem[]
}

/** Outcome of {@link parseFeed}; `error` explains what the document is and what went wrong. */
export type ParseOutcome = { ok: true; feed: ParsedFeed } | { ok: false; error: string }

type RawFeed = Record<string, unknown>
type RawItem = Record<string, unknown>

// rss-parser calls new Date(x).toISOString() on Atom <published>/<updated> without a try, so one
// bad date rejects the whole feed. Rewrite them as ISO 8601 with our more careful date reader, or
// blank them when unreadable: the entry then simply has no date.
const sanitiseAtomDates = (value: string, name: string): string =>
  name === 'published' || name === 'updated' ? (parseFeedDate(value) ?? '') : value

/**
 * Parses a feed document (already decoded to a string).
 *
 * @returns the feed with its items in document order, or a clear error such as
 *   "not a feed: looks like an HTML page" or "malformed XML at line 12, column 3: unclosed root tag".
 *   Never throws.
 */
export async function parseFeed(xml: string): Promise<ParseOutcome> {
  const text = xml.replace(/^\uFEFF/, '')
  const notFeed = sniffNonFeed(text)
  if (notFeed) return { ok: false, error: notFeed }
  // A new Parser per document: xml2js parser instances are not reusable after an error (a failed
  // document can make the next one parse when it should not).
  const parser = new Parser<RawFeed, RawItem>({
    defaultRSS: 2,
    xml2js: { valueProcessors: [sanitiseAtomDates] },
    customFields: {
      feed: ['language'],
      item: ['id', 'feedburner:origLink', 'rdf:about'],
    },
  })
  let raw: Awaited<ReturnType<typeof parser.parseString>>
  try {
    raw = await parser.parseString(protectRawHtml(text))
  } catch (error) {
    return { ok: false, error: describeParseError(error, text) }
  }
  const language = str(raw['language']) ?? rootLanguage(text)
  const items = (raw.items ?? []).map((item) => toFeedItem(item as RawItem, language))
  const title = str(raw.title)
  return {
    ok: true,
    feed: { ...(title ? { title } : {}), ...(language ? { language } : {}), items },
  }
}

function toFeedItem(raw: RawItem, feedLanguage: string | undefined): FeedItem {
  const item: FeedItem = { categories: categoriesOf(raw['categories']) }
  const set = <K extends Exclude<keyof FeedItem, 'categories'>>(
    key: K,
    value: string | undefined,
  ) => {
    if (value !== undefined) item[key] = value
  }
  set('guid', str(raw['guid']) ?? str(raw['id']) ?? str(raw['rdf:about']))
  set('title', str(raw['title']))
  set('link', str(raw['feedburner:origLink']) ?? str(raw['link']))
  set('isoDate', str(raw['isoDate']))
  set('pubDate', dateText(raw['pubDate']) ?? dateText(raw['date']))
  set('content', str(raw['content']))
  set('contentSnippet', str(raw['contentSnippet']))
  set('contentEncoded', str(raw['content:encoded']))
  set('summary', str(raw['summary']))
  set('creator', str(raw['creator']) ?? str(raw['author']))
  set('language', str(raw['language']) ?? feedLanguage)
  return item
}

/**
 * Wraps raw HTML inside RSS <title>/<description> in CDATA. xml2js would otherwise parse it as
 * child elements, and rss-parser keeps only the text outside them, silently losing the words
 * inside <em> (company names, often). Atom is left alone: its xhtml content is legitimately XML.
 * A linear scan with indexOf, not a regex, so a truncated document cannot make it quadratic.
 */
export function protectRawHtml(xml: string): string {
  if (/<feed[\s>]/.test(xml.slice(0, 2048))) return xml
  // Next occurrence of each opening tag, searched again only once passed (keeps the scan linear).
  const next = { title: -1, description: -1 }
  let out = ''
  let from = 0
  for (;;) {
    for (const name of ['title', 'description'] as const) {
      if (next[name] !== Number.POSITIVE_INFINITY && next[name] < from) {
        const found = xml.indexOf(`<${name}>`, from)
        next[name] = found < 0 ? Number.POSITIVE_INFINITY : found
      }
    }
    const name = next.title <= next.description ? 'title' : 'description'
    const index = next[name]
    if (index === Number.POSITIVE_INFINITY) break
    const innerStart = index + name.length + 2
    const close = xml.indexOf(`</${name}>`, innerStart)
    if (close < 0) break
    const inner = xml.slice(innerStart, close)
    const raw = /<[a-zA-Z]/.test(inner) && !inner.includes('<![CDATA[') && !inner.includes(']]>')
    out += raw ? `${xml.slice(from, innerStart)}<![CDATA[${inner}]]>` : xml.slice(from, close)
    out += `</${name}>`
    from = close + name.length + 3
  }
  return out + xml.slice(from)
}

/** A trimmed non-empty string from an xml2js value (string, `{ _: text }`, or a one-element array). */
function str(value: unknown): string | undefined {
  if (Array.isArray(value)) return str(value[0])
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') return value.trim() || undefined
  if (value !== null && typeof value === 'object' && '_' in value)
    return str((value as { _: unknown })._)
  return undefined
}

/**
 * Date text from a field that may be an element: `<pubDate><time datetime="…">…</time></pubDate>`
 * gives an object; the datetime attribute is the machine-readable date.
 */
function dateText(value: unknown): string | undefined {
  const direct = str(value)
  if (direct !== undefined || value === null || typeof value !== 'object') return direct
  const time = (value as Record<string, unknown>)['time']
  const first: unknown = Array.isArray(time) ? time[0] : time
  if (first !== null && typeof first === 'object') {
    const attrs = (first as Record<string, unknown>)['$']
    if (attrs !== null && typeof attrs === 'object') {
      const datetime = str((attrs as Record<string, unknown>)['datetime'])
      if (datetime) return datetime
    }
    return str(first)
  }
  return undefined
}

function categoriesOf(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((c) => {
    const name = str(c) ?? str((c as { $?: { term?: unknown } } | null)?.$?.term)
    return name ? [name] : []
  })
}

/** xml:lang on the root or channel element (Atom feeds carry their language there). */
function rootLanguage(text: string): string | undefined {
  const head = text.slice(0, 4096)
  return (
    /<(?:feed|rss|channel|rdf:RDF)\b[^>]*?\bxml:lang\s*=\s*["']([^"']+)["']/i
      .exec(head)?.[1]
      ?.trim() || undefined
  )
}

/** Recognises documents that are certainly not feeds, before the XML parser gives a vaguer error. */
function sniffNonFeed(text: string): string | undefined {
  const start = text.trimStart()
  if (start === '') return 'empty document: expected an RSS or Atom feed'
  if (start.startsWith('{') || start.startsWith('['))
    return 'not a feed: looks like JSON (expected RSS or Atom XML)'
  const afterProlog = start.replace(/^(<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*)*/, '')
  if (/^<(!doctype\s+html|html|head|body)\b/i.test(afterProlog))
    return 'not a feed: looks like an HTML page (the URL may point to a web page, or the server answered with an error page)'
  if (!start.startsWith('<'))
    return `not a feed: the document does not start with XML (starts with "${start.slice(0, 40)}")`
  return undefined
}

function describeParseError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error)
  // sax/xml2js: "Unclosed root tag\nLine: 5\nColumn: 3\nChar: ", with 0-based lines.
  const position = /\nLine:\s*(\d+)\s*\nColumn:\s*(\d+)/.exec(message)
  const first = (message.split('\n')[0] ?? message).replace(/\.$/, '')
  if (position) {
    const line = Number(position[1]) + 1
    return `malformed XML at line ${line}, column ${position[2]}: ${first.charAt(0).toLowerCase()}${first.slice(1)}`
  }
  if (/not recognized as RSS/i.test(message)) {
    const root =
      /^(?:\s*<\?[\s\S]*?\?>|\s*<!--[\s\S]*?-->|\s*<!DOCTYPE[^>]*>)*\s*<([\w:.-]+)/i.exec(text)?.[1]
    return `not a feed: the root element is <${root ?? '?'}>, expected <rss>, <feed> or <rdf:RDF>`
  }
  if (/Unable to parse XML/i.test(message)) return 'malformed XML: no root element found'
  return `cannot parse the feed: ${first}`
}
