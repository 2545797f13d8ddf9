import fs from 'node:fs'
import { getPayload } from 'payload'
import config from './src/payload.config'
import { readTable } from './src/import/readTable'
import { columnsOf } from './src/import/columns'
import { mapHeaders } from './src/import/headers'
import { prepareRows } from './src/import/prepareRows'
import { loadNameIndex } from './src/import/nameIndex'
const payload = await getPayload({ config })
const t = await readTable(fs.readFileSync('/tmp/imp/kaarten.csv'))
const m = mapHeaders(t.headers, columnsOf(payload.collections.interventions.config.fields))
console.log(m.mapped.map((c) => `${c.header} -> ${c.spec.path.join('.')}@${c.spec.locale}`))
const p = prepareRows(t, m.mapped, await loadNameIndex(payload))
console.log(JSON.stringify(p.rows.map((r) => [r.key, r.values, r.status])))
process.exit(0)
