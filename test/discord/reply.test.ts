import { describe, expect, it } from 'vitest'
import { fitEmbed, toInteractionResponse, truncate } from '../../src/discord/reply.js'

const size = (e: ReturnType<typeof fitEmbed>) =>
  (e.title?.length ?? 0) +
  (e.description?.length ?? 0) +
  (e.footer?.text.length ?? 0) +
  (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)

describe('fitEmbed', () => {
  it('leaves a small embed alone', () => {
    const e = { title: 't', description: 'd', fields: [{ name: 'n', value: 'v' }] }
    expect(fitEmbed(e)).toBe(e)
  })
  it('drops trailing fields and says how many', () => {
    const fields = Array.from({ length: 25 }, (_, i) => ({
      name: `field ${i}`,
      value: 'x'.repeat(1024),
    }))
    const out = fitEmbed({ title: 'Feeds', fields })
    expect(size(out)).toBeLessThanOrEqual(6000)
    expect(out.fields?.at(-1)).toEqual({ name: '…', value: '+20' })
    expect(out.fields?.[0]?.name).toBe('field 0')
  })
  it('cuts the description when fields are not enough', () => {
    const out = fitEmbed({
      title: 'x'.repeat(256),
      description: 'd'.repeat(4096),
      footer: { text: 'f'.repeat(2048) },
    })
    expect(size(out)).toBe(6000)
    expect(out.description?.endsWith('…')).toBe(true)
  })
})

describe('toInteractionResponse', () => {
  it.each([
    {
      outcome: { type: 'reply' as const, reply: { content: 'hi', ephemeral: true } },
      expected: {
        type: 4,
        data: {
          content: 'hi',
          embeds: [],
          components: [],
          allowed_mentions: { parse: [] },
          flags: 64,
        },
      },
    },
    {
      outcome: { type: 'reply' as const, reply: { content: 'x'.repeat(2500) } },
      expected: {
        type: 4,
        data: {
          content: truncate('x'.repeat(2500), 2000),
          embeds: [],
          components: [],
          allowed_mentions: { parse: [] },
        },
      },
    },
    {
      // an update never carries flags: a message cannot change its ephemerality
      outcome: { type: 'update' as const, reply: { content: 'done', ephemeral: true } },
      expected: {
        type: 7,
        data: { content: 'done', embeds: [], components: [], allowed_mentions: { parse: [] } },
      },
    },
    {
      outcome: {
        type: 'choices' as const,
        choices: Array.from({ length: 30 }, (_, i) => ({ name: `c${i}`, value: `c${i}` })),
      },
      expected: {
        type: 8,
        data: {
          choices: Array.from({ length: 25 }, (_, i) => ({ name: `c${i}`, value: `c${i}` })),
        },
      },
    },
  ])('$outcome.type → $expected.type', ({ outcome, expected }) => {
    expect(toInteractionResponse(outcome)).toEqual(expected)
  })
})
