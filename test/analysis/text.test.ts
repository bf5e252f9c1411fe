import { describe, expect, test } from 'vitest'
import { foldText, isElision, normaliseText, wordTokens } from '../../src/analysis/text.js'

describe('normaliseText', () => {
  test.each([
    { input: 'plain ascii', expected: 'plain ascii' },
    { input: '  padded   spaces  ', expected: 'padded spaces' },
    { input: '1\u00a0000\u202fmilliards', expected: '1 000 milliards' },
    { input: '25\u2009%', expected: '25 %' },
    { input: 'l\u2019américain Amazon', expected: "l'américain Amazon" },
    { input: 'Nvidia\u2018s \u02bcbet\u2032', expected: "Nvidia's 'bet'" },
    { input: '\u201cWe are in talks\u201d', expected: '"We are in talks"' },
    {
      input: '\u00ab\u00a0Nous ne commentons pas\u00a0\u00bb, dit-il',
      expected: '"Nous ne commentons pas", dit-il',
    },
    { input: '\u00abx\u00bb', expected: '"x"' },
    { input: '\u201eZitat\u201c', expected: '"Zitat"' },
    { input: '$10\u201315 billion', expected: '$10-15 billion' },
    { input: 'deal \u2014 or not', expected: 'deal - or not' },
    { input: '\u22125 %', expected: '-5 %' },
    { input: 'Et puis\u2026 rien', expected: 'Et puis... rien' },
    { input: 'line one\nline two\r\n\tthree', expected: 'line one line two three' },
    { input: 'Soci\u0065\u0301t\u0065\u0301', expected: 'Soci\u00e9t\u00e9' },
    { input: '', expected: '' },
    { input: '   ', expected: '' },
  ])('normalises $input', ({ input, expected }) => {
    expect(normaliseText(input)).toBe(expected)
  })

  test('is idempotent', () => {
    const once = normaliseText(
      '\u00ab\u00a0Le rachat\u00a0\u00bb \u2014 1\u202f000\u00a0M\u20ac\u2026',
    )
    expect(normaliseText(once)).toBe(once)
  })
})

describe('foldText', () => {
  test.each([
    { input: 'Société Générale', expected: 'societe generale' },
    { input: 'ÉTATS-UNIS', expected: 'etats-unis' },
    { input: 'Français, ça', expected: 'francais, ca' },
    { input: 'Œuvre cœur', expected: 'oeuvre coeur' },
    { input: 'Ex æquo', expected: 'ex aequo' },
    { input: 'Straße', expected: 'strasse' },
    { input: 'l\u2019Élysée', expected: "l'elysee" },
    { input: 'NVIDIA', expected: 'nvidia' },
    { input: 'Noël à Zürich', expected: 'noel a zurich' },
    { input: ' \u00a0 ', expected: '' },
  ])('folds $input', ({ input, expected }) => {
    expect(foldText(input)).toBe(expected)
  })
})

describe('wordTokens', () => {
  test.each([
    {
      input: 'Nvidia to invest $5 billion in Intel',
      expected: ['nvidia', 'to', 'invest', '5', 'billion', 'in', 'intel'],
    },
    { input: "Le rachat d'Informatica", expected: ['le', 'rachat', "d'", 'informatica'] },
    { input: 'l\u2019américain Amazon', expected: ["l'", 'americain', 'amazon'] },
    { input: "qu'il n'a pas", expected: ["qu'", 'il', "n'", 'a', 'pas'] },
    { input: "jusqu'à 50 milliards", expected: ["jusqu'", 'a', '50', 'milliards'] },
    { input: "Amazon's stake", expected: ['amazon', "'s", 'stake'] },
    { input: "investors' money", expected: ['investors', 'money'] },
    { input: "aujourd'hui", expected: ["aujourd'hui"] },
    { input: "doesn't comment", expected: ["doesn't", 'comment'] },
    { input: 'Microsoft-backed OpenAI', expected: ['microsoft', 'backed', 'openai'] },
    { input: 'GPT-4o', expected: ['gpt', '4o'] },
    {
      input: '$10.5 billion and 1,3 milliard',
      expected: ['10.5', 'billion', 'and', '1,3', 'milliard'],
    },
    { input: 'États-Unis (É.-U.)', expected: ['etats', 'unis', 'e', 'u'] },
    { input: '« Pas de commentaire »', expected: ['pas', 'de', 'commentaire'] },
    { input: 'one, two; three.', expected: ['one', 'two', 'three'] },
    { input: '', expected: [] },
    { input: '!!! ---', expected: [] },
  ])('tokenises $input', ({ input, expected }) => {
    expect(wordTokens(input)).toEqual(expected)
  })
})

describe('isElision', () => {
  test.each([
    { token: "l'", expected: true },
    { token: "d'", expected: true },
    { token: "qu'", expected: true },
    { token: "jusqu'", expected: true },
    { token: "'s", expected: false },
    { token: 'amazon', expected: false },
    { token: "x'", expected: false },
  ])('$token → $expected', ({ token, expected }) => {
    expect(isElision(token)).toBe(expected)
  })
})
