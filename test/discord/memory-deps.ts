/**
 * An in-memory DealDeps for handler tests: plain arrays, with every call recorded.
 */
import type {
  ClaimSummary,
  DealDeps,
  EvidenceEntry,
  FeedHealth,
  GuildSettings,
  StoryExplanation,
} from '../../src/discord/deal-deps.js'

export const GUILD = '1200000000000000001'
export const USER = '1700000000000000001'
export const CHANNEL = '1210000000000000001'

export const claims: ClaimSummary[] = [
  {
    id: 'amazon-openai-investment',
    text: 'Amazon is in talks to invest more than $10 billion in OpenAI.',
    date: '2025-12-17',
    origin: 'config',
    dealKey: 'amazon+openai',
    dealName: 'Amazon × OpenAI',
  },
  {
    id: 'openai-trainium',
    text: "OpenAI would use Amazon's Trainium chips.",
    date: '2025-12-17',
    origin: 'config',
    dealKey: 'amazon+openai',
    dealName: 'Amazon × OpenAI',
  },
  {
    id: 'microsoft-openai-exclusivity',
    text: 'Microsoft keeps exclusive rights on some advanced OpenAI models until the early 2030s.',
    date: null,
    origin: 'config',
    dealKey: 'microsoft+openai',
    dealName: 'Microsoft × OpenAI',
  },
  {
    id: 'u-5f3a9c21',
    text: 'Nvidia va investir 5 milliards de dollars dans Intel.',
    date: null,
    origin: 'user',
    dealKey: 'intel+nvidia',
    dealName: 'Intel × Nvidia',
  },
]

function entry(
  over: Partial<EvidenceEntry> & Pick<EvidenceEntry, 'storyId' | 'outlet' | 'verdict'>,
): EvidenceEntry {
  return {
    claimId: 'amazon-openai-investment',
    title: `Story ${over.storyId}`,
    url: `https://news.example/${over.storyId}`,
    published: '2026-01-10T08:00:00Z',
    judgedAt: '2026-01-10T08:05:00Z',
    confidence: 0.9,
    evidence: `Evidence sentence of ${over.storyId}.`,
    reasons: ['same parties', 'talks'],
    ...over,
  }
}

/** Newest first, as the store returns them. */
export const evidence: EvidenceEntry[] = [
  entry({
    storyId: 's7',
    outlet: 'Le Monde',
    verdict: 'confirms',
    published: '2026-01-17T08:00:00Z',
  }),
  entry({
    storyId: 's6',
    outlet: 'Reuters',
    verdict: 'confirms',
    published: '2026-01-16T08:00:00Z',
  }),
  entry({
    storyId: 's5',
    outlet: 'Reuters',
    verdict: 'confirms',
    published: '2026-01-15T08:00:00Z',
  }),
  entry({
    storyId: 's4',
    outlet: 'Blog',
    verdict: 'confirms',
    confidence: 0.4,
    published: '2026-01-14T08:00:00Z',
  }),
  entry({ storyId: 's3', outlet: 'FT', verdict: 'mentions', published: '2026-01-13T08:00:00Z' }),
  entry({ storyId: 's2', outlet: 'Bloomberg', verdict: 'confirms', published: null }),
  entry({
    storyId: 's1',
    outlet: 'CNBC',
    verdict: 'confirms',
    published: '2026-01-11T08:00:00Z',
    claimId: 'openai-trainium',
  }),
  entry({
    storyId: 's0',
    outlet: 'Verge',
    verdict: 'contradicts',
    published: '2026-01-10T08:00:00Z',
    claimId: 'microsoft-openai-exclusivity',
  }),
]

export const feeds: FeedHealth[] = [
  {
    id: 'f-config',
    url: 'https://www.lemonde.fr/rss',
    name: 'Le Monde',
    lang: 'fr',
    origin: 'config',
    lastOkAt: '2026-01-17T08:00:00Z',
    consecutiveFailures: 0,
    lastError: null,
    itemCount: 20,
  },
  {
    id: 'f-user',
    url: 'https://broken.example/feed.xml',
    name: 'Broken Outlet',
    lang: null,
    origin: 'user',
    lastOkAt: null,
    consecutiveFailures: 4,
    lastError: 'HTTP 500 from https://broken.example/feed.xml',
    itemCount: 0,
  },
]

export interface Recorded {
  calls: { fn: string; args: unknown[] }[]
}

/** A DealDeps over copies of the arrays above; `over` replaces any function. */
export function memoryDeps(over: Partial<DealDeps> = {}): DealDeps & Recorded {
  const calls: Recorded['calls'] = []
  const rec = (fn: string, ...args: unknown[]) => calls.push({ fn, args })
  const myClaims = [...claims]
  const myFeeds = [...feeds]
  const settings: GuildSettings = { alertChannelId: null, threshold: 0.7 }
  const explanation: StoryExplanation = {
    story: {
      id: 's6',
      title: 'Amazon in talks over OpenAI',
      url: 'https://news.example/s6',
      outlet: 'Reuters',
      published: '2026-01-16T08:00:00Z',
    },
    firstPoll: false,
    threshold: 0.7,
    judgements: [
      {
        claimId: 'amazon-openai-investment',
        claimText: claims[0]!.text,
        verdict: 'confirms',
        confidence: 0.9,
        evidence: 'Amazon is in advanced talks.',
        reasons: ['same parties'],
        alert: { eventId: 3, primary: false },
      },
      {
        claimId: 'openai-trainium',
        claimText: claims[1]!.text,
        verdict: 'mentions',
        confidence: 0.8,
        evidence: 'Trainium chips.',
        reasons: [],
        alert: null,
      },
    ],
  }
  const deps: DealDeps = {
    listClaims: async (guildId) => {
      rec('listClaims', guildId)
      return myClaims
    },
    claimEvidence: async (ids) => {
      rec('claimEvidence', ids)
      return evidence.filter((e) => ids.includes(e.claimId))
    },
    previewClaim: async (text) => {
      rec('previewClaim', text)
      if (!/[A-Z]/.test(text))
        return { ok: false, reason: 'not_understood', detail: 'no party found' }
      return {
        ok: true,
        value: {
          parties: [
            { id: 'nvidia', name: 'Nvidia', role: 'investor' },
            { id: 'intel', name: 'Intel', role: 'target' },
          ],
          kind: 'investment',
          status: 'agreed',
          figures: ['amount = 5 billion USD'],
          warnings: [],
        },
      }
    },
    addClaim: async (input) => {
      rec('addClaim', input)
      if (myClaims.some((c) => c.text === input.text)) return { ok: false, reason: 'duplicate' }
      const c: ClaimSummary = {
        id: 'u-new',
        text: input.text,
        date: null,
        origin: 'user',
        dealKey: 'u-new',
        dealName: 'u-new',
      }
      myClaims.push(c)
      return { ok: true, value: c }
    },
    removeClaim: async (input) => {
      rec('removeClaim', input)
      const c = myClaims.find((x) => x.id === input.claimId)
      if (!c) return { ok: false, reason: 'not_found' }
      if (c.origin === 'config') return { ok: false, reason: 'config' }
      myClaims.splice(myClaims.indexOf(c), 1)
      return { ok: true, value: c }
    },
    listFeeds: async (guildId) => {
      rec('listFeeds', guildId)
      return myFeeds
    },
    listBrokenDestinations: async () => [
      { name: `channel ${CHANNEL}`, reason: '403 Missing Access' },
    ],
    probeFeed: async (url) => {
      rec('probeFeed', url)
      return url.includes('notafeed')
        ? { ok: false, reason: 'unreadable', detail: 'HTML page, not RSS or Atom' }
        : { ok: true, value: { title: 'Example News', itemCount: 12 } }
    },
    resolveHost: async (host) => {
      rec('resolveHost', host)
      if (host === 'internal.example') return ['10.1.2.3']
      if (host === 'mixed.example') return ['93.184.216.34', '127.0.0.1']
      if (host === 'nowhere.example') throw new Error('ENOTFOUND')
      return ['93.184.216.34']
    },
    addFeed: async (input) => {
      rec('addFeed', input)
      if (myFeeds.some((f) => f.url === input.url)) return { ok: false, reason: 'duplicate' }
      const f: FeedHealth = {
        id: 'f-new',
        url: input.url,
        name: input.name,
        lang: input.lang,
        origin: 'user',
        lastOkAt: null,
        consecutiveFailures: 0,
        lastError: null,
        itemCount: 0,
      }
      myFeeds.push(f)
      return { ok: true, value: f }
    },
    removeFeed: async (input) => {
      rec('removeFeed', input)
      const f = myFeeds.find((x) => x.id === input.feed || x.url === input.feed)
      if (!f) return { ok: false, reason: 'not_found' }
      if (f.origin === 'config') return { ok: false, reason: 'config' }
      return { ok: true, value: f }
    },
    getGuildSettings: async (guildId) => {
      rec('getGuildSettings', guildId)
      return settings
    },
    setAlertChannel: async (guildId, channelId) => {
      rec('setAlertChannel', guildId, channelId)
      settings.alertChannelId = channelId
    },
    setThreshold: async (guildId, threshold) => {
      rec('setThreshold', guildId, threshold)
      settings.threshold = threshold
    },
    explainStory: async (url) => {
      rec('explainStory', url)
      return url === explanation.story.url ? explanation : undefined
    },
    ...over,
  }
  return Object.assign(deps, { calls })
}
