import { readFileSync } from 'node:fs'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodeFeedBytes, detectCharset } from '../../src/feeds/decode.js'

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url))
const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8')
const cp1252 = (text: string): Buffer => iconv.encode(text, 'windows-1252')

describe('decodeFeedBytes', () => {
  it('decodes windows-1252 bytes 0x80-0x9F (€ ’ “ ” —) that Node 20 TextDecoder gets wrong', () => {
    const bytes = fixture('fr-windows-1252.xml')
    // The fixture really holds the single bytes, not UTF-8.
    expect(bytes.includes(0x80)).toBe(true)
    expect(bytes.includes(0x92)).toBe(true)
    const { text, charset } = decodeFeedBytes(bytes)
    expect(charset).toBe('windows-1252')
    expect(text).toContain('4 milliards d’euros — “un accord historique”')
    expect(text).toContain('4 milliards €')
    expect(text).toContain('Actualités économiques')
    expect(text).not.toMatch(/[\u0080-\u009f\ufffd]/)
  })

  it('decodes ISO-8859-1 declared in the prolog', () => {
    const { text, charset } = decodeFeedBytes(fixture('fr-iso-8859-1-declared.xml'))
    expect(charset).toBe('windows-1252') // WHATWG maps the iso-8859-1 label to windows-1252
    expect(text).toContain('Fabrikam lève 300 millions')
    expect(text).toContain('Le Journal des Marchés')
  })

  it('decodes ISO-8859-1 without any declaration (not valid UTF-8, so windows-1252)', () => {
    const { text, charset } = decodeFeedBytes(fixture('fr-iso-8859-1-undeclared.xml'))
    expect(charset).toBe('windows-1252')
    expect(text).toContain('Une levée de fonds réussie')
    expect(text).not.toContain('\ufffd')
  })

  it.each([
    {
      name: 'UTF-8 BOM',
      bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('<rss>é</rss>')]),
      charset: 'utf-8',
    },
    {
      name: 'UTF-16LE BOM',
      bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<rss>é€</rss>', 'utf16le')]),
      charset: 'utf-16le',
    },
    {
      name: 'UTF-16BE BOM',
      bytes: Buffer.concat([
        Buffer.from([0xfe, 0xff]),
        Buffer.from('<rss>é€</rss>', 'utf16le').swap16(),
      ]),
      charset: 'utf-16be',
    },
    {
      name: 'UTF-16LE without BOM',
      bytes: Buffer.from('<?xml version="1.0" encoding="UTF-16"?><rss>é€</rss>', 'utf16le'),
      charset: 'utf-16le',
    },
  ])('detects $name and strips the BOM', ({ bytes, charset }) => {
    const decoded = decodeFeedBytes(bytes)
    expect(decoded.charset).toBe(charset)
    expect(decoded.text.startsWith('<')).toBe(true)
    expect(decoded.text).toMatch(/<rss>é€?<\/rss>$/)
  })

  it('lets the BOM win over a contradicting HTTP charset', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('<rss>café</rss>')])
    expect(decodeFeedBytes(bytes, 'text/xml; charset=iso-8859-1')).toEqual({
      text: '<rss>café</rss>',
      charset: 'utf-8',
    })
  })

  it('trusts valid UTF-8 over a lying windows-1252 prolog', () => {
    const bytes = utf8(
      '<?xml version="1.0" encoding="windows-1252"?><rss><title>Euro €</title></rss>',
    )
    const { text, charset } = decodeFeedBytes(bytes)
    expect(charset).toBe('utf-8')
    expect(text).toContain('Euro €')
    expect(text).not.toContain('â‚¬')
  })

  it('uses the HTTP charset over the XML declaration', () => {
    const bytes = iconv.encode(
      '<?xml version="1.0" encoding="utf-8"?><rss>Привет</rss>',
      'windows-1251',
    )
    const { text, charset } = decodeFeedBytes(bytes, 'application/rss+xml; charset="windows-1251"')
    expect(charset).toBe('windows-1251')
    expect(text).toContain('Привет')
  })

  it('skips an HTTP "utf-8" that the bytes contradict and uses the prolog instead', () => {
    const bytes = cp1252('<?xml version="1.0" encoding="ISO-8859-1"?><rss>Société</rss>')
    expect(decodeFeedBytes(bytes, 'text/xml; charset=utf-8').text).toContain('Société')
  })

  it.each([
    { header: 'text/xml; charset=x-no-such-charset', label: 'unknown HTTP charset' },
    { header: undefined, label: 'unknown prolog charset', prolog: 'x-klingon' },
  ])('falls back to sniffing for an $label', ({ header, prolog }) => {
    const decl = prolog ? `<?xml version="1.0" encoding="${prolog}"?>` : ''
    expect(decodeFeedBytes(utf8(`${decl}<rss>Zürich</rss>`), header).text).toContain('Zürich')
    expect(decodeFeedBytes(cp1252(`${decl}<rss>Zürich €</rss>`), header).text).toContain('Zürich €')
  })

  it('accepts a bare charset label as the HTTP charset', () => {
    expect(detectCharset(cp1252('<rss>é</rss>'), 'ISO-8859-15')).toBe('iso-8859-15')
    expect(detectCharset(utf8('<rss>plain ascii</rss>'), 'latin1')).toBe('windows-1252')
  })

  it('decodes plain ASCII as UTF-8 and invalid bytes never throw', () => {
    expect(decodeFeedBytes(utf8('<rss/>'))).toEqual({ text: '<rss/>', charset: 'utf-8' })
    expect(decodeFeedBytes(new Uint8Array(0))).toEqual({ text: '', charset: 'utf-8' })
    const broken = Buffer.concat([utf8('<rss>'), Buffer.from([0xc3]), utf8('</rss>')])
    // A UTF-16 label over ASCII-looking bytes is ignored; invalid UTF-8 then means windows-1252.
    expect(decodeFeedBytes(broken, 'text/xml; charset=utf-16').text).toBe('<rss>Ã</rss>')
  })
})
