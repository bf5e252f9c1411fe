/**
 * The compiled claims of the store, recompiled only when the stored claims or entities change
 * (a server manager may add a claim from Discord, possibly through another process).
 */
import type { Kysely } from 'kysely'
import { compileClaims, type ClaimSet } from '../analysis/index.js'
import type { Logger } from '../log.js'
import { loadClaimsFile } from '../store/claims.js'
import type { Database } from '../store/database.js'

export function createClaimSource(db: Kysely<Database>, log: Logger): () => Promise<ClaimSet> {
  let cachedKey = ''
  let cached: ClaimSet | undefined
  return async () => {
    const file = await loadClaimsFile(db)
    const key = JSON.stringify(file)
    if (cached === undefined || key !== cachedKey) {
      cached = compileClaims(file)
      cachedKey = key
      for (const warning of cached.warnings) log.warn('claim', { warning })
      log.debug('claims compiled', { claims: cached.claims.length, entities: file.entities.length })
    }
    return cached
  }
}
