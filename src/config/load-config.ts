/**
 * Reads and validates the YAML configuration. Every problem is reported at once, naming the
 * file, the key and what was expected, so a bad config stops start-up with a useful message.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseDocument } from 'yaml'
import type { z } from 'zod'
import type { ClaimsFile } from '../domain.js'
import {
  claimsFileSchema,
  settingsFileSchema,
  type FeedConfig,
  type SettingsFile,
} from './schema.js'

/** A configuration that cannot be used; `problems` holds one line per problem. */
export class ConfigError extends Error {
  override name = 'ConfigError'
  constructor(readonly problems: string[]) {
    super(
      problems.length === 1
        ? String(problems[0])
        : `invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    )
  }
}

export interface FetchSettings {
  timeoutMs: number
  maxBytes: number
  maxRedirects: number
  userAgent: string
}

export interface Config {
  /** node-cron expression of the poll schedule. */
  schedule: string
  timezone: string
  /** Minimum confidence for an alert. */
  threshold: number
  /** Stories of other outlets within this window join the same alert event. */
  groupWindowHours: number
  fetch: FetchSettings
  feeds: FeedConfig[]
  claims: ClaimsFile
  /** The files the configuration was read from, in order. */
  files: string[]
}

/** The project root: the nearest folder above this module holding package.json. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir)
    if (up === dir)
      throw new Error('cannot find the dealwatch package root (no package.json above src/)')
    dir = up
  }
  return dir
}

/** Paths of the shipped defaults. */
export function defaultConfigPaths(): { settings: string; claims: string } {
  const root = packageRoot()
  return {
    settings: join(root, 'config', 'dealwatch.yaml'),
    claims: join(root, 'config', 'claims.yaml'),
  }
}

/**
 * Loads the shipped defaults, then the user's file (if any) on top: each top-level key the user
 * sets replaces the default one (`feeds:` replaces the default feeds; `claims:` and `entities:`
 * replace the default claims and entities).
 */
export function loadConfig(userFile?: string): Config {
  const paths = defaultConfigPaths()
  const defaults = readYaml(paths.settings, settingsFileSchema)
  const defaultClaims = readYaml(paths.claims, claimsFileSchema)
  const files = [paths.settings, paths.claims]
  let user: SettingsFile = {}
  if (userFile) {
    user = readYaml(resolve(userFile), settingsFileSchema)
    files.push(resolve(userFile))
  }
  const pick = <K extends keyof SettingsFile>(key: K): SettingsFile[K] => user[key] ?? defaults[key]
  const claims: ClaimsFile = {
    entities: user.entities ?? (user.claims ? [] : defaultClaims.entities),
    claims: user.claims ?? defaultClaims.claims,
  }
  const config: Config = {
    schedule: pick('schedule') ?? '*/5 * * * *',
    timezone: pick('timezone') ?? 'UTC',
    threshold: user.alerts?.threshold ?? defaults.alerts?.threshold ?? 0.7,
    groupWindowHours: user.alerts?.groupWindowHours ?? defaults.alerts?.groupWindowHours ?? 72,
    fetch: {
      timeoutMs: user.fetch?.timeoutMs ?? defaults.fetch?.timeoutMs ?? 15_000,
      maxBytes: user.fetch?.maxBytes ?? defaults.fetch?.maxBytes ?? 5 * 1024 * 1024,
      maxRedirects: user.fetch?.maxRedirects ?? defaults.fetch?.maxRedirects ?? 5,
      userAgent:
        user.fetch?.userAgent ??
        defaults.fetch?.userAgent ??
        'dealwatch/0.1 (+https://github.com/dealwatch/dealwatch)',
    },
    feeds: pick('feeds') ?? [],
    claims,
    files,
  }
  const problems = [
    ...checkClaims(claims, userFile ?? paths.claims),
    ...checkUnique(
      config.feeds.map((f) => f.url),
      `${userFile ?? paths.settings}: feeds`,
      'url',
    ),
  ]
  if (problems.length > 0) throw new ConfigError(problems)
  return config
}

/** Reads a claims file (the DESIGN.md contract) for `dealwatch analyze` and `dealwatch claims`. */
export function readClaimsFile(path: string): ClaimsFile {
  const file = readYaml(resolve(path), claimsFileSchema)
  const problems = checkClaims(file, path)
  if (problems.length > 0) throw new ConfigError(problems)
  return file
}

/** Cross-field checks the schema cannot express: unique ids, parties that name known entities. */
function checkClaims(file: ClaimsFile, where: string): string[] {
  const problems = [
    ...checkUnique(
      file.entities.map((e) => e.id),
      `${where}: entities`,
      'id',
    ),
    ...checkUnique(
      file.claims.map((c) => c.id),
      `${where}: claims`,
      'id',
    ),
  ]
  const known = new Set(file.entities.map((e) => e.id))
  file.claims.forEach((claim, i) => {
    for (const party of claim.parties ?? []) {
      if (!known.has(party)) {
        problems.push(
          `${where}: claims[${i}].parties: "${party}" is not the id of an entity under entities: (known: ${[...known].join(', ') || 'none'})`,
        )
      }
    }
  })
  return problems
}

function checkUnique(values: string[], where: string, key: string): string[] {
  const seen = new Set<string>()
  const problems: string[] = []
  values.forEach((v, i) => {
    if (seen.has(v))
      problems.push(`${where}[${i}].${key}: "${v}" appears more than once; ${key}s must be unique`)
    seen.add(v)
  })
  return problems
}

/** Reads one YAML file and validates it, turning every failure into a ConfigError. */
function readYaml<S extends z.ZodType>(path: string, schema: S): z.output<S> {
  let source: string
  try {
    source = readFileSync(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new ConfigError([
      code === 'ENOENT' ? `${path}: file not found` : `${path}: cannot read (${String(error)})`,
    ])
  }
  const doc = parseDocument(source, { prettyErrors: true })
  if (doc.errors.length > 0) {
    throw new ConfigError(
      doc.errors.map((e) => `${path}: not valid YAML: ${e.message.split('\n')[0]}`),
    )
  }
  const result = schema.safeParse(doc.toJS() ?? {})
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const key = issue.path.length > 0 ? formatPath(issue.path) : '(top level)'
        return `${path}: ${key}: ${issue.message}`
      }),
    )
  }
  return result.data
}

function formatPath(path: PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('')
}
