import { describe, expect, it } from 'vitest'
import { checkFeedUrl, isPublicAddress } from '../../src/discord/feed-url.js'

describe('isPublicAddress', () => {
  it.each([
    ['93.184.216.34', true],
    ['8.8.8.8', true],
    ['2606:4700:4700::1111', true],
    ['127.0.0.1', false],
    ['127.255.0.9', false],
    ['10.0.0.1', false],
    ['172.16.5.4', false],
    ['172.32.0.1', true],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['224.0.0.1', false],
    ['255.255.255.255', false],
    ['::', false],
    ['::1', false],
    ['[::1]', false],
    ['fe80::1%eth0', false],
    ['fd12:3456::1', false],
    ['fc00::1', false],
    ['ff02::1', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:7f00:1', false],
    ['::ffff:93.184.216.34', true],
    ['64:ff9b::a00:1', false],
    ['not-an-ip', false],
    ['', false],
  ])('%s → %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected)
  })
})

describe('checkFeedUrl', () => {
  const resolveHost = async (host: string) =>
    host === 'rebind.example' ? ['192.168.0.10'] : ['93.184.216.34']
  it.each([
    {
      raw: 'https://news.example/feed.xml',
      result: { ok: true, value: 'https://news.example/feed.xml' },
    },
    {
      raw: ' HTTPS://News.Example/a?b=1#frag ',
      result: { ok: true, value: 'https://news.example/a?b=1' },
    },
    {
      raw: 'https://rebind.example/feed',
      result: { ok: false, reason: 'private', detail: '192.168.0.10' },
    },
    { raw: 'gopher://news.example/', result: { ok: false, reason: 'scheme', detail: 'gopher' } },
    { raw: '//news.example/feed', result: { ok: false, reason: 'invalid' } },
    { raw: 'http://[::]/', result: { ok: false, reason: 'private', detail: '::' } },
  ])('$raw', async ({ raw, result }) => {
    expect(await checkFeedUrl(raw, { resolveHost })).toEqual(result)
  })
  it('an empty DNS answer is unresolvable', async () => {
    expect(await checkFeedUrl('https://empty.example/', { resolveHost: async () => [] })).toEqual({
      ok: false,
      reason: 'unresolvable',
      detail: 'empty.example',
    })
  })
})
