import { describe, expect, it } from 'vitest'
import type { ClaimsFile } from '../../src/domain.js'
import {
  addClaim,
  getClaim,
  listActiveClaimRecords,
  listActiveClaims,
  listEntities,
  loadClaimsFile,
  removeClaim,
  syncConfigClaims,
  upsertEntities,
} from '../../src/store/claims.js'
import { backends, useStore } from './backends.js'

const T0 = new Date('2026-01-30T08:00:00.000Z')
const T1 = new Date('2026-01-31T08:00:00.000Z')

const FILE: ClaimsFile = {
  entities: [
    { id: 'amazon', name: 'Amazon', aliases: ['AWS', 'le géant de Seattle'] },
    { id: 'openai', name: 'OpenAI', aliases: [] },
  ],
  claims: [
    {
      id: 'amazon-openai',
      text: 'Amazon is in talks to invest more than $10 billion in OpenAI.',
      date: '2025-12-17',
    },
    {
      id: 'openai-ipo',
      text: "Une introduction en Bourse d'OpenAI pourrait la valoriser jusqu'à 1 000 milliards de dollars.",
      parties: ['openai'],
      kind: 'ipo',
    },
  ],
}

describe.each(backends)('claims on $name', (backend) => {
  describe.skipIf(backend.skip)('queries', () => {
    const ctx = useStore(backend)

    it('syncConfigClaims stores entities and claims, overrides included', async () => {
      const result = await syncConfigClaims(ctx.store.db, FILE, T0)
      expect(result).toEqual({ added: ['amazon-openai', 'openai-ipo'], updated: [], removed: [] })
      expect(await loadClaimsFile(ctx.store.db)).toEqual(FILE)
    })

    it('syncConfigClaims is a no-op when nothing changed', async () => {
      await syncConfigClaims(ctx.store.db, FILE, T0)
      expect(await syncConfigClaims(ctx.store.db, FILE, T1)).toEqual({
        added: [],
        updated: [],
        removed: [],
      })
      const records = await listActiveClaimRecords(ctx.store.db)
      expect(records.map((r) => r.createdAt)).toEqual([T0.toISOString(), T0.toISOString()])
    })

    it('syncConfigClaims updates changed text, removes dropped claims and brings them back', async () => {
      const db = ctx.store.db
      await syncConfigClaims(db, FILE, T0)
      await addClaim(
        db,
        { id: 'user-1', text: 'Nvidia agreed to buy Arm for $40 billion.' },
        { source: 'user', guildId: 'g', createdBy: 'u' },
        T0,
      )
      const edited: ClaimsFile = {
        entities: FILE.entities,
        claims: [{ id: 'amazon-openai', text: 'Amazon agreed to invest $10 billion in OpenAI.' }],
      }
      expect(await syncConfigClaims(db, edited, T1)).toEqual({
        added: [],
        updated: ['amazon-openai'],
        removed: ['openai-ipo'],
      })
      expect(await listActiveClaims(db)).toEqual([
        { id: 'amazon-openai', text: 'Amazon agreed to invest $10 billion in OpenAI.' },
        { id: 'user-1', text: 'Nvidia agreed to buy Arm for $40 billion.' },
      ])
      expect((await getClaim(db, 'openai-ipo'))?.removedAt).toBe(T1.toISOString())

      expect(await syncConfigClaims(db, FILE, T1)).toMatchObject({
        added: ['openai-ipo'],
        removed: [],
      })
      expect((await listActiveClaims(db)).map((c) => c.id)).toEqual([
        'amazon-openai',
        'openai-ipo',
        'user-1',
      ])
    })

    it('addClaim records its origin and refuses an active duplicate id', async () => {
      const db = ctx.store.db
      const spec = {
        id: 'c1',
        text: 'Microsoft has invested more than $13 billion in OpenAI since 2019.',
      }
      const added = await addClaim(
        db,
        spec,
        { source: 'user', guildId: 'guild', createdBy: 'user#1' },
        T0,
      )
      expect(added).toEqual({
        ok: true,
        value: {
          spec,
          source: 'user',
          guildId: 'guild',
          createdBy: 'user#1',
          createdAt: T0.toISOString(),
          removedAt: null,
        },
      })
      expect(
        await addClaim(db, { ...spec, text: 'Other text here.' }, { source: 'user' }, T1),
      ).toEqual({
        ok: false,
        reason: 'exists',
      })
      expect((await getClaim(db, 'c1'))?.spec.text).toBe(spec.text)
    })

    it('removed claims leave the active list and can be added again', async () => {
      const db = ctx.store.db
      await syncConfigClaims(db, FILE, T0)
      expect(await removeClaim(db, 'amazon-openai', T1)).toBe(true)
      expect(await removeClaim(db, 'amazon-openai', T1)).toBe(false)
      expect(await removeClaim(db, 'unknown', T1)).toBe(false)
      expect((await listActiveClaims(db)).map((c) => c.id)).toEqual(['openai-ipo'])
      expect((await loadClaimsFile(db)).claims.map((c) => c.id)).toEqual(['openai-ipo'])

      const back = await addClaim(
        db,
        { id: 'amazon-openai', text: 'Amazon invested $10 billion in OpenAI.' },
        { source: 'user' },
        T1,
      )
      expect(back).toMatchObject({ ok: true, value: { source: 'user', removedAt: null } })
      expect((await listActiveClaims(db)).map((c) => c.id).sort()).toEqual([
        'amazon-openai',
        'openai-ipo',
      ])
    })

    it('upsertEntities replaces name and aliases by id', async () => {
      const db = ctx.store.db
      await upsertEntities(db, FILE.entities, T0)
      await upsertEntities(
        db,
        [{ id: 'openai', name: 'OpenAI Inc.', aliases: ['Open AI'] }],
        T1,
        'user',
      )
      expect(await listEntities(db)).toEqual([
        FILE.entities[0],
        { id: 'openai', name: 'OpenAI Inc.', aliases: ['Open AI'] },
      ])
    })

    it('an empty claims file removes every config claim', async () => {
      await syncConfigClaims(ctx.store.db, FILE, T0)
      const result = await syncConfigClaims(ctx.store.db, { entities: [], claims: [] }, T1)
      expect(result.removed.sort()).toEqual(['amazon-openai', 'openai-ipo'])
      expect(await listActiveClaims(ctx.store.db)).toEqual([])
      expect((await listEntities(ctx.store.db)).length).toBe(2)
    })
  })
})
