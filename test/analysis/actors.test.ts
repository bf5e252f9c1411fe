/**
 * Who says it, and about which deal: a negative cue counts only from a claim party (or a final
 * decision of an authority); near-agreements and reviews are not agreements; another deal between
 * the same parties is not the claim's deal; a market value after a debut is not the IPO's price;
 * headline present-tense collapse verbs are collapses. Invented companies only; EN + FR.
 */
import { describe, expect, it } from 'vitest'
import { compileClaims, judgeStory } from '../../src/analysis/index.js'
import type { Verdict } from '../../src/domain.js'
import { story } from './fixtures.js'

const set = compileClaims({
  entities: [
    { id: 'hexapod', name: 'Hexapod', aliases: ['Hexapod Inc'] },
    { id: 'corvina', name: 'Corvina', aliases: ['Corvina Labs'] },
    { id: 'fabrion', name: 'Fabrion', aliases: ['Fabrion SA'] },
    { id: 'tessel', name: 'Tessel', aliases: ['Tessel Systems'] },
    { id: 'pelagos', name: 'Pelagos', aliases: ['Pelagos Energy'] },
    { id: 'tidewater', name: 'Tidewater', aliases: ['Tidewater Oil'] },
    { id: 'marlowe', name: 'Marlowe', aliases: ['Marlowe Pay'] },
  ],
  claims: [
    {
      id: 'agreed',
      text: 'Hexapod has agreed to buy Corvina for about $2.1 billion.',
      date: '2026-01-10',
    },
    { id: 'accord', text: 'Fabrion a accepté de racheter Tessel.', date: '2026-01-20' },
    { id: 'talks', text: 'Pelagos is in talks to merge with Tidewater.', date: '2026-03-01' },
    {
      id: 'stake',
      text: 'Hexapod is investing $50 million in Corvina as part of a partnership.',
      date: '2026-04-01',
    },
    {
      id: 'ipo',
      text: 'Marlowe priced its IPO, valuing the company at about $5 billion.',
      date: '2026-04-28',
    },
  ],
})

function verdictOf(claimId: string, title: string, summary = ''): Verdict {
  return (
    judgeStory(set, story(title, summary, { published: '2026-05-01T08:00:00Z' })).find(
      (j) => j.claim === claimId,
    )?.verdict ?? 'unrelated'
  )
}

type Case = [claim: string, title: string, summary: string, expected: Verdict | Verdict[]]
const QUIET: Verdict[] = ['mentions', 'unrelated']

const cases: Record<string, Case[]> = {
  'a denial, refusal or opposition by someone who is not a party is no contradiction': [
    [
      'talks',
      'Zentrix says it has no plan to invest in Tidewater, which is in merger talks with Pelagos',
      '',
      QUIET,
    ],
    [
      'talks',
      'Zentrix denies interest in Tidewater as Pelagos merger talks continue',
      '',
      ['mentions', 'confirms', 'unrelated'],
    ],
    ['agreed', 'Finance minister is opposed to a takeover of Corvina by Hexapod', '', QUIET],
    ['agreed', 'Finance minister opposed to Hexapod takeover of Corvina', '', QUIET],
    ['agreed', 'Government could veto Hexapod takeover of Corvina', '', QUIET],
    ['agreed', 'Minister says he is not in favour of the Hexapod-Corvina merger', '', QUIET],
    ['agreed', 'Union rejects Hexapod takeover of Corvina', '', QUIET],
    ['accord', "Le ministre de l'Économie est opposé au rachat de Tessel par Fabrion", '', QUIET],
    ['accord', "Le gouvernement n'est pas favorable au rachat de Tessel par Fabrion", '', QUIET],
    ['accord', 'Les syndicats hostiles au rachat de Tessel par Fabrion', '', QUIET],
    ['accord', "Bercy s'oppose au rachat de Tessel par Fabrion", '', QUIET],
    // A party's own denial or rejection, or a final block by an authority, still contradicts.
    ['talks', 'Pelagos denies being in merger talks with Tidewater', '', 'contradicts'],
    ['talks', 'Pelagos Says It Has No Plan To Merge With Tidewater', '', 'contradicts'],
    [
      'talks',
      'Pelagos denies Tidewater merger report',
      'A Pelagos spokesperson told Reuters on Monday that the company had no plans to merge with Tidewater.',
      'contradicts',
    ],
    [
      'accord',
      "Fabrion a indiqué à l'AFP n'avoir aucun projet de rachat de Tessel",
      '',
      'contradicts',
    ],
    ['talks', 'Tidewater CEO rejects Pelagos merger approach', '', 'contradicts'],
    ['accord', "Tessel s'oppose à l'offre de Fabrion", '', 'contradicts'],
    ['accord', 'Le groupe Tessel dément toute discussion avec Fabrion', '', 'contradicts'],
    ['talks', 'Pelagos and Tidewater deny they are in merger talks', '', 'contradicts'],
    ['agreed', 'Unions block Hexapod takeover of Corvina at the port', '', QUIET],
    [
      'talks',
      'Zentrix rules out a bid for Tidewater, leaving Pelagos merger talks on track',
      '',
      ['mentions', 'confirms'],
    ],
    ['talks', 'Tidewater rejects merger approach from Pelagos', '', 'contradicts'],
    ['agreed', 'Corvina shareholders vote down Hexapod deal', '', 'contradicts'],
    ['talks', 'Pelagos says it has no plan to merge with Tidewater', '', 'contradicts'],
    ['agreed', "Regulator blocks Hexapod's takeover of Corvina", '', 'contradicts'],
    ['accord', 'Bruxelles interdit le rachat de Tessel par Fabrion', '', 'contradicts'],
  ],
  'a near-agreement is talks, not an agreement': [
    ['agreed', 'Hexapod nears deal for Corvina', '', 'mentions'],
    ['agreed', 'Hexapod is close to an agreement to buy Corvina', '', 'mentions'],
    ['agreed', 'Hexapod in advanced talks to acquire Corvina', '', 'mentions'],
    ['agreed', 'Hexapod nearing agreement to acquire Corvina, sources say', '', 'mentions'],
    ['accord', "Fabrion proche d'un accord pour racheter Tessel", '', 'mentions'],
    ['accord', 'Fabrion sur le point de conclure le rachat de Tessel', '', 'mentions'],
    ['accord', 'Fabrion en passe de signer un accord pour racheter Tessel', '', 'mentions'],
    ['agreed', 'Hexapod nears $2.1 billion deal to buy Corvina', '', 'mentions'],
    ['agreed', 'Hexapod on the verge of an agreement to buy Corvina', '', 'mentions'],
    ['accord', "Fabrion et Tessel proches d'un accord de rachat", '', 'mentions'],
    ['accord', "Fabrion et Tessel à deux doigts d'un accord de rachat", '', 'mentions'],
    ['talks', 'Pelagos nears merger deal with Tidewater', '', 'confirms'],
    // An approximate figure is no near-agreement.
    ['agreed', 'Hexapod agrees to buy Corvina for close to $2.1 billion', '', 'confirms'],
    [
      'agreed',
      'Hexapod signs deal to buy Corvina, nearing the end of a long process',
      '',
      'confirms',
    ],
  ],
  'another deal between the same parties is not the claim': [
    ['agreed', "Hexapod will sell Corvina's mower under a licensing deal", '', QUIET],
    ['agreed', 'Hexapod signs distribution agreement with Corvina', '', QUIET],
    ['agreed', 'Hexapod to buy Lumen unit from Corvina', '', QUIET],
    ['agreed', 'Hexapod to buy Lumen from Corvina for $300 million', '', QUIET],
    ['agreed', 'Corvina sells Lumen to Hexapod', '', QUIET],
    ['accord', 'Fabrion rachète Orma à Tessel', '', QUIET],
    ['accord', 'Tessel cède Orma à Fabrion', '', QUIET],
    // The target itself still counts, and a claim tied to a partnership accepts its agreement.
    ['agreed', 'Hexapod completes purchase of Corvina from Zentrix', '', 'confirms'],
    ['agreed', 'Corvina agrees to sell itself to Hexapod', '', 'confirms'],
    [
      'stake',
      'Hexapod invests $50 million in Corvina alongside a distribution agreement',
      '',
      'confirms',
    ],
    ['agreed', 'Hexapod completes purchase of Corvina', '', 'confirms'],
    ['accord', 'Fabrion finalise le rachat de Tessel', '', 'confirms'],
  ],
  'a review, a discussion or weighing options is not a status': [
    ['agreed', "Corvina's board to review Hexapod deal", '', 'mentions'],
    ['agreed', 'Hexapod and Corvina boards to discuss the deal', '', 'mentions'],
    ['agreed', 'Hexapod weighs options on Corvina deal', '', 'mentions'],
    ['accord', 'Fabrion réexamine le rachat de Tessel', '', 'mentions'],
    ['agreed', 'Hexapod reviews its agreement to buy Corvina', '', 'mentions'],
    ['agreed', 'Hexapod reconsiders $2.1 billion deal to buy Corvina', '', 'mentions'],
    ['accord', 'Fabrion réexamine son accord de rachat de Tessel', '', 'mentions'],
    ['accord', 'Fabrion remet en question son accord pour racheter Tessel', '', 'mentions'],
    // A review that ended in a decision is the decision.
    ['agreed', 'After a review, Hexapod agrees to buy Corvina for $2.1 billion', '', 'confirms'],
    ['agreed', 'Hexapod reviews the terms and agrees to buy Corvina', '', 'confirms'],
    ['accord', 'Le conseil de Tessel va examiner le rachat par Fabrion', '', 'mentions'],
  ],
  'a market value after a debut is not the IPO valuation': [
    ['ipo', 'Marlowe market value hits $9 billion after first day of trading', '', 'mentions'],
    [
      'ipo',
      'Marlowe shares jump 40% in Nasdaq debut, giving it a market capitalisation of $8 billion',
      '',
      ['mentions', 'confirms'],
    ],
    ['ipo', 'Marlowe soars 50% in trading debut', '', ['mentions', 'confirms']],
    ['ipo', 'Marlowe closes first day of trading valued at $9 billion', '', 'mentions'],
    ['ipo', "Marlowe vaut 9 milliards de dollars à l'issue de sa première séance", '', 'mentions'],
    // The offering's own price still clashes.
    ['ipo', 'Marlowe prices IPO below range, valuing it at $3 billion', '', 'contradicts'],
  ],
  'headline present-tense collapse verbs are collapses': [
    ['talks', 'Pelagos-Tidewater merger talks stall', '', 'contradicts'],
    ['talks', 'Pelagos and Tidewater talks hit a snag', '', 'contradicts'],
    ['talks', 'Pelagos and Tidewater merger talks hit a snag', '', 'contradicts'],
    // A review that stalls is a pending process, not the deal.
    ['agreed', "Regulator's review of Hexapod-Corvina deal stalls", '', 'mentions'],
    ['accord', "L'examen du rachat de Tessel par Fabrion s'enlise", '', 'mentions'],
    ['talks', 'Pelagos merger talks with Tidewater stall over price', '', 'contradicts'],
    ['agreed', 'Hexapod-Corvina deal collapses', '', 'contradicts'],
    ['agreed', 'Hexapod walks away from Corvina deal', '', 'contradicts'],
    ['accord', 'Les discussions entre Fabrion et Tessel achoppent', '', 'contradicts'],
    ['accord', 'Le rachat de Tessel par Fabrion capote', '', 'contradicts'],
    ['accord', 'Fabrion et Tessel : les négociations achoppent sur le prix', '', 'contradicts'],
    ['talks', 'Pelagos and Tidewater merger talks hit a snag', '', 'contradicts'],
    // A review that stalls is a pending process, not the deal.
    ['agreed', "Regulator's review of Hexapod-Corvina deal stalls", '', 'mentions'],
    ['accord', "L'examen du rachat de Tessel par Fabrion s'enlise", '', 'mentions'],
  ],
}

describe('actors and deal identity', () => {
  for (const [name, rows] of Object.entries(cases)) {
    describe(name, () => {
      it.each(rows)('%s: %s', (claim, title, summary, expected) => {
        const got = verdictOf(claim, title, summary)
        if (Array.isArray(expected)) expect(expected).toContain(got)
        else expect(got).toBe(expected)
      })
    })
  }
})
