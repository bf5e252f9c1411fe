/**
 * Buy-outs: taking a company private, joint buyers, founders buying their company, buying the rest
 * of a company (invented companies; no real news text).
 */
import { describe, expect, it } from 'vitest'
import { describeClaim as understood } from '../../src/analysis/index.js'
import { isNegated } from '../../src/analysis/clauses.js'
import { findCues } from '../../src/analysis/cues.js'
import { findKinds } from '../../src/analysis/deal-kinds.js'
import { foldSameLength } from '../../src/analysis/folded.js'
import { describeClaim, fabrionClaims, verdictIn } from './fixtures.js'

describe('taking a company off the market is a takeover', () => {
  it.each([
    ['Fabrion and Orma agreed to take Tessel private for $13.65 a share'],
    ['Tessel goes private as its buyout closes'],
    ['Tessel va quitter la Bourse'],
    ['Fabrion va retirer de la cote le fabricant'],
    ['Les actionnaires approuvent le retrait de la cote de Tessel'],
    ['Tessel completes its delisting'],
  ])('%s', (text) => {
    expect(findKinds(foldSameLength(text)).map((k) => k.kind)).toContain('acquisition')
  })
  it('a delisting or a squeeze-out is no withdrawal', () => {
    for (const text of ['le retrait de la cote de Tessel', 'un retrait obligatoire sur Tessel'])
      expect(findCues(foldSameLength(text)).map((c) => c.cls)).not.toContain('collapse')
    expect(findCues(foldSameLength('le retrait de son offre')).map((c) => c.cls)).toContain(
      'collapse',
    )
  })
})

describe('joint buyers named together before the target', () => {
  it.each([
    ['Fabrion and Orma have agreed to take Tessel private for $13.65 a share.'],
    ['Fabrion et Orma vont racheter Tessel pour 5 milliards d’euros.'],
  ])('%s', (text) => {
    const d = understood(fabrionClaims([{ id: 'c', text }]).claims[0]!)
    expect(d.kind).toBe('acquisition')
    expect(d.parties.map((p) => `${p.id}:${p.role}`)).toEqual([
      'fabrion:buyer',
      'tessel:target',
      'orma:buyer',
    ])
  })
})

describeClaim(
  'a founder and a fund taking their company private',
  {
    text: 'Fabrion and Orma have agreed to take Tessel private for $13.65 a share in cash.',
    date: '2026-02-05',
  },
  '2026-02-06T08:00:00Z',
  [
    // The target agreeing to a buy-out by the claim's buyers is the claim's deal.
    ['Tessel agrees to buyout by Fabrion and Orma', '', 'confirms'],
    // A price quoted to the cent is that price: $13.75 is another price.
    [
      'Tessel buyout closes',
      'Tessel said it had completed its buyout by Fabrion and Orma, with holders receiving $13.75 a share in cash.',
      'contradicts',
      '2026-10-30T08:00:00Z',
    ],
  ],
)

describeClaim(
  'buying the rest of a company ends in owning all of it',
  {
    text: 'Fabrion va racheter les quelque 16 % du capital de Tessel qu’il ne détient pas encore.',
    date: '2026-02-05',
  },
  '2026-06-08T08:00:00Z',
  [['Fabrion détient désormais 100 % de Tessel, retiré de la cote', '', 'confirms']],
)

it('a founder buying the company is not another buyer', () => {
  const set = fabrionClaims([
    {
      id: 'c',
      text: 'Fabrion and Orma have agreed to take Tessel private for $13.65 a share in cash.',
      date: '2026-02-05',
    },
  ])
  for (const agent of ['son fondateur', 'sa direction', 'la famille fondatrice'])
    expect(
      verdictIn(set, 'c', `Tessel va quitter la Bourse, racheté par ${agent}`, '', '2026-02-06'),
    ).not.toBe('contradicts')
  expect(
    verdictIn(set, 'c', 'Tessel va quitter la Bourse, racheté par Quorvex', '', '2026-02-06'),
  ).toBe('contradicts')
})

describeClaim(
  'a target giving in to its bidder agrees to the takeover',
  {
    text: 'Tessel has agreed to be taken over by Fabrion for 58.96 Fabrion shares per Tessel share.',
    date: '2026-02-03',
  },
  '2026-02-03T18:00:00Z',
  [
    [
      'Tessel gives in to Fabrion in $180bn deal',
      'Tessel’s board agreed on Thursday to a takeover by Fabrion.',
      'confirms',
    ],
    ['Tessel accepte de passer sous pavillon de Fabrion', '', 'confirms'],
    // An alliance of the bidder with a third company is another deal.
    ['Orma s’allie à Fabrion et prive Tessel de chevalier blanc', '', 'unrelated'],
  ],
)

it('a claim of a takeover in the passive is an agreed acquisition', () => {
  const d = understood(
    fabrionClaims([
      {
        id: 'c',
        text: 'Tessel has agreed to be taken over by Fabrion for 58.96 Fabrion shares per Tessel share.',
      },
    ]).claims[0]!,
  )
  expect([d.kind, d.status]).toEqual(['acquisition', 'agreed'])
})

describeClaim(
  'a remedy sale is a condition of the deal, and goods sold are no sale of a company',
  {
    text: 'Fabrion has agreed to buy Tessel for $74.50 a share in cash and stock.',
    date: '2026-02-01',
  },
  '2026-07-02T08:00:00Z',
  [
    [
      "Regulator clears Fabrion's Tessel deal with sale of 330 stores",
      'The regulator approved Fabrion’s acquisition of Tessel on condition that the companies sell 330 stores, clearing the way for the deal to close.',
      'confirms',
    ],
    [
      'Fabrion shares surge as investors cheer Tessel purchase',
      'Fabrion stock posted one of its biggest one-day gains, with analysts saying the addition of Tessel’s plants gives the group more to sell to data-centre customers.',
      'mentions',
    ],
  ],
)

describeClaim(
  'a rival giving up beside the deal, and a negation that stops at a new phrase',
  {
    text: 'Fabrion and Orma have agreed to buy Tessel for 1,090 pence a share, valuing it at about £11.1 billion.',
    date: '2026-04-24',
  },
  '2026-04-24T18:00:00Z',
  [
    ['Tessel backs £11.1bn Fabrion offer as Quorvex bows out', '', 'confirms'],
    ['Fabrion et Orma prennent le contrôle de Tessel', '', 'confirms'],
  ],
)

it('the negation of owning does not reach the tender offer that follows', () => {
  const text = foldSameLength(
    'Fabrion will buy the 34% of Tessel it does not own through a tender offer',
  )
  expect(isNegated(text, text.indexOf('tender offer'))).toBe(false)
  const not = foldSameLength('Fabrion has not launched a tender offer')
  expect(isNegated(not, not.indexOf('launched'))).toBe(true)
})

describeClaim(
  'a completion sought in court is not a completion',
  {
    text: 'Fabrion has agreed to buy Tessel for about $25.4 billion, or $76 a share in cash and stock.',
    date: '2026-01-15',
  },
  '2026-11-08T08:00:00Z',
  [
    [
      'Tessel sues Fabrion to force completion of merger',
      'Tessel filed suit on Monday seeking to compel Fabrion to close their $25.4 billion merger, after Fabrion signalled it wanted to revisit the price.',
      'mentions',
    ],
    [
      'Tessel assigne Fabrion pour forcer la finalisation de la fusion',
      'Tessel a saisi la justice pour contraindre Fabrion à boucler le rachat de 25,4 milliards de dollars.',
      'mentions',
    ],
  ],
)

describeClaim(
  'an authority rejecting the deal blocks it',
  {
    text: 'Fabrion has agreed to buy power-line operator Tessel in a deal valued at about $18.4 billion including debt.',
    date: '2026-01-29',
  },
  '2026-10-13T08:00:00Z',
  [
    [
      "State regulators formally reject Fabrion's takeover of Tessel",
      'The utility commission ruled that the deal was not in the public interest. Fabrion said it was weighing its options.',
      'contradicts',
    ],
    [
      'Le régulateur rejette le rachat de Tessel par Fabrion',
      "La commission de l'énergie a estimé que l'opération n'était pas dans l'intérêt public.",
      'contradicts',
    ],
    // A rejection expected is pending.
    [
      "Regulators could reject Fabrion's takeover of Tessel, commissioners signal",
      'A formal order is expected in the coming weeks.',
      'mentions',
    ],
  ],
)

describeClaim(
  'a headline naming both parties over a lede that ends the deal',
  {
    text: 'Fabrion has agreed to buy Tessel for about $2 billion.',
    date: '2026-01-29',
  },
  '2026-06-13T08:00:00Z',
  [
    // The headline's own verb is the next deal ("signs with"); the lede ends the claimed one.
    [
      'Tessel signs with Orma after Fabrion declines to raise its offer',
      'Tessel terminated its merger agreement with Fabrion and signed a deal with Orma worth $2.5 billion.',
      'contradicts',
    ],
    [
      'Tessel turns to its founders as Fabrion era ends',
      'Tessel terminated its merger agreement with Fabrion on Monday, citing the delays in the regulatory review.',
      'contradicts',
    ],
    [
      'Tessel tourne la page Fabrion',
      "Tessel a mis fin à son accord de fusion avec Fabrion lundi, invoquant les retards de l'examen réglementaire.",
      'contradicts',
    ],
  ],
)
