/**
 * Assembles the DealDeps the command handlers need from their parts: the store queries, the
 * analysis (claim preview), the feed stage (probe) and DNS. The composition root (cli) calls this;
 * tests build DealDeps from plain objects instead.
 */
import { lookup } from 'node:dns/promises'
import type { EntitySpec } from '../domain.js'
import { previewClaim } from './claim-preview.js'
import type { DealDeps, Result } from './deal-deps.js'

/** The store queries of src/store/deal-queries.ts (createDealStore). */
export type DealStoreParts = Omit<
  DealDeps,
  'previewClaim' | 'probeFeed' | 'resolveHost' | 'allowPrivateFeedAddresses'
>

export interface DealDepsParts {
  store: DealStoreParts
  /** The entities claims are read against (configured ones, from the store). */
  entities: () => Promise<EntitySpec[]>
  /** Fetch + parse without saving; see `createFeedProbe`. */
  probeFeed: DealDeps['probeFeed']
  /** Default: the system resolver (`resolveHostWithDns`). */
  resolveHost?: DealDeps['resolveHost']
  /** Accept loopback/private feed URLs (tests and local demos only). */
  allowPrivateFeedAddresses?: boolean
}

/** One DealDeps object from its parts. */
export function createDealDeps(parts: DealDepsParts): DealDeps {
  return {
    ...parts.store,
    previewClaim: async (text) => previewClaim(text, await parts.entities()),
    probeFeed: parts.probeFeed,
    resolveHost: parts.resolveHost ?? resolveHostWithDns,
    allowPrivateFeedAddresses: parts.allowPrivateFeedAddresses === true,
  }
}

/** Every address the system resolver gives for a host name (IPv4 and IPv6). */
export async function resolveHostWithDns(hostname: string): Promise<string[]> {
  const answers = await lookup(hostname, { all: true, verbatim: true })
  return answers.map((a) => a.address)
}

/**
 * The minimal shapes of the feed stage's fetchFeed / parseFeed (src/feeds) that a probe needs,
 * declared here so this module does not depend on the feed stage's other types.
 */
export interface FeedStageFunctions {
  fetchFeed(
    request: { url: string },
    options: { timeoutMs?: number },
    now: Date,
  ): Promise<
    { kind: 'ok'; text: string } | { kind: 'not-modified' } | { kind: 'failed'; message: string }
  >
  parseFeed(
    xml: string,
  ): Promise<
    { ok: true; feed: { title?: string; items: unknown[] } } | { ok: false; error: string }
  >
}

/**
 * A probeFeed over the feed stage: one GET (short deadline, so the command answers in time) and a
 * parse. Failures come back as `unreadable` with the stage's own explanation.
 */
export function createFeedProbe(
  feeds: FeedStageFunctions,
  options: { timeoutMs?: number; now?: () => Date } = {},
): DealDeps['probeFeed'] {
  const now = options.now ?? (() => new Date())
  return async (
    url,
  ): Promise<Result<{ title: string | null; itemCount: number }, 'unreadable'>> => {
    const fetched = await feeds.fetchFeed({ url }, { timeoutMs: options.timeoutMs ?? 8_000 }, now())
    if (fetched.kind === 'failed')
      return { ok: false, reason: 'unreadable', detail: fetched.message }
    if (fetched.kind !== 'ok')
      return { ok: false, reason: 'unreadable', detail: 'the server sent no body' }
    const parsed = await feeds.parseFeed(fetched.text)
    if (!parsed.ok) return { ok: false, reason: 'unreadable', detail: parsed.error }
    return {
      ok: true,
      value: { title: parsed.feed.title?.trim() || null, itemCount: parsed.feed.items.length },
    }
  }
}
