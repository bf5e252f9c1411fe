import { describe, expect, it } from 'vitest'
import { compileClaims, describeClaim, judgeStory } from '../../src/analysis/index.js'
import type { Verdict } from '../../src/domain.js'
import { describeClaim as describeFabrionClaim, story } from './fixtures.js'

// French claims and stories (invented companies), stories without a declared language.
const set = compileClaims({
  entities: [
    { id: 'aubeline', name: 'Aubeline', aliases: ['le groupe Aubeline'] },
    { id: 'mercor', name: 'Mercor', aliases: ["l'éditeur Mercor", 'Mercor SA'] },
  ],
  claims: [
    {
      id: 'talks',
      text: 'Aubeline serait en discussions avancées pour racheter Mercor, selon Les Echos.',
      date: '2026-01-10',
    },
    {
      id: 'agreed',
      text: "Aubeline a conclu un accord pour racheter Mercor pour 3 milliards d'euros.",
      date: '2026-01-20',
    },
  ],
})

describe('French claims', () => {
  it('understands a hedged talks claim and an agreed one', () => {
    const [talks, agreed] = set.claims.map(describeClaim)
    expect([talks?.kind, talks?.status, talks?.hedged, talks?.lang]).toEqual([
      'acquisition',
      'talks',
      true,
      'fr',
    ])
    expect([agreed?.kind, agreed?.status, agreed?.hedged]).toEqual(['acquisition', 'agreed', false])
    expect(agreed?.parties.map((p) => `${p.id}:${p.role}`)).toEqual([
      'aubeline:buyer',
      'mercor:target',
    ])
    expect(agreed?.figures[0]?.currency).toBe('EUR')
  })
})

describe('French stories', () => {
  it.each<[string, string, string, Verdict]>([
    ['talks', 'Aubeline et Mercor annoncent leur fusion', '', 'confirms'],
    ['talks', "Aubeline s'apprête à racheter Mercor", '', 'confirms'],
    ['talks', 'Aubeline lance une OPA sur Mercor', '', 'confirms'],
    ['talks', 'Aubeline dépose une offre ferme sur Mercor', '', 'confirms'],
    ['talks', 'Mercor dément toute discussion avec Aubeline', '', 'contradicts'],
    ['talks', "Mercor rejette l'offre d'Aubeline, jugée trop faible", '', 'contradicts'],
    [
      'agreed',
      "L'Autorité de la concurrence autorise le rachat de Mercor par Aubeline",
      '',
      'confirms',
    ],
    ['agreed', "Aubeline finalise l'acquisition de Mercor", '', 'confirms'],
    ['agreed', "Aubeline boucle le rachat de Mercor pour 3 milliards d'euros", '', 'confirms'],
    ['agreed', "Mercor : les actionnaires approuvent l'offre d'Aubeline", '', 'confirms'],
    [
      'agreed',
      'Bruxelles ouvre une enquête approfondie sur le rachat de Mercor par Aubeline',
      '',
      'mentions',
    ],
    ['agreed', 'Rachat de Mercor : Aubeline confirme être en négociations', '', 'mentions'],
    ['agreed', 'Aubeline : le rachat de Mercor pourrait être bloqué par Bruxelles', '', 'mentions'],
    [
      'agreed',
      "Aubeline, qui a racheté Mercor l'an dernier, publie des résultats en hausse",
      '',
      'mentions',
    ],
    ['agreed', 'Aubeline va-t-elle racheter Mercor ?', '', 'mentions'],
    [
      'agreed',
      'Tribune : le rachat de Mercor par Aubeline, une erreur stratégique',
      '',
      'mentions',
    ],
    ['agreed', 'Bruxelles bloque le rachat de Mercor par Aubeline', '', 'contradicts'],
    ['agreed', 'Aubeline suspend le rachat de Mercor', '', 'contradicts'],
    ['agreed', 'Les discussions entre Aubeline et Mercor sont rompues', '', 'contradicts'],
    ['agreed', "Aubeline relève son offre sur Mercor à 4 milliards d'euros", '', 'contradicts'],
    ['agreed', 'Aubeline agrees to buy Mercor for €3bn', '', 'confirms'],
  ])('%s ← "%s"', (claim, title, summary, expected) => {
    expect(
      judgeStory(set, story(title, summary)).find((j) => j.claim === claim)?.verdict ?? 'unrelated',
    ).toBe(expected)
  })
})

describeFabrionClaim(
  'the French future and a joint venture set up state the agreement',
  {
    text: 'Fabrion and Tessel have agreed to give Orma 15% of their revenue from chip sales in exchange for licences.',
    date: '2026-08-11',
  },
  '2026-08-11T18:00:00Z',
  [['Fabrion et Tessel reverseront 15 % de leurs ventes de puces à Orma', '', 'confirms']],
)

describeFabrionClaim(
  'a joint venture created',
  {
    text: 'Fabrion and Tessel will set up a 50-50 joint venture in Japan, Fabrion Tessel Japan.',
    date: '2026-02-03',
  },
  '2026-02-03T18:00:00Z',
  [['Fabrion et Tessel créent une coentreprise au Japon', '', 'confirms']],
)

describeFabrionClaim(
  'a sale told in the French future is agreed; in the conditional, reported',
  { text: 'Orma has agreed to sell Tessel to Fabrion for $2 billion.', date: '2026-08-11' },
  '2026-08-11T18:00:00Z',
  [
    ['Orma cédera Tessel à Fabrion pour 2 milliards de dollars', '', 'confirms'],
    ['Orma céderait Tessel à Fabrion pour 2 milliards de dollars', '', 'mentions'],
  ],
)
