/**
 * Every migration, in order of their names (Kysely sorts the keys). To add one, create
 * `NNN-topic.ts` beside this file and list it here; never edit a migration that has shipped.
 */
import type { Migration } from 'kysely'
import * as core from './001-core.js'
import * as alerts from './002-alerts.js'
import * as storyAnalysis from './003-story-analysis.js'

export const migrations: Record<string, Migration> = {
  '001-core': core,
  '002-alerts': alerts,
  '003-story-analysis': storyAnalysis,
}
