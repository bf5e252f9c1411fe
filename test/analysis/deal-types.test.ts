import { describe, expect, it } from 'vitest'
import { compileClaims, describeClaim, judgeStory } from '../../src/analysis/index.js'
import type { Verdict } from '../../src/domain.js'
import { story } from './fixtures.js'

// Other deal shapes (merger of equals, compute contract, exclusive talks in French, licence),
// with invented companies.
const set = compileClaims({
  entities: [
    { id: 'helix', name: 'Helix Bio', aliases: ['Helix'] },
    { id: 'corva', name: 'Corva', aliases: ['Corva Pharma'] },
    { id: 'nimbus', name: 'Nimbus Cloud', aliases: ['Nimbus'] },
    { id: 'talon', name: 'Talon AI', aliases: ['Talon'] },
    { id: 'gridco', name: 'GridCo', aliases: [] },
    { id: 'verra', name: 'Verra Motors', aliases: ['Verra'] },
  ],
  claims: [
    {
      id: 'merge',
      text: 'Helix Bio and Corva have agreed to merge in an all-stock deal worth $30 billion.',
      date: '2026-01-10',
    },
    {
      id: 'compute',
      text: 'Talon AI signed a $20 billion, five-year compute contract with Nimbus Cloud.',
      date: '2026-02-01',
    },
    {
      id: 'exclusive',
      text: 'GridCo est en négociations exclusives pour racheter Verra Motors pour environ 4 milliards d’euros.',
      date: '2026-03-01',
    },
    {
      id: 'licence',
      text: 'Corva licensed its obesity drug to Helix for up to $2 billion.',
      date: '2026-04-01',
    },
  ],
})

describe('understanding of other deal shapes', () => {
  it.each<[string, string, string]>([
    ['merge', 'acquisition', 'agreed'],
    ['compute', 'supply', 'agreed'],
    ['exclusive', 'acquisition', 'talks'],
    ['licence', 'partnership', 'agreed'],
  ])('%s: %s, %s', (id, kind, status) => {
    const d = describeClaim(set.claims.find((c) => c.id === id)!)
    expect(d.kind).toBe(kind)
    expect(d.status).toBe(status)
    expect(d.parties).toHaveLength(2)
  })
})

describe('verdicts on other deal shapes', () => {
  it.each<[string, string, string, Verdict]>([
    ['merge', 'Helix and Corva complete merger', '', 'confirms'],
    ['merge', 'Helix Bio to merge with Corva in $30 billion deal', '', 'confirms'],
    ['merge', 'Helix Bio, Corva call off merger', '', 'contradicts'],
    ['merge', 'Helix Bio and Corva in merger talks', '', 'mentions'],
    ['compute', 'Talon AI signs $20bn compute deal with Nimbus', '', 'confirms'],
    ['compute', 'Talon AI cancels Nimbus cloud contract', '', 'contradicts'],
    ['compute', 'Nimbus invests $1bn in Talon AI', '', 'unrelated'],
    ['exclusive', 'GridCo finalise le rachat de Verra Motors', '', 'confirms'],
    [
      'exclusive',
      'Verra Motors : GridCo entre en négociations exclusives',
      "GridCo négocie le rachat du constructeur pour 4 milliards d'euros.",
      'confirms',
    ],
    ['exclusive', 'GridCo met fin aux négociations avec Verra', '', 'contradicts'],
    ['exclusive', 'GridCo signs deal to buy Verra Motors for €4.1bn', '', 'confirms'],
    ['licence', 'Helix licenses Corva obesity drug in $2bn deal', '', 'confirms'],
    ['licence', 'Corva ends licensing pact with Helix', '', 'contradicts'],
    ['licence', 'Helix lock-up ends as Corva shares rally', '', 'unrelated'],
  ])('%s ← "%s"', (claim, title, summary, expected) => {
    expect(
      judgeStory(set, story(title, summary)).find((j) => j.claim === claim)?.verdict ?? 'unrelated',
    ).toBe(expected)
  })
})
