/**
 * Checks a feed URL typed by a user before the bot fetches it: http(s) only, no credentials, and
 * no address a server-side request should never reach (private, loopback, link-local, unique-local,
 * unspecified, multicast, reserved), neither literally nor after DNS resolution.
 *
 * Known limit: the feed is fetched again later, and DNS may answer differently then (rebinding);
 * the poller's fetcher is the place to pin addresses if that ever matters.
 */
import { BlockList, isIP } from 'node:net'
import type { Result } from './deal-deps.js'

export type FeedUrlProblem = 'invalid' | 'scheme' | 'credentials' | 'private' | 'unresolvable'

const BLOCKED = new BlockList()
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this network", includes the unspecified 0.0.0.0
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local (cloud metadata lives here)
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24], // documentation ranges
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['192.168.0.0', 16],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved and broadcast
] as const) {
  BLOCKED.addSubnet(net, prefix, 'ipv4')
}
for (const [net, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // deprecated site-local
  ['ff00::', 8], // multicast
  ['2001:db8::', 32], // documentation
  ['100::', 64], // discard-only
] as const) {
  BLOCKED.addSubnet(net, prefix, 'ipv6')
}

/**
 * True when `address` (an IPv4 or IPv6 literal) is a public unicast address. IPv4 embedded in
 * IPv6 (::ffff:a.b.c.d, ::a.b.c.d, NAT64 64:ff9b::/96) is judged by its IPv4 part.
 * Anything that is not an IP literal counts as not public.
 */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '')
  const family = isIP(bare)
  if (family === 4) return !BLOCKED.check(bare, 'ipv4')
  if (family !== 6) return false
  const embedded = embeddedIpv4(bare)
  if (embedded !== undefined) return isPublicAddress(embedded)
  return !BLOCKED.check(bare, 'ipv6')
}

function embeddedIpv4(v6: string): string | undefined {
  const lower = v6.toLowerCase()
  const dotted = /^(?:::ffff:|::|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower)
  if (dotted) return dotted[1]
  // The URL parser writes ::ffff:127.0.0.1 as ::ffff:7f00:1.
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower)
  if (!hex) return undefined
  const hi = parseInt(hex[1] ?? '0', 16)
  const lo = parseInt(hex[2] ?? '0', 16)
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`
}

/**
 * Validates a user-supplied feed URL. `resolveHost` turns a host name into addresses (injected so
 * tests need no DNS); `allowPrivate` relaxes the address rule (tests against a loopback server).
 * On success returns the normalised URL string.
 */
export async function checkFeedUrl(
  raw: string,
  options: { resolveHost: (hostname: string) => Promise<string[]>; allowPrivate?: boolean },
): Promise<Result<string, FeedUrlProblem>> {
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    return { ok: false, reason: 'invalid' }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, reason: 'scheme', detail: url.protocol.replace(/:$/, '') }
  }
  if (url.username !== '' || url.password !== '') return { ok: false, reason: 'credentials' }
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (host === '') return { ok: false, reason: 'invalid' }
  url.hash = ''
  if (options.allowPrivate === true) return { ok: true, value: url.toString() }

  let addresses: string[]
  if (isIP(host) !== 0) {
    addresses = [host]
  } else {
    try {
      addresses = await options.resolveHost(host)
    } catch {
      return { ok: false, reason: 'unresolvable', detail: host }
    }
    if (addresses.length === 0) return { ok: false, reason: 'unresolvable', detail: host }
  }
  // Every address must be public: a name with one private answer could be steered to it.
  const bad = addresses.find((a) => !isPublicAddress(a))
  if (bad !== undefined) return { ok: false, reason: 'private', detail: bad }
  return { ok: true, value: url.toString() }
}
