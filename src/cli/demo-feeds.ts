/**
 * The bundled demo: two small feeds (one English, one French) whose stories arrive in batches,
 * about the default claims of config/claims.yaml. Written for the demo; not real reporting.
 */
import type { Lang } from '../domain.js'

export interface DemoStory {
  guid: string
  title: string
  summary: string
  link: string
  published: string
}

export interface DemoFeed {
  path: string
  name: string
  lang: Lang
  /** Stories by batch: the server serves batch 0, then 0..1, then 0..2. */
  batches: DemoStory[][]
}

const story = (guid: string, published: string, title: string, summary: string): DemoStory => ({
  guid,
  title,
  summary,
  link: `https://news.example/${guid}`,
  published,
})

export const DEMO_FEEDS: DemoFeed[] = [
  {
    path: '/wire.xml',
    name: 'Demo Wire',
    lang: 'en',
    batches: [
      [
        story(
          'wire-1',
          '2025-12-10T08:00:00Z',
          'Amazon shares edge higher after cloud unit wins new customers',
          'Amazon Web Services said it signed several large enterprise customers in the quarter, and the stock rose 1%.',
        ),
      ],
      [
        story(
          'wire-2',
          '2025-12-17T07:30:00Z',
          'Amazon in talks to invest more than $10 billion in OpenAI',
          'Amazon is in advanced talks to invest more than $10 billion in OpenAI, according to people familiar with the matter. The talks are ongoing and terms could still change.',
        ),
      ],
      [
        story(
          'wire-3',
          '2026-01-20T16:00:00Z',
          'Amazon and OpenAI call off investment talks',
          'Amazon and OpenAI have ended their talks over an investment in the ChatGPT maker, the two companies said on Tuesday, without giving a reason.',
        ),
      ],
    ],
  },
  {
    path: '/tech-fr.xml',
    name: 'Démo Tech',
    lang: 'fr',
    batches: [
      [
        story(
          'fr-1',
          '2025-12-11T09:00:00Z',
          'OpenAI lance une nouvelle version de ChatGPT pour les entreprises',
          'La start-up de Sam Altman présente de nouvelles fonctions destinées aux grandes entreprises.',
        ),
      ],
      [
        story(
          'fr-2',
          '2025-12-17T10:15:00Z',
          'Amazon serait en discussions pour investir plus de 10 milliards de dollars dans OpenAI',
          'Le géant de Seattle serait en négociations avancées pour investir plus de 10 milliards de dollars dans OpenAI, selon des sources proches du dossier.',
        ),
      ],
      [
        story(
          'fr-3',
          '2026-01-21T08:00:00Z',
          'Microsoft a désormais investi 13 milliards de dollars dans OpenAI',
          'Microsoft a investi au total plus de 13 milliards de dollars dans OpenAI depuis 2019, a confirmé le groupe de Redmond dans un communiqué.',
        ),
      ],
    ],
  },
]

/** Renders the stories of batches 0..upTo of a feed as an RSS 2.0 document. */
export function renderDemoFeed(feed: DemoFeed, upTo: number, baseUrl: string): string {
  const escape = (s: string): string =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
  const items = feed.batches
    .slice(0, upTo + 1)
    .flat()
    .reverse()
    .map(
      (s) => `    <item>
      <title>${escape(s.title)}</title>
      <link>${escape(s.link)}</link>
      <guid isPermaLink="false">${escape(s.guid)}</guid>
      <pubDate>${new Date(s.published).toUTCString()}</pubDate>
      <description>${escape(s.summary)}</description>
    </item>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>${escape(feed.name)}</title>
    <link>${escape(baseUrl + feed.path)}</link>
    <description>dealwatch demo feed</description>
    <language>${feed.lang}</language>
${items}
  </channel>
</rss>
`
}
