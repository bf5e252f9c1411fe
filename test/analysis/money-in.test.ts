/**
 * Money put into a company is an investment whatever the verb (invented companies; EN + FR).
 */
import { describe, expect, it } from 'vitest'
import { compileClaims, describeClaim as understood, judgeStory } from '../../src/analysis/index.js'
import { findCues } from '../../src/analysis/cues.js'
import { findKinds } from '../../src/analysis/deal-kinds.js'
import { foldSameLength } from '../../src/analysis/folded.js'
import { describeClaim, fabrionClaims, story, verdictIn } from './fixtures.js'

const kindsOf = (text: string): string[] => findKinds(foldSameLength(text)).map((k) => k.kind)

describe('money put into a company', () => {
  it.each([
    ['Fabrion and Orma are putting close to €300 million into Tessel, a research lab'],
    ['Fabrion pumps $2bn into Tessel'],
    ['Billionaire backs €300 million research lab'],
    ['Fabrion et Orma apportent près de 300 millions d’euros pour créer Tessel'],
    ['Le laboratoire, financé à hauteur de 300 millions d’euros par Fabrion'],
    ['Avec 300 millions d’euros apportés par ses trois mécènes, Tessel recrute'],
  ])('%s', (text) => {
    expect(kindsOf(text)).toContain('investment')
  })
  it.each([
    // Aid backing a deal, money on the table for a takeover: no investment in a company.
    ['Fabrion signs €30 billion plant deal, backed by €9.9 billion in aid'],
    ['Fabrion met 69 milliards de dollars sur la table pour Tessel'],
    ['Fabrion put the plan on hold'],
  ])('not: %s', (text) => {
    expect(kindsOf(text)).not.toContain('investment')
  })
})

describeClaim(
  'founders funding a new lab',
  {
    text: 'Fabrion et Orma apportent près de 300 millions d’euros pour créer Tessel, un laboratoire de recherche.',
    date: '2026-02-05',
  },
  '2026-02-05T18:00:00Z',
  [
    [
      'Fabrion backs €300 million research lab',
      'Fabrion and Orma are putting close to €300 million into Tessel, a non-profit lab in Paris.',
      'confirms',
    ],
    ['Tessel dévoile un assistant vocal', 'Le laboratoire présente un modèle.', 'unrelated'],
  ],
)

describe('goods sold somewhere are no company sold', () => {
  it.each([
    ['AI features for Tessel phones sold in mainland China', false],
    ['les voitures de Tessel vendues en Europe', false],
    ['Tessel was sold in a $2bn deal', true],
    ['Fabrion sold Tessel in 2015 to Orma', true],
  ])('%s', (text, sale) => {
    expect(kindsOf(text).includes('divestiture')).toBe(sale)
  })
})

describeClaim(
  'a partner chosen, then the partnership reported',
  {
    text: 'Fabrion has chosen Tessel as its partner to provide AI features for phones sold in mainland China, according to a media report.',
    date: '2026-02-11',
  },
  '2026-02-11T18:00:00Z',
  [
    [
      'Fabrion teams with Tessel on phone AI in China, report says',
      'Fabrion has partnered with Tessel to bring its AI features to phones sold in China, a newspaper reported on Tuesday.',
      'confirms',
    ],
  ],
)

describe('where a facility stands is no party', () => {
  const set = compileClaims({
    entities: [
      { id: 'fabrion', name: 'Fabrion', aliases: [] },
      { id: 'india', name: 'India', aliases: ['Indian'] },
    ],
    claims: [
      {
        id: 'hub',
        text: 'Fabrion will invest $15 billion over five years in an AI hub with a gigawatt-scale data centre in Visakhapatnam, India.',
        date: '2026-10-14',
      },
      {
        id: 'venture',
        text: 'Fabrion is in talks to raise as much as $7 billion for a venture to expand global chip-making capacity.',
        date: '2026-02-09',
      },
      {
        id: 'usine',
        text: 'Fabrion va investir 3 milliards d’euros dans une usine en Inde.',
        date: '2026-10-14',
      },
    ],
  })
  it.each([
    ['hub', ['fabrion'], 'investment'],
    ['usine', ['fabrion'], 'investment'],
    ['venture', ['fabrion'], 'investment'],
  ])('%s', (id, parties, kind) => {
    const d = understood(set.claims.find((c) => c.id === id)!)
    expect(d.parties.map((p) => p.id)).toEqual(parties)
    expect(d.kind).toBe(kind)
  })
  it('the investment told in a headline confirms it', () => {
    const j = judgeStory(
      set,
      story(
        'Fabrion to invest $15 billion in Indian AI hub',
        'Fabrion will spend $15 billion over five years from 2027 to build an AI hub in Visakhapatnam anchored by a gigawatt-scale data centre.',
        { published: '2026-10-14T12:00:00Z' },
      ),
    ).find((x) => x.claim === 'hub')
    expect(j?.verdict).toBe('confirms')
  })
})

describe('a company named as one example of a group is no party', () => {
  const set = fabrionClaims([
    {
      id: 'c',
      text: 'Fabrion is in talks with investors including Orma to raise as much as $7 billion for a chip venture, according to people familiar with the matter.',
      date: '2026-02-09',
    },
  ])
  it('Orma speaks for the deal but stories need not name it', () => {
    const d = understood(set.claims[0]!)
    expect(d.parties.map((p) => p.id)).toEqual(['fabrion'])
    expect(d.voices).toEqual(['Orma'])
  })
  it('a denial by the company alone contradicts it', () => {
    expect(
      verdictIn(
        set,
        'c',
        'Puces : Fabrion dément vouloir lever 7 milliards de dollars',
        'Le groupe assure n’avoir jamais cherché à réunir une telle somme.',
        '2026-03-20T08:00:00Z',
      ),
    ).toBe('contradicts')
  })
})

describe('raising a forecast, concerns or prices raises no money', () => {
  it.each([
    ['Fabrion raises forecast as Tessel draws users', false],
    ['Fabrion raised concerns about the deal', false],
    ['Fabrion relève ses prévisions', false],
    ['Fabrion raises $2 billion', true],
  ])('%s', (text, raise) => {
    expect(kindsOf(text).includes('investment')).toBe(raise)
  })
})

describeClaim(
  'leading a round is being in it',
  {
    text: 'Orma is leading a $500 million funding round in reactor developer Tessel.',
    date: '2026-10-16',
  },
  '2026-10-17T08:00:00Z',
  [
    [
      'Orma mise sur les petits réacteurs de Tessel',
      'Orma se tourne à son tour vers l’atome : le groupe mène un tour de table de 500 millions de dollars dans Tessel, spécialiste des petits réacteurs modulaires.',
      'confirms',
    ],
    [
      'Orma bets on Tessel’s small reactors',
      'Orma is leading a $500 million funding round in Tessel, the developer of small modular reactors, the companies said.',
      'confirms',
    ],
  ],
)

describeClaim(
  'a stake bought, a takeover ruled out',
  {
    text: 'Orma has acquired a 9% stake in Dutch equipment maker Tessel.',
    date: '2026-04-14',
  },
  '2026-04-14T08:00:00Z',
  [
    [
      'Orma takes 9% stake in Tessel, rules out bid for now',
      'Orma has acquired a 9% stake in Tessel, the Dutch maker of bonding tools, Tessel said on Monday.',
      'confirms',
    ],
  ],
)

describeClaim(
  'a takeover ruled out is denied',
  {
    text: 'Orma is weighing a takeover bid for Tessel, according to people familiar with the matter.',
    date: '2026-04-01',
  },
  '2026-04-14T08:00:00Z',
  [['Orma takes 9% stake in Tessel, rules out bid for now', '', 'contradicts']],
)

it('a stake bought with its size is a holding acquired', () => {
  const cls = (t: string) => findCues(foldSameLength(t)).map((c) => c.cls)
  expect(cls('Orma has acquired a 9% stake in Tessel')).toContain('complete')
  expect(cls("L'américain Orma a acquis 9 % de Tessel")).toContain('complete')
  expect(cls("Orma s'invite à 9 % au capital de Tessel")).toContain('agree')
  expect(cls('Orma has acquired Tessel')).not.toContain('complete')
})
