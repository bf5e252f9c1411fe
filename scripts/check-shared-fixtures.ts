/**
 * Runs the feed stage (decode → parse → toStory) over the shared feed fixtures and prints one
 * line per file. Not a test: the fixtures live outside the repository (../shared/fixtures/feeds,
 * or the folder given as the first argument) and are third-party text.
 *
 *   npx tsx scripts/check-shared-fixtures.ts [folder]
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { decodeFeedBytes } from '../src/feeds/decode.js'
import { toStory } from '../src/feeds/normalise.js'
import { parseFeed } from '../src/feeds/parse-feed.js'

const folder = resolve(
  process.argv[2] ?? join(import.meta.dirname, '..', '..', 'shared', 'fixtures', 'feeds'),
)
const files = readdirSync(folder)
  .filter((name) => !name.endsWith('.md'))
  .sort()

let parsed = 0
for (const name of files) {
  const { text, charset } = decodeFeedBytes(readFileSync(join(folder, name)))
  const outcome = await parseFeed(text)
  if (!outcome.ok) {
    console.log(`${name.padEnd(48)} ERROR  ${outcome.error}`)
    continue
  }
  parsed++
  const feed = { id: name, url: `https://example.test/${name}` }
  const stories = outcome.feed.items.flatMap((item) => toStory(item, feed) ?? [])
  const dated = stories.filter((s) => s.published !== null).length
  const first = stories[0]
  const sample = first ? ` | ${first.title.slice(0, 50)} | ${first.summary.slice(0, 40)}` : ''
  console.log(
    `${name.padEnd(48)} ok     ${charset.padEnd(12)} items=${outcome.feed.items.length} stories=${stories.length} dated=${dated} lang=${outcome.feed.language ?? '-'}${sample}`,
  )
}
console.log(`${parsed}/${files.length} parsed`)
