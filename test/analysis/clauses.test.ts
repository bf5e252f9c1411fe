import { describe, expect, it } from 'vitest'
import { backgroundSpans, inSpans, isNegated } from '../../src/analysis/clauses.js'
import { foldSameLength } from '../../src/analysis/folded.js'
import { normaliseText } from '../../src/analysis/text.js'

/** Whether `word` (its first occurrence) sits in a background clause of `sentence`. */
function inBackground(sentence: string, word: string): boolean {
  const f = foldSameLength(normaliseText(sentence))
  const at = f.indexOf(foldSameLength(word))
  if (at < 0) throw new Error(`"${word}" not in "${sentence}"`)
  return inSpans(at, backgroundSpans(f))
}

describe('background clauses', () => {
  it.each<[string, string, boolean]>([
    ['Zephyr, which agreed in March to pay $32bn for Halden, reported sales', '$32bn', true],
    ['Zephyr, which agreed in March to pay $32bn for Halden, reported sales', 'reported', false],
    ['Zephyr agreed to pay $32bn for Halden', '$32bn', false],
    ['Rivals dropped out, as Zephyr weighs an offer for Halden', 'weighs', true],
    ['Zephyr cut its Halden holding to 7.4% from about 14.9%', '14.9%', true],
    ['Zephyr cut its Halden holding to 7.4% from about 14.9%', '7.4%', false],
    ['Zephyr sold the unit, as expected, to Halden', 'Halden', false],
    ['X said on Monday it had agreed to buy Halden', 'agreed', false],
    ['une fois le rachat de Halden finalisé', 'finalisé', true],
    ['Halden, who owns 8% of Zephyr, sold shares', '8%', true],
    ['After failing to win approval, Zephyr abandons Halden deal', 'failing', true],
    ['After failing to win approval, Zephyr abandons Halden deal', 'abandons', false],
    ['Zephyr abandons Halden deal after regulators object', 'regulators', true],
    ['Zephyr has invested $13bn in Halden since 2019', '2019', true],
    ['Zephyr has invested $13bn in Halden since 2019', '$13bn', false],
    ['Zephyr, qui a investi 13 milliards dans Halden, recrute', '13 milliards', true],
    ['Zephyr, qui a investi 13 milliards dans Halden, recrute', 'recrute', false],
    ['Zephyr rachète Halden, dont il détient déjà 20 %', '20 %', true],
    ['Après le rachat de Halden, Zephyr licencie', 'rachat', true],
    ['Après le rachat de Halden, Zephyr licencie', 'licencie', false],
    ['Zephyr (which bought Halden last year) grows', 'bought', true],
    ['Zephyr will sell 579 stores for $2.9bn, up from 413 stores for $1.9bn', '$1.9bn', true],
    ['Zephyr will sell 579 stores for $2.9bn, up from 413 stores for $1.9bn', '$2.9bn', false],
    ['Halden lève 600 millions, sans Zephyr', 'Zephyr', true],
    ['The tribunal approved the deal, provided a 100 million rand fund is set up', 'rand', true],
    [
      'The tribunal approved the deal, provided a 100 million rand fund is set up',
      'approved',
      false,
    ],
    ['Bruxelles autorise le rachat à condition que Zephyr cède 12 magasins', 'magasins', true],
    ['Zephyr provided $5bn to Halden', '$5bn', false],
    ['Musk had said he was walking away', 'walking away', true],
    // The French reflexive pluperfect: an earlier commitment recalled.
    [
      "Zephyr détient 91 % d'Halden, qu'il s'était engagé en juin à racheter pour 26,9 milliards",
      '26,9 milliards',
      true,
    ],
    ['Thoma Bravo will hold 15% of Zephyr as a result of selling Halden', 'selling', true],
    ['Halden is in talks with Zephyr as an alternative to Brio’s hostile bid', 'hostile', true],
    ['Le groupe avait annoncé son intention de racheter Halden', 'racheter', true],
    ['Halden shares jump on report of Zephyr talks', 'talks', true],
    ['Zephyr will sell stores to win approval for its merger', 'merger', true],
    ['Zephyr cède des magasins afin d’obtenir le feu vert', 'feu vert', true],
  ])('"%s": %s in background → %s', (sentence, word, expected) => {
    expect(inBackground(sentence, word)).toBe(expected)
  })
})

describe('isNegated', () => {
  function negated(sentence: string, word: string): boolean {
    const f = foldSameLength(normaliseText(sentence))
    return isNegated(f, f.indexOf(foldSameLength(word)))
  }
  it.each<[string, string, boolean]>([
    ['Zephyr has not abandoned the deal', 'abandoned', true],
    ["Zephyr didn't abandon the deal", 'abandon', true],
    ['Zephyr never agreed to the terms', 'agreed', true],
    ['No agreement was signed', 'agreement', true],
    ['Zephyr abandoned the deal', 'abandoned', false],
    // The act itself undone: a court annulling a veto, overturning a block.
    ['EU court annuls Brussels veto of the takeover', 'veto', true],
    ['The court overturned the prohibition of the merger', 'prohibition', true],
    ["Le tribunal annule l'interdiction du rachat", 'interdiction', true],
    ['Brussels vetoed the takeover', 'vetoed', false],
    ['Zephyr lifted its offer and agreed terms', 'agreed', false],
    ["Zephyr n'a pas renoncé au rachat", 'renonce', true],
    ['Zephyr ne renonce pas au rachat', 'renonce', true],
    ['Zephyr renonce au rachat', 'renonce', false],
    ['Sans confirmer les discussions, Zephyr a parlé', 'confirmer', true],
    ['Zephyr declined to confirm the talks', 'confirm', true],
    ['Not a problem, Zephyr agreed to buy Halden', 'agreed', false],
    ['Zephyr did not respond; Halden agreed', 'agreed', false],
  ])('"%s": %s negated → %s', (sentence, word, expected) => {
    expect(negated(sentence, word)).toBe(expected)
  })
})
