import '../loadEnv'

import fs from 'node:fs'
import path from 'node:path'

import config from '../payload.config'
import { schemaText } from '../graphql/schema'

/** Where the schema partners generate their clients from is committed; `--file <path>` names another. */
const fileArgument = process.argv.indexOf('--file')
const schemaFile =
  fileArgument > 0 && process.argv[fileArgument + 1]
    ? path.resolve(process.argv[fileArgument + 1]!)
    : path.resolve(import.meta.dirname, '../../schema.graphql')

/**
 * `npm run generate:graphql-schema`: writes the GraphQL schema (SDL) to `schema.graphql`;
 * with `--check`, only says whether the committed file is still the schema the server serves.
 * Reads the config only: no database is opened.
 */
async function run(): Promise<number> {
  const text = schemaText(await config)
  const current = fs.existsSync(schemaFile) ? fs.readFileSync(schemaFile, 'utf8') : ''
  if (process.argv.includes('--check')) {
    if (current === text) {
      process.stdout.write('schema.graphql is the schema the server serves.\n')
      return 0
    }
    process.stderr.write('schema.graphql differs from the schema the server serves: run npm run generate:graphql-schema and commit it.\n')
    return 1
  }
  fs.writeFileSync(schemaFile, text)
  process.stdout.write(`wrote ${path.relative(process.cwd(), schemaFile)} (${text.split('\n').length} lines)\n`)
  return 0
}

run().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
    process.exit(1)
  },
)
