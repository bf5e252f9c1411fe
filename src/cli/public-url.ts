/** The address rule for feeds that server members add: public hosts only (SSRF guard). */
import { resolveHostWithDns } from '../discord/create-deal-deps.js'
import { checkFeedUrl } from '../discord/feed-url.js'

/** True when every address the URL's host resolves to is public. */
export async function isPublicUrl(url: URL): Promise<boolean> {
  return (await checkFeedUrl(url.toString(), { resolveHost: resolveHostWithDns })).ok
}
