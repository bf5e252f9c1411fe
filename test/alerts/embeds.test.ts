import { describe, expect, it } from 'vitest'
import type { Alert } from '../../src/alerts/alert.js'
import { formatAlertText } from '../../src/alerts/sinks.js'
import { alertEmbed, EMBED_LIMITS, embedLength, truncate } from '../../src/discord/embeds.js'

function alert(overrides: Partial<Alert> = {}): Alert {
  return {
    eventId: 1,
    claim: {
      id: 'amazon-openai',
      text: 'Amazon is in talks to invest more than $10 billion in OpenAI.',
    },
    verdict: 'confirms',
    confidence: 0.91,
    evidence: 'Amazon is in advanced talks to invest more than $10 billion in OpenAI, people said.',
    reasons: ['same parties'],
    story: {
      title: 'Amazon in talks to invest $10bn in OpenAI',
      url: 'https://news.example/amazon-openai',
      published: '2025-12-17T08:00:00Z',
      outlet: 'Wire',
    },
    outlets: 1,
    outletNames: ['Wire'],
    standing: { confirms: 2, contradicts: 0, mentions: 1 },
    locale: 'en',
    ...overrides,
  }
}

describe('alertEmbed', () => {
  it('shows verdict, claim, quoted evidence, source, time, confidence and standing', () => {
    const e = alertEmbed(alert(), 'en')
    expect(e.color).toBe(0x2ecc71)
    expect(e.author?.name).toBe('✅ CONFIRMS')
    expect(e.title).toBe('Amazon is in talks to invest more than $10 billion in OpenAI.')
    expect(e.url).toBe('https://news.example/amazon-openai')
    expect(e.description).toBe(
      '> “Amazon is in advanced talks to invest more than $10 billion in OpenAI, people said.”',
    )
    const fields = Object.fromEntries((e.fields ?? []).map((f) => [f.name, f.value]))
    expect(fields['Source']).toBe(
      '[Wire](https://news.example/amazon-openai)\nAmazon in talks to invest $10bn in OpenAI',
    )
    expect(fields['Published']).toBe(`<t:${Date.parse('2025-12-17T08:00:00Z') / 1000}:f>`)
    expect(fields['Confidence']).toBe('91 %')
    expect(fields['Standing']).toBe(
      'confirmed by 2 outlets, contradicted by 0 outlets, mentioned by 1 outlet',
    )
    expect(fields['Also reported by']).toBeUndefined()
  })

  it('counts other outlets and speaks French', () => {
    const e = alertEmbed(
      alert({
        verdict: 'contradicts',
        outlets: 3,
        outletNames: ['Wire', 'Fil', 'Gazette'],
        standing: null,
      }),
      'fr',
    )
    expect(e.color).toBe(0xe74c3c)
    expect(e.author?.name).toBe('❌ CONTREDIT')
    const fields = Object.fromEntries((e.fields ?? []).map((f) => [f.name, f.value]))
    expect(fields['Aussi rapporté par']).toBe('+2 médias : Fil, Gazette')
    expect(fields['Confiance']).toBe('91 %')
    expect(fields['État']).toBeUndefined()
  })

  const long = 'x'.repeat(10_000)
  it.each([
    { name: 'very long quote', a: alert({ evidence: long }) },
    { name: 'very long claim', a: alert({ claim: { id: 'c', text: long } }) },
    {
      name: 'very long outlet and title',
      a: alert({ story: { ...alert().story, outlet: long, title: long } }),
    },
    {
      name: 'many outlets',
      a: alert({
        outlets: 500,
        outletNames: Array.from({ length: 500 }, (_, i) => `Outlet number ${i}`),
      }),
    },
    { name: 'emoji at the cut', a: alert({ evidence: '😀'.repeat(3000) }) },
    {
      name: 'markdown and newlines',
      a: alert({
        evidence: 'a\n\n**b** `c` [d](e)\t\r\n',
        story: { ...alert().story, outlet: 'Le [Monde] *' },
      }),
    },
    {
      name: 'bad URL and date',
      a: alert({
        story: { ...alert().story, url: 'javascript:alert(1)', published: 'not a date' },
      }),
    },
    {
      name: 'empty texts',
      a: alert({
        evidence: '',
        claim: { id: 'c', text: '   ' },
        story: { title: '', url: '', published: null, outlet: '' },
      }),
    },
    { name: 'confidence out of range', a: alert({ confidence: 7 }) },
  ])('stays within Discord limits: $name', ({ a }) => {
    for (const locale of ['en', 'fr'] as const) {
      const e = alertEmbed(a, locale)
      expect(e.title?.length ?? 0).toBeLessThanOrEqual(EMBED_LIMITS.title)
      expect(e.title?.length ?? 0).toBeGreaterThan(0)
      expect(e.description?.length ?? 0).toBeLessThanOrEqual(EMBED_LIMITS.description)
      expect(e.fields?.length ?? 0).toBeLessThanOrEqual(EMBED_LIMITS.fields)
      for (const f of e.fields ?? []) {
        expect(f.name.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldName)
        expect(f.value.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldValue)
        expect(f.value.length).toBeGreaterThan(0)
      }
      expect(embedLength(e)).toBeLessThanOrEqual(EMBED_LIMITS.total)
      // Never a lone surrogate (Discord rejects invalid UTF-8 after encoding).
      expect(JSON.stringify(e)).not.toMatch(/\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f])/i)
    }
  })

  it('leaves out an unusable link and date', () => {
    const e = alertEmbed(
      alert({ story: { ...alert().story, url: 'javascript:alert(1)', published: null } }),
      'en',
    )
    expect(e.url).toBeUndefined()
    expect(e.timestamp).toBeUndefined()
    expect(e.fields?.find((f) => f.name === 'Published')?.value).toBe('unknown')
    expect(e.fields?.[0]?.value).toMatch(/^Wire\n/)
  })

  it('escapes markdown in the outlet so the link label holds', () => {
    const e = alertEmbed(alert({ story: { ...alert().story, outlet: 'Le [Monde]' } }), 'en')
    expect(e.fields?.[0]?.value).toMatch(/^\[Le \\\[Monde\\\]\]\(https:/)
  })
})

describe('truncate', () => {
  it.each([
    { text: 'abc', max: 5, expected: 'abc' },
    { text: 'abcdef', max: 5, expected: 'abcd…' },
    { text: 'ab😀cd', max: 4, expected: 'ab…' },
    { text: 'abc', max: 0, expected: '' },
  ])('$text to $max', ({ text, max, expected }) => {
    expect(truncate(text, max)).toBe(expected)
  })
})

describe('formatAlertText (console)', () => {
  it('prints three lines with the quoted evidence and the outlet count', () => {
    const text = formatAlertText(alert({ outlets: 3, outletNames: ['Wire', 'Fil', 'Gazette'] }))
    expect(text).toBe(
      '✅ CONFIRMS  Amazon is in talks to invest more than $10 billion in OpenAI.\n' +
        '   “Amazon is in advanced talks to invest more than $10 billion in OpenAI, people said.”\n' +
        '   — Wire · https://news.example/amazon-openai · 2025-12-17 08:00 UTC · confidence 0.91 · +2 outlets\n',
    )
  })

  it('skips a missing date and says contradicts', () => {
    const text = formatAlertText(
      alert({ verdict: 'contradicts', story: { ...alert().story, published: null } }),
    )
    expect(text).toMatch(/^❌ CONTRADICTS {2}Amazon/)
    expect(text).toContain('— Wire · https://news.example/amazon-openai · confidence 0.91\n')
  })
})
