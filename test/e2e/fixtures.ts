/**
 * Stories and claims for the end-to-end tests, about invented companies (Globex, Initech), so the
 * tests depend on no shipped configuration. Written for these tests.
 */
import type { ClaimsFile } from '../../src/domain.js'

export const CLAIMS: ClaimsFile = {
  entities: [
    { id: 'globex', name: 'Globex', aliases: ['Globex Corp', 'le groupe Globex'] },
    { id: 'initech', name: 'Initech', aliases: ['Initech Inc', "l'éditeur Initech"] },
  ],
  claims: [
    {
      id: 'globex-initech',
      text: 'Globex is in talks to acquire Initech for about $2 billion.',
      date: '2026-03-01',
    },
  ],
}

export interface FixtureStory {
  guid: string
  title: string
  summary: string
  published: string
}

export const EN = {
  office: {
    guid: 'en-1',
    title: 'Globex opens a new office in Lyon',
    summary: 'Globex said it will hire 200 engineers in Lyon over the next two years.',
    published: '2026-02-20T08:00:00Z',
  },
  earlyTalks: {
    guid: 'en-2',
    title: 'Globex confirms early talks with Initech',
    summary: 'Globex said on Friday it is in talks to acquire Initech for about $2 billion.',
    published: '2026-03-01T08:00:00Z',
  },
  talks: {
    guid: 'en-3',
    title: 'Globex in talks to buy Initech for $2 billion',
    summary:
      'Globex is in advanced talks to acquire software maker Initech for about $2 billion, according to people familiar with the matter.',
    published: '2026-03-02T08:00:00Z',
  },
  calledOff: {
    guid: 'en-4',
    title: 'Globex and Initech call off merger talks',
    summary:
      'Globex and Initech have ended their talks about a takeover, the two companies said on Monday.',
    published: '2026-03-20T08:00:00Z',
  },
} satisfies Record<string, FixtureStory>

export const FR = {
  talks: {
    guid: 'fr-1',
    title: 'Globex serait en négociations pour racheter Initech',
    summary:
      "Le groupe Globex serait en discussions avancées pour racheter l'éditeur Initech pour environ 2 milliards de dollars, selon des sources proches du dossier.",
    published: '2026-03-02T10:00:00Z',
  },
} satisfies Record<string, FixtureStory>

/** An RSS 2.0 document with these stories (newest first, as feeds do). */
export function rss(title: string, lang: string, stories: readonly FixtureStory[]): string {
  const esc = (s: string): string =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  const items = [...stories]
    .reverse()
    .map(
      (s) =>
        `<item><title>${esc(s.title)}</title><link>https://news.example/${s.guid}</link>` +
        `<guid isPermaLink="false">${s.guid}</guid><pubDate>${new Date(s.published).toUTCString()}</pubDate>` +
        `<description>${esc(s.summary)}</description></item>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${esc(title)}</title><link>https://news.example/</link><description>test</description><language>${lang}</language>\n${items}\n</channel></rss>\n`
}
