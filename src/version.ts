import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from './env'

let cached: string | undefined

export function appVersion(): string {
  if (!cached) {
    const manifest = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8'))
    cached = String(manifest.version)
  }
  return cached
}
