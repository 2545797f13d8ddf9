import type { Field, FieldAccess, SanitizedCollectionConfig, SanitizedConfig, SanitizedGlobalConfig } from 'payload'

import { ruleNameOf } from './namedRule'

type Rule = (...args: never[]) => unknown
type CollectionRules = Partial<Record<string, Rule>>

export type AccessRuleOptions = {
  /** Rules for collections that cannot be configured any other way (Payload's own). */
  collections: Record<string, CollectionRules>
  /** Rules for globals (Payload's own among them). */
  globals: Record<string, CollectionRules>
  /** Payload's own bookkeeping fields per collection (password hashes, lockout counters): written by Payload, never through the API. */
  systemFields: Record<string, readonly string[]>
  /** Fields Payload fills in from the write itself (an upload's file name, type and size): left as Payload has them. */
  filledByPayload: Record<string, readonly string[]>
  /** The rule that refuses: what an operation or field without a rule gets. */
  nobody: Rule
  /** The rule for fields only the system writes. */
  systemField: FieldAccess
}

/** The operations Payload asks each collection about. */
export function operationsOf(collection: SanitizedCollectionConfig): string[] {
  return [
    'create',
    'read',
    'update',
    'delete',
    'unlock',
    ...(collection.versions ? ['readVersions'] : []),
    ...(collection.auth ? ['admin'] : []),
  ]
}

/** The operations Payload asks each global about. */
export function globalOperationsOf(global: SanitizedGlobalConfig): string[] {
  return ['read', 'update', ...(global.versions ? ['readVersions', 'readDrafts'] : [])]
}

type FieldVisit = { field: Field & { name: string; access?: Record<string, unknown> }; path: string }

/** Every named field of a collection, at any depth, with its dot path. */
export function* fieldsOf(fields: readonly Field[], prefix = ''): Generator<FieldVisit> {
  for (const field of fields) {
    const named = 'name' in field && field.name
    const path = named ? `${prefix}${field.name}` : prefix.replace(/\.$/, '')
    if (named) yield { field: field as FieldVisit['field'], path }
    const nestedPrefix = named ? `${path}.` : prefix
    if ('fields' in field && Array.isArray(field.fields)) yield* fieldsOf(field.fields, nestedPrefix)
    if (field.type === 'tabs')
      for (const tab of field.tabs) yield* fieldsOf(tab.fields, 'name' in tab && tab.name ? `${nestedPrefix}${tab.name}.` : nestedPrefix)
    if (field.type === 'blocks')
      for (const block of field.blocks) if (typeof block === 'object') yield* fieldsOf(block.fields, nestedPrefix)
  }
}

/** A field the API does not show or lets nobody edit in the admin panel: the system writes it. */
const isSystemField = (field: Field) =>
  ('hidden' in field && field.hidden === true) || Boolean((field as { admin?: { readOnly?: boolean } }).admin?.readOnly)

/**
 * Gives every operation of every collection a deliberate rule: Payload's own collections get
 * theirs from `options.collections`; anything still without a named rule (a framework default, an
 * inline function) is closed, and so is writing any field the system keeps. Returns what was
 * closed that way: each entry is a decision nobody made, which the access test refuses.
 */
export function applyAccessRules(config: SanitizedConfig, options: AccessRuleOptions): string[] {
  const closed: string[] = []
  for (const collection of config.collections) {
    const access = collection.access as unknown as Record<string, Rule | undefined>
    const given = options.collections[collection.slug] ?? {}
    for (const operation of operationsOf(collection)) {
      if (ruleNameOf(access[operation])) continue
      if (given[operation]) {
        access[operation] = given[operation]
        continue
      }
      access[operation] = options.nobody
      closed.push(`${collection.slug}: ${operation}`)
    }
    const systemFields = new Set(options.systemFields[collection.slug] ?? [])
    const filledByPayload = new Set(options.filledByPayload[collection.slug] ?? [])
    for (const { field, path } of fieldsOf(collection.fields)) {
      if (!isSystemField(field) || filledByPayload.has(path)) continue
      const fieldAccess = (field.access ??= {}) as Record<string, unknown>
      for (const operation of ['create', 'update']) {
        if (ruleNameOf(fieldAccess[operation])) continue
        fieldAccess[operation] = systemFields.has(path) ? options.systemField : options.nobody
        if (!systemFields.has(path)) closed.push(`${collection.slug}.${path}: ${operation}`)
      }
    }
  }
  for (const global of config.globals) {
    const access = global.access as unknown as Record<string, Rule | undefined>
    const given = options.globals[global.slug] ?? {}
    for (const operation of globalOperationsOf(global)) {
      if (ruleNameOf(access[operation])) continue
      if (given[operation]) {
        access[operation] = given[operation]
        continue
      }
      access[operation] = options.nobody
      closed.push(`global ${global.slug}: ${operation}`)
    }
  }
  return closed
}

/** Access functions that carry no rule name: inline functions or framework defaults, by collection, operation and field. */
export function unnamedRules(config: SanitizedConfig): string[] {
  const unnamed: string[] = []
  for (const collection of config.collections) {
    const access = collection.access as unknown as Record<string, unknown>
    for (const operation of operationsOf(collection)) if (!ruleNameOf(access[operation])) unnamed.push(`${collection.slug}: ${operation}`)
    for (const { field, path } of fieldsOf(collection.fields)) {
      for (const [operation, rule] of Object.entries(field.access ?? {}))
        if (rule && !ruleNameOf(rule)) unnamed.push(`${collection.slug}.${path}: ${operation}`)
    }
  }
  for (const global of config.globals) {
    const access = global.access as unknown as Record<string, unknown>
    for (const operation of globalOperationsOf(global))
      if (!ruleNameOf(access[operation])) unnamed.push(`global ${global.slug}: ${operation}`)
  }
  return unnamed
}
