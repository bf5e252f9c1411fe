/** `dealwatch claims`: shows how each claim was understood, so a misread claim can be fixed. */
import { compileClaims, describeClaim, type ClaimDescription } from '../analysis/index.js'
import { loadConfig, readClaimsFile } from '../config/load-config.js'

export async function claimsCommand(options: {
  config?: string
  claims?: string
  json?: boolean
}): Promise<void> {
  const file = options.claims ? readClaimsFile(options.claims) : loadConfig(options.config).claims
  const set = compileClaims(file)
  const descriptions = set.claims.map(describeClaim)
  const dates = new Map(file.claims.map((c) => [c.id, c.date]))
  const out = options.json
    ? descriptions.map((d) => JSON.stringify(d)).join('\n')
    : descriptions.map((d) => formatClaim(d, dates.get(d.id))).join('\n\n')
  process.stdout.write(out + '\n')
  if (!options.json && set.warnings.length > 0) {
    process.stdout.write(`\nwarnings:\n${set.warnings.map((w) => `  - ${w}`).join('\n')}\n`)
  }
}

/** Human-readable view of one claim's understanding. */
export function formatClaim(d: ClaimDescription, date?: string): string {
  const parties = d.parties.length
    ? d.parties.map((p) => `${p.name}${p.role ? ` (${p.role})` : ''}`).join(' → ')
    : '(none found: add the parties as entities, or a `parties:` field)'
  const figures = d.figures.length
    ? d.figures
        .map(
          (f) =>
            `${f.meaning} ${f.qualifier} ${f.text} [${formatBound(f.low)} .. ${formatBound(f.high)}${f.currency ? ' ' + f.currency : ''}]`,
        )
        .join('; ')
    : 'none'
  const lines = [
    `${d.id}${date ? ` (${date}, ${d.lang})` : ` (${d.lang})`}`,
    `  "${d.text}"`,
    `  parties: ${parties}`,
    ...(d.voices.length > 0 ? [`  also named (owner, lead investor): ${d.voices.join(', ')}`] : []),
    ...(d.context.length > 0
      ? [`  context (named in a background clause, not a party): ${d.context.join(', ')}`]
      : []),
    `  kind: ${d.kind} · status: ${d.status}${d.hedged ? ' · hedged (reported, not confirmed)' : ''}${d.sideTerm ? ' · about one term of the deal (only a story giving it confirms)' : ''}`,
    `  figures: ${figures}`,
    ...(d.recalledSetbacks.length > 0
      ? [
          `  recalls (a story reporting this is not against the claim): ${d.recalledSetbacks.join(', ')}`,
        ]
      : []),
  ]
  for (const w of d.warnings) lines.push(`  warning: ${w}`)
  return lines.join('\n')
}

function formatBound(n: number): string {
  if (!Number.isFinite(n)) return '∞'
  const units: [number, string][] = [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'k'],
  ]
  for (const [scale, suffix] of units) {
    if (Math.abs(n) >= scale) return `${+(n / scale).toFixed(3)}${suffix}`
  }
  return `${+n.toFixed(3)}`
}
