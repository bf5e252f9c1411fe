/**
 * `/claim add` preview: how the analysis understands a sentence, with the server's known
 * entities, rendered as short text. Pure (the analysis core is pure).
 */
import { compileClaims, describeClaim } from '../analysis/index.js'
import type { EntitySpec } from '../domain.js'
import type { ClaimPreview, Result } from './deal-deps.js'

const QUALIFIER: Record<string, string> = {
  exact: '=',
  gt: '>',
  gte: '≥',
  lt: '<',
  lte: '≤',
  approx: '≈',
  range: '∈',
}

/**
 * Compiles `text` as a one-claim file over `entities` and describes it. A sentence in which no
 * party can be found is `not_understood` (it could never be matched to a story); other analysis
 * warnings are shown with the preview.
 */
export function previewClaim(
  text: string,
  entities: readonly EntitySpec[],
): Result<ClaimPreview, 'not_understood'> {
  const set = compileClaims({ entities: [...entities], claims: [{ id: 'preview', text }] })
  const claim = set.claims[0]
  if (!claim) return { ok: false, reason: 'not_understood', detail: set.warnings.join('; ') }
  const d = describeClaim(claim)
  if (d.parties.length === 0) {
    return { ok: false, reason: 'not_understood', detail: d.warnings[0] ?? 'no party found' }
  }
  return {
    ok: true,
    value: {
      parties: d.parties.map((p) => ({ id: p.id, name: p.name, role: p.role })),
      kind: d.kind,
      status: d.hedged ? `${d.status} (hedged)` : d.status,
      figures: d.figures.map(
        (f) => `${f.meaning} ${QUALIFIER[f.qualifier] ?? f.qualifier} ${f.text}`,
      ),
      warnings: d.warnings,
    },
  }
}
