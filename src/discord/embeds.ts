/**
 * The alert embed, pure: verdict colour and icon, the claim as title, the quoted evidence, the
 * outlet and link, the published time, the confidence, the claim's standing and the number of
 * other outlets. Every text is cut to Discord's limits with "…", so a long quote or odd characters
 * never make Discord refuse the message.
 */
import type { APIEmbed, APIEmbedField } from 'discord.js'
import type { Alert, StandingCounts } from '../alerts/alert.js'
import type { AlertVerdict, Lang } from '../domain.js'

/** Discord's embed limits (characters). */
export const EMBED_LIMITS = {
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  fields: 25,
  total: 6000,
  url: 2048,
} as const

export const VERDICT_STYLE: Record<AlertVerdict, { colour: number; icon: string }> = {
  confirms: { colour: 0x2ecc71, icon: '✅' },
  contradicts: { colour: 0xe74c3c, icon: '❌' },
}

interface Strings {
  verdict: Record<AlertVerdict, string>
  source: string
  published: string
  unknownDate: string
  confidence: string
  standing: string
  standingText: (s: StandingCounts) => string
  otherOutlets: string
  outletsText: (extra: number, names: readonly string[]) => string
  footer: (claimId: string) => string
}

const STRINGS: Record<Lang, Strings> = {
  en: {
    verdict: { confirms: 'CONFIRMS', contradicts: 'CONTRADICTS' },
    source: 'Source',
    published: 'Published',
    unknownDate: 'unknown',
    confidence: 'Confidence',
    standing: 'Standing',
    standingText: (s) =>
      `confirmed by ${plural(s.confirms, 'outlet')}, contradicted by ${plural(s.contradicts, 'outlet')}` +
      (s.mentions > 0 ? `, mentioned by ${plural(s.mentions, 'outlet')}` : ''),
    otherOutlets: 'Also reported by',
    outletsText: (extra, names) =>
      `+${plural(extra, 'outlet')}` + (names.length ? `: ${names.join(', ')}` : ''),
    footer: (id) => `dealwatch · claim ${id}`,
  },
  fr: {
    verdict: { confirms: 'CONFIRME', contradicts: 'CONTREDIT' },
    source: 'Source',
    published: 'Publié',
    unknownDate: 'inconnue',
    confidence: 'Confiance',
    standing: 'État',
    standingText: (s) =>
      `confirmée par ${plural(s.confirms, 'média', 'médias')}, contredite par ${plural(s.contradicts, 'média', 'médias')}` +
      (s.mentions > 0 ? `, mentionnée par ${plural(s.mentions, 'média', 'médias')}` : ''),
    otherOutlets: 'Aussi rapporté par',
    outletsText: (extra, names) =>
      `+${plural(extra, 'média', 'médias')}` + (names.length ? ` : ${names.join(', ')}` : ''),
    footer: (id) => `dealwatch · affirmation ${id}`,
  },
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/**
 * Cuts `text` to at most `max` UTF-16 units (Discord counts no more than that), ending with "…"
 * when cut, never splitting a surrogate pair. Whitespace runs are kept.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  if (max <= 0) return ''
  let cut = max - 1
  const last = text.charCodeAt(cut - 1)
  if (last >= 0xd800 && last <= 0xdbff) cut-- // a high surrogate without its pair
  return text.slice(0, cut) + '…'
}

/** The URL if Discord would accept it as a link (http/https, within the length limit). */
export function safeUrl(url: string): string | undefined {
  if (url.length > EMBED_LIMITS.url) return undefined
  try {
    const u = new URL(url)
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : undefined
  } catch {
    return undefined
  }
}

/** Text that cannot break a markdown link label or quote (brackets, backticks, newlines). */
function inline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[[\]`*_~|\\]/g, (c) => `\\${c}`)
    .trim()
}

/** Discord timestamp markup for an ISO instant, or undefined when unparsable. */
export function discordTimestamp(iso: string | null, style: 'f' | 'R' = 'f'): string | undefined {
  if (iso === null) return undefined
  const t = Date.parse(iso)
  return Number.isNaN(t) ? undefined : `<t:${Math.floor(t / 1000)}:${style}>`
}

/**
 * The embed of an alert in `locale`. Never throws on odd input: every text is cut to its limit and
 * the whole embed kept under 6000 characters (the description gives way first).
 */
export function alertEmbed(alert: Alert, locale: Lang): APIEmbed {
  const s = STRINGS[locale]
  const style = VERDICT_STYLE[alert.verdict]
  const url = safeUrl(alert.story.url)
  const outletLabel = inline(alert.story.outlet) || '?'
  const storyTitle = inline(alert.story.title)

  const fields: APIEmbedField[] = []
  const sourceValue =
    (url ? `[${outletLabel}](${url})` : outletLabel) + (storyTitle ? `\n${storyTitle}` : '')
  fields.push({ name: s.source, value: sourceValue, inline: false })
  fields.push({
    name: s.published,
    value: discordTimestamp(alert.story.published) ?? s.unknownDate,
    inline: true,
  })
  fields.push({
    name: s.confidence,
    value: `${Math.round(clamp01(alert.confidence) * 100)} %`,
    inline: true,
  })
  if (alert.standing)
    fields.push({ name: s.standing, value: s.standingText(alert.standing), inline: false })
  if (alert.outlets > 1) {
    const others = alert.outletNames.filter((n) => n !== alert.story.outlet).map(inline)
    fields.push({
      name: s.otherOutlets,
      value: s.outletsText(alert.outlets - 1, others),
      inline: false,
    })
  }

  const embed: APIEmbed = {
    color: style.colour,
    author: { name: truncate(`${style.icon} ${s.verdict[alert.verdict]}`, EMBED_LIMITS.author) },
    title: truncate(
      alert.claim.text.replace(/\s+/g, ' ').trim() || alert.claim.id,
      EMBED_LIMITS.title,
    ),
    description: truncate(quote(alert.evidence), EMBED_LIMITS.description),
    fields: fields.slice(0, EMBED_LIMITS.fields).map((f) => ({
      ...f,
      name: truncate(f.name, EMBED_LIMITS.fieldName),
      value: truncate(f.value || '-', EMBED_LIMITS.fieldValue),
    })),
    footer: { text: truncate(s.footer(alert.claim.id), EMBED_LIMITS.footer) },
  }
  if (url) embed.url = url
  const published = alert.story.published === null ? NaN : Date.parse(alert.story.published)
  if (!Number.isNaN(published)) embed.timestamp = new Date(published).toISOString()
  return fitTotal(embed)
}

/** Quoted evidence: one blockquote line with typographic quotes. */
function quote(evidence: string): string {
  const text = evidence.replace(/\s+/g, ' ').trim()
  return text ? `> “${text}”` : ''
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0
}

/** Characters Discord counts towards the 6000 total. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  )
}

/** Keeps the total under 6000 by shortening the description (fields are all capped well below). */
function fitTotal(embed: APIEmbed): APIEmbed {
  const excess = embedLength(embed) - EMBED_LIMITS.total
  if (excess <= 0) return embed
  const description = embed.description ?? ''
  return { ...embed, description: truncate(description, Math.max(0, description.length - excess)) }
}
