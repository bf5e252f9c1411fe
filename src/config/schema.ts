/**
 * Schemas of the YAML configuration (claims file + bot settings). The claims part is the
 * fixed contract of DESIGN.md; everything else has defaults in config/dealwatch.yaml.
 */
import { z } from 'zod'

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]*$/i, 'expected an id made of letters, digits, ".", "_" or "-"')

export const entitySchema = z.strictObject({
  id,
  name: z.string().min(1, 'expected a non-empty name'),
  aliases: z.array(z.string().min(1)).default([]),
})

const isoDate = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'expected a date like 2025-12-17'))

export const claimSchema = z.strictObject({
  id,
  text: z.string().min(8, 'expected a plain sentence stating the claim'),
  date: isoDate.optional(),
  parties: z.array(z.string().min(1)).optional(),
  kind: z.string().optional(),
  status: z.string().optional(),
})

export const langSchema = z.enum(['en', 'fr'])

/** True for an absolute http: or https: URL. */
export function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value)
    return protocol === 'http:' || protocol === 'https:'
  } catch {
    return false
  }
}

export const feedSchema = z.strictObject({
  url: z.string().refine(isHttpUrl, 'expected an http(s) URL'),
  name: z.string().min(1).optional(),
  lang: langSchema.optional(),
})

export const claimsFileSchema = z.strictObject({
  entities: z.array(entitySchema).default([]),
  claims: z.array(claimSchema).default([]),
})

/** The bot's YAML settings; every key is optional in a user's `--config` file. */
export const settingsFileSchema = z.strictObject({
  schedule: z.string().optional(),
  timezone: z.string().optional(),
  alerts: z
    .strictObject({
      threshold: z.number().min(0).max(1).optional(),
      groupWindowHours: z.number().positive().optional(),
    })
    .optional(),
  fetch: z
    .strictObject({
      timeoutMs: z.number().int().positive().optional(),
      maxBytes: z.number().int().positive().optional(),
      maxRedirects: z.number().int().min(0).max(20).optional(),
      userAgent: z.string().min(1).optional(),
    })
    .optional(),
  feeds: z.array(feedSchema).optional(),
  entities: z.array(entitySchema).optional(),
  claims: z.array(claimSchema).optional(),
})

export type SettingsFile = z.infer<typeof settingsFileSchema>
export type FeedConfig = z.infer<typeof feedSchema>
