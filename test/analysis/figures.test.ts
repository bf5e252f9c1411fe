import { describe, expect, it, test } from 'vitest'
import type { Lang } from '../../src/domain.js'
import {
  compareFigures,
  extractFigures,
  type Currency,
  type Figure,
  type FigureMeaning,
  type FigureUnit,
  type Qualifier,
} from '../../src/analysis/figures.js'

const B = 1e9
const M = 1e6
const T = 1e12

interface Expected {
  unit?: FigureUnit
  currency?: Currency | null
  value?: number
  qualifier?: Qualifier
  meaning?: FigureMeaning
  low?: number
  high?: number
  perYear?: boolean
  text?: string
}

function only(text: string, lang: Lang): Figure {
  const figures = extractFigures(text, lang)
  expect(figures, JSON.stringify(figures)).toHaveLength(1)
  return figures[0] as Figure
}

function check(f: Figure, e: Expected): void {
  if (e.unit !== undefined) expect(f.unit).toBe(e.unit)
  if (e.currency === null) expect(f.currency).toBeUndefined()
  else if (e.currency !== undefined) expect(f.currency).toBe(e.currency)
  if (e.value !== undefined)
    expect(f.value).toBeCloseTo(e.value, 6 - Math.round(Math.log10(Math.max(1, e.value))))
  if (e.qualifier !== undefined) expect(f.qualifier).toBe(e.qualifier)
  if (e.meaning !== undefined) expect(f.meaning).toBe(e.meaning)
  if (e.low !== undefined)
    expect(f.low / Math.max(1, e.low)).toBeCloseTo(e.low / Math.max(1, e.low), 6)
  if (e.high !== undefined) {
    if (e.high === Infinity) expect(f.high).toBe(Infinity)
    else expect(f.high / Math.max(1, e.high)).toBeCloseTo(e.high / Math.max(1, e.high), 6)
  }
  if (e.perYear !== undefined) expect(f.perYear ?? false).toBe(e.perYear)
  if (e.text !== undefined) expect(f.text).toBe(e.text)
}

type Row = [text: string, lang: Lang, expected: Expected]

describe('money amounts, English', () => {
  test.each<Row>([
    [
      '$10 billion',
      'en',
      { unit: 'money', currency: 'USD', value: 10 * B, qualifier: 'exact', text: '$10 billion' },
    ],
    ['$10B', 'en', { currency: 'USD', value: 10 * B }],
    ['$10b', 'en', { currency: 'USD', value: 10 * B }],
    ['$10bn', 'en', { currency: 'USD', value: 10 * B }],
    ['$10 bn', 'en', { currency: 'USD', value: 10 * B }],
    ['$10bln', 'en', { currency: 'USD', value: 10 * B }],
    ['$10.5B', 'en', { value: 10.5 * B }],
    ['US$10bn', 'en', { currency: 'USD', value: 10 * B, text: 'US$10bn' }],
    ['US $10bn', 'en', { currency: 'USD', value: 10 * B }],
    ['US$44 billion', 'en', { currency: 'USD', value: 44 * B }],
    ['USD 3.2 billion', 'en', { currency: 'USD', value: 3.2 * B, text: 'USD 3.2 billion' }],
    ['10 billion dollars', 'en', { currency: 'USD', value: 10 * B, text: '10 billion dollars' }],
    ['10 billion US dollars', 'en', { currency: 'USD', value: 10 * B }],
    ['$1 trillion', 'en', { value: 1 * T }],
    ['$1tn', 'en', { value: 1 * T }],
    ['$2T', 'en', { value: 2 * T }],
    ['$183B', 'en', { value: 183 * B }],
    ['$500m', 'en', { value: 500 * M }],
    ['$500M', 'en', { value: 500 * M }],
    ['$500mn', 'en', { value: 500 * M }],
    ['$500mln', 'en', { value: 500 * M }],
    ['$500 million', 'en', { value: 500 * M }],
    ['$250k', 'en', { value: 250e3 }],
    ['$250,000', 'en', { value: 250e3 }],
    ['$1,250.5 million', 'en', { value: 1250.5 * M }],
    ['$54.20 a share', 'en', { value: 54.2, meaning: 'per-share', text: '$54.20' }],
    ['$54.20 per share', 'en', { value: 54.2, meaning: 'per-share' }],
    ['paying $23 for each share', 'en', { value: 23, meaning: 'per-share' }],
    ['buying shares at $20.47 each', 'en', { value: 20.47, meaning: 'per-share' }],
    ['the $38.48 share price', 'en', { value: 38.48, meaning: 'per-share' }],
    ['it priced its IPO at $40', 'en', { value: 40, meaning: 'per-share' }],
    ['the stock closed at $21.87', 'en', { value: 21.87, meaning: 'per-share' }],
    ["Friday's close of $22.55", 'en', { value: 22.55, meaning: 'per-share' }],
    ['€1.3 billion', 'en', { currency: 'EUR', value: 1.3 * B }],
    ['€1.3bn', 'en', { currency: 'EUR', value: 1.3 * B }],
    ['€15m', 'en', { currency: 'EUR', value: 15 * M }],
    ['1.16 billion euros', 'en', { currency: 'EUR', value: 1.16 * B }],
    ['EUR 500 million', 'en', { currency: 'EUR', value: 500 * M }],
    ['£2.5m', 'en', { currency: 'GBP', value: 2.5 * M }],
    ['£1bn', 'en', { currency: 'GBP', value: 1 * B }],
    ['3 billion pounds', 'en', { currency: 'GBP', value: 3 * B }],
    ['GBP 700m', 'en', { currency: 'GBP', value: 700 * M }],
    ['CHF 3 billion', 'en', { currency: 'CHF', value: 3 * B }],
    ['3 billion Swiss francs', 'en', { currency: 'CHF', value: 3 * B }],
    ['¥500bn', 'en', { currency: 'JPY', value: 500 * B }],
    ['500 billion yen', 'en', { currency: 'JPY', value: 500 * B }],
    ['C$2 billion', 'en', { currency: 'CAD', value: 2 * B }],
    ['2 billion Canadian dollars', 'en', { currency: 'CAD', value: 2 * B }],
    ['10 billion yuan', 'en', { currency: 'CNY', value: 10 * B }],
    ['RMB 10bn', 'en', { currency: 'CNY', value: 10 * B }],
    ['₹5,000 crore', 'en', { currency: 'INR', value: 5000 }],
    ['Rs 500 million', 'en', { currency: 'INR', value: 500 * M }],
    ['3 trillion won', 'en', { currency: 'KRW', value: 3 * T }],
    ['₩3tn', 'en', { currency: 'KRW', value: 3 * T }],
    ['a $69 billion acquisition', 'en', { value: 69 * B, meaning: 'amount' }],
    ['Nvidia to invest $5 billion in Intel', 'en', { value: 5 * B, meaning: 'amount' }],
    ['a deal valued at $68.7bn', 'en', { value: 68.7 * B, meaning: 'amount' }],
    ['the transaction is valued at $24.6 billion', 'en', { meaning: 'amount' }],
    ['the startup was valued at $43bn', 'en', { value: 43 * B, meaning: 'valuation' }],
    ['at a $62 billion valuation', 'en', { value: 62 * B, meaning: 'valuation' }],
    ['valuing the company at $62bn', 'en', { meaning: 'valuation' }],
    ['the round would value the startup at more than $90 billion', 'en', { meaning: 'valuation' }],
    ['a listing could value the group at up to $2 trillion', 'en', { meaning: 'valuation' }],
    ['a deal value of $5 billion', 'en', { meaning: 'amount' }],
    ['a post-money valuation of $8.1bn', 'en', { meaning: 'valuation' }],
    [
      'its market value topped $1 trillion',
      'en',
      { value: 1 * T, meaning: 'valuation', qualifier: 'gt' },
    ],
    ['market capitalisation above $1 trillion', 'en', { meaning: 'valuation', qualifier: 'gt' }],
    ['a $5bn stake', 'en', { meaning: 'stake' }],
    ['revenue of $3.5bn', 'en', { meaning: 'revenue' }],
    ['more than $200 billion in sales', 'en', { meaning: 'revenue', qualifier: 'gt' }],
    ['a $12bn contract', 'en', { meaning: 'contract' }],
    ['a 12-year contract worth $3bn', 'en', { meaning: 'contract' }],
    ['it will raise $1bn', 'en', { meaning: 'raise' }],
    ['a $500m funding round', 'en', { meaning: 'raise' }],
    ['a $10bn Series J', 'en', { meaning: 'raise' }],
    ['it raised its offer to $10bn', 'en', { meaning: 'amount' }],
    ['$30bn a year', 'en', { perYear: true, meaning: 'amount' }],
    ['$30bn per year', 'en', { perYear: true }],
    ['$30bn annually', 'en', { perYear: true }],
    ['$3bn in revenue a year', 'en', { perYear: true }],
    ['an annual payment of $2bn', 'en', { perYear: true }],
    ['$30bn, a year ago', 'en', { perYear: false }],
    ['$30bn a year ago', 'en', { perYear: false }],
  ])('%s', (text, lang, expected) => {
    check(only(text, lang), expected)
  })
})

describe('money amounts, French', () => {
  test.each<Row>([
    [
      '10 milliards de dollars',
      'fr',
      { currency: 'USD', value: 10 * B, text: '10 milliards de dollars' },
    ],
    ['1 milliard de dollars', 'fr', { currency: 'USD', value: 1 * B }],
    [
      '1,3 milliard d\u2019euros',
      'fr',
      { currency: 'EUR', value: 1.3 * B, text: '1,3 milliard d\u2019euros' },
    ],
    ["1,3 milliard d'euros", 'fr', { currency: 'EUR', value: 1.3 * B }],
    ['€1,3 milliard', 'fr', { currency: 'EUR', value: 1.3 * B }],
    ['1,3 Md€', 'fr', { currency: 'EUR', value: 1.3 * B }],
    ['10 Md$', 'fr', { currency: 'USD', value: 10 * B }],
    ['10 Mds $', 'fr', { currency: 'USD', value: 10 * B }],
    ['10 Mrd €', 'fr', { currency: 'EUR', value: 10 * B }],
    ['3 M€', 'fr', { currency: 'EUR', value: 3 * M }],
    ['3 M$', 'fr', { currency: 'USD', value: 3 * M }],
    ['500 k€', 'fr', { currency: 'EUR', value: 500e3 }],
    ['10 milliards $', 'fr', { currency: 'USD', value: 10 * B }],
    ['10 milliards $ US', 'fr', { currency: 'USD', value: 10 * B }],
    ['10 milliards USD', 'fr', { currency: 'USD', value: 10 * B }],
    ['10 milliards de dollars américains', 'fr', { currency: 'USD', value: 10 * B }],
    ['10 milliards de dollars canadiens', 'fr', { currency: 'CAD', value: 10 * B }],
    ['1 000 milliards', 'fr', { value: 1 * T }],
    ['1\u00a0000\u00a0milliards de dollars', 'fr', { currency: 'USD', value: 1 * T }],
    ['1\u202f000 milliards de dollars', 'fr', { currency: 'USD', value: 1 * T }],
    ['2 mille milliards de dollars', 'fr', { currency: 'USD', value: 2 * T }],
    ['un investissement de 1 billion de dollars', 'fr', { currency: 'USD', value: 1 * T }],
    ['2 billions de dollars', 'fr', { value: 2 * T }],
    ['60 millions de livres sterling', 'fr', { currency: 'GBP', value: 60 * M }],
    ['60 milliards de livres', 'fr', { currency: 'GBP', value: 60 * B }],
    ['5 milliards de yens', 'fr', { currency: 'JPY', value: 5 * B }],
    ['192,9 milliards de yuans', 'fr', { currency: 'CNY', value: 192.9 * B }],
    ['3 milliards de francs suisses', 'fr', { currency: 'CHF', value: 3 * B }],
    ['1.250,5 millions d\u2019euros', 'fr', { currency: 'EUR', value: 1250.5 * M }],
    ['1 250,5 millions d\u2019euros', 'fr', { currency: 'EUR', value: 1250.5 * M }],
    ['38,48 dollars', 'fr', { currency: 'USD', value: 38.48 }],
    ['30 dollars par action', 'fr', { value: 30, meaning: 'per-share' }],
    ['à 23 dollars l\u2019unité', 'fr', { value: 23, meaning: 'per-share' }],
    ['le titre cotait 38,48 dollars', 'fr', { meaning: 'per-share' }],
    ['Databricks lève 10 milliards de dollars', 'fr', { meaning: 'raise' }],
    [
      'une levée de fonds de 600 millions d\u2019euros',
      'fr',
      { meaning: 'raise', currency: 'EUR' },
    ],
    ['un tour de table de 600 millions d\u2019euros', 'fr', { meaning: 'raise' }],
    ['une valorisation de 6 milliards d\u2019euros', 'fr', { meaning: 'valuation' }],
    ['valorisée 62 milliards de dollars', 'fr', { meaning: 'valuation' }],
    [
      'la start-up, évaluée à 60 milliards de livres',
      'fr',
      { meaning: 'valuation', currency: 'GBP' },
    ],
    ['la start-up vaut désormais 8,1 milliards de dollars', 'fr', { meaning: 'valuation' }],
    ['une valeur d\u2019entreprise de 11,2 Md$', 'fr', { meaning: 'valuation', value: 11.2 * B }],
    ['un chiffre d\u2019affaires de 2,3 milliards d\u2019euros', 'fr', { meaning: 'revenue' }],
    ['un contrat de 3 milliards de dollars', 'fr', { meaning: 'contract' }],
    [
      'des contrats qui doivent lui rapporter 3,5 milliards de dollars',
      'fr',
      { meaning: 'revenue' },
    ],
    ['une prise de participation de 5 milliards de dollars', 'fr', { meaning: 'stake' }],
    ['Microsoft va investir 4 milliards d\u2019euros', 'fr', { meaning: 'amount' }],
    ["le rachat d'Activision pour 69 milliards de dollars", 'fr', { meaning: 'amount' }],
    ["l'opération est valorisée 20 milliards de dollars", 'fr', { meaning: 'amount' }],
    ['30 milliards de dollars par an', 'fr', { perYear: true }],
    ['un loyer annuel de 2 milliards de dollars', 'fr', { perYear: true }],
  ])('%s', (text, lang, expected) => {
    check(only(text, lang), expected)
  })
})

describe('qualifiers and intervals', () => {
  test.each<Row>([
    ['$10bn', 'en', { qualifier: 'exact', low: 9.7 * B, high: 10.3 * B }],
    ['more than $10bn', 'en', { qualifier: 'gt', low: 10 * B, high: Infinity }],
    ['over $10bn', 'en', { qualifier: 'gt' }],
    ['above $500bn', 'en', { qualifier: 'gt', value: 500 * B }],
    ['in excess of $10bn', 'en', { qualifier: 'gt' }],
    ['north of $10bn', 'en', { qualifier: 'gt' }],
    ['a $10bn-plus deal', 'en', { qualifier: 'gt' }],
    ['at least $4 billion', 'en', { qualifier: 'gte', low: 4 * B, high: Infinity }],
    ['no less than $4 billion', 'en', { qualifier: 'gte' }],
    ['up to $50 billion', 'en', { qualifier: 'lte', low: 0, high: 50 * B }],
    ['as much as $8bn', 'en', { qualifier: 'lte' }],
    ['as high as $8bn', 'en', { qualifier: 'lte' }],
    ['no more than $5bn', 'en', { qualifier: 'lte' }],
    ['less than $5bn', 'en', { qualifier: 'lt', low: 0, high: 5 * B }],
    ['under $5bn', 'en', { qualifier: 'lt' }],
    ['below $5bn', 'en', { qualifier: 'lt' }],
    ['about $20 billion', 'en', { qualifier: 'approx', low: 17.6 * B, high: 22.4 * B }],
    ['around $20 billion', 'en', { qualifier: 'approx' }],
    ['nearly $20 billion', 'en', { qualifier: 'approx' }],
    ['roughly $20 billion', 'en', { qualifier: 'approx' }],
    ['approximately $20 billion', 'en', { qualifier: 'approx' }],
    ['some $20 billion', 'en', { qualifier: 'approx' }],
    ['~$10bn', 'en', { qualifier: 'approx' }],
    ['plus de 40 milliards de dollars', 'fr', { qualifier: 'gt' }],
    // Elided before a vowel: "plus d'un milliard", "près d'un milliard", "moins d'un milliard".
    ["plus d'un milliard de dollars", 'fr', { qualifier: 'gt' }],
    ["près d'un milliard d'euros", 'fr', { qualifier: 'approx' }],
    ["moins d'un milliard d'euros", 'fr', { qualifier: 'lt' }],
    ['au-delà de 40 milliards de dollars', 'fr', { qualifier: 'gt' }],
    ['dépassant 40 milliards de dollars', 'fr', { qualifier: 'gt' }],
    ['une offre supérieure à 40 milliards de dollars', 'fr', { qualifier: 'gt' }],
    ['au moins 4 milliards d\u2019euros', 'fr', { qualifier: 'gte' }],
    ['pas moins de 4 milliards d\u2019euros', 'fr', { qualifier: 'gte' }],
    ['un minimum de 4 milliards d\u2019euros', 'fr', { qualifier: 'gte' }],
    ['jusqu\u2019à 50 milliards de dollars', 'fr', { qualifier: 'lte' }],
    ['au maximum 50 milliards de dollars', 'fr', { qualifier: 'lte' }],
    ['moins de 5 milliards de dollars', 'fr', { qualifier: 'lt' }],
    ['près de 69 milliards de dollars', 'fr', { qualifier: 'approx' }],
    ['environ 69 milliards de dollars', 'fr', { qualifier: 'approx' }],
    ['quelque 69 milliards de dollars', 'fr', { qualifier: 'approx' }],
    ['quasiment 69 milliards de dollars', 'fr', { qualifier: 'approx' }],
    ['autour de 69 milliards de dollars', 'fr', { qualifier: 'approx' }],
    ['69 milliards de dollars environ', 'fr', { qualifier: 'approx' }],
  ])('%s', (text, lang, expected) => {
    check(only(text, lang), expected)
  })
})

describe('a change is not a range: the new value measures what the old one did', () => {
  test.each<[string, Lang, number, string]>([
    ['Zephyr will raise its stake in Halden from 19.9% to 60.5%.', 'en', 60.5, 'stake'],
    ['Zephyr va porter sa participation dans Halden de 19,9 % à 60,5 %.', 'fr', 60.5, 'stake'],
    ['Zephyr lifted its offer from $47 to $55 a share.', 'en', 55, 'per-share'],
  ])('%s', (text, lang, value, meaning) => {
    const figures = extractFigures(text, lang)
    expect(figures.map((f) => f.previous === true)).toEqual([true, false])
    expect(figures[1]).toMatchObject({ value, meaning, qualifier: 'exact' })
  })
})

describe('the old value named after the new one is history, not a term', () => {
  test.each<[string, Lang, number, string]>([
    [
      'Zephyr lowered the price to between $6.50 and $7.00 a share from $9.',
      'en',
      6.75,
      'per-share',
    ],
    [
      'Halden is now valued at $30.5 billion, up from $14 billion a year ago.',
      'en',
      30.5e9,
      'valuation',
    ],
    [
      'Zephyr a relevé à 125 euros par action son offre sur le solde du capital, contre 105 euros proposés en février.',
      'fr',
      125,
      'per-share',
    ],
    ['Zephyr offre désormais 40 euros par action au lieu de 36 euros.', 'fr', 40, 'per-share'],
  ])('%s', (text, lang, value, meaning) => {
    const figures = extractFigures(text, lang)
    expect(figures.map((f) => f.previous === true)).toEqual([false, true])
    expect(figures[0]).toMatchObject({ value, meaning })
    expect(figures[1]!.meaning).toBe(meaning)
  })

  test.each<[string, Lang]>([
    ['Zephyr bought a 5% stake from Halden for $3 billion.', 'en'],
    ['Zephyr raised its offer from $47 to $55 a share.', 'en'],
    ['Halden raised $2 billion from investors at a $20 billion valuation.', 'en'],
  ])('not an old value: %s', (text, lang) => {
    const figures = extractFigures(text, lang)
    expect(figures.at(-1)!.previous).not.toBe(true)
  })
})

describe('financing, fines and the size of a price change are side figures of a deal', () => {
  test.each<[string, Lang]>([
    ['The $628 million of notes Zephyr sold to fund the deal will be redeemed.', 'en'],
    ['Zephyr a émis 2 milliards d’euros d’obligations pour financer le rachat.', 'fr'],
    ['A $5 billion bridge loan backs the offer.', 'en'],
    ['The deal creates a lender with about $1.4 trillion of assets.', 'en'],
    ["Le nouvel ensemble pèsera 1 400 milliards d'euros d'actifs.", 'fr'],
    ['Zephyr cut the price for Halden by €300 million.', 'en'],
    ['EU fines Zephyr €432 million for closing the Halden deal early', 'en'],
    ['Bruxelles inflige une amende de 432 millions d’euros à Zephyr', 'fr'],
    ['Zephyr obtient une baisse de prix de 300 millions d’euros.', 'fr'],
  ])('%s', (text, lang) => {
    expect(extractFigures(text, lang)[0]?.meaning).toBe('side')
  })
})

describe('the parts of a total are side figures', () => {
  test.each<[string, Lang, string[]]>([
    [
      'Zephyr sells the unit for $3 billion: $2.25 billion in cash and up to $450 million later.',
      'en',
      ['amount', 'side', 'side'],
    ],
    [
      "Zephyr cède l'activité pour 3 milliards de dollars, dont jusqu'à 450 millions de paiement conditionnel.",
      'fr',
      ['amount', 'side'],
    ],
  ])('%s', (text, lang, meanings) => {
    expect(extractFigures(text, lang).map((f) => f.meaning)).toEqual(meanings)
  })
})

describe('a price range after a number of shares is a price per share', () => {
  test('"8,8 millions d\'actions entre 52 et 57 dollars"', () => {
    const f = extractFigures("Zephyr vend 8,8 millions d'actions entre 52 et 57 dollars.", 'fr')
    expect(f[1]).toMatchObject({ low: 52, high: 57, meaning: 'per-share' })
  })
})

describe('a descending pair is two figures, each with its own units', () => {
  test('"32 millions d\'actions à 27 dollars pièce"', () => {
    const figures = extractFigures(
      "Corvina a placé 32 millions d'actions à 27 dollars pièce.",
      'fr',
    )
    expect(figures.map((f) => [f.unit, f.value, f.meaning])).toEqual([
      ['shares', 32e6, 'unknown'],
      ['money', 27, 'per-share'],
    ])
  })
})

describe('ranges', () => {
  test.each<Row>([
    [
      '$10-15 billion',
      'en',
      {
        qualifier: 'range',
        low: 10 * B,
        high: 15 * B,
        value: 12.5 * B,
        currency: 'USD',
        text: '$10-15 billion',
      },
    ],
    ['$10\u201315 billion', 'en', { qualifier: 'range', low: 10 * B, high: 15 * B }],
    ['$10bn-$15bn', 'en', { qualifier: 'range', low: 10 * B, high: 15 * B }],
    ['$500 million to $1 billion', 'en', { qualifier: 'range', low: 500 * M, high: 1 * B }],
    ['$47 to $55', 'en', { qualifier: 'range', low: 47, high: 55 }],
    ['$47\u201355 a share', 'en', { qualifier: 'range', low: 47, high: 55, meaning: 'per-share' }],
    [
      'between 10 and 15 billion dollars',
      'en',
      { qualifier: 'range', low: 10 * B, high: 15 * B, currency: 'USD' },
    ],
    ['between $10bn and $15bn', 'en', { qualifier: 'range', low: 10 * B, high: 15 * B }],
    ['about $10-15bn', 'en', { qualifier: 'range', low: 8.8 * B, high: 16.8 * B }],
    ['10-15%', 'en', { unit: 'percent', qualifier: 'range', low: 10, high: 15 }],
    [
      'entre 10 et 15 milliards de dollars',
      'fr',
      { qualifier: 'range', low: 10 * B, high: 15 * B, currency: 'USD' },
    ],
    ['entre 10 et 15 milliards', 'fr', { qualifier: 'range', low: 10 * B, high: 15 * B }],
    ['de 47 à 55 dollars', 'fr', { qualifier: 'range', low: 47, high: 55, currency: 'USD' }],
    [
      'de 10 à 15 milliards d\u2019euros',
      'fr',
      { qualifier: 'range', low: 10 * B, high: 15 * B, currency: 'EUR' },
    ],
    ['entre 10 % et 15 %', 'fr', { unit: 'percent', qualifier: 'range', low: 10, high: 15 }],
  ])('%s', (text, lang, expected) => {
    check(only(text, lang), expected)
  })

  test.each<[string, Lang, number[]]>([
    ['it raised its offer from $47 to $55', 'en', [47, 55]],
    ['the price was cut from $10bn to $8bn', 'en', [10 * B, 8 * B]],
    ['a relevé son offre de 47 à 55 dollars', 'fr', [47, 55]],
    ['$15 to $10', 'en', [15, 10]],
    ['$10bn and $15bn', 'en', [10 * B, 15 * B]],
  ])('not a range: %s', (text, lang, values) => {
    const got = extractFigures(text, lang).filter((f) => f.unit === 'money')
    expect(got.map((f) => f.qualifier)).not.toContain('range')
    expect(got.map((f) => f.value)).toEqual(values)
  })
})

describe('percentages, shares and counts', () => {
  test.each<Row>([
    ['25%', 'en', { unit: 'percent', value: 25, currency: null, meaning: 'unknown' }],
    ['25 %', 'fr', { unit: 'percent', value: 25 }],
    ['25\u00a0%', 'fr', { unit: 'percent', value: 25, text: '25\u00a0%' }],
    ['25\u202f%', 'fr', { unit: 'percent', value: 25 }],
    ['25 per cent', 'en', { unit: 'percent', value: 25 }],
    ['25 percent', 'en', { unit: 'percent', value: 25 }],
    ['25 pour cent', 'fr', { unit: 'percent', value: 25 }],
    ['2,3 %', 'fr', { unit: 'percent', value: 2.3 }],
    ['26.32%', 'en', { unit: 'percent', value: 26.32 }],
    ['a 10% stake', 'en', { meaning: 'stake' }],
    ['its 81% VMware stake', 'en', { meaning: 'stake' }],
    ['a 10% equity stake', 'en', { meaning: 'stake' }],
    ['a 26.32% economic interest', 'en', { meaning: 'stake' }],
    ['the US now holds 10% of Intel', 'en', { meaning: 'stake' }],
    ['the government owns 10% of the company', 'en', { meaning: 'stake' }],
    ['it will take 10% of Intel', 'en', { meaning: 'stake' }],
    ['Intel will sell 51% of its unit', 'en', { meaning: 'stake' }],
    ['une participation de 10 %', 'fr', { meaning: 'stake' }],
    ['prendre 10 % du capital', 'fr', { meaning: 'stake' }],
    ['UniCredit porte sa position dans Commerzbank à 21 %', 'fr', { meaning: 'stake' }],
    ['raised its position in Halden to 21%', 'en', { meaning: 'stake' }],
    ['monter à 10 % de son capital', 'fr', { meaning: 'stake' }],
    ['détenue à environ 25 % par Tencent', 'fr', { meaning: 'stake', qualifier: 'approx' }],
    ['10 % d\u2019Intel', 'fr', { meaning: 'stake' }],
    // A share move or a premium is a side figure: it never compares with a deal's terms.
    ['Holders of 78.79% of the shares accepted the offer', 'en', { meaning: 'side' }],
    ['backed by 62 % des actionnaires', 'fr', { meaning: 'side' }],
    ['shares rose 5%', 'en', { meaning: 'side' }],
    ['Nvidia\u2019s own stock gained about 3%', 'en', { meaning: 'side', qualifier: 'approx' }],
    ['a 53% premium to the last close', 'en', { meaning: 'side' }],
    ['une prime de 53 % sur le dernier cours', 'fr', { meaning: 'side' }],
    ["l'action bondit de 20 %", 'fr', { meaning: 'side' }],
    ['a break-up fee of $2 billion', 'en', { meaning: 'side' }],
    ['une indemnité de rupture de 2 milliards de dollars', 'fr', { meaning: 'side' }],
    ["un rachat d'actions de 30 milliards de dollars", 'fr', { meaning: 'side' }],
    ['more than 80% of the databases', 'en', { meaning: 'unknown', qualifier: 'gt' }],
    ['plus de 15 % de ses effectifs', 'fr', { meaning: 'unknown' }],
    ['moins de 5 % des utilisateurs', 'fr', { meaning: 'unknown', qualifier: 'lt' }],
    ['10 million shares', 'en', { unit: 'shares', value: 10 * M, text: '10 million shares' }],
    ['49 million Class A shares', 'en', { unit: 'shares', value: 49 * M }],
    ['7.35 million more shares', 'en', { unit: 'shares', value: 7.35 * M }],
    ['433.3 million shares', 'en', { unit: 'shares', value: 433.3 * M }],
    ['10 millions d\u2019actions', 'fr', { unit: 'shares', value: 10 * M }],
    ['214,7 millions de titres', 'fr', { unit: 'shares', value: 214.7 * M }],
    ['300 million users', 'en', { unit: 'count', value: 300 * M, currency: null }],
    ['2 milliards d\u2019utilisateurs', 'fr', { unit: 'count', value: 2 * B }],
    ['1,5 million d\u2019abonnés', 'fr', { unit: 'count', value: 1.5 * M }],
    ['200 million chips', 'en', { unit: 'count' }],
    ['10 milliards de paramètres', 'fr', { unit: 'count' }],
    ['entre 10 et 15 millions', 'fr', { unit: 'count' }],
  ])('%s', (text, lang, expected) => {
    check(only(text, lang), expected)
  })
})

describe('bare scaled numbers', () => {
  test.each<Row>([
    [
      'Databricks lève 10 milliards',
      'fr',
      { unit: 'money', value: 10 * B, meaning: 'raise', currency: null },
    ],
    ['une valorisation de 60 milliards', 'fr', { unit: 'money', meaning: 'valuation' }],
    ['valued at 60 billion', 'en', { unit: 'money', meaning: 'valuation' }],
    ['it paid 3 billion', 'en', { unit: 'money' }],
    ['mariage à 20 milliards', 'fr', { unit: 'count' }],
    ['10 milliards', 'fr', { unit: 'count' }],
    ['10 billion', 'en', { unit: 'count' }],
  ])('%s', (text, lang, expected) => {
    check(only(text, lang), expected)
  })

  test('take the usual currency of the text', () => {
    const got = extractFigures(
      'Cerebras lève 1,1 milliard de dollars et vaut désormais 8,1 milliards, contre 4 milliards en 2021.',
      'fr',
    )
    expect(got.map((f) => [f.value, f.currency, f.meaning])).toEqual([
      [1.1 * B, 'USD', 'raise'],
      [8.1 * B, 'USD', 'valuation'],
      [4 * B, 'USD', 'valuation'],
    ])
  })

  test('billions without a count noun are money when the text speaks money', () => {
    const got = extractFigures(
      'Un financement de 7 milliards de dollars, dont 5 milliards en fonds propres et 2 milliards de dette.',
      'fr',
    )
    expect(got.map((f) => [f.unit, f.value, f.currency])).toEqual([
      ['money', 7 * B, 'USD'],
      ['money', 5 * B, 'USD'],
      ['money', 2 * B, 'USD'],
    ])
  })

  test('a share price after a percent move', () => {
    const got = extractFigures('Intel shares closed 3.4% higher at $21.87 on Friday', 'en')
    expect(got.map((f) => [f.unit, f.value, f.meaning])).toEqual([
      ['percent', 3.4, 'unknown'],
      ['money', 21.87, 'per-share'],
    ])
  })

  test('a million things stay things even in a money text', () => {
    const got = extractFigures('It paid $5bn for a firm with 300 million users.', 'en')
    expect(got.map((f) => f.unit)).toEqual(['money', 'count'])
  })
})

describe('spelled-out numbers before a scale word', () => {
  test.each<Row>([
    ['a billion dollars', 'en', { currency: 'USD', value: 1 * B, text: 'a billion dollars' }],
    ['one trillion dollars', 'en', { value: 1 * T }],
    ['more than a billion dollars', 'en', { value: 1 * B, qualifier: 'gt' }],
    ['ten billion euros', 'en', { currency: 'EUR', value: 10 * B }],
    ["un milliard d'euros", 'fr', { currency: 'EUR', value: 1 * B }],
    ['dix milliards de dollars', 'fr', { currency: 'USD', value: 10 * B }],
    ['vingt milliards de dollars', 'fr', { value: 20 * B }],
  ])('%s', (text, lang, expected) => {
    check(only(text, lang), expected)
  })

  test.each<[string, Lang]>([
    ['a billion users', 'en'],
    ['it is a million miles away', 'en'],
    ['une dizaine de milliards', 'fr'],
    ['un milliard de personnes', 'fr'],
    ['dix milliards', 'fr'],
  ])('needs a currency: %s', (text, lang) => {
    expect(extractFigures(text, lang)).toEqual([])
  })
})

describe('number grammar by language', () => {
  test.each<[string, Lang, number]>([
    ['$1,300 million', 'en', 1300 * M],
    ['1,300 millions de dollars', 'fr', 1.3 * M],
    ['1,3 milliard de dollars', 'en', 1.3 * B],
    ['$1.250 billion', 'en', 1.25 * B],
    ['1.250 milliards de dollars', 'fr', 1250 * B],
    ['1.5 milliard de dollars', 'fr', 1.5 * B],
    ['$1,234,567', 'en', 1234567],
    ['1.234.567 dollars', 'fr', 1234567],
    ['1 234 567 dollars', 'fr', 1234567],
    ['$1,250.75', 'en', 1250.75],
    ['1.250,75 dollars', 'fr', 1250.75],
    ['10 billion dollars', 'en', 10 * B],
    ['10 billions de dollars', 'fr', 10 * T],
    ['$0.5bn', 'en', 0.5 * B],
  ])('%s (%s) = %d', (text, lang, value) => {
    expect(only(text, lang).value).toBeCloseTo(value, 0)
  })
})

describe('no money where there is none', () => {
  test.each<[string, Lang]>([
    ['Il a 42 ans et 3 enfants', 'fr'],
    ['Windows 11 is out', 'en'],
    ['Series J', 'en'],
    ['a Series B round', 'en'],
    ['GPT-4o and GPT-4 Turbo', 'en'],
    ['GPT-5', 'en'],
    ['les 27 pays de l\u2019UE', 'fr'],
    ['à 23 h 30', 'fr'],
    ['à 23h30', 'fr'],
    ['at 11:30 a.m.', 'en'],
    ['in 2019', 'en'],
    ['in the 2030s', 'en'],
    ['from 2019 to 2021', 'en'],
    ['2019-2021', 'en'],
    ['on 12 April 2024', 'en'],
    ['le 12 avril 2024', 'fr'],
    ['on 2024-04-12', 'en'],
    ['the 1st and 2nd quarters', 'en'],
    ['le 2e trimestre', 'fr'],
    ['the 3rd time', 'en'],
    ['Nvidia H100 and A100 chips', 'en'],
    ['Apple M2 chips', 'en'],
    ['the 5G network', 'en'],
    ['a 4K screen', 'en'],
    ['Llama 3.1 405B', 'en'],
    ['3nm process', 'en'],
    ['a 10x return', 'en'],
    ['No. 2 player', 'en'],
    ['iPhone 15 Pro', 'en'],
    ['version 3.2.1', 'en'],
    ['3 companies and 12 employees', 'en'],
    ['12-year contracts', 'en'],
    ['200 megawatts', 'en'],
    ['the Class A shares', 'en'],
    ['Ubisoft, 10 studios', 'en'],
    ['CAC 40', 'fr'],
    ['S&P 500 index', 'en'],
    ['Section 230', 'en'],
    ['covid-19', 'en'],
    ['', 'en'],
    ['$', 'en'],
    ['$.', 'en'],
    ['%', 'fr'],
    ['billion', 'en'],
  ])('%s', (text, lang) => {
    const got = extractFigures(text, lang)
    expect(got.filter((f) => f.unit === 'money' || f.unit === 'percent')).toEqual([])
  })

  test('currencies we cannot convert are left out rather than read as US dollars', () => {
    expect(extractFigures('NZ$10bn and NT$2bn', 'en')).toEqual([])
  })

  test('"10 m" alone is not ten million', () => {
    expect(extractFigures('a 10 m tall tower', 'en')).toEqual([])
  })
})

describe('spans and several figures', () => {
  test('spans point into the raw input', () => {
    const text =
      'Tencent pays \u20ac1.16 billion ($1.25bn) for a 25% stake, valuing it at \u20ac4bn.'
    const got = extractFigures(text, 'en')
    expect(got.map((f) => f.text)).toEqual(['\u20ac1.16 billion', '$1.25bn', '25%', '\u20ac4bn'])
    for (const f of got) expect(text.slice(f.start, f.end)).toBe(f.text)
    expect(got.map((f) => f.meaning)).toEqual(['amount', 'amount', 'stake', 'valuation'])
  })

  test('raise and valuation in one sentence', () => {
    const got = extractFigures('Databricks raised $10 billion at a $62 billion valuation.', 'en')
    expect(got.map((f) => [f.value, f.meaning])).toEqual([
      [10 * B, 'raise'],
      [62 * B, 'valuation'],
    ])
  })

  test.each<[string, 'en' | 'fr']>([
    [
      'Ferrovia is in talks to raise at least $2 billion at a valuation of more than $40 billion.',
      'en',
    ],
    [
      'Ferrovia veut lever au moins 2 milliards de dollars, sur une valorisation de plus de 40 milliards.',
      'fr',
    ],
  ])("a valuation cue introducing the next figure is not the first one's: %s", (text, lang) => {
    expect(extractFigures(text, lang).map((f) => f.meaning)).toEqual(['raise', 'valuation'])
  })

  test('a figure after "up from" measures the same thing', () => {
    const got = extractFigures('valuing it at about $23.1bn, up from $8.1bn in September', 'en')
    expect(got.map((f) => f.meaning)).toEqual(['valuation', 'valuation'])
  })

  test('a conversion in brackets measures the same thing', () => {
    const got = extractFigures(
      "un chiffre d'affaires de 192,9 milliards de yuans (27,2 milliards de dollars)",
      'fr',
    )
    expect(got.map((f) => [f.currency, f.meaning])).toEqual([
      ['CNY', 'revenue'],
      ['USD', 'revenue'],
    ])
  })

  test('curly apostrophes and typographic spaces do not shift spans', () => {
    const text = 'L\u2019État prend 10\u202f% d\u2019Intel pour 8,9\u00a0milliards de dollars'
    const got = extractFigures(text, 'fr')
    expect(got.map((f) => f.text)).toEqual(['10\u202f%', '8,9\u00a0milliards de dollars'])
    for (const f of got) expect(text.slice(f.start, f.end)).toBe(f.text)
  })

  test('generated junk never throws and spans stay inside the input', () => {
    // Deterministic pseudo-random strings over the characters the parser cares about.
    const alphabet = [..."0123456789 ,.-%$€£¥abmktàé  '’()bnMdsmilliardsbillion"]
    let seed = 42
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed / 2147483648
    }
    for (let n = 0; n < 500; n++) {
      let s = ''
      const len = Math.floor(next() * 40)
      for (let i = 0; i < len; i++) s += alphabet[Math.floor(next() * alphabet.length)] ?? ''
      for (const lang of ['en', 'fr'] as const) {
        const got = extractFigures(s, lang)
        for (const f of got) {
          expect(s.slice(f.start, f.end)).toBe(f.text)
          expect(f.low).toBeLessThanOrEqual(f.high)
          expect(Number.isNaN(f.value)).toBe(false)
        }
      }
    }
  })

  test('odd input never throws', () => {
    const odd = [
      '$$$',
      '1,,,2',
      '..5',
      '-5%',
      '\u20ac',
      '1e9 dollars',
      '9'.repeat(400) + ' dollars',
      '\u0000$5bn',
    ]
    for (const s of odd) expect(() => extractFigures(s, 'en')).not.toThrow()
  })
})

function fig(text: string, lang: Lang = 'en'): Figure {
  return only(text, lang)
}

describe('compareFigures', () => {
  test.each<[string, string, string, string]>([
    // same currency, exact rounding
    ['$10bn', '$10.2bn', 'compatible', 'rounding'],
    ['$10bn', '$10 billion', 'compatible', 'same'],
    ['$10bn', '$12bn', 'incompatible', 'different'],
    ['$68.7bn', '$69bn', 'compatible', 'rounded in the story'],
    ['about $20bn', '$21bn', 'compatible', 'approx'],
    ['about $20bn', '$25bn', 'incompatible', 'approx too far'],
    ['more than $10bn', '$50bn', 'compatible', 'gt'],
    ['more than $10bn', '$8bn', 'incompatible', 'gt below'],
    ['at least $4bn', '$4bn', 'compatible', 'gte boundary'],
    ['up to $50bn', '$30bn', 'compatible', 'lte'],
    ['up to $50bn', '$60bn', 'incompatible', 'lte above'],
    ['less than $5bn', '$3bn', 'compatible', 'lt'],
    ['$10-15bn', '$12bn', 'compatible', 'range inside'],
    ['$10-15bn', '$20bn', 'incompatible', 'range outside'],
    ['$10bn', 'between $9bn and $11bn', 'compatible', 'story range'],
    ['$47 to $55 a share', '$40 a share', 'incompatible', 'per-share below range'],
    // An offer's price per share is precise: a euro more is another offer.
    ['€53 a share', '€52 a share', 'incompatible', 'per-share one apart'],
    ['€27.50 a share', '€27.5 per share', 'compatible', 'per-share same'],
    // currencies
    ['$10bn', '€9.3bn', 'compatible', 'EUR≈1.08 USD'],
    ['€15m', '$16m', 'compatible', 'EUR to USD'],
    ['$10bn', '€5bn', 'incompatible', 'far apart after conversion'],
    ['£1bn', '$1.27bn', 'compatible', 'GBP'],
    ['$1bn', '¥150bn', 'compatible', 'JPY'],
    // units and meanings
    ['$10bn', '10%', 'incomparable', 'unit'],
    ['$135 a share', '$131.50 a share', 'incompatible', 'a per-share price is quoted to the cent'],
    ['$54.20 a share', '$54 a share', 'compatible', 'per-share rounding'],
    ['more than $3.3 billion', '$100 a share', 'incomparable', 'a share price is no total'],
    ['about $33 billion', '$76', 'incomparable', 'sums a thousand times apart'],
    ['$65 a share', '$76-a-share', 'incompatible', 'a hyphenated share price'],
    ['$24 to $26 each', 'the $27 to $28 range', 'incompatible', 'a price range is per share'],
    ['$26 to $28 a share', '$28 to $30 a share', 'incompatible', 'two ranges that only touch'],
    ['$26 to $28 a share', '$27 a share', 'compatible', 'a price inside the range'],
    ['up to $14 billion', 'up to $24 billion', 'incompatible', 'two different caps'],
    ['up to $14 billion', 'up to $15 billion', 'compatible', 'caps within rounding'],
    ['more than $5 billion', 'more than $6 billion', 'compatible', 'a higher floor is no clash'],
    ['$1.7 billion', 'a $94 million fee', 'incomparable', 'a fee'],
    ['a 10% stake', 'shares rose 10%', 'incomparable', 'percent stake vs share move'],
    [
      'about $4.7 billion',
      '8,3 milliards de dollars dette comprise',
      'incomparable',
      'equity vs value including debt',
    ],
    [
      '$1.7 billion including debt',
      'a $94 million termination fee',
      'incomparable',
      'a fee compares with nothing',
    ],
    [
      '$1.7 billion including debt',
      '$1.7 billion, including net debt',
      'compatible',
      'both include debt',
    ],
    ['a 16% stake', 'a 53% premium', 'incomparable', 'stake vs premium'],
    ['about $38 billion', 'a $2 billion termination fee', 'incomparable', 'amount vs fee'],
    ['a 10% stake', 'more than 80% of the databases', 'incompatible', 'stake vs unknown percent'],
    ['valued at $62bn', 'raised $10bn', 'incomparable', 'valuation vs raise'],
    ['valued at $62bn', '$62bn', 'incomparable', 'valuation vs amount'],
    ['a $62bn valuation', 'valuing it at $62bn', 'compatible', 'valuation vs valuation'],
    ['raised $10bn', 'a $10bn contract', 'compatible', 'raise vs contract'],
    ['$54.20 a share', '$44bn', 'incomparable', 'per-share vs amount'],
    ['revenue of $3.5bn', '$3.5bn', 'incomparable', 'revenue vs amount'],
    ['a $3.5bn contract', 'expected to bring in $3.5bn', 'compatible', 'contract vs revenue'],
    ['a $3.5bn contract', 'revenue of $5bn', 'incompatible', 'contract vs other revenue'],
    ['$30bn a year', '$30bn', 'incomparable', 'per year vs total'],
    ['$30bn a year', '$31bn annually', 'compatible', 'both per year'],
    ['10 million shares', '10 million users', 'incomparable', 'shares vs count'],
  ])('%s vs %s → %s (%s)', (claim, story, expected) => {
    expect(compareFigures(fig(claim), fig(story))).toBe(expected)
  })

  test.each<[string, string, string]>([
    ['10 milliards de dollars', '$10bn', 'compatible'],
    ['1,3 milliard d\u2019euros', '€1.3bn', 'compatible'],
    ['plus de 40 milliards de dollars', '$40.5bn', 'compatible'],
    ['environ 69 milliards de dollars', '60,7 milliards d\u2019euros', 'compatible'],
  ])('French claim %s vs %s → %s', (claim, story, expected) => {
    const c = fig(claim, 'fr')
    const s = extractFigures(story, story.includes(',') ? 'fr' : 'en')[0] as Figure
    expect(compareFigures(c, s)).toBe(expected)
  })

  test('a figure without currency takes the other one', () => {
    const c = fig('$10bn')
    const s = fig('Databricks lève 10 milliards', 'fr')
    expect(s.currency).toBeUndefined()
    expect(compareFigures(c, s)).toBe('compatible')
  })

  test('is symmetric on these cases', () => {
    const pairs: [string, string][] = [
      ['$10bn', '$12bn'],
      ['$10bn', '€9.3bn'],
      ['more than $10bn', '$50bn'],
    ]
    for (const [a, b] of pairs) {
      expect(compareFigures(fig(a), fig(b))).toBe(compareFigures(fig(b), fig(a)))
    }
  })
})

describe('a total after a share price', () => {
  it('is the total, not another share price ("$6.65 a share, or about $2.3 billion")', () => {
    const figures = extractFigures(
      'Nokia will buy Infinera for $6.65 a share, or about $2.3 billion.',
      'en',
    )
    expect(figures.map((f) => f.meaning)).toEqual(['per-share', 'amount'])
  })
  it('keeps a second share price as one ("$54.20 a share, or $54 a share")', () => {
    const figures = extractFigures('for $54.20 a share, up from $50', 'en')
    expect(figures.map((f) => f.meaning)).toEqual(['per-share', 'per-share'])
  })
})

describe('an old value after a name with full stops', () => {
  it('is history ("C$18 a share for Transat A.T., up from C$13")', () => {
    const figures = extractFigures(
      'Air Canada has agreed to pay C$18 a share for Transat A.T., up from C$13.',
      'en',
    )
    expect(figures.map((f) => [f.meaning, f.previous ?? false])).toEqual([
      ['per-share', false],
      ['per-share', true],
    ])
  })
})

describe('the parts of a total', () => {
  it('are side figures ("worth $3.25 billion, paying $1 billion in cash")', () => {
    const figures = extractFigures(
      'Zephyr will buy Halden in a deal worth $3.25 billion, paying $1 billion in cash and the rest in stock.',
      'en',
    )
    expect(figures.map((f) => f.meaning)).toEqual(['amount', 'side'])
  })
  it.each<[string, 'en' | 'fr']>([
    [
      'Zephyr va acquérir Halden pour 4,5 milliards de dollars en numéraire et 50 millions de ses propres actions, une opération valorisée à 26,6 milliards de dollars dette comprise.',
      'fr',
    ],
    [
      'Zephyr will buy Halden for $4.5 billion in cash and 50 million of its own shares, valuing the deal at $26.6 billion including debt.',
      'en',
    ],
  ])('the cash and the shares of a payment are its parts: %s', (text, lang) => {
    const meanings = extractFigures(text, lang).map((f) => f.meaning)
    expect(meanings.slice(0, 2)).toEqual(['side', 'side'])
    expect(meanings[2]).toBe('enterprise')
  })
  it('a total paid in cash and stock stays the total', () => {
    expect(
      extractFigures('Zephyr will buy Halden for about $16.4 billion in cash and stock.', 'en')[0]
        ?.meaning,
    ).toBe('amount')
  })
})

describe('a share price with the means of payment between', () => {
  it.each<[string, 'en' | 'fr']>([
    ['shareholders will receive 125 rand in cash per share', 'en'],
    ['125 rands en numéraire par action', 'fr'],
  ])('%s', (text, lang) => {
    expect(extractFigures(text, lang)[0]?.meaning).toBe('per-share')
  })
})

describe('"au lieu des" names the old value', () => {
  it('marks "au lieu des 2 milliards" as history', () => {
    const figures = extractFigures(
      'la start-up lèverait 3,5 milliards de dollars au lieu des 2 milliards visés au départ',
      'fr',
    )
    expect(figures.map((f) => f.previous ?? false)).toEqual([false, true])
  })
})

describe('dollars of other countries and reais', () => {
  it.each<[string, 'en' | 'fr', string, number]>([
    ['HK$12.20 a share', 'en', 'HKD', 12.2],
    ['12,20 dollars de Hong Kong par action', 'fr', 'HKD', 12.2],
    ['A$5.2 billion', 'en', 'AUD', 5.2e9],
    ['2,4 milliards de dollars australiens', 'fr', 'AUD', 2.4e9],
    ['S$1.2 billion', 'en', 'SGD', 1.2e9],
    ['48 reais a share', 'en', 'BRL', 48],
    ['R$ 48 por ação', 'en', 'BRL', 48],
  ])('%s', (text, lang, currency, value) => {
    const f = extractFigures(text, lang)[0]
    expect([f?.currency, f?.value]).toEqual([currency, value])
  })
  it('compares Hong Kong dollars with US dollars at a rough rate', () => {
    const [hk] = extractFigures('HK$12.20 a share', 'en')
    const [us] = extractFigures('US$1.56 a share', 'en')
    expect(compareFigures(hk!, us!)).toBe('compatible')
  })
})

describe('a bare dollar beside Canadian dollars', () => {
  const one = (text: string, lang: 'en' | 'fr' = 'en') => extractFigures(text, lang)[0]!
  it.each<[string, string, string, 'en' | 'fr']>([
    // Each reading gives another answer (same currency: 13 and 18 apart; converted: together):
    // neither decides, whichever way the numbers fall.
    ['13 $ par action', 'C$13 a share', 'incomparable', 'fr'],
    ['13 $ par action', 'C$18 a share', 'incomparable', 'fr'],
    // Both readings agree.
    ['13 $ par action', 'C$30 a share', 'incompatible', 'fr'],
    // "US" named: converted only.
    ['US$13 a share', 'C$18 a share', 'compatible', 'en'],
    ['$13 a share', '€18 a share', 'incompatible', 'en'],
  ])('%s against %s → %s', (claim, story, expected, lang) => {
    expect(compareFigures(one(claim, lang), one(story))).toBe(expected)
  })
})

describe('a scale word joined by a hyphen', () => {
  it.each<[string, number]>([
    ['a $10-billion deal', 10e9],
    ['a six-year, $10-billion-plus cloud contract', 10e9],
    ['a $2.5-million fine', 2.5e6],
  ])('%s', (text, value) => {
    expect(extractFigures(text, 'en')[0]?.value).toBe(value)
  })
  it('keeps "$10-15 billion" a range', () => {
    const f = extractFigures('$10-15 billion', 'en')[0]
    expect([f?.low, f?.high]).toEqual([10e9, 15e9])
  })
})

describe('British pence', () => {
  it.each<[string, 'en' | 'fr', number]>([
    ['Carlsberg will pay 1,315p a share', 'en', 13.15],
    ['pour 1 250 pence par action', 'fr', 12.5],
  ])('%s', (text, lang, value) => {
    const f = extractFigures(text, lang)[0]
    expect([f?.currency, f?.meaning, f?.value]).toEqual(['GBP', 'per-share', value])
  })
})

describe('the figure a comparison is made with is the old value', () => {
  it.each<[string, 'en' | 'fr']>([
    [
      'Zephyr will acquire the Halden unit at an enterprise value of €410 million, a narrower and cheaper deal than the €700 million offer it made in June.',
      'en',
    ],
    [
      'Zephyr rachète l’activité de Halden pour 410 millions d’euros, un montant inférieur aux 700 millions d’euros proposés en juin.',
      'fr',
    ],
  ])('%s', (text, lang) => {
    const figures = extractFigures(text, lang)
    expect(figures.map((f) => f.previous ?? false)).toEqual([false, true])
  })
  it('"more than" is a bound, not a comparison', () => {
    expect(
      extractFigures('Zephyr will invest more than $5 billion in Halden.', 'en')[0]?.previous,
    ).toBe(undefined)
  })
})
