/**
 * Reads the stories given to `dealwatch analyze --items FILE`: JSON lines (DESIGN.md contract) or
 * an RSS/Atom document. Every problem names the file and the line.
 */
import { readFileSync } from 'node:fs'
import { z } from 'zod'
import type { Story } from '../domain.js'
import { decodeFeedBytes } from '../feeds/decode.js'
import { parseFeed } from '../feeds/parse-feed.js'
import { toStory } from '../feeds/normalise.js'

/** Bad input in an items file. */
export class ItemsFileError extends Error {
  override name = 'ItemsFileError'
}

const storyLine = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  title: z.string().default(''),
  summary: z
    .string()
    .nullish()
    .transform((s) => s ?? ''),
  url: z.string().default(''),
  published: z
    .string()
    .nullish()
    .transform((s) => s ?? null),
  lang: z.enum(['en', 'fr']).optional(),
})

export async function readItemsFile(path: string): Promise<Story[]> {
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new ItemsFileError(
      code === 'ENOENT' ? `${path}: file not found` : `${path}: cannot read (${String(error)})`,
    )
  }
  const { text } = decodeFeedBytes(bytes)
  const start = text.replace(/^\uFEFF/, '').trimStart()
  if (start.startsWith('<')) return readFeedDocument(path, text)
  return readJsonLines(path, text)
}

function readJsonLines(path: string, text: string): Story[] {
  const stories: Story[] = []
  const seen = new Set<string>()
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (error) {
      throw new ItemsFileError(
        `${path}:${i + 1}: not valid JSON (${(error as Error).message}); expected one story object per line, or an RSS/Atom file`,
      )
    }
    const parsed = storyLine.safeParse(value)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new ItemsFileError(
        `${path}:${i + 1}: ${issue?.path.join('.') || 'line'}: ${issue?.message ?? 'invalid story'}`,
      )
    }
    const { lang, ...story } = parsed.data
    if (seen.has(story.id))
      throw new ItemsFileError(`${path}:${i + 1}: duplicate story id "${story.id}"`)
    if (story.published !== null && Number.isNaN(Date.parse(story.published))) {
      throw new ItemsFileError(
        `${path}:${i + 1}: published: "${story.published}" is not an ISO 8601 date`,
      )
    }
    seen.add(story.id)
    stories.push(lang ? { ...story, lang } : story)
  })
  return stories
}

async function readFeedDocument(path: string, xml: string): Promise<Story[]> {
  const parsed = await parseFeed(xml)
  if (!parsed.ok) throw new ItemsFileError(`${path}: ${parsed.error}`)
  const feed = { id: path, url: path, lang: undefined }
  return parsed.feed.items.flatMap((item) => {
    const story = toStory(item, feed)
    if (!story) return []
    const { id, title, summary, url, published, lang } = story
    return [
      lang ? { id, title, summary, url, published, lang } : { id, title, summary, url, published },
    ]
  })
}
