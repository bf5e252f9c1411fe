#!/usr/bin/env node
// Entry point of the `dealwatch` command. The TypeScript sources are compiled to dist/ by
// `npm ci` (the `prepare` script) and by `npm start` (`prestart`).
import { existsSync } from 'node:fs'

const entry = new URL('../dist/src/cli/main.js', import.meta.url)
if (!existsSync(entry)) {
  process.stderr.write('dealwatch: dist/ is missing. Run `npm ci` (or `npm run build`) first.\n')
  process.exit(1)
}
await import(entry.href)
