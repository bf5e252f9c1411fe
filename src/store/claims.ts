/**
 * Claim and entity queries. Claims come from the YAML config (kept in step by
 * `syncConfigClaims`) or from users (`/claim add`); removing a claim only marks it, so its
 * evidence history stays readable.
 */
import type { Kysely, Selectable } from 'kysely'
import type { ClaimSpec, ClaimsFile, EntitySpec } from '../domain.js'
import type { ClaimTable, Database, EntityTable, RecordSource } from './database.js'
import { retireConfigRows } from './config-rows.js'
import { iso } from './time.js'

/** A stored claim: its spec plus who added it and when. */
export interface ClaimRecord {
  spec: ClaimSpec
  source: RecordSource
  guildId: string | null
  createdBy: string | null
  createdAt: string
  removedAt: string | null
}

/** Who adds a claim. */
export interface ClaimOrigin {
  source: RecordSource
  guildId?: string | null
  createdBy?: string | null
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new Error(`store: corrupt JSON in ${where}`, { cause: error })
  }
}

function toSpec(
  row: Pick<Selectable<ClaimTable>, 'id' | 'text' | 'date' | 'spec_json'>,
): ClaimSpec {
  const stored = parseJson(row.spec_json, `claims.spec_json of "${row.id}"`) as Partial<ClaimSpec>
  // The columns are authoritative for id/text/date; the JSON carries the optional overrides.
  const spec: ClaimSpec = { ...stored, id: row.id, text: row.text }
  delete spec.date
  if (row.date !== null) spec.date = row.date
  return spec
}

function toRecord(row: Selectable<ClaimTable>): ClaimRecord {
  return {
    spec: toSpec(row),
    source: row.source,
    guildId: row.guild_id,
    createdBy: row.created_by,
    createdAt: row.created_at,
    removedAt: row.removed_at,
  }
}

function toEntity(row: Selectable<EntityTable>): EntitySpec {
  const aliases = parseJson(row.aliases_json, `entities.aliases_json of "${row.id}"`)
  return {
    id: row.id,
    name: row.name,
    aliases: Array.isArray(aliases)
      ? aliases.filter((a): a is string => typeof a === 'string')
      : [],
  }
}

function specColumns(spec: ClaimSpec) {
  return { text: spec.text, date: spec.date ?? null, spec_json: JSON.stringify(spec) }
}

/**
 * Inserts or updates entities by id (name and aliases replaced). `source` records where a new
 * entity came from; an existing entity keeps its original source.
 */
export async function upsertEntities(
  db: Kysely<Database>,
  entities: readonly EntitySpec[],
  now: Date,
  source: RecordSource = 'config',
): Promise<void> {
  for (const entity of entities) {
    const values = { name: entity.name, aliases_json: JSON.stringify(entity.aliases) }
    await db
      .insertInto('entities')
      .values({ id: entity.id, ...values, source, created_at: iso(now) })
      .onConflict((oc) => oc.column('id').doUpdateSet(values))
      .execute()
  }
}

/** Every stored entity, by id. */
export async function listEntities(db: Kysely<Database>): Promise<EntitySpec[]> {
  const rows = await db.selectFrom('entities').selectAll().orderBy('id').execute()
  return rows.map(toEntity)
}

/**
 * Makes the stored config claims match `file`: upserts its entities; inserts new claims,
 * updates changed ones (text, date, overrides) and un-removes returning ones; marks config
 * claims that left the file removed (user claims are untouched). Returns the ids per change.
 */
export async function syncConfigClaims(
  db: Kysely<Database>,
  file: ClaimsFile,
  now: Date,
): Promise<{ added: string[]; updated: string[]; removed: string[] }> {
  return db.transaction().execute(async (trx) => {
    await upsertEntities(trx, file.entities, now)
    const before = new Map(
      (await trx.selectFrom('claims').selectAll().where('removed_at', 'is', null).execute()).map(
        (r) => [r.id, r],
      ),
    )
    const added: string[] = []
    const updated: string[] = []
    for (const spec of file.claims) {
      const columns = specColumns(spec)
      const old = before.get(spec.id)
      if (old === undefined) added.push(spec.id)
      else if (old.spec_json !== columns.spec_json || old.source !== 'config') updated.push(spec.id)
      else continue
      await trx
        .insertInto('claims')
        .values({ id: spec.id, ...columns, source: 'config', created_at: iso(now) })
        .onConflict((oc) =>
          oc.column('id').doUpdateSet({ ...columns, source: 'config', removed_at: null }),
        )
        .execute()
    }
    const keep = file.claims.map((c) => c.id)
    const removed = await retireConfigRows(trx, 'claims', keep, now)
    return { added, updated, removed }
  })
}

/**
 * Adds a claim (e.g. `/claim add`). A removed claim with the same id is replaced and comes back
 * with its evidence. Returns `{ ok: false, reason: 'exists' }` when the id is already active.
 */
export async function addClaim(
  db: Kysely<Database>,
  spec: ClaimSpec,
  origin: ClaimOrigin,
  now: Date,
): Promise<{ ok: true; value: ClaimRecord } | { ok: false; reason: 'exists' }> {
  const values = {
    ...specColumns(spec),
    source: origin.source,
    guild_id: origin.guildId ?? null,
    created_by: origin.createdBy ?? null,
    created_at: iso(now),
    removed_at: null,
  }
  const row = await db
    .insertInto('claims')
    .values({ id: spec.id, ...values })
    // Only a removed claim may be overwritten; an active one makes the WHERE false → no row back.
    .onConflict((oc) =>
      oc.column('id').doUpdateSet(values).where('claims.removed_at', 'is not', null),
    )
    .returningAll()
    .executeTakeFirst()
  return row === undefined ? { ok: false, reason: 'exists' } : { ok: true, value: toRecord(row) }
}

/** Marks a claim removed (its evidence stays). Returns false when no active claim has this id. */
export async function removeClaim(db: Kysely<Database>, id: string, now: Date): Promise<boolean> {
  const row = await db
    .updateTable('claims')
    .set({ removed_at: iso(now) })
    .where('id', '=', id)
    .where('removed_at', 'is', null)
    .returning('id')
    .executeTakeFirst()
  return row !== undefined
}

/** The claim with this id (active or removed), or undefined. */
export async function getClaim(db: Kysely<Database>, id: string): Promise<ClaimRecord | undefined> {
  const row = await db.selectFrom('claims').selectAll().where('id', '=', id).executeTakeFirst()
  return row === undefined ? undefined : toRecord(row)
}

/** Active claims with their origin, oldest first (ties by id). */
export async function listActiveClaimRecords(db: Kysely<Database>): Promise<ClaimRecord[]> {
  const rows = await db
    .selectFrom('claims')
    .selectAll()
    .where('removed_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute()
  return rows.map(toRecord)
}

/** Specs of the active claims, oldest first (ties by id). */
export async function listActiveClaims(db: Kysely<Database>): Promise<ClaimSpec[]> {
  return (await listActiveClaimRecords(db)).map((r) => r.spec)
}

/** The claims file the analyzer needs: every entity and the active claims. */
export async function loadClaimsFile(db: Kysely<Database>): Promise<ClaimsFile> {
  const [entities, claims] = await Promise.all([listEntities(db), listActiveClaims(db)])
  return { entities, claims }
}
