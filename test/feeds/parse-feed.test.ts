import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { decodeFeedBytes } from '../../src/feeds/decode.js'
import { parseFeed, protectRawHtml, type ParsedFeed } from '../../src/feeds/parse-feed.js'

const fixture = (name: string): string =>
  decodeFeedBytes(readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url))).text

async function parsed(xml: string): Promise<ParsedFeed> {
  const outcome = await parseFeed(xml)
  if (!outcome.ok) throw new Error(`expected a feed, got: ${outcome.error}`)
  return outcome.feed
}

const rss = (items: string, channel = ''): string =>
  `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T</title>${channel}${items}</channel></rss>`
const atom = (entries: string): string =>
  `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>${entries}</feed>`

describe('parseFeed: well-formed feeds', () => {
  it('reads RSS 2.0 with guid, dc:creator, content:encoded, categories and the feed language', async () => {
    const feed = await parsed(fixture('en-rss2.xml'))
    expect(feed.title).toBe('Example Tech Wire')
    expect(feed.language).toBe('en-US')
    expect(feed.items).toHaveLength(4)
    expect(feed.items[0]).toMatchObject({
      guid: 'wire-1001',
      title: 'Northwind agrees to buy Contoso for $4.2 billion',
      isoDate: '2026-01-20T08:30:00.000Z',
      pubDate: 'Tue, 20 Jan 2026 08:30:00 GMT',
      creator: 'Jane Reporter',
      categories: ['M&A'],
      language: 'en-US',
    })
    expect(feed.items[0]?.content).toContain('<b>said on Tuesday</b>')
    expect(feed.items[0]?.contentEncoded).toContain('<em>Northwind</em>')
    expect(feed.items[1]?.guid).toBeUndefined()
    expect(feed.items[1]?.link).toBe('/2026/01/fabrikam-raise')
  })

  it('reads Atom: id as guid, alternate link, summary, author, xml:lang as the language', async () => {
    const feed = await parsed(fixture('fr-atom.xml'))
    expect(feed).toMatchObject({ title: 'Le Fil Tech', language: 'fr-FR' })
    expect(feed.items[0]).toMatchObject({
      guid: 'tag:fil.example.fr,2026:article-501',
      link: 'https://fil.example.fr/articles/northwind-contoso?xtor=RSS-1',
      isoDate: '2026-01-22T08:15:00.000Z',
      creator: 'Claire Journaliste',
      language: 'fr-FR',
    })
    expect(feed.items[0]?.summary).toContain('milliards de dollars')
  })

  it('reads a French Atom date (day and month names) through our own date reader', async () => {
    const feed = await parsed(fixture('fr-atom.xml'))
    expect(feed.items[1]?.isoDate).toBe('2026-01-20T00:00:00.000Z')
  })

  it('reads RDF (RSS 1.0): rdf:about as guid, dc:date, dc:language', async () => {
    const feed = await parsed(fixture('rdf.xml'))
    expect(feed.items.map((i) => [i.guid, i.isoDate])).toEqual([
      ['https://rdf.example.org/a/1', '2026-02-01T12:00:00.000Z'],
      ['https://rdf.example.org/a/2', '2026-02-03T12:00:00.000Z'],
    ])
  })

  it('reads decoded windows-1252 text intact', async () => {
    const feed = await parsed(fixture('fr-windows-1252.xml'))
    expect(feed.items[0]?.title).toBe(
      'Contoso rachète Northwind pour 4 milliards d’euros — “un accord historique”',
    )
    expect(feed.language).toBe('fr')
  })

  it('accepts <rss> without a version, a BOM and whitespace before the prolog', async () => {
    expect(
      (await parsed('<rss><channel><item><title>x</title></item></channel></rss>')).items,
    ).toHaveLength(1)
    expect(
      (await parsed(`\uFEFF\n\n  ${rss('<item><title>y</title></item>')}`)).items[0]?.title,
    ).toBe('y')
  })

  it('returns an empty item list for a channel without items', async () => {
    expect(await parsed(rss(''))).toEqual({ title: 'T', items: [] })
  })
})

describe('parseFeed: odd fields', () => {
  it('blanks an unreadable Atom date instead of rejecting the feed', async () => {
    const feed = await parsed(
      atom(`<entry><id>e1</id><title>bad</title><published>garbage</published><updated>nope</updated></entry>
            <entry><id>e2</id><title>good</title><updated>2026-01-05T10:00:00Z</updated></entry>`),
    )
    expect(feed.items.map((i) => [i.guid, i.isoDate])).toEqual([
      ['e1', undefined],
      ['e2', '2026-01-05T10:00:00.000Z'],
    ])
  })

  it('keeps items without a guid (the link identifies them later)', async () => {
    const feed = await parsed(
      rss('<item><title>no guid</title><link>https://x.example/a</link></item>'),
    )
    expect(feed.items[0]).toEqual({ title: 'no guid', link: 'https://x.example/a', categories: [] })
  })

  it('reads a pubDate that is an element (<time datetime>) instead of a string', async () => {
    const feed = await parsed(
      rss(
        '<item><title>t</title><pubDate><time datetime="2026-01-02T03:04:05Z">2 janvier</time></pubDate></item>',
      ),
    )
    expect(feed.items[0]?.pubDate).toBe('2026-01-02T03:04:05Z')
  })

  it('ignores fields that are objects where text is expected', async () => {
    const feed = await parsed(
      rss(
        '<item><title>t</title><link href="https://x.example/b"/><guid isPermaLink="true">https://x.example/b</guid><dc:creator><name>n</name></dc:creator></item>',
      ),
    )
    expect(feed.items[0]?.link).toBeUndefined()
    expect(feed.items[0]?.creator).toBeUndefined()
    expect(feed.items[0]?.guid).toBe('https://x.example/b')
  })

  it('keeps the text inside raw (unescaped) HTML in an RSS title or description', async () => {
    const feed = await parsed(
      rss(
        '<item><title>Deal: <em>Contoso</em> buys</title><description><em>Northwind</em>: talks <EM>ended</EM></description></item>',
      ),
    )
    expect(feed.items[0]?.title).toBe('Deal: <em>Contoso</em> buys')
    expect(feed.items[0]?.content).toBe('<em>Northwind</em>: talks <EM>ended</EM>')
  })

  it('leaves Atom xhtml content alone', async () => {
    const feed = await parsed(
      atom(
        '<entry><id>x</id><title>t</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hello <b>world</b></p></div></content></entry>',
      ),
    )
    expect(feed.items[0]?.content).toContain('world')
  })

  it('prefers feedburner:origLink over the feedproxy link, and dc:language over the feed language', async () => {
    const feed = await parsed(
      `<rss version="2.0" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><language>en</language>
        <item><title>t</title><link>http://feedproxy.google.com/~r/x/1</link><feedburner:origLink>https://real.example/1</feedburner:origLink><dc:language>fr</dc:language></item>
      </channel></rss>`,
    )
    expect(feed.items[0]).toMatchObject({ link: 'https://real.example/1', language: 'fr' })
  })

  it('keeps the first of duplicate guids', async () => {
    const feed = await parsed(rss('<item><title>t</title><guid>g1</guid><guid>g1</guid></item>'))
    expect(feed.items[0]?.guid).toBe('g1')
  })
})

describe('parseFeed: not feeds', () => {
  it.each([
    { name: 'empty input', xml: '', error: /^empty document/ },
    { name: 'whitespace only', xml: ' \n\t', error: /^empty document/ },
    { name: 'JSON', xml: '{"items": []}', error: /^not a feed: looks like JSON/ },
    {
      name: 'an HTML page',
      xml: '<!DOCTYPE html><html><head><title>Home</title></head><body>hi</body></html>',
      error: /^not a feed: looks like an HTML page/,
    },
    {
      name: 'an HTML error page without doctype',
      xml: '<head><title>Document Moved</title></head><body>here</body>',
      error: /^not a feed: looks like an HTML page/,
    },
    {
      name: 'plain text',
      xml: 'Service Unavailable',
      error: /^not a feed: the document does not start with XML/,
    },
    {
      name: 'another XML vocabulary',
      xml: '<?xml version="1.0"?><!-- sitemap --><urlset><url/></urlset>',
      error: /^not a feed: the root element is <urlset>/,
    },
    {
      name: 'a prolog only',
      xml: '<?xml version="1.0"?>',
      error: /^malformed XML: no root element/,
    },
  ])('rejects $name', async ({ xml, error }) => {
    const outcome = await parseFeed(xml)
    expect(outcome.ok).toBe(false)
    if (!outcome.ok) expect(outcome.error).toMatch(error)
  })

  it.each([
    {
      name: 'an unescaped &',
      xml: rss('<item><title>A & B</title></item>'),
      error: /^malformed XML at line 1, column \d+: invalid character in entity name$/,
    },
    {
      name: 'a truncated document',
      xml: `<rss version="2.0">\n<channel>\n<item><title>cut`,
      error: /^malformed XML at line 3, column \d+: unclosed root tag$/,
    },
    {
      name: 'an unterminated CDATA',
      xml: `<rss version="2.0">\n<channel>\n<item>\n<title><![CDATA[oops</title></item></channel></rss>`,
      error: /^malformed XML at line 4/,
    },
  ])('rejects malformed XML ($name) with its position', async ({ xml, error }) => {
    const outcome = await parseFeed(xml)
    expect(outcome.ok).toBe(false)
    if (!outcome.ok) expect(outcome.error).toMatch(error)
  })

  it('is not corrupted by an earlier failure (a fresh parser per document)', async () => {
    const broken = `<rss version="2.0"><channel><item><title><![CDATA[oops</title></item></channel></rss>`
    const ampersand = rss('<item><title>A & B</title></item>')
    expect((await parseFeed(broken)).ok).toBe(false)
    expect((await parseFeed(ampersand)).ok).toBe(false)
    expect((await parseFeed(rss('<item><title>fine</title></item>'))).ok).toBe(true)
  })
})

describe('protectRawHtml', () => {
  it.each([
    {
      name: 'wraps raw HTML in a title',
      xml: '<rss><title>a <b>b</b></title></rss>',
      out: '<rss><title><![CDATA[a <b>b</b>]]></title></rss>',
    },
    {
      name: 'wraps each raw description',
      xml: '<description><em>A</em></description><description>x</description><description><i>C</i></description>',
      out: '<description><![CDATA[<em>A</em>]]></description><description>x</description><description><![CDATA[<i>C</i>]]></description>',
    },
    {
      name: 'leaves escaped HTML alone',
      xml: '<rss><description>&lt;p&gt;x&lt;/p&gt;</description></rss>',
      out: '<rss><description>&lt;p&gt;x&lt;/p&gt;</description></rss>',
    },
    {
      name: 'leaves CDATA alone',
      xml: '<rss><description><![CDATA[<p>x</p>]]></description></rss>',
      out: '<rss><description><![CDATA[<p>x</p>]]></description></rss>',
    },
    {
      name: 'leaves an unclosed element alone',
      xml: '<rss><title>a <b>b</b>',
      out: '<rss><title>a <b>b</b>',
    },
    {
      name: 'leaves Atom alone',
      xml: '<feed xmlns="http://www.w3.org/2005/Atom"><title>a <b>b</b></title></feed>',
      out: '<feed xmlns="http://www.w3.org/2005/Atom"><title>a <b>b</b></title></feed>',
    },
  ])('$name', ({ xml, out }) => {
    expect(protectRawHtml(xml)).toBe(out)
  })
})
