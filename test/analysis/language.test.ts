import { describe, expect, test } from 'vitest'
import type { Lang } from '../../src/domain.js'
import { detectLanguage } from '../../src/analysis/language.js'

// Short headlines written for this test (not copied from any feed or the devset).
const EN: string[] = [
  'Nvidia to invest $5 billion in Intel',
  'Salesforce nears deal for Informatica',
  'Broadcom closes VMware purchase after China nod',
  'Microsoft takes minority stake in Mistral AI',
  'Adobe and Figma abandon merger',
  'SoftBank weighs bigger OpenAI bet',
  'Regulators block Kroger-Albertsons tie-up',
  'Oracle signs cloud contract worth $30bn a year',
  'Tencent buys into Ubisoft spin-off',
  'Amazon doubles down on Anthropic',
  'Intel shares jump on government stake report',
  'CoreWeave agrees to buy Core Scientific',
  'EU opens probe into chip takeover',
  'Arm IPO priced at top of range',
  'Cerebras withdraws listing plan',
  'Meta invests in Scale AI at $29bn valuation',
  'Databricks raises $10 billion in record round',
  'Deal talks collapse over price',
  'Qualcomm eyes Alphawave bid',
  'Elon Musk drops Twitter deal',
]
const FR: string[] = [
  'Nvidia investit 5 milliards de dollars dans Intel',
  'Salesforce proche d\u2019un accord pour Informatica',
  'Broadcom finalise le rachat de VMware',
  'Microsoft prend une participation dans Mistral AI',
  'Adobe et Figma renoncent à leur fusion',
  'SoftBank envisage de miser davantage sur OpenAI',
  'Les régulateurs bloquent le mariage Kroger-Albertsons',
  'Oracle signe un contrat cloud géant',
  'Tencent entre au capital de la filiale d\u2019Ubisoft',
  'Amazon double la mise sur Anthropic',
  'L\u2019action Intel bondit',
  'CoreWeave va racheter Core Scientific',
  'Bruxelles ouvre une enquête sur le rachat',
  'Arm fixe le prix de son introduction en Bourse',
  'Cerebras retire son projet de cotation',
  'Meta mise sur Scale AI, valorisée 29 milliards',
  'Databricks lève 10 milliards de dollars',
  'Les négociations échouent sur le prix',
  'Qualcomm lorgne Alphawave',
  'Elon Musk abandonne le rachat de Twitter',
]

describe('detectLanguage on short headlines', () => {
  const rows = [
    ...EN.map((text) => ({ text, expected: 'en' as Lang })),
    ...FR.map((text) => ({ text, expected: 'fr' as Lang })),
  ]

  test('gets at least 39 of 40 right', () => {
    const wrong = rows.filter((r) => detectLanguage(r.text) !== r.expected).map((r) => r.text)
    expect(wrong.length, `misclassified: ${wrong.join(' | ')}`).toBeLessThanOrEqual(1)
  })
})

describe('detectLanguage on ledes and edge cases', () => {
  test.each<{ text: string; expected: Lang }>([
    { text: '', expected: 'en' },
    { text: '   ', expected: 'en' },
    { text: '$10bn', expected: 'en' },
    { text: 'Nvidia Intel', expected: 'en' },
    {
      text: 'Société Générale shares fell after the bank said it would cut costs.',
      expected: 'en',
    },
    {
      text: 'The deal values the company at about $61 billion, people familiar with the matter said.',
      expected: 'en',
    },
    {
      text: 'Le groupe américain a confirmé lundi l\u2019opération, qui valorise la cible à 61 milliards de dollars.',
      expected: 'fr',
    },
    {
      text: 'Selon des sources proches du dossier, les discussions seraient avancées.',
      expected: 'fr',
    },
    { text: 'Intel, Nvidia et SoftBank', expected: 'fr' },
    { text: "L'opération Microsoft-Activision", expected: 'fr' },
    { text: 'Microsoft\u2019s Activision deal', expected: 'en' },
    // Headlines carried by one verb and names only
    { text: 'Capgemini acquiert WNS', expected: 'fr' },
    { text: 'Capgemini to buy WNS', expected: 'en' },
    { text: 'Start-up : Mistral AI boucle son tour', expected: 'fr' },
    { text: 'Atos gets state backing', expected: 'en' },
    { text: 'Dassault Systèmes acquires firm', expected: 'en' },
    { text: 'Apple s\u2019offre une start-up', expected: 'fr' },
    { text: 'Free launches bid', expected: 'en' },
    { text: 'Free lance une offre', expected: 'fr' },
  ])('$text → $expected', ({ text, expected }) => {
    expect(detectLanguage(text)).toBe(expected)
  })
})
