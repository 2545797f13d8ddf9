import type { SanitizedConfig } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { endpointRuleKey } from '../lib/endpointAccess'
import { operationsOf, unnamedRules } from '../lib/accessRules'
import { ruleNameOf } from '../lib/namedRule'
import { temporaryDataDir } from './helpers/server'

/**
 * Default deny, checked on the config the server runs: every operation of every collection
 * (Payload's own included), every field only the system writes and every custom endpoint has a
 * named rule from `domain/access`. A new collection, operation, field or endpoint without one
 * fails here before it can let anybody through.
 */

/** Payload's own endpoints: each runs the operation (and so the collection's rule) it is named for. */
const payloadEndpoints = new Set([
  'delete /',
  'delete /:id',
  'delete /:key',
  'get /',
  'get /:id',
  'get /:key',
  'get /count',
  'get /file/:filename',
  'get /handle-schedules',
  'get /init',
  'get /me',
  'get /paste-url/:id?',
  'get /run',
  'get /versions',
  'get /versions/:id',
  'get /access',
  'patch /',
  'patch /:id',
  'post /',
  'post /:id/duplicate',
  'post /:key',
  'post /access/:id?',
  'post /first-register',
  'post /forgot-password',
  'post /login',
  'post /logout',
  'post /refresh-token',
  'post /reset-password',
  'post /unlock',
  'post /verify/:id',
  'post /versions/:id',
])

describe('every decision about access is a named rule', () => {
  let config: SanitizedConfig
  let domain: typeof import('../domain/access')

  beforeAll(async () => {
    process.env.DATA_DIR = temporaryDataDir('access-rules')
    config = await (await import('../src/payload.config')).default
    domain = await import('../domain/access')
  })

  it('leaves nothing to be closed by default', () => {
    expect(config.custom.closedByDefault).toEqual([])
  })

  it('names every access function of every collection and field', () => {
    expect(unnamedRules(config)).toEqual([])
  })

  it('runs, for every collection, exactly the rules of the domain table', () => {
    const table = domain.collectionRules as Record<string, Record<string, unknown>>
    const differences: string[] = []
    for (const collection of config.collections) {
      const rules = table[collection.slug]
      if (!rules) {
        differences.push(`${collection.slug}: not in domain/access/collections.ts`)
        continue
      }
      for (const operation of operationsOf(collection)) {
        const applied = (collection.access as unknown as Record<string, unknown>)[operation]
        if (applied !== rules[operation])
          differences.push(`${collection.slug}: ${operation} runs ${ruleNameOf(applied)}, the table says ${ruleNameOf(rules[operation])}`)
      }
    }
    expect(differences).toEqual([])
  })

  it('guards every custom endpoint with a named rule', () => {
    const endpoints = [
      ...(config.endpoints || []).map((endpoint) => ({ endpoint, where: 'root' })),
      ...config.collections.flatMap((collection) => (collection.endpoints || []).map((endpoint) => ({ endpoint, where: collection.slug }))),
    ]
    const unguarded = endpoints
      .filter(({ endpoint }) => !payloadEndpoints.has(`${endpoint.method} ${endpoint.path}`))
      .filter(({ endpoint }) => !endpoint.custom?.[endpointRuleKey] || endpoint.custom[endpointRuleKey] === 'unnamed')
      .map(({ endpoint, where }) => `${where}: ${endpoint.method} ${endpoint.path}`)
    expect(unguarded).toEqual([])
    expect(endpoints.filter(({ endpoint }) => endpoint.custom?.[endpointRuleKey]).length).toBeGreaterThanOrEqual(12)
  })

  it('lets the background jobs be run, queued and cancelled over HTTP by administrators only', () => {
    expect(ruleNameOf(config.jobs.access?.run)).toBe('admins (never with a read-only key)')
    expect(ruleNameOf(config.jobs.access?.queue)).toBe('admins (never with a read-only key)')
    expect(ruleNameOf(config.jobs.access?.cancel)).toBe('admins (never with a read-only key)')
  })
})
