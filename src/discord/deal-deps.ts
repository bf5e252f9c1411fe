/**
 * What the slash-command handlers need from the rest of the system, as plain data types and one
 * object of plain functions (`DealDeps`). The store implements most of it (src/store/deal-queries.ts);
 * the analysis supplies `previewClaim`, the feed stage `probeFeed`, node:dns `resolveHost`.
 * Handlers never see Kysely, discord.js or the network: tests pass in-memory objects.
 */

/** Expected outcomes are values: `ok: false` carries a reason code the handler turns into words. */
export type Result<T, R extends string = string> =
  { ok: true; value: T } | { ok: false; reason: R; detail?: string }

/** Where a claim or feed was defined: the YAML configuration (read-only from Discord) or a command. */
export type Origin = 'config' | 'user'

/** A stored claim as listed by the commands. */
export interface ClaimSummary {
  id: string
  text: string
  /** ISO date the claim was first reported, if known. */
  date: string | null
  origin: Origin
  /**
   * The deal the claim belongs to: claims with the same set of parties share a key
   * (e.g. `amazon+openai`); a claim whose parties are unknown is its own deal (key = claim id).
   */
  dealKey: string
  /** Human name of the deal, e.g. "Amazon × OpenAI" (the claim id when parties are unknown). */
  dealName: string
}

/** One judgement of a story against a claim, as kept in the evidence table, with its story. */
export interface EvidenceEntry {
  claimId: string
  storyId: string
  title: string
  url: string
  /** Name of the feed (outlet) the story came from. */
  outlet: string
  /** ISO instant the story was published, or null when the feed gave no date. */
  published: string | null
  /** ISO instant the judgement was stored (used to order stories without a date). */
  judgedAt: string
  verdict: string
  /** In [0, 1]. */
  confidence: number
  /** The sentence that decided the verdict. */
  evidence: string
  reasons: string[]
}

/** A feed with its health, for `/feed list`. */
export interface FeedHealth {
  id: string
  url: string
  name: string
  lang: string | null
  origin: Origin
  lastOkAt: string | null
  consecutiveFailures: number
  lastError: string | null
  itemCount: number
}

/** A delivery destination that stopped accepting alerts (400/403/404), with the reason recorded. */
export interface BrokenDestination {
  /** Human description, e.g. "channel 1210000000000000001" or "webhook 13000…". */
  name: string
  reason: string
}

/** Per-server settings; null fields fall back to the deployment's defaults. */
export interface GuildSettings {
  alertChannelId: string | null
  /** Minimum confidence in [0, 1] for an alert. */
  threshold: number
}

/** How the analysis understood a claim sentence (a subset of analysis' describeClaim). */
export interface ClaimPreview {
  parties: { id: string; name: string; role: string }[]
  kind: string
  status: string
  /** Figures already rendered as short text, e.g. "amount > 10 billion USD". */
  figures: string[]
  warnings: string[]
}

/** A stored story and everything the bot decided about it, for `/why`. */
export interface StoryExplanation {
  story: { id: string; title: string; url: string; outlet: string; published: string | null }
  /** True when the story was stored by its feed's first poll (first polls never alert). */
  firstPoll: boolean
  /** Alert threshold in force for this server. */
  threshold: number
  /** Every stored judgement (unrelated pairs are not stored). */
  judgements: {
    claimId: string
    claimText: string
    verdict: string
    confidence: number
    evidence: string
    reasons: string[]
    /** The alert event this story belongs to, if any; `primary` when this story opened it. */
    alert: { eventId: number; primary: boolean } | null
  }[]
}

/** Everything the command handlers may call. All I/O is behind these functions. */
export interface DealDeps {
  /** Active claims visible in a server: the configuration's plus that server's own. */
  listClaims(guildId: string | null): Promise<ClaimSummary[]>
  /** Evidence for the given claims (any verdict but unrelated), newest first. */
  claimEvidence(claimIds: readonly string[]): Promise<EvidenceEntry[]>
  /** How the analysis reads a claim sentence; `ok: false` when it cannot be used as a claim. */
  previewClaim(text: string): Promise<Result<ClaimPreview, 'not_understood'>>
  /** Stores a new claim for a server; `duplicate` when the same text is already tracked there. */
  addClaim(input: {
    guildId: string
    userId: string
    text: string
  }): Promise<Result<ClaimSummary, 'duplicate'>>
  /** Retires a claim; configuration claims are refused (they come back on restart). */
  removeClaim(input: {
    guildId: string
    claimId: string
  }): Promise<Result<ClaimSummary, 'not_found' | 'config'>>
  /** Active feeds polled for a server: the configuration's plus that server's own. */
  listFeeds(guildId: string | null): Promise<FeedHealth[]>
  /** Destinations marked broken for a server (empty when none, or when delivery is not set up). */
  listBrokenDestinations(guildId: string | null): Promise<BrokenDestination[]>
  /** Fetches and parses a feed without storing anything (`ok: false` with a readable detail). */
  probeFeed(url: string): Promise<Result<{ title: string | null; itemCount: number }, 'unreadable'>>
  /** Resolves a host name to its IP addresses (node:dns lookup with all: true, in production). */
  resolveHost(hostname: string): Promise<string[]>
  /** Loopback and private feed addresses are refused unless this is true (tests only). */
  allowPrivateFeedAddresses?: boolean
  addFeed(input: {
    guildId: string
    url: string
    name: string
    lang: 'en' | 'fr' | null
  }): Promise<Result<FeedHealth, 'duplicate'>>
  /** Retires a feed by id or URL; configuration feeds are refused. */
  removeFeed(input: {
    guildId: string
    feed: string
  }): Promise<Result<FeedHealth, 'not_found' | 'config'>>
  getGuildSettings(guildId: string): Promise<GuildSettings>
  setAlertChannel(guildId: string, channelId: string): Promise<void>
  setThreshold(guildId: string, threshold: number): Promise<void>
  /** What was decided about the story at this URL (matched on URL or canonical URL). */
  explainStory(url: string, guildId: string | null): Promise<StoryExplanation | undefined>
}
