import { randomBytes } from 'node:crypto'
import { describe, it } from 'vitest'

import { workspaceSuite } from './suites/workspace'

const uri = process.env.DATABASE_URI

if (uri?.startsWith('mongodb')) {
  // Each run gets its own database on the server DATABASE_URI points at.
  const target = new URL(uri)
  target.pathname = `/weerbaar_test_${randomBytes(4).toString('hex')}`
  workspaceSuite('mongodb', { DATABASE_URI: target.toString(), SEED_DEMO: 'true' })
} else {
  console.info('MongoDB tests skipped: set DATABASE_URI=mongodb://... to run them against a real server.')
  describe.skip('the workspace over HTTP (mongodb)', () => {
    it('needs DATABASE_URI=mongodb://...', () => {})
  })
}
