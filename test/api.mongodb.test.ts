import { randomBytes } from 'node:crypto'

import { workspaceSuite } from './suites/workspace'

const uri = process.env.DATABASE_URI
const target = uri?.startsWith('mongodb') ? new URL(uri) : undefined
// Each run gets its own database on the server DATABASE_URI points at.
if (target) target.pathname = `/weerbaar_test_${randomBytes(4).toString('hex')}`

workspaceSuite(
  'mongodb',
  { DATABASE_URI: target?.toString() ?? '', SEED_DEMO: 'true' },
  target ? undefined : 'set DATABASE_URI=mongodb://... to run it against a real MongoDB server',
)
