import { describe, expect, it } from 'vitest'
import { ButtonStyle } from 'discord.js'
import {
  handleAutocomplete,
  handleCommand,
  handleComponent,
  type CommandContext,
  type CommandInput,
} from '../../src/discord/handlers/index.js'
import { langForLocale } from '../../src/discord/messages.js'
import type { Outcome } from '../../src/discord/reply.js'
import { CHANNEL, GUILD, USER, memoryDeps } from './memory-deps.js'

const en: CommandContext = { lang: 'en', guildId: GUILD, userId: USER, canManage: false }
const fr: CommandContext = { ...en, lang: 'fr' }
const enAdmin: CommandContext = { ...en, canManage: true }
const frAdmin: CommandContext = { ...fr, canManage: true }
const dm: CommandContext = { ...en, guildId: null, canManage: false }

function cmd(
  command: string,
  subcommand: string | null,
  options: CommandInput['options'] = {},
): CommandInput {
  return { command, subcommand, options }
}

/** The text a user sees: content, embed titles, descriptions and fields, in one string. */
function textOf(o: Outcome): string {
  if (o.type === 'choices') return o.choices.map((c) => `${c.name}=${c.value}`).join('\n')
  const r = o.reply
  const parts = [r.content ?? '']
  for (const e of r.embeds ?? []) {
    parts.push(e.title ?? '', e.description ?? '', e.footer?.text ?? '')
    for (const f of e.fields ?? []) parts.push(f.name, f.value)
  }
  return parts.join('\n')
}

function replyOf(o: Outcome) {
  if (o.type === 'choices') throw new Error('expected a message, got choices')
  return o.reply
}

describe('langForLocale', () => {
  it.each([
    ['fr', 'fr'],
    ['fr-FR', 'fr'],
    ['fr-CA', 'fr'],
    ['en-US', 'en'],
    ['de', 'en'],
    ['fro', 'en'],
    [undefined, 'en'],
  ] as const)('%s → %s', (locale, lang) => {
    expect(langForLocale(locale)).toBe(lang)
  })
})

describe('/deal status', () => {
  it.each([
    {
      query: 'amazon+openai',
      ctx: en,
      expected: [
        'Where does it stand? Amazon × OpenAI',
        'confirmed by 3 outlets',
        'mentioned by 2',
        "OpenAI would use Amazon's Trainium chips.",
      ],
    },
    {
      query: 'amazon+openai',
      ctx: fr,
      expected: ['Où en est-on ? Amazon × OpenAI', 'confirmé par 3 médias', 'mentionné par 2'],
    },
    { query: 'openai-trainium', ctx: en, expected: ['confirmed by 1 outlet', 'CNBC'] },
    { query: 'TRAINIUM', ctx: en, expected: ['Amazon × OpenAI', 'confirmed by 3 outlets'] },
    {
      query: 'microsoft-openai-exclusivity',
      ctx: fr,
      expected: ['contredit par 1 média', 'contredit'],
    },
    { query: 'intel', ctx: en, expected: ['no confirmation or contradiction yet'] },
  ])('$query ($ctx.lang) shows the standing', async ({ query, ctx, expected }) => {
    const out = await handleCommand(cmd('deal', 'status', { deal: query }), memoryDeps(), ctx)
    expect(out.type).toBe('reply')
    expect(replyOf(out).ephemeral).toBeFalsy()
    for (const e of expected) expect(textOf(out)).toContain(e)
  })

  it('quotes the latest evidence with a link to the story, undated stories marked', async () => {
    const out = await handleCommand(
      cmd('deal', 'status', { deal: 'amazon+openai' }),
      memoryDeps(),
      en,
    )
    const text = textOf(out)
    expect(text).toContain('[Le Monde](https://news.example/s7)')
    expect(text).toContain('> Evidence sentence of s7.')
    expect(text).toContain('2026-01-17 08:00 UTC')
  })

  it.each([
    {
      query: 'nothing-like-this',
      ctx: en,
      expected: 'No tracked deal or claim matches "nothing-like-this"',
    },
    {
      query: 'nothing-like-this',
      ctx: fr,
      expected: 'Aucun accord ni affirmation suivi ne correspond à « nothing-like-this »',
    },
    {
      query: 'openai',
      ctx: en,
      expected: 'matches several deals (Amazon × OpenAI, Microsoft × OpenAI)',
    },
  ])('"$query" ($ctx.lang) is refused ephemerally', async ({ query, ctx, expected }) => {
    const out = await handleCommand(cmd('deal', 'status', { deal: query }), memoryDeps(), ctx)
    expect(replyOf(out)).toMatchObject({ ephemeral: true })
    expect(textOf(out)).toContain(expected)
  })

  it('says how to add claims when none are tracked', async () => {
    const out = await handleCommand(
      cmd('deal', 'list', {}),
      memoryDeps({ listClaims: async () => [] }),
      en,
    )
    expect(textOf(out)).toContain('/claim add')
  })
})

describe('/deal list', () => {
  it('groups claims by deal with one standing line each', async () => {
    const out = await handleCommand(cmd('deal', 'list', {}), memoryDeps(), fr)
    const fields = replyOf(out).embeds?.[0]?.fields ?? []
    expect(fields.map((f) => f.name)).toEqual([
      'Amazon × OpenAI',
      'Microsoft × OpenAI',
      'Intel × Nvidia',
    ])
    expect(fields[0]?.value).toContain('`openai-trainium`')
    expect(fields[1]?.value).toContain('contredit par 1 média')
  })
})

describe('/deal history', () => {
  it('pages the timeline with Previous / Next buttons that encode deal and page', async () => {
    const deps = memoryDeps()
    const first = await handleCommand(cmd('deal', 'history', { deal: 'amazon+openai' }), deps, en)
    const r1 = replyOf(first)
    expect(r1.embeds?.[0]?.footer?.text).toBe('Page 1/2')
    const buttons = r1.components?.[0]?.components ?? []
    expect(buttons.map((b) => ('custom_id' in b ? b.custom_id : ''))).toEqual([
      'dw:hist:amazon+openai:-1',
      'dw:hist:amazon+openai:1',
    ])
    expect(buttons.map((b) => b.disabled)).toEqual([true, false])
    expect(textOf(first)).toContain('Evidence sentence of s7.')
    expect(textOf(first)).not.toContain('Evidence sentence of s1.')

    const second = await handleComponent(
      { customId: 'dw:hist:amazon+openai:1', message: null },
      deps,
      fr,
    )
    expect(second.type).toBe('update')
    const r2 = replyOf(second)
    expect(r2.embeds?.[0]?.footer?.text).toBe('Page 2/2')
    expect(r2.embeds?.[0]?.title).toContain('Chronologie')
    expect(textOf(second)).toContain('Evidence sentence of s1.')
    expect(textOf(second)).toContain('sans date') // s2 has no published date
    expect(r2.components?.[0]?.components.map((b) => b.disabled)).toEqual([false, true])
  })

  it('a single claim with no evidence says so, without buttons', async () => {
    const out = await handleCommand(
      cmd('deal', 'history', { deal: 'u-5f3a9c21' }),
      memoryDeps(),
      en,
    )
    expect(textOf(out)).toContain('No story has confirmed')
    expect(replyOf(out).components).toEqual([])
  })

  it.each(['dw:hist:gone-deal:1', 'dw:hist:nonsense', 'dw:other'])(
    'stale button %s is answered',
    async (customId) => {
      const out = await handleComponent({ customId, message: null }, memoryDeps(), en)
      expect(textOf(out)).toContain('expired')
    },
  )
})

describe('configuration commands need Manage Server and a server', () => {
  const configCommands: CommandInput[] = [
    cmd('claim', 'add', { text: 'Nvidia invests in Intel.' }),
    cmd('claim', 'remove', { claim: 'u-5f3a9c21' }),
    cmd('feed', 'add', { url: 'https://news.example/feed.xml' }),
    cmd('feed', 'remove', { feed: 'f-user' }),
    cmd('feed', 'list'),
    cmd('alerts', 'channel', { channel: CHANNEL }),
    cmd('alerts', 'threshold', { value: 0.8 }),
  ]
  it.each(configCommands)(
    '$command $subcommand is refused to a member (EN and FR), changing nothing',
    async (input) => {
      const deps = memoryDeps()
      const outEn = await handleCommand(input, deps, en)
      expect(replyOf(outEn).ephemeral).toBe(true)
      expect(textOf(outEn)).toContain('Manage Server')
      const outFr = await handleCommand(input, deps, fr)
      expect(textOf(outFr)).toContain('Gérer le serveur')
      expect(deps.calls.filter((c) => /^(add|remove|set)/.test(c.fn))).toEqual([])
    },
  )
  it.each(configCommands)('$command $subcommand is refused in direct messages', async (input) => {
    const out = await handleCommand(input, memoryDeps(), dm)
    expect(textOf(out)).toContain('only works inside a server')
  })
})

describe('/claim add', () => {
  it('previews how the sentence was understood, ephemerally, with Confirm / Cancel', async () => {
    const deps = memoryDeps()
    const out = await handleCommand(
      cmd('claim', 'add', { text: '  Nvidia va investir   5 milliards de dollars dans Intel. ' }),
      deps,
      frAdmin,
    )
    const r = replyOf(out)
    expect(r.ephemeral).toBe(true)
    expect(r.embeds?.[0]?.description).toBe('Nvidia va investir 5 milliards de dollars dans Intel.')
    expect(textOf(out)).toContain('Nvidia (investor)')
    expect(textOf(out)).toContain('amount = 5 billion USD')
    expect(textOf(out)).toContain('Ajouter cette affirmation ?')
    const buttons = r.components?.[0]?.components ?? []
    expect(
      buttons.map((b) => [
        'custom_id' in b ? b.custom_id : '',
        'label' in b ? b.label : '',
        b.style,
      ]),
    ).toEqual([
      ['dw:claim:confirm', 'Confirmer', ButtonStyle.Success],
      ['dw:claim:cancel', 'Annuler', ButtonStyle.Secondary],
    ])
    expect(deps.calls.some((c) => c.fn === 'addClaim')).toBe(false)
  })

  it.each([
    { text: '   ', expected: 'The claim is empty' },
    { text: 'x'.repeat(401), expected: 'too long (at most 400 characters)' },
    {
      text: 'something happens somewhere',
      expected: 'could not read that sentence as a deal claim (no party found)',
    },
  ])('refuses "$expected"', async ({ text, expected }) => {
    const out = await handleCommand(cmd('claim', 'add', { text }), memoryDeps(), enAdmin)
    expect(replyOf(out).ephemeral).toBe(true)
    expect(textOf(out)).toContain(expected)
  })

  it('Confirm stores the claim read back from the preview message', async () => {
    const deps = memoryDeps()
    const message = { embeds: [{ description: 'Nvidia will invest $5 billion in Intel.' }] }
    const out = await handleComponent({ customId: 'dw:claim:confirm', message }, deps, enAdmin)
    expect(out.type).toBe('update')
    expect(textOf(out)).toContain('Claim added as `u-new`')
    expect(replyOf(out).components).toEqual([])
    expect(deps.calls.find((c) => c.fn === 'addClaim')?.args[0]).toEqual({
      guildId: GUILD,
      userId: USER,
      text: 'Nvidia will invest $5 billion in Intel.',
    })
    const again = await handleComponent({ customId: 'dw:claim:confirm', message }, deps, enAdmin)
    expect(textOf(again)).toContain('already tracked')
  })

  it('Cancel changes nothing; a member without the permission cannot confirm', async () => {
    const deps = memoryDeps()
    const message = { embeds: [{ description: 'Nvidia will invest $5 billion in Intel.' }] }
    expect(
      textOf(await handleComponent({ customId: 'dw:claim:cancel', message }, deps, frAdmin)),
    ).toContain('Annulé')
    expect(
      textOf(await handleComponent({ customId: 'dw:claim:confirm', message }, deps, en)),
    ).toContain('Manage Server')
    expect(
      textOf(await handleComponent({ customId: 'dw:claim:confirm', message: null }, deps, enAdmin)),
    ).toContain('expired')
    expect(deps.calls.some((c) => c.fn === 'addClaim')).toBe(false)
  })
})

describe('/claim remove', () => {
  it.each([
    { claim: 'u-5f3a9c21', ctx: enAdmin, expected: 'Claim removed: Nvidia va investir' },
    {
      claim: 'amazon-openai-investment',
      ctx: enAdmin,
      expected: "comes from the bot's configuration file",
    },
    {
      claim: 'amazon-openai-investment',
      ctx: frAdmin,
      expected: 'vient du fichier de configuration',
    },
    { claim: 'nope', ctx: frAdmin, expected: "Aucune affirmation `nope` n'est suivie" },
  ])('$claim ($ctx.lang) → $expected', async ({ claim, ctx, expected }) => {
    const out = await handleCommand(cmd('claim', 'remove', { claim }), memoryDeps(), ctx)
    expect(replyOf(out).ephemeral).toBe(true)
    expect(textOf(out)).toContain(expected)
  })
})

describe('/feed add', () => {
  it.each([
    { url: 'not a url', expected: 'is not a valid URL' },
    { url: 'ftp://news.example/feed.xml', expected: 'not ftp' },
    { url: 'file:///etc/passwd', expected: 'not file' },
    {
      url: 'https://user:pw@news.example/feed',
      expected: 'must not contain a user name or password',
    },
    { url: 'http://127.0.0.1:8080/feed', expected: 'points to 127.0.0.1' },
    { url: 'http://localhost/feed', expected: 'could not be resolved' }, // resolved by the stub as public? no: see below
    { url: 'http://[::1]/feed', expected: 'points to ::1' },
    { url: 'http://169.254.169.254/latest/meta-data', expected: 'points to 169.254.169.254' },
    { url: 'http://[::ffff:127.0.0.1]/', expected: 'a private, loopback or link-local address' },
    { url: 'http://[fd00::1]/feed', expected: 'points to fd00::1' },
    { url: 'http://0.0.0.0/feed', expected: 'points to 0.0.0.0' },
    { url: 'https://internal.example/feed', expected: 'internal.example points to 10.1.2.3' },
    { url: 'https://mixed.example/feed', expected: 'points to 127.0.0.1' },
    {
      url: 'https://nowhere.example/feed',
      expected: 'The host nowhere.example could not be resolved',
    },
    {
      url: 'https://news.example/notafeed',
      expected: 'did not give a readable RSS or Atom feed (HTML page, not RSS or Atom)',
    },
    { url: 'https://www.lemonde.fr/rss', expected: 'already polled' },
  ])('$url → $expected', async ({ url, expected }) => {
    const deps = memoryDeps({
      resolveHost: async (host) => {
        if (host === 'localhost') throw new Error('ENOTFOUND')
        return memoryDeps().resolveHost(host)
      },
    })
    const out = await handleCommand(cmd('feed', 'add', { url }), deps, enAdmin)
    expect(replyOf(out).ephemeral).toBe(true)
    expect(textOf(out)).toContain(expected)
    if (!expected.includes('readable') && !expected.includes('already')) {
      expect(deps.calls.some((c) => c.fn === 'probeFeed')).toBe(false)
    }
  })

  it('probes, then saves with the feed title as name when none is given (FR answer)', async () => {
    const deps = memoryDeps()
    const out = await handleCommand(
      cmd('feed', 'add', { url: 'https://news.example/feed.xml#top', lang: 'fr' }),
      deps,
      frAdmin,
    )
    expect(textOf(out)).toContain('Flux ajouté : **Example News** (12 articles actuellement)')
    expect(deps.calls.find((c) => c.fn === 'addFeed')?.args[0]).toEqual({
      guildId: GUILD,
      url: 'https://news.example/feed.xml',
      name: 'Example News',
      lang: 'fr',
    })
  })

  it('an explicit name wins; an unknown language is refused', async () => {
    const deps = memoryDeps()
    const named = await handleCommand(
      cmd('feed', 'add', { url: 'https://news.example/a.xml', name: 'My Outlet' }),
      deps,
      enAdmin,
    )
    expect(textOf(named)).toContain('Feed added: **My Outlet**')
    const badLang = await handleCommand(
      cmd('feed', 'add', { url: 'https://news.example/b.xml', lang: 'de' }),
      deps,
      enAdmin,
    )
    expect(textOf(badLang)).toContain('Unknown language "de"')
  })

  it('loopback feeds are accepted only when explicitly allowed', async () => {
    const deps = memoryDeps({ allowPrivateFeedAddresses: true })
    const out = await handleCommand(
      cmd('feed', 'add', { url: 'http://127.0.0.1:8080/feed' }),
      deps,
      enAdmin,
    )
    expect(textOf(out)).toContain('Feed added')
  })
})

describe('/feed remove and /feed list', () => {
  it.each([
    { feed: 'f-user', expected: 'Feed removed: **Broken Outlet**' },
    { feed: 'https://broken.example/feed.xml', expected: 'Feed removed' },
    { feed: 'f-config', expected: "comes from the bot's configuration file" },
    { feed: 'zzz', expected: 'No feed `zzz`' },
  ])('remove $feed → $expected', async ({ feed, expected }) => {
    expect(
      textOf(await handleCommand(cmd('feed', 'remove', { feed }), memoryDeps(), enAdmin)),
    ).toContain(expected)
  })

  it('lists health and broken destinations', async () => {
    const out = await handleCommand(cmd('feed', 'list'), memoryDeps(), enAdmin)
    const text = textOf(out)
    expect(replyOf(out).ephemeral).toBe(true)
    expect(text).toContain('🟢 Le Monde')
    expect(text).toContain('last ok: 2026-01-17 08:00 UTC')
    expect(text).toContain('🔴 Broken Outlet')
    expect(text).toContain('4 failures in a row')
    expect(text).toContain('last error: HTTP 500')
    expect(text).toContain(`channel ${CHANNEL}: 403 Missing Access`)
    const textFr = textOf(await handleCommand(cmd('feed', 'list'), memoryDeps(), frAdmin))
    expect(textFr).toContain('dernier succès : jamais'.replace(' :', ':'))
    expect(textFr).toContain("Destinations d'alerte en panne")
  })
})

describe('/alerts', () => {
  it('sets the channel', async () => {
    const deps = memoryDeps()
    const out = await handleCommand(cmd('alerts', 'channel', { channel: CHANNEL }), deps, frAdmin)
    expect(textOf(out)).toContain(`<#${CHANNEL}>`)
    expect(deps.calls.find((c) => c.fn === 'setAlertChannel')?.args).toEqual([GUILD, CHANNEL])
  })
  it.each([
    { value: 0.8, ok: true },
    { value: 0, ok: true },
    { value: 1, ok: true },
    { value: '0,75', ok: true },
    { value: 1.5, ok: false },
    { value: -0.1, ok: false },
    { value: 'high', ok: false },
  ])('threshold $value → ok=$ok', async ({ value, ok }) => {
    const deps = memoryDeps()
    const out = await handleCommand(cmd('alerts', 'threshold', { value }), deps, enAdmin)
    expect(replyOf(out).ephemeral).toBe(true)
    expect(textOf(out)).toContain(
      ok ? 'Alert threshold set to' : 'must be a number between 0 and 1',
    )
    expect(deps.calls.some((c) => c.fn === 'setThreshold')).toBe(ok)
  })
})

describe('/why', () => {
  const base = {
    story: {
      id: 's9',
      title: 'A story',
      url: 'https://news.example/s9',
      outlet: 'Reuters',
      published: null,
    },
    firstPoll: false,
    threshold: 0.7,
  }
  const j = {
    claimId: 'amazon-openai-investment',
    claimText: 'Amazon is in talks to invest more than $10 billion in OpenAI.',
    verdict: 'confirms',
    confidence: 0.9,
    evidence: 'Amazon is in talks.',
    reasons: ['same parties', 'talks'],
    alert: null,
  }
  it.each([
    {
      name: 'unrelated',
      e: { ...base, judgements: [] },
      ctx: en,
      expected: 'judged unrelated to every tracked claim',
    },
    {
      name: 'first poll',
      e: { ...base, firstPoll: true, judgements: [j] },
      ctx: en,
      expected: 'confidence 0.90) → not alerted: first poll of its feed',
    },
    {
      name: 'below threshold',
      e: { ...base, judgements: [{ ...j, confidence: 0.55 }] },
      ctx: en,
      expected: 'below the alert threshold (confidence 0.55 < 0.7)',
    },
    {
      name: 'below threshold FR',
      e: { ...base, judgements: [{ ...j, confidence: 0.55 }] },
      ctx: fr,
      expected: "sous le seuil d'alerte",
    },
    {
      name: 'mention only',
      e: { ...base, judgements: [{ ...j, verdict: 'mentions' }] },
      ctx: en,
      expected: 'a mention only',
    },
    {
      name: 'alerted',
      e: { ...base, judgements: [{ ...j, alert: { eventId: 7, primary: true } }] },
      ctx: en,
      expected: 'alerted (event #7)',
    },
    {
      name: 'grouped',
      e: { ...base, judgements: [{ ...j, alert: { eventId: 7, primary: false } }] },
      ctx: en,
      expected: 'already alerted as part of event #7',
    },
    {
      name: 'grouped FR',
      e: { ...base, judgements: [{ ...j, alert: { eventId: 7, primary: false } }] },
      ctx: fr,
      expected: "déjà signalé dans l'événement n°7",
    },
  ])('$name', async ({ e, ctx, expected }) => {
    const deps = memoryDeps({ explainStory: async () => e })
    const out = await handleCommand(cmd('why', null, { url: 'https://news.example/s9' }), deps, ctx)
    expect(replyOf(out).ephemeral).toBeFalsy()
    expect(textOf(out)).toContain(expected)
  })

  it('shows verdict, evidence and reasons per claim', async () => {
    const out = await handleCommand(
      cmd('why', null, { url: 'https://news.example/s6' }),
      memoryDeps(),
      en,
    )
    const text = textOf(out)
    expect(text).toContain('**confirms** (confidence 0.90)')
    expect(text).toContain('> Amazon is in advanced talks.')
    expect(text).toContain('reasons: same parties')
    expect(replyOf(out).embeds?.[0]?.url).toBe('https://news.example/s6')
  })

  it.each([
    { url: 'not-a-url', expected: 'is not a URL' },
    { url: 'javascript:alert(1)', expected: 'is not a URL' },
    {
      url: 'https://news.example/unknown',
      expected: 'I have not seen a story at https://news.example/unknown',
    },
  ])('$url → ephemeral explanation', async ({ url, expected }) => {
    const out = await handleCommand(cmd('why', null, { url }), memoryDeps(), en)
    expect(replyOf(out).ephemeral).toBe(true)
    expect(textOf(out)).toContain(expected)
  })
})

describe('autocomplete', () => {
  const ac = (command: string, subcommand: string, name: string, value: string) => ({
    ...cmd(command, subcommand, { [name]: value }),
    focused: { name, value },
  })
  it.each([
    { input: ac('deal', 'status', 'deal', 'trai'), values: ['amazon+openai', 'openai-trainium'] },
    { input: ac('deal', 'history', 'deal', 'MICROSOFT'), values: ['microsoft-openai-exclusivity'] },
    { input: ac('deal', 'status', 'deal', 'intél'), values: ['u-5f3a9c21'] },
    {
      input: ac('deal', 'status', 'deal', ''),
      values: [
        'amazon+openai',
        'amazon-openai-investment',
        'openai-trainium',
        'microsoft-openai-exclusivity',
        'u-5f3a9c21',
      ],
    },
    { input: ac('deal', 'status', 'deal', 'zzz'), values: [] },
    { input: ac('claim', 'remove', 'claim', ''), values: ['u-5f3a9c21'] },
    { input: ac('claim', 'remove', 'claim', 'amazon'), values: [] },
    { input: ac('feed', 'remove', 'feed', 'bro'), values: ['f-user'] },
    { input: ac('feed', 'remove', 'feed', 'monde'), values: [] },
    { input: ac('feed', 'add', 'url', 'x'), values: [] },
  ])('$input.command $input.subcommand "$input.focused.value"', async ({ input, values }) => {
    const out = await handleAutocomplete(input, memoryDeps(), en)
    expect(out.type).toBe('choices')
    if (out.type !== 'choices') return
    expect(out.choices.map((c) => c.value)).toEqual(values)
    for (const c of out.choices) expect(c.name.length).toBeLessThanOrEqual(100)
  })

  it('never offers more than 25 choices', async () => {
    const many = Array.from({ length: 40 }, (_, i) => ({
      id: `c${i}`,
      text: `Claim number ${i} ${'long '.repeat(30)}`,
      date: null,
      origin: 'user' as const,
      dealKey: `c${i}`,
      dealName: `c${i}`,
    }))
    const out = await handleAutocomplete(
      ac('deal', 'status', 'deal', 'claim'),
      memoryDeps({ listClaims: async () => many }),
      en,
    )
    if (out.type !== 'choices') throw new Error('expected choices')
    expect(out.choices).toHaveLength(25)
    expect(out.choices[0]?.name.endsWith('…')).toBe(true)
  })
})

it('an unknown command explains how to refresh the registration', async () => {
  const out = await handleCommand(cmd('dance', null), memoryDeps(), fr)
  expect(textOf(out)).toContain('dealwatch register-commands')
  expect(replyOf(out).ephemeral).toBe(true)
})
