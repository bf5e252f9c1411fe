import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig, readClaimsFile } from '../../src/config/load-config.js'

const dir = mkdtempSync(join(tmpdir(), 'dealwatch-config-'))
function file(name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}
function problemsOf(fn: () => unknown): string[] {
  try {
    fn()
  } catch (error) {
    if (error instanceof ConfigError) return error.problems
    throw error
  }
  throw new Error('expected a ConfigError')
}

describe('loadConfig', () => {
  it('loads the shipped defaults: the founding claims in both languages and a dozen EN/FR feeds', () => {
    const config = loadConfig()
    expect(config.claims.claims.map((c) => c.id)).toContain('amazon-openai-investment')
    expect(config.claims.claims.length).toBeGreaterThanOrEqual(8)
    expect(config.feeds.length).toBeGreaterThanOrEqual(12)
    expect(new Set(config.feeds.map((f) => f.lang))).toEqual(new Set(['en', 'fr']))
    expect(config.schedule).toBe('*/5 * * * *')
    expect(config.threshold).toBe(0.7)
  })

  it('lets a user file replace feeds, claims and schedule while keeping other defaults', () => {
    const path = file(
      'user.yaml',
      [
        'schedule: "*/1 * * * *"',
        'feeds:',
        '  - { url: "http://127.0.0.1:9/feed.xml", name: Local, lang: fr }',
        'entities:',
        '  - { id: acme, name: Acme, aliases: ["Acme Corp"] }',
        'claims:',
        '  - { id: acme-deal, text: "Acme is in talks to buy Initech.", date: 2026-01-02 }',
      ].join('\n'),
    )
    const config = loadConfig(path)
    expect(config.schedule).toBe('*/1 * * * *')
    expect(config.feeds).toEqual([
      { url: 'http://127.0.0.1:9/feed.xml', name: 'Local', lang: 'fr' },
    ])
    expect(config.claims.claims).toEqual([
      { id: 'acme-deal', text: 'Acme is in talks to buy Initech.', date: '2026-01-02' },
    ])
    expect(config.threshold).toBe(0.7)
    expect(config.files.at(-1)).toBe(path)
  })

  it.each([
    ['a feed without a URL', 'feeds:\n  - { name: x }', /user-bad\.yaml: feeds\[0\]\.url: /],
    [
      'a feed with an ftp URL',
      'feeds:\n  - { url: "ftp://x/y" }',
      /feeds\[0\]\.url: expected an http\(s\) URL/,
    ],
    [
      'a feed language other than en/fr',
      'feeds:\n  - { url: "https://x.y/feed", lang: de }',
      /feeds\[0\]\.lang/,
    ],
    ['an unknown top-level key', 'feeds_: []', /\(top level\)|feeds_/],
    ['a threshold above 1', 'alerts: { threshold: 3 }', /alerts\.threshold/],
    ['a claim without text', 'claims:\n  - { id: x }', /claims\[0\]\.text/],
    [
      'a claim party that is not an entity',
      'entities: []\nclaims:\n  - { id: x, text: "Acme buys Initech.", parties: [acme] }',
      /claims\[0\]\.parties: "acme" is not the id of an entity/,
    ],
    [
      'duplicate claim ids',
      'claims:\n  - { id: x, text: "Acme buys Initech." }\n  - { id: x, text: "Acme buys Globex." }',
      /claims\[1\]\.id: "x" appears more than once/,
    ],
    ['broken YAML', 'feeds: [ { url: ', /not valid YAML/],
  ])('rejects %s, naming the file and key', (_label, yaml, expected) => {
    const path = file('user-bad.yaml', yaml)
    const problems = problemsOf(() => loadConfig(path))
    expect(problems.join('\n')).toMatch(expected)
    expect(problems.every((p) => p.includes('user-bad.yaml'))).toBe(true)
  })

  it('says the file is missing', () => {
    expect(problemsOf(() => loadConfig(join(dir, 'nope.yaml')))).toEqual([
      `${join(dir, 'nope.yaml')}: file not found`,
    ])
  })
})

describe('readClaimsFile', () => {
  it('reads the DESIGN.md claims format, keeping dates as YYYY-MM-DD', () => {
    const path = file(
      'claims.yaml',
      'entities:\n  - id: amazon\n    name: Amazon\n    aliases: ["AWS"]\nclaims:\n  - id: c1\n    text: "Amazon is in talks to invest in OpenAI."\n    date: 2025-12-17\n',
    )
    expect(readClaimsFile(path)).toEqual({
      entities: [{ id: 'amazon', name: 'Amazon', aliases: ['AWS'] }],
      claims: [{ id: 'c1', text: 'Amazon is in talks to invest in OpenAI.', date: '2025-12-17' }],
    })
  })
})
