/**
 * Deals told by their outcome: a SPAC merger agreed then ended, a share-swap merger called off,
 * money sought then raised at another valuation, a valuation falling (invented companies).
 */
import { expect, it } from 'vitest'
import { findCues } from '../../src/analysis/cues.js'
import { findKinds } from '../../src/analysis/deal-kinds.js'
import { foldSameLength } from '../../src/analysis/folded.js'
import { describeClaim } from './fixtures.js'

it('a SPAC merger is a listing; merging is a merger', () => {
  const kinds = (t: string) => findKinds(foldSameLength(t)).map((k) => k.kind)
  expect(kinds('terminate SPAC merger')).toEqual(['ipo'])
  expect(kinds('a blank-check company')).toEqual(['ipo'])
  expect(kinds('go public by merging with')).toContain('acquisition')
  expect(kinds('la scission de sa branche cloud')).toContain('divestiture')
})

describeClaim(
  'going public through a SPAC',
  {
    text: 'Tessel has agreed to go public by merging with the blank-check company Fabrion in a deal valuing it at about $3.3 billion.',
    date: '2026-02-01',
  },
  '2026-07-01T08:00:00Z',
  [
    [
      'Tessel and Fabrion terminate SPAC merger',
      'Tessel and Fabrion have mutually agreed to end their merger agreement, scrapping a deal announced in February. Neither side gave a reason.',
      'contradicts',
    ],
    [
      'Tessel renonce à son entrée en Bourse via la SPAC Fabrion',
      'Tessel et Fabrion ont mis fin à leur accord de fusion, annoncé en février, qui devait valoriser Tessel quelque 3,3 milliards de dollars.',
      'contradicts',
    ],
    [
      'Tessel to go public in $3.3 billion SPAC deal',
      'Tessel has agreed to merge with Fabrion, a blank-check company, in a transaction that values the combined business at about $3.3 billion.',
      'confirms',
      '2026-02-01T08:00:00Z',
    ],
  ],
)

describeClaim(
  'a share-swap merger: the swap is the payment, not a part of the target',
  {
    text: "Tessel va absorber Fabrion par un échange d'actions, à raison de 0,55 action Tessel pour chaque action Fabrion.",
    date: '2026-02-01',
  },
  '2026-09-01T08:00:00Z',
  [
    [
      'Tessel and Fabrion call off share-swap merger',
      'Tessel and Fabrion said they would terminate their planned share-swap merger, citing changes in market conditions.',
      'contradicts',
    ],
  ],
)

describeClaim(
  "shares bought from the target's employees are the target's shares",
  {
    text: 'Orma is leading a deal to buy Tessel shares from employees at a valuation of about $86 billion, according to people familiar with the matter.',
    date: '2026-03-01',
  },
  '2026-03-01T08:00:00Z',
  [
    [
      'Orma to lead $86 billion Tessel employee share sale',
      'Orma is leading a deal to buy shares from Tessel employees that would value the company at about $86 billion, according to people familiar with the matter.',
      'confirms',
    ],
    // Shares of another company bought from Tessel: another deal.
    [
      'Orma buys Fabrion shares from Tessel',
      'Orma agreed to buy Fabrion shares from Tessel for $2 billion.',
      'mentions',
    ],
  ],
)

it('a valuation falling is no market reaction', () => {
  const cls = (t: string) => findCues(foldSameLength(t)).map((c) => c.cls)
  expect(cls("Tessel's valuation could sink to $6.5 billion")).not.toContain('market')
  expect(cls('sa valorisation chute à 50 milliards')).not.toContain('market')
  expect(cls('Tessel shares sink 10%')).toContain('market')
})

describeClaim(
  'money sought, then raised within months at another valuation',
  {
    text: 'Tessel is seeking to raise new funding at a valuation of $55 billion to $60 billion, according to people familiar with the matter.',
    date: '2026-01-26',
  },
  '2026-03-15T08:00:00Z',
  [
    [
      'Tessel raises $6.5 billion at $50 billion valuation',
      'Tessel said on Wednesday it had raised more than $6.5 billion in a Series I round at a $50 billion valuation.',
      'contradicts',
    ],
    [
      'Tessel boucle une levée de 6,5 milliards de dollars mais sa valorisation chute à 50 milliards',
      'Tessel a finalisé un tour de table de plus de 6,5 milliards de dollars, qui la valorise 50 milliards de dollars.',
      'contradicts',
    ],
    // Other investors' money at another valuation: their deal, not the round sought.
    [
      'Fabrion and Orma to invest up to $15 billion in Tessel',
      'Fabrion will invest up to $5 billion and Orma up to $10 billion in Tessel, in a deal that values it at about $350 billion.',
      'mentions',
    ],
    // A year on, a round at another valuation is another round.
    [
      'Tessel raises $6.5 billion at $50 billion valuation',
      'Tessel said on Wednesday it had raised more than $6.5 billion in a Series I round at a $50 billion valuation.',
      'mentions',
      '2027-03-15T08:00:00Z',
    ],
  ],
)

it('a court filing is a source and "à court terme" a span of time, not a legal process', () => {
  const cls = (t: string) => findCues(foldSameLength(t)).map((c) => c.cls)
  expect(cls('agreed to sell the shares, according to a court filing')).not.toContain('legal')
  expect(cls('court papers show')).not.toContain('legal')
  expect(cls('écarte une introduction en Bourse à court terme')).not.toContain('legal')
  expect(cls('the court blocked the deal')).toContain('legal')
})

describeClaim(
  'a sale told by a court filing',
  {
    text: "Orma's bankruptcy estate is selling about two-thirds of its stake in Tessel for $884 million.",
    date: '2026-03-22',
  },
  '2026-03-22T08:00:00Z',
  [
    [
      'Orma to sell two-thirds of Tessel stake for $884 million',
      "Orma's bankruptcy estate agreed to sell roughly two-thirds of its shares in Tessel for about $884 million, according to a court filing.",
      'confirms',
    ],
  ],
)

describeClaim(
  'a listing ruled out for the short term',
  {
    text: 'Tessel is laying the groundwork for an IPO that could value it at up to $1 trillion, according to people familiar with the matter.',
    date: '2026-10-30',
  },
  '2026-11-06T08:00:00Z',
  [
    [
      'La directrice financière de Tessel écarte une introduction en Bourse à court terme',
      "Une cotation n'est « pas à l'ordre du jour » pour Tessel, a assuré sa directrice financière, quelques jours après des informations évoquant une IPO valorisée jusqu'à 1 000 milliards de dollars.",
      'contradicts',
    ],
  ],
)

describeClaim(
  'a listing still on ice',
  {
    text: 'Tessel a fixé le prix de sa double introduction en Bourse, qui doit lever environ 34,5 milliards de dollars.',
    date: '2026-10-26',
  },
  '2027-04-12T08:00:00Z',
  [
    [
      'Tessel ordered to become a financial holding company, listing still on ice',
      "The central bank said Tessel will restructure. The company's stock market debut, halted in November, remains suspended.",
      'contradicts',
    ],
    ["Tessel's listing back on track, still on schedule for June", '', 'confirms'],
  ],
)

describeClaim(
  'an offer considered, then a deal agreed at a lower value',
  {
    text: 'Fabrion is considering an all-share offer for Tessel that would value the German cloud company at about $1.17 billion.',
    date: '2026-08-11',
  },
  '2026-11-10T08:00:00Z',
  [
    [
      'Fabrion agrees all-stock deal for Tessel valued at about $767 million',
      'Fabrion will exchange 2.0281 of its shares for each Tessel share, on a lower ratio than the one floated in August.',
      'contradicts',
    ],
    [
      'Fabrion signe un accord pour Tessel, valorisé quelque 767 millions de dollars',
      'Fabrion échangera 2,0281 de ses actions contre chaque action Tessel, une parité inférieure à celle évoquée en août.',
      'contradicts',
    ],
  ],
)
