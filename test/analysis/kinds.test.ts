/**
 * A claim about a partnership term (exclusive rights, a licence) is a different deal from an
 * investment between the same parties: the investment story neither confirms nor contradicts it.
 * Invented companies only; EN + FR.
 */
import { describe, expect, it } from 'vitest'
import { compileClaims, judgeStory } from '../../src/analysis/index.js'
import { story } from './fixtures.js'

const set = compileClaims({
  entities: [
    { id: 'orbitel', name: 'Orbitel', aliases: ['Orbitel Corp'] },
    { id: 'lumora', name: 'Lumora', aliases: ['Lumora AI'] },
  ],
  claims: [
    {
      id: 'exclusive',
      text: 'Orbitel keeps exclusive rights to some of Lumora’s most advanced models until 2030.',
      date: '2026-01-10',
    },
    {
      id: 'exclusif-fr',
      text: 'Orbitel conserve des droits exclusifs sur certains modèles de Lumora jusqu’en 2030.',
      date: '2026-01-10',
    },
  ],
})

const verdictOf = (claim: string, title: string, summary = ''): string =>
  judgeStory(set, story(title, summary, { published: '2026-05-01T08:00:00Z' })).find(
    (j) => j.claim === claim,
  )?.verdict ?? 'unrelated'

describe('partnership terms against investment news between the same parties', () => {
  it.each([
    [
      'exclusive',
      'Orbitel has now invested $13 billion in Lumora',
      'Orbitel confirmed the total in a statement.',
    ],
    ['exclusive', 'Orbitel to invest another $2 billion in Lumora', ''],
    [
      'exclusif-fr',
      'Orbitel a investi 13 milliards de dollars dans Lumora',
      'Le groupe l’a confirmé dans un communiqué.',
    ],
  ])('%s is not confirmed by "%s"', (claim, title, summary) => {
    expect(['mentions', 'unrelated']).toContain(verdictOf(claim, title, summary))
  })
})

describe('not holding something is a state, not a refusal', () => {
  const buyout = compileClaims({
    entities: [
      { id: 'etat', name: 'State of Norland', aliases: ["l'État", 'the state', 'le gouvernement'] },
      { id: 'voltis', name: 'Voltis', aliases: ['Voltis SA'] },
    ],
    claims: [
      {
        id: 'buyout',
        text: "L'État va racheter les quelque 20 % du capital de Voltis qu'il ne détient pas encore, à 15 euros par action.",
        date: '2026-01-10',
      },
    ],
  })
  it.each([
    [
      "Voltis : l'État propose 15 euros par action aux actionnaires minoritaires",
      "Le ministère a annoncé mardi une offre publique d'achat sur les 20 % du capital de Voltis qu'il ne détient pas.",
    ],
    [
      'The state offers €15 a share for the Voltis stake it does not own',
      'The offer covers the 20% of Voltis that the state does not hold.',
    ],
  ])('"%s" does not contradict the buyout', (title, summary) => {
    const verdict = judgeStory(
      buyout,
      story(title, summary, { published: '2026-02-01T08:00:00Z' }),
    ).find((j) => j.claim === 'buyout')?.verdict
    expect(verdict).not.toBe('contradicts')
  })
})
