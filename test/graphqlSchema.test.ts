import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { buildSchema } from 'graphql'
import { describe, expect, it } from 'vitest'

import { temporaryDataDir } from './helpers/server'

const root = path.resolve(import.meta.dirname, '..')

describe('the GraphQL schema partners generate clients from', () => {
  it('is committed, and is exactly the schema the server builds from its config (npm run generate:graphql-schema -- --check)', () => {
    const check = spawnSync(process.execPath, ['--conditions=production', '--import', 'tsx', 'src/cli/graphqlSchema.ts', '--check'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, DATA_DIR: temporaryDataDir('graphql-schema') },
    })
    expect(check.status, `${check.stdout}${check.stderr}`).toBe(0)
    // A valid schema, with the queries partners use.
    const schema = buildSchema(fs.readFileSync(path.join(root, 'schema.graphql'), 'utf8'))
    for (const query of ['Interventions', 'LessonsLearned', 'Groups', 'WorkshopSessions', 'search']) {
      expect(schema.getQueryType()?.getFields()[query], query).toBeDefined()
    }
  }, 120_000)

  it('tells what to do when the committed schema is out of date', () => {
    const dir = fs.mkdtempSync(path.join(temporaryDataDir('graphql-schema-stale'), 'x'))
    const stale = path.join(dir, 'schema.graphql')
    fs.writeFileSync(stale, 'type Query { old: String }\n')
    const check = spawnSync(
      process.execPath,
      ['--conditions=production', '--import', 'tsx', 'src/cli/graphqlSchema.ts', '--check', '--file', stale],
      { cwd: root, encoding: 'utf8', env: { ...process.env, DATA_DIR: dir } },
    )
    expect(check.status).toBe(1)
    expect(check.stderr).toContain('run npm run generate:graphql-schema and commit it')
  }, 120_000)
})
