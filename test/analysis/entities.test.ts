import { describe, expect, it } from 'vitest'
import { buildAliasIndex, findMentions, findProperNames } from '../../src/analysis/entities.js'
import { foldSameLength } from '../../src/analysis/folded.js'
import { normaliseText } from '../../src/analysis/text.js'
import { ENTITIES } from './fixtures.js'

const index = buildAliasIndex([
  ...ENTITIES,
  { id: 'arm', name: 'Arm', aliases: ['Arm Holdings', 'ARM'] },
  { id: 'meta', name: 'Meta', aliases: ['Meta Platforms'] },
  { id: 'amazon', name: 'Amazon', aliases: ['AWS', 'Amazon Web Services', 'le géant de Seattle'] },
  { id: 'x-corp', name: 'X Corp', aliases: [] },
  { id: 'societe-generale', name: 'Société Générale', aliases: ['SocGen'] },
])

function ids(text: string): string[] {
  const t = normaliseText(text)
  return findMentions(index, t, foldSameLength(t)).map((m) => m.entity)
}

describe('findMentions', () => {
  it.each<[string, string[]]>([
    ['Orbitel buys Lumora', ['orbitel', 'lumora']],
    ["Orbitel's bid for Lumora AI", ['orbitel', 'lumora']],
    ["L'opérateur Orbitel rachète Lumora", ['orbitel', 'lumora']],
    ["Le rachat d'Orbitel par Amazon", ['orbitel', 'amazon']],
    ["l'américain Amazon investit", ['amazon']],
    ['AMAZON and ORBITEL in talks', ['amazon', 'orbitel']],
    ['Amazon Web Services signs a deal', ['amazon']],
    ['AWS signs a deal', ['amazon']],
    ['le géant de Seattle investit', ['amazon']],
    ['Le Géant De Seattle investit', ['amazon']],
    ['Société Générale and Orbitel', ['societe-generale', 'orbitel']],
    ['Societe Generale and Orbitel', ['societe-generale', 'orbitel']],
    ['the chatbot maker raised money', ['lumora']],
    ['Chatbot maker raised money', ['lumora']],
    ['Orbitel-backed Lumora', ['orbitel', 'lumora']],
    ['Kestrel Capital and Kestrel', ['kestrel', 'kestrel']],
    ['Vantix Semiconductors (VTX) rose', ['vantix', 'vantix']],
    ['Arm Holdings shares', ['arm']],
    ['ARM shares', ['arm']],
    ['Nvidia to buy Arm', ['arm']],
    ["kept at arm's length", []],
    ['an arm of the company', []],
    ['Meta Platforms and Meta', ['meta', 'meta']],
    ['a meta-analysis of studies', []],
    ['X Corp sues', ['x-corp']],
    ['x corp sues', ['x-corp']],
    ['', []],
    ['!!! ??? ...', []],
    ['Orbitelx is not Orbitel', ['orbitel']],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected)
  })

  it('returns offsets into the scanned text', () => {
    const t = "Le rachat d'Orbitel"
    const [m] = findMentions(index, t, foldSameLength(t))
    expect(t.slice(m!.start, m!.end)).toBe('Orbitel')
  })

  it('an all-caps short alias must be written in capitals', () => {
    expect(ids('the orbt ticker')).toEqual([])
    expect(ids('the ORBT ticker')).toEqual(['orbitel'])
  })
})

describe('findProperNames', () => {
  it.each<[string, string[]]>([
    [
      'Zephyr Robotics has agreed to buy Halden Labs for $2 billion.',
      ['Zephyr Robotics', 'Halden Labs'],
    ],
    ['The US government plans to invest in Corvane.', ['Corvane']],
    ['Le groupe Tessaro va racheter Miralis.', ['Tessaro', 'Miralis']],
    ['In March, Ostrava AI raised money.', ['Ostrava AI']],
    ['An IPO on Nasdaq in January.', []],
  ])('%s', (text, expected) => {
    expect(findProperNames(text, []).map((m) => m.entity)).toEqual(expected)
  })

  it('skips spans already known', () => {
    expect(
      findProperNames('Zephyr Robotics buys Halden', [{ start: 0, end: 15 }]).map((m) => m.entity),
    ).toEqual(['Halden'])
  })
})
