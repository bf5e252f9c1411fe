/** `dealwatch analyze`: the offline contract of DESIGN.md (JSON lines on stdout). */
import { analyzeStories, compileClaims } from '../analysis/index.js'
import { readClaimsFile } from '../config/load-config.js'
import { readItemsFile } from './items-file.js'

export async function analyzeCommand(options: { claims: string; items: string }): Promise<void> {
  const claimsFile = readClaimsFile(options.claims)
  const stories = await readItemsFile(options.items)
  const set = compileClaims(claimsFile)
  for (const warning of set.warnings) process.stderr.write(`dealwatch: warning: ${warning}\n`)
  const lines = analyzeStories(set, stories).map((j) => JSON.stringify(j))
  if (lines.length > 0) await write(lines.join('\n') + '\n')
}

/** Writes to stdout and waits for the data to drain (large outputs into a pipe). */
function write(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (error) => (error ? reject(error) : resolve()))
  })
}
