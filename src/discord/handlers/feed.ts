/**
 * `/feed add|remove|list`. Adding checks the URL (scheme, no credentials, public address after DNS)
 * and fetches + parses the feed before saving, so a typo never becomes a feed that fails forever.
 * Manage Server only, answered ephemerally.
 */
import type { APIEmbed } from 'discord.js'
import type { DealDeps, FeedHealth } from '../deal-deps.js'
import { checkFeedUrl } from '../feed-url.js'
import { LIMITS, truncate, type Choice, type Outcome } from '../reply.js'
import {
  formatInstant,
  managedGuild,
  matchingChoices,
  reply,
  say,
  stringOption,
  t,
  type CommandContext,
  type CommandInput,
} from './context.js'

/** `/feed add <url> [name] [lang]`. */
export async function feedAdd(
  input: CommandInput,
  deps: DealDeps,
  ctx: CommandContext,
): Promise<Outcome> {
  const guild = managedGuild(ctx)
  if (!guild.ok) return guild.refusal
  const m = t(ctx)
  const raw = stringOption(input, 'url') ?? ''
  const lang = stringOption(input, 'lang')?.toLowerCase()
  if (lang !== undefined && lang !== 'en' && lang !== 'fr') return say(m.feedBadLang(lang))

  const checked = await checkFeedUrl(raw, {
    resolveHost: deps.resolveHost,
    allowPrivate: deps.allowPrivateFeedAddresses === true,
  })
  if (!checked.ok) {
    switch (checked.reason) {
      case 'invalid':
        return say(m.feedBadUrl(truncate(raw, 200)))
      case 'scheme':
        return say(m.feedBadScheme(checked.detail ?? '?'))
      case 'credentials':
        return say(m.feedCredentials)
      case 'unresolvable':
        return say(m.feedUnresolvable(checked.detail ?? '?'))
      case 'private':
        return say(m.feedPrivate(new URL(raw.trim()).hostname, checked.detail ?? '?'))
    }
  }
  const url = checked.value
  const probe = await deps.probeFeed(url)
  if (!probe.ok) return say(m.feedUnreadable(truncate(probe.detail ?? probe.reason, 300)))
  const name = truncate(
    stringOption(input, 'name') ?? probe.value.title ?? new URL(url).hostname,
    100,
  )
  const added = await deps.addFeed({ guildId: guild.guildId, url, name, lang: lang ?? null })
  if (!added.ok) return say(m.feedDuplicate)
  return say(m.feedAdded(added.value.name, probe.value.itemCount))
}

/** `/feed remove <feed>` (feed id or URL). */
export async function feedRemove(
  input: CommandInput,
  deps: DealDeps,
  ctx: CommandContext,
): Promise<Outcome> {
  const guild = managedGuild(ctx)
  if (!guild.ok) return guild.refusal
  const m = t(ctx)
  const feed = stringOption(input, 'feed')
  if (feed === undefined) return say(m.feedUnknown(''))
  const removed = await deps.removeFeed({ guildId: guild.guildId, feed })
  if (!removed.ok) {
    return say(
      removed.reason === 'config' ? m.feedFromConfig(feed) : m.feedUnknown(truncate(feed, 200)),
    )
  }
  return say(m.feedRemoved(removed.value.name))
}

/** `/feed list`: each feed with its health, and the broken alert destinations if any. */
export async function feedList(
  _input: CommandInput,
  deps: DealDeps,
  ctx: CommandContext,
): Promise<Outcome> {
  const guild = managedGuild(ctx)
  if (!guild.ok) return guild.refusal
  const m = t(ctx)
  const [feeds, broken] = await Promise.all([
    deps.listFeeds(guild.guildId),
    deps.listBrokenDestinations(guild.guildId),
  ])
  if (feeds.length === 0 && broken.length === 0) return say(m.feedListEmpty)
  const room = broken.length > 0 ? LIMITS.fields - 1 : LIMITS.fields
  const shown = feeds.length > room ? feeds.slice(0, room - 1) : feeds
  const fields = shown.map((f) => ({
    name: truncate(`${healthIcon(f)} ${f.name}`, LIMITS.fieldName),
    value: truncate(healthLines(f, ctx), LIMITS.fieldValue),
  }))
  if (shown.length < feeds.length)
    fields.push({ name: '…', value: `+${feeds.length - shown.length}` })
  if (broken.length > 0) {
    fields.push({
      name: `⚠️ ${m.brokenDestinations}`,
      value: truncate(broken.map((b) => `• ${b.name}: ${b.reason}`).join('\n'), LIMITS.fieldValue),
    })
  }
  const embed: APIEmbed = { title: `${m.feedListTitle} (${feeds.length})`, fields }
  return reply({ embeds: [embed], ephemeral: true })
}

function healthIcon(f: FeedHealth): string {
  if (f.consecutiveFailures === 0 && f.lastOkAt !== null) return '🟢'
  if (f.consecutiveFailures === 0) return '⚪'
  return f.consecutiveFailures >= 3 ? '🔴' : '🟠'
}

function healthLines(f: FeedHealth, ctx: CommandContext): string {
  const m = t(ctx)
  const lines = [
    `${f.url}${f.lang ? ` · ${f.lang}` : ''} · \`${f.id}\``,
    `${m.lastOk}: ${formatInstant(f.lastOkAt) ?? m.never}`,
  ]
  if (f.consecutiveFailures > 0) {
    lines.push(m.failures(f.consecutiveFailures))
    if (f.lastError) lines.push(`${m.lastError}: ${truncate(f.lastError, 300)}`)
  }
  return lines.join('\n')
}

/** Autocomplete for `/feed remove`: this server's own feeds. */
export async function removableFeedChoices(
  typed: string,
  deps: DealDeps,
  ctx: CommandContext,
): Promise<Choice[]> {
  const feeds = (await deps.listFeeds(ctx.guildId)).filter((f) => f.origin === 'user')
  return matchingChoices(
    feeds,
    typed,
    (f) => [f.name, f.url],
    (f) => ({ name: `${f.name} (${f.url})`, value: f.id }),
  )
}
