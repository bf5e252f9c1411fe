/**
 * A listing planned, then priced: the terms it is priced at tell the plan (invented companies).
 */
import { expect, it } from 'vitest'
import { findCues } from '../../src/analysis/cues.js'
import { foldSameLength } from '../../src/analysis/folded.js'
import { describeClaim } from './fixtures.js'

describeClaim(
  'a listing planned at a valuation, priced months later',
  {
    text: 'Tessel plans to list in Tokyo in October, seeking a market value of more than ¥1.5 trillion, according to people familiar with the matter.',
    date: '2026-02-01',
  },
  '2026-06-18T08:00:00Z',
  [
    // The debut's lede gives the price set for the shares: half the valuation sought.
    [
      'Tessel shares jump 10% in trading debut',
      'Tessel priced its IPO at ¥1,455 a share, valuing the company at about ¥784 billion, and the stock ended its first session roughly 10% higher.',
      'contradicts',
    ],
    // The price set at the valuation sought: the plan carried out.
    [
      'Tessel shares jump 10% in trading debut',
      'Tessel priced its IPO at ¥3,000 a share, valuing the company at about ¥1.6 trillion, and the stock ended its first session roughly 10% higher.',
      'confirms',
    ],
  ],
)

describeClaim(
  'a listing priced: the market value months later is the market’s',
  {
    text: 'Tessel a fixé le prix de son introduction en Bourse à 51 dollars par action, ce qui le valorise à environ 54,5 milliards de dollars.',
    date: '2026-02-01',
  },
  '2026-07-08T08:00:00Z',
  [
    [
      'Tessel shares jump 48% on forecast, market value tops $120 billion',
      'Tessel raised its revenue forecast, sending its market value above $120 billion, more than double its valuation at the IPO.',
      'mentions',
    ],
  ],
)

it('a trading session ending is no deal ending', () => {
  const cls = (t: string) => findCues(foldSameLength(t)).map((c) => c.cls)
  expect(cls('the stock ended its first session 10% higher')).not.toContain('collapse')
  expect(cls('Tessel ended its talks with Fabrion')).toContain('collapse')
})

describeClaim(
  'a listing approved at a sharply lower valuation than the one sought',
  {
    text: 'Tessel plans to list in Tokyo in October, seeking a market value of more than ¥1.5 trillion, according to people familiar with the matter.',
    date: '2026-02-01',
  },
  '2026-05-22T08:00:00Z',
  [
    [
      'Tessel wins nod for December listing at a sharply lower valuation',
      'The exchange has approved Tessel’s listing for Dec. 18; at the indicative price the company would be worth about ¥750 billion, roughly half the figure it was aiming for.',
      'contradicts',
    ],
    // Half of a holder's stake sold is no shortfall of the deal.
    ['Orma to sell about half its Tessel stake', '', 'unrelated'],
  ],
)

describeClaim(
  'an offering priced: the price set is the listing, whatever the headline calls it',
  {
    text: 'Tessel a fixé le prix de son introduction en Bourse à 56 dollars par action et lève environ 1,34 milliard de dollars.',
    date: '2026-04-20',
  },
  '2026-04-21T08:00:00Z',
  [
    [
      'Tessel lève 1,34 milliard de dollars en fixant son prix à 56 dollars',
      'Tessel a placé ses actions à 56 dollars pièce et récolte environ 1,34 milliard de dollars.',
      'confirms',
    ],
  ],
)

describeClaim(
  'an offering planned within a range, priced above it',
  {
    text: 'Tessel plans to sell about 23.9 million shares at $43 to $50 each in its New York IPO, raising up to about $1.2 billion.',
    date: '2026-04-12',
  },
  '2026-04-21T08:00:00Z',
  [
    [
      'Tessel prices shares at $56, above its raised range',
      'Tessel sold its shares at $56 each, above a range that had already been lifted to $52 to $54, raising about $1.34 billion.',
      'contradicts',
    ],
  ],
)

describeClaim(
  'a listing about to be priced is not priced',
  {
    text: 'Tessel is seeking to raise up to HK$5.99 billion in its Hong Kong IPO, offering shares at HK$3.85 to HK$3.99 each.',
    date: '2026-12-06',
  },
  '2026-12-10T08:00:00Z',
  [
    [
      'US adds Tessel to investment blacklist on eve of IPO pricing',
      'The US Treasury placed Tessel on a list of companies barred to American investors. The move lands as the company was preparing to price its Hong Kong listing.',
      'mentions',
    ],
  ],
)

it('landing somewhere is landing no deal', () => {
  const cls = (t: string) => findCues(foldSameLength(t)).map((c) => c.cls)
  expect(cls('the move lands as the company prepares')).not.toContain('agree')
  expect(cls('Tessel lands $2 billion contract')).toContain('agree')
})
