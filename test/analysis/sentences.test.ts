import { describe, expect, test } from 'vitest'
import type { Lang } from '../../src/domain.js'
import { splitSentences } from '../../src/analysis/sentences.js'

function texts(text: string, lang: Lang): string[] {
  return splitSentences(text, lang).map((s) => s.text)
}

describe('splitSentences keeps abbreviations and numbers inside a sentence', () => {
  test.each<{ lang: Lang; input: string; expected: string[] }>([
    {
      lang: 'en',
      input: 'The U.S. government will take a stake in the chipmaker.',
      expected: ['The U.S. government will take a stake in the chipmaker.'],
    },
    {
      lang: 'en',
      input: 'Shares of Acme Inc. rose 5% after the U.K. regulator cleared the deal.',
      expected: ['Shares of Acme Inc. rose 5% after the U.K. regulator cleared the deal.'],
    },
    {
      lang: 'en',
      input: 'Globex Corp. and Initech Ltd. signed. Hooli Co. declined.',
      expected: ['Globex Corp. and Initech Ltd. signed.', 'Hooli Co. declined.'],
    },
    {
      lang: 'en',
      input: 'Mr. Smith met Dr. Jones on Tuesday. They agreed.',
      expected: ['Mr. Smith met Dr. Jones on Tuesday.', 'They agreed.'],
    },
    {
      lang: 'en',
      input: 'The company paid $10.5 billion. Analysts were surprised.',
      expected: ['The company paid $10.5 billion.', 'Analysts were surprised.'],
    },
    {
      lang: 'en',
      input: 'It is the No. 2 player vs. the leader. Talks continue.',
      expected: ['It is the No. 2 player vs. the leader.', 'Talks continue.'],
    },
    {
      lang: 'en',
      input: 'Read more at https://example.com/a.b?c=d. The deal closed.',
      expected: ['Read more at https://example.com/a.b?c=d.', 'The deal closed.'],
    },
    {
      lang: 'en',
      input: 'He said the deal was "done." Then he left.',
      expected: ['He said the deal was "done."', 'Then he left.'],
    },
    {
      lang: 'en',
      input: 'He said: \u201cIt is done.\u201d Shares rose.',
      expected: ['He said: \u201cIt is done.\u201d', 'Shares rose.'],
    },
    {
      lang: 'en',
      input: 'Is the deal dead? Not yet, sources say!',
      expected: ['Is the deal dead?', 'Not yet, sources say!'],
    },
    {
      lang: 'en',
      input: 'The deal... Or not. We will see.',
      expected: ['The deal...', 'Or not.', 'We will see.'],
    },
    { lang: 'en', input: 'Wait\u2026 What happened?', expected: ['Wait\u2026', 'What happened?'] },
    {
      lang: 'en',
      input: 'The deal... and then nothing.',
      expected: ['The deal... and then nothing.'],
    },
    {
      lang: 'en',
      input: 'It was sold to the U.S. The deal closed in May.',
      expected: ['It was sold to the U.S.', 'The deal closed in May.'],
    },
    {
      lang: 'en',
      input: 'It was bought by Apple Inc. The price was not disclosed.',
      expected: ['It was bought by Apple Inc.', 'The price was not disclosed.'],
    },
    {
      lang: 'en',
      input: 'John F. Kennedy Airport sold a stake.',
      expected: ['John F. Kennedy Airport sold a stake.'],
    },
    {
      lang: 'en',
      input: 'It raised money in a Series B. The round was led by Sequoia.',
      expected: ['It raised money in a Series B.', 'The round was led by Sequoia.'],
    },
    {
      lang: 'en',
      input: 'The deal was signed on Jan. 5 in New York.',
      expected: ['The deal was signed on Jan. 5 in New York.'],
    },
    {
      lang: 'en',
      input: 'Reported Sept. 12. Shares fell 3.5%.',
      expected: ['Reported Sept. 12.', 'Shares fell 3.5%.'],
    },
    {
      lang: 'en',
      input: 'J.P. Morgan advised. Goldman too.',
      expected: ['J.P. Morgan advised.', 'Goldman too.'],
    },
    {
      lang: 'en',
      input: 'It rose in 2024. 2025 looks better.',
      expected: ['It rose in 2024.', '2025 looks better.'],
    },
    { lang: 'en', input: 'in the sun. The end', expected: ['in the sun.', 'The end'] },
    {
      lang: 'en',
      input: 'lowercase after period. then continues',
      expected: ['lowercase after period. then continues'],
    },
    {
      lang: 'fr',
      input: 'M. Dupont a confirmé le rachat. Mme Martin aussi.',
      expected: ['M. Dupont a confirmé le rachat.', 'Mme Martin aussi.'],
    },
    {
      lang: 'fr',
      input: 'M. Le Maire a salué l\u2019accord.',
      expected: ['M. Le Maire a salué l\u2019accord.'],
    },
    {
      lang: 'fr',
      input: 'MM. Durand et Petit ont signé. Le groupe confirme.',
      expected: ['MM. Durand et Petit ont signé.', 'Le groupe confirme.'],
    },
    {
      lang: 'fr',
      input: 'Les É.-U. veulent une participation de 10 %. Intel accepte.',
      expected: ['Les É.-U. veulent une participation de 10 %.', 'Intel accepte.'],
    },
    {
      lang: 'fr',
      input: 'Annoncé le 12 janv. 2024, le rachat est bouclé.',
      expected: ['Annoncé le 12 janv. 2024, le rachat est bouclé.'],
    },
    {
      lang: 'fr',
      input: 'Le montant atteint 1,3 milliard d\u2019euros. Les actionnaires approuvent.',
      expected: ['Le montant atteint 1,3 milliard d\u2019euros.', 'Les actionnaires approuvent.'],
    },
    {
      lang: 'fr',
      input: '\u00ab Nous ne commentons pas. \u00bb Le groupe se tait.',
      expected: ['\u00ab Nous ne commentons pas. \u00bb', 'Le groupe se tait.'],
    },
    {
      lang: 'fr',
      input: 'La hausse atteint 2,3 %. Google Inc. a refusé.',
      expected: ['La hausse atteint 2,3 %.', 'Google Inc. a refusé.'],
    },
    {
      lang: 'fr',
      input: "C'est fait. L'opération est close.",
      expected: ["C'est fait.", "L'opération est close."],
    },
    {
      lang: 'fr',
      input: 'Le 3 févr. dernier, Mlle Roux a signé.',
      expected: ['Le 3 févr. dernier, Mlle Roux a signé.'],
    },
  ])('$input', ({ lang, input, expected }) => {
    expect(texts(input, lang)).toEqual(expected)
  })
})

describe('splitSentences edges and offsets', () => {
  test('empty and blank input give no sentence', () => {
    expect(splitSentences('', 'en')).toEqual([])
    expect(splitSentences('  \n \t ', 'fr')).toEqual([])
  })

  test('line breaks end a sentence even without punctuation', () => {
    expect(texts('Nvidia buys a stake in Intel\nThe chipmaker confirmed the deal.', 'en')).toEqual([
      'Nvidia buys a stake in Intel',
      'The chipmaker confirmed the deal.',
    ])
  })

  test('offsets point into the input and text equals the slice', () => {
    const input = '  Acme Inc. agreed.\u00a0 The U.S. approved it!  Done  '
    const got = splitSentences(input, 'en')
    expect(got.map((s) => s.text)).toEqual(['Acme Inc. agreed.', 'The U.S. approved it!', 'Done'])
    for (const s of got) expect(input.slice(s.start, s.end)).toBe(s.text)
  })

  test('a text without terminal punctuation is one sentence', () => {
    expect(splitSentences('Salesforce walks away from Informatica talks', 'en')).toEqual([
      { text: 'Salesforce walks away from Informatica talks', start: 0, end: 44 },
    ])
  })

  test('odd input does not throw', () => {
    for (const odd of ['.', '...', '. . .', '?!', '\u00bb.', 'a.\n.\nb', 'É.-U.', 'U.S.']) {
      expect(() => splitSentences(odd, 'fr')).not.toThrow()
    }
  })
})
