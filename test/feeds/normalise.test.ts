import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  canonicalUrl,
  cutAtWord,
  htmlToText,
  languageFromTag,
  parseFeedDate,
  SUMMARY_MAX_CHARS,
  toStory,
} from '../../src/feeds/normalise.js'
import type { FeedItem } from '../../src/feeds/parse-feed.js'

describe('htmlToText', () => {
  it.each([
    ['<p>Hello <b>world</b></p>', 'Hello world'],
    ['<p>One</p><p>Two</p>', 'One Two'],
    ['Fabrikam<br/>raises', 'Fabrikam raises'],
    ['<ul><li>a</li><li>b</li></ul>', 'a b'],
    ['the <a href="https://x.example">chip start-up</a> said', 'the chip start-up said'],
    ['<em>Northwind</em>: talks <EM>ended</EM>', 'Northwind: talks ended'],
    ['A &amp; B', 'A & B'],
    ['l&#8217;américain, l&rsquo;offre', 'l’américain, l’offre'],
    ['&eacute;t&eacute; &#233;', 'été é'],
    ['4,2&nbsp;milliards', '4,2 milliards'],
    ['&lt;p&gt;double &lt;b&gt;escaped&lt;/b&gt;&lt;/p&gt;', 'double escaped'],
    ['<script>var x = "<p>no</p>"</script>text', 'text'],
    ['<style>.a { color: red }</style>ok', 'ok'],
    ['<!-- a comment -->visible', 'visible'],
    ['<img src="chart.png" alt="chart">Caption', 'Caption'],
    ['don\u0092t \u0093quote\u0094 \u0080', 'don’t “quote” €'],
    ['  many   \n\t spaces\u00a0here ', 'many spaces here'],
    ['soft\u00adhyphen and zero\u200bwidth', 'softhyphen and zerowidth'],
    ['1 < 2 and 3 > 2', '1 < 2 and 3 > 2'],
    ['AT&T buys', 'AT&T buys'],
    ['<![CDATA[kept]]>', 'kept'],
    ['', ''],
  ])('%j → %j', (html, text) => {
    expect(htmlToText(html)).toBe(text)
  })
})

describe('canonicalUrl', () => {
  it.each([
    ['HTTPS://Example.COM/Path/Case?utm_source=x&id=1#frag', 'https://example.com/Path/Case?id=1'],
    ['https://a.example/x?a=1&utm_medium=rss&b=2&utm_campaign=c', 'https://a.example/x?a=1&b=2'],
    ['https://a.example/x?utm_source=rss', 'https://a.example/x'],
    ['https://a.example/x?fbclid=abc&gclid=def&msclkid=g', 'https://a.example/x'],
    ['https://lemonde.example/article.html?xtor=RSS-3208', 'https://lemonde.example/article.html'],
    ['https://fr.example/a?at_medium=rss&at_campaign=x&page=2', 'https://fr.example/a?page=2'],
    ['https://g.example/a?CMP=share_btn_tw&UTM_Source=X', 'https://g.example/a'],
    ['https://a.example/search?q=a%20b&utm_term=z', 'https://a.example/search?q=a%20b'],
    ['http://example.com:80/a', 'http://example.com/a'],
    ['https://example.com:443/a#top', 'https://example.com/a'],
    ['https://example.com', 'https://example.com/'],
    ['  https://example.com/a  ', 'https://example.com/a'],
    ['not a url', 'not a url'],
    ['/relative/path?utm_source=x', '/relative/path?utm_source=x'],
  ])('%s → %s', (url, canonical) => {
    expect(canonicalUrl(url)).toBe(canonical)
  })
})

describe('languageFromTag', () => {
  it.each([
    ['en', 'en'],
    ['en-US', 'en'],
    ['en_GB', 'en'],
    ['EN', 'en'],
    ['english', 'en'],
    ['fr', 'fr'],
    ['fr-FR', 'fr'],
    ['fr_CA', 'fr'],
    [' fr-be ', 'fr'],
    ['français', 'fr'],
    ['de', undefined],
    ['pt-pt', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%j → %j', (tag, lang) => {
    expect(languageFromTag(tag)).toBe(lang)
  })
})

describe('parseFeedDate', () => {
  it.each([
    ['Tue, 20 Jan 2026 08:30:00 GMT', '2026-01-20T08:30:00.000Z'],
    ['Wed, 21 Jan 2026 17:05:00 +0100', '2026-01-21T16:05:00.000Z'],
    ['2026-01-20T08:30:00+01:00', '2026-01-20T07:30:00.000Z'],
    ['2026-01-20T08:30:00Z', '2026-01-20T08:30:00.000Z'],
    ['Wed, 21 Jan 2026 17:05:00 EST', '2026-01-21T22:05:00.000Z'],
    ['Fri, 17 May 2019 06:00:00 BST', '2019-05-17T05:00:00.000Z'],
    ['Mon, 15 Jun 2026 09:00:00 CEST', '2026-06-15T07:00:00.000Z'],
    ['Sat, Dec 16 2023 02:02:33 PM GMT', '2023-12-16T14:02:33.000Z'],
    ['mar., 10 juin 2003 14:00:00 +0200', '2003-06-10T12:00:00.000Z'],
    // Date.parse alone gives NaN for these two, and reads "mar. 10 2025 10:00 GMT" as 10 March.
    ['mar., 10 avr. 2025 10:00:00 +0200', '2025-04-10T08:00:00.000Z'],
    ['mar. 10 juin 2025 10:00 GMT', '2025-06-10T10:00:00.000Z'],
    ['mar 10 juin 2025 10:00 GMT', '2025-06-10T10:00:00.000Z'],
    ['Mar 10 2025 10:00 GMT', '2025-03-10T10:00:00.000Z'],
    ['10 mars 2025 10:00 GMT', '2025-03-10T10:00:00.000Z'],
    ['mercredi 21 janvier 2026 17:05 CET', '2026-01-21T16:05:00.000Z'],
    ['21 février 2026 08:00 +0100', '2026-02-21T07:00:00.000Z'],
    ['ven., 1 août 2025 10:00:00 GMT', '2025-08-01T10:00:00.000Z'],
    ['5 déc. 2025 10:00 GMT', '2025-12-05T10:00:00.000Z'],
    ['Seg, 24 Set 2018 19:42:40 -0300', '2018-09-24T22:42:40.000Z'],
    ['22.11.2022 12:16:00', '2022-11-22T12:16:00.000Z'],
    ['not a date at all', null],
    ['garbage', null],
    ['', null],
    [undefined, null],
  ])('%j → %j', (text, iso) => {
    expect(parseFeedDate(text)).toBe(iso)
  })
})

describe('cutAtWord', () => {
  it('returns short text unchanged', () => {
    expect(cutAtWord('short text', 20)).toBe('short text')
  })
  it('cuts at the last word boundary and marks the cut', () => {
    expect(cutAtWord('alpha beta gamma delta', 13)).toBe('alpha beta…')
    expect(cutAtWord('alpha, beta. gamma', 13)).toBe('alpha, beta…')
  })
  it('cuts a single huge word hard', () => {
    expect(cutAtWord('x'.repeat(50), 10)).toBe(`${'x'.repeat(10)}…`)
  })
})

const FEED = { id: 'feed-1', url: 'https://wire.example.com/rss.xml' }
const idOf = (feedId: string, guid: string): string =>
  createHash('sha256').update(`${feedId}\n${guid}`).digest('hex').slice(0, 16)
const item = (fields: Partial<FeedItem>): FeedItem => ({ categories: [], ...fields })

describe('toStory', () => {
  it('builds a story with a stable id from the feed id and the guid', () => {
    const story = toStory(
      item({
        guid: 'wire-1001',
        title: 'Northwind &amp; Contoso agree',
        link: 'https://wire.example.com/a?utm_source=rss&id=4#c',
        isoDate: '2026-01-20T08:30:00.000Z',
        pubDate: 'Tue, 20 Jan 2026 08:30:00 GMT',
        content: '<p>The <b>deal</b> is worth $4.2&nbsp;billion.</p>',
        language: 'en-US',
      }),
      FEED,
    )
    expect(story).toEqual({
      id: idOf('feed-1', 'wire-1001'),
      guid: 'wire-1001',
      title: 'Northwind & Contoso agree',
      summary: 'The deal is worth $4.2 billion.',
      url: 'https://wire.example.com/a?utm_source=rss&id=4#c',
      canonicalUrl: 'https://wire.example.com/a?id=4',
      published: '2026-01-20T08:30:00.000Z',
      lang: 'en',
    })
    expect(story?.id).toMatch(/^[0-9a-f]{16}$/)
  })

  it('gives the same id for the same item and a different id in another feed', () => {
    const it1 = item({ guid: 'g', title: 't' })
    expect(toStory(it1, FEED)?.id).toBe(toStory({ ...it1 }, FEED)?.id)
    expect(toStory(it1, { ...FEED, id: 'feed-2' })?.id).not.toBe(toStory(it1, FEED)?.id)
  })

  it.each([
    {
      name: 'the canonical link when there is no guid',
      fields: { title: 't', link: 'https://x.example/a?utm_source=y' },
      guid: 'https://x.example/a',
    },
    {
      name: 'a hash of title and date when there is neither guid nor link',
      fields: { title: 'Only a title', pubDate: 'Tue, 20 Jan 2026 08:30:00 GMT' },
      guid: `hash:${createHash('sha256').update('Only a title\nTue, 20 Jan 2026 08:30:00 GMT').digest('hex').slice(0, 32)}`,
    },
    {
      name: 'the guid as written',
      fields: { title: 't', guid: 'urn:x:1', link: 'https://x.example/b' },
      guid: 'urn:x:1',
    },
  ])('uses $name as the guid', ({ fields, guid }) => {
    const story = toStory(item(fields), FEED)
    expect(story?.guid).toBe(guid)
    expect(story?.id).toBe(idOf(FEED.id, guid))
  })

  it('returns null for an item with neither title nor link', () => {
    expect(toStory(item({ guid: 'g', content: 'only a description' }), FEED)).toBeNull()
    expect(toStory(item({ title: '<b></b>  ' }), FEED)).toBeNull()
  })

  it('keeps an item with a link but no title', () => {
    expect(toStory(item({ link: 'https://x.example/c' }), FEED)).toMatchObject({
      title: '',
      url: 'https://x.example/c',
    })
  })

  it('resolves a relative link against the feed URL, and uses a URL guid when there is no link', () => {
    expect(toStory(item({ title: 't', link: '/2026/01/x' }), FEED)?.url).toBe(
      'https://wire.example.com/2026/01/x',
    )
    expect(toStory(item({ title: 't', guid: 'https://x.example/g' }), FEED)?.url).toBe(
      'https://x.example/g',
    )
    expect(toStory(item({ title: 't', guid: 'not-a-url' }), FEED)?.url).toBe('')
    // A feed read from a file has no base URL: the link stays as written.
    expect(toStory(item({ title: 't', link: '/a' }), { id: 'f', url: 'items.xml' })?.url).toBe('/a')
  })

  it.each([
    {
      name: 'the raw date',
      fields: { pubDate: 'mar., 10 avr. 2025 10:00:00 +0200', isoDate: '2025-03-10T00:00:00.000Z' },
      published: '2025-04-10T08:00:00.000Z',
    },
    {
      name: 'isoDate when the raw date is unreadable',
      fields: { pubDate: '??', isoDate: '2026-01-02T00:00:00.000Z' },
      published: '2026-01-02T00:00:00.000Z',
    },
    {
      name: 'null without a usable date',
      fields: { pubDate: 'not a date at all' },
      published: null,
    },
    { name: 'null without any date', fields: {}, published: null },
  ])('takes the publication date from $name', ({ fields, published }) => {
    expect(toStory(item({ title: 't', ...fields }), FEED)?.published).toBe(published)
  })

  it.each([
    {
      name: 'the description',
      fields: { content: '<p>lede</p>', contentEncoded: '<p>full</p>' },
      summary: 'lede',
    },
    {
      name: 'content:encoded without a description',
      fields: { contentEncoded: '<p>full <em>text</em></p>' },
      summary: 'full text',
    },
    { name: 'the Atom summary', fields: { summary: 'l&#8217;offre' }, summary: 'l’offre' },
    {
      name: 'the snippet as a last resort',
      fields: { contentSnippet: 'snippet' },
      summary: 'snippet',
    },
    {
      name: 'the next field when the description only repeats the title',
      fields: { content: 'Title', contentEncoded: 'body' },
      summary: 'body',
    },
    { name: 'nothing', fields: {}, summary: '' },
  ])('takes the summary from $name', ({ fields, summary }) => {
    expect(toStory(item({ title: 'Title', ...fields }), FEED)?.summary).toBe(summary)
  })

  it('cuts a long summary on a word boundary', () => {
    const words = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ')
    const summary = toStory(item({ title: 't', content: `<p>${words}</p>` }), FEED)?.summary ?? ''
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_MAX_CHARS + 1)
    expect(summary.endsWith('…')).toBe(true)
    expect(words.startsWith(summary.slice(0, -1))).toBe(true)
    expect(words.charAt(summary.length - 1)).toBe(' ')
  })

  it('reads only the start of a huge description, without a half tag', () => {
    const huge = `<p>${'word '.repeat(20_000)}</p><img src="data:image/png;base64,${'A'.repeat(50_000)}">`
    const story = toStory(item({ title: 'big', content: huge }), FEED)
    expect(story?.summary.startsWith('word word')).toBe(true)
    expect(story?.summary.length).toBeLessThanOrEqual(SUMMARY_MAX_CHARS + 1)
    // The 40 000-character head ends inside the <a> tag: the half tag is dropped, not shown.
    const cutInTag = `${' '.repeat(39_990)}short <a href="https://x.example/${'y'.repeat(100)}">link</a>`
    expect(toStory(item({ title: 't', content: cutInTag }), FEED)?.summary).toBe('short')
  })

  it.each([
    {
      name: 'the configured language over the declared one',
      feedLang: 'fr' as const,
      language: 'en-US',
      lang: 'fr',
    },
    { name: 'the declared language (en-GB)', feedLang: undefined, language: 'en-GB', lang: 'en' },
    { name: 'the declared language (fr_CA)', feedLang: undefined, language: 'fr_CA', lang: 'fr' },
    {
      name: 'no language for another one (de)',
      feedLang: undefined,
      language: 'de',
      lang: undefined,
    },
    {
      name: 'no language when none is given',
      feedLang: undefined,
      language: undefined,
      lang: undefined,
    },
  ])('uses $name', ({ feedLang, language, lang }) => {
    const story = toStory(item({ title: 't', ...(language ? { language } : {}) }), {
      ...FEED,
      lang: feedLang,
    })
    expect(story?.lang).toBe(lang)
    expect(story !== null && 'lang' in story).toBe(lang !== undefined)
  })
})
