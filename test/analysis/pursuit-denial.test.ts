/**
 * The would-be buyer says it is not going after the target ("not pursuing", "not in any
 * discussions", "n'est pas candidat"): a denial, which contradicts a claim of talks or of an offer.
 * Invented companies only; EN + FR.
 */
import { describe, expect, it } from 'vitest'
import { findCues } from '../../src/analysis/cues.js'
import { foldSameLength } from '../../src/analysis/folded.js'
import { compileClaims, judgeStory } from '../../src/analysis/index.js'
import type { Verdict } from '../../src/domain.js'
import { describeClaim, story } from './fixtures.js'

const set = compileClaims({
  entities: [
    { id: 'vantrel', name: 'Vantrel', aliases: ['Vantrel Corp', 'le groupe Vantrel'] },
    { id: 'okomi', name: 'Okomi', aliases: ['Okomi Foods'] },
  ],
  claims: [
    {
      id: 'talks',
      text: 'Vantrel is in talks to buy Okomi, according to people familiar with the matter.',
      date: '2026-01-10',
    },
    {
      id: 'approche',
      text: "Vantrel discute d'un rachat d'Okomi, qu'il valoriserait autour de 12 euros par action.",
      date: '2026-01-10',
    },
  ],
})

function verdictOf(claim: string, title: string, summary = ''): Verdict | 'unrelated' {
  return (
    judgeStory(set, story(title, summary)).find((x) => x.claim === claim)?.verdict ?? 'unrelated'
  )
}

describe('the would-be buyer denies pursuing the target', () => {
  it.each([
    ['talks', 'Vantrel says it is not pursuing Okomi'],
    ['talks', 'Vantrel chief says the group is not in any discussions about buying Okomi'],
    ['talks', 'Vantrel is not in negotiations with Okomi, its finance chief says'],
    ['approche', "Vantrel n'est pas candidat au rachat d'Okomi"],
    ['approche', "Le groupe Vantrel ne poursuit pas son projet de rachat d'Okomi"],
    ['approche', "Vantrel n'est plus candidat à la reprise d'Okomi"],
  ])('%s ← %s → contradicts', (claim, title) => {
    expect(verdictOf(claim, title)).toBe('contradicts')
  })
})

describe('pursuit without a negation is no denial', () => {
  it.each([
    ['talks', 'Vantrel says it is still pursuing Okomi'],
    ['approche', "Vantrel est candidat au rachat d'Okomi"],
  ])('%s ← %s → not contradicts', (claim, title) => {
    expect(verdictOf(claim, title)).not.toBe('contradicts')
  })
})

describe('a French supply word is no approval', () => {
  it("'approvisionnement' (supply) does not confirm talks as a regulator's approval", () => {
    const title = "Vantrel veut sécuriser l'approvisionnement d'Okomi en cacao"
    expect(verdictOf('talks', title)).not.toBe('confirms')
  })
  it('an approval still confirms', () => {
    expect(verdictOf('talks', "Regulators approve Vantrel's purchase of Okomi")).toBe('confirms')
  })
})

describeClaim(
  'a party denying a reported withdrawal contradicts the report',
  {
    text: 'Fabrion has walked away from some of its commitments to Tessel over delivery problems, according to the Financial Times.',
    date: '2026-03-06',
  },
  '2026-03-07T08:00:00Z',
  [
    ['Tessel dément tout désengagement de Fabrion', '', 'contradicts'],
    ['Fabrion se désengage de Tessel', '', 'confirms'],
  ],
)

describeClaim(
  'a buyer going to court to get out of the deal, or going back on it',
  {
    text: 'Fabrion va racheter Tessel pour 56 dollars par action en numéraire, soit environ 5,8 milliards de dollars.',
    date: '2026-02-01',
  },
  '2026-12-07T08:00:00Z',
  [
    ['Fabrion saisit la justice pour se défaire du rachat de Tessel', '', 'contradicts'],
    ['Fabrion sues to end its Tessel deal', '', 'contradicts'],
    ['Tessel : Fabrion fait volte-face et renonce à l’accord', '', 'contradicts'],
    // A court reviewing the deal is a pending matter.
    [
      'Un actionnaire de Tessel saisit la justice pour bloquer le rachat par Fabrion',
      '',
      'mentions',
    ],
  ],
)

describeClaim(
  'a board seat given up is not the partnership ending',
  {
    text: "Tessel will integrate Fabrion's assistant into its phones as part of their partnership.",
    date: '2026-06-10',
  },
  '2026-07-10T08:00:00Z',
  [
    [
      'Tessel drops plan for Fabrion board role as Orma quits its seat',
      'Tessel will not take up an observer role on Fabrion’s board, according to a person familiar with the matter.',
      'mentions',
    ],
    ['Fabrion : Tessel renonce à y siéger', '', 'mentions'],
  ],
)

describeClaim(
  'a board seat given up ends a claim of that seat',
  {
    text: "Tessel will get an observer role on Fabrion's board as part of their partnership.",
    date: '2026-07-02',
  },
  '2026-07-10T08:00:00Z',
  [['Tessel drops plan for Fabrion board role as Orma quits its seat', '', 'contradicts']],
)

describeClaim(
  'a claim that a party will not fund the project',
  {
    text: "Orma will not fund Tessel's planned $10 billion data centre after talks on the financing stalled, according to the Financial Times.",
    date: '2026-12-17',
  },
  '2026-12-17T08:00:00Z',
  [
    [
      "Orma pulls out of funding for Tessel's $10bn data centre, FT says",
      'Orma will not back the planned data centre for Tessel after negotiations stalled over lease and debt terms, the Financial Times reported.',
      'confirms',
    ],
  ],
)

it('funding is a verb after an auxiliary, not the noun', () => {
  const cls = (t: string) => findCues(foldSameLength(t)).map((c) => c.cls)
  expect(cls('Orma will not fund the data centre')).toContain('agree')
  expect(cls('a sovereign wealth fund')).not.toContain('agree')
})
