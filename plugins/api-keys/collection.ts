import type { CollectionBeforeChangeHook, CollectionConfig, CollectionSlug, FieldHook } from 'payload'

import { ValidationError } from 'payload'

import type { ApiKeysOptions } from './types'

import { hashOf, isKeyLike, newKey, shownPartOf } from './keys'

const issuedKey = 'apiKeys:issued'

/**
 * Issues the key on creation: the one the admin panel generated in the browser (and showed),
 * or a new one, handed back once in the create answer. Only its hash is kept. A revoked key
 * stays revoked.
 */
const issueAndRevoke: CollectionBeforeChangeHook = ({ collection, data, operation, originalDoc, req }) => {
  if (operation === 'create') {
    const given = typeof data.key === 'string' && data.key !== '' ? data.key : undefined
    if (given && !isKeyLike(given)) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [{ message: 'Leave the key empty to have one made, or give one the admin panel made (wb_ and 40+ letters).', path: 'key' }],
        req,
      })
    }
    const key = given ?? newKey()
    req.context[issuedKey] = key
    const { key: _, ...rest } = data
    return {
      ...rest,
      scope: rest.scope ?? 'read',
      keyHash: hashOf(key),
      lastUsedAt: null,
      revokedAt: data.revoked ? new Date().toISOString() : null,
      shown: shownPartOf(key),
    }
  }
  if (originalDoc?.revoked && data.revoked === false) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ message: 'A revoked key stays revoked: issue a new key instead.', path: 'revoked' }],
      req,
    })
  }
  const scope = data.scope === null ? { scope: 'read' } : {}
  if (data.revoked && !originalDoc?.revoked) return { ...data, ...scope, revokedAt: new Date().toISOString() }
  return { ...data, ...scope }
}

/** The key itself, in the answer to the request that created it only. */
const onlyWhenIssued: FieldHook = ({ req }) => (typeof req.context[issuedKey] === 'string' ? req.context[issuedKey] : undefined)

/** Shown once a key exists: nothing to see or do with these while one is being made. */
const onceIssued = (_data: unknown, _siblingData: unknown, { operation }: { operation?: string }) => operation === 'update'

/** Named, scoped (read-only unless said otherwise), expiring, revocable keys for partner systems. */
export const apiKeysCollection = (options: ApiKeysOptions): CollectionConfig => {
  const recordedBySystem = { create: options.systemOnly, update: options.systemOnly }
  return {
    slug: options.slug ?? 'api-keys',
    access: options.access,
    admin: {
      components: options.adminComponents ? { edit: { SaveButton: options.adminComponents.saveButton } } : undefined,
      defaultColumns: ['name', 'user', 'scope', 'expiresAt', 'lastUsedAt', 'revoked'],
      description: {
        en: 'Keys partner systems use to call the API as an account (Authorization: Bearer <key>). A key is shown once, when it is made; read-only unless you choose otherwise.',
        nl: 'Sleutels waarmee partnersystemen de API aanroepen namens een account (Authorization: Bearer <sleutel>). Een sleutel is één keer te zien, bij het aanmaken; alleen lezen tenzij u anders kiest.',
      },
      group: { en: 'Administration', nl: 'Beheer' },
      useAsTitle: 'name',
    },
    graphQL: { pluralName: 'ApiKeys', singularName: 'ApiKey' },
    labels: { plural: { en: 'API keys', nl: 'API-sleutels' }, singular: { en: 'API key', nl: 'API-sleutel' } },
    fields: [
      { name: 'name', type: 'text', maxLength: 120, required: true, label: { en: 'What it is for', nl: 'Waarvoor' } },
      {
        name: 'key',
        type: 'text',
        virtual: true,
        access: { update: options.systemOnly },
        // Written once, by whoever may issue keys (Payload would make a virtual field read-only).
        admin: { components: options.adminComponents ? { Field: options.adminComponents.keyField } : undefined, readOnly: false },
        hooks: { afterRead: [onlyWhenIssued] },
        label: { en: 'Key', nl: 'Sleutel' },
      },
      {
        name: 'user',
        type: 'relationship',
        relationTo: options.authCollection as CollectionSlug,
        required: true,
        // A key belongs to one account for good: to use another, issue another key.
        access: { update: options.systemOnly },
        label: { en: 'Account (whose rights it carries)', nl: 'Account (met diens rechten)' },
      },
      {
        name: 'scope',
        type: 'select',
        // Not required, so GraphQL callers may leave it out too: no scope is read-only.
        defaultValue: 'read',
        options: [
          { label: { en: 'Read only', nl: 'Alleen lezen' }, value: 'read' },
          { label: { en: 'Read and write', nl: 'Lezen en schrijven' }, value: 'read-write' },
        ],
        label: { en: 'May', nl: 'Mag' },
      },
      {
        name: 'expiresAt',
        type: 'date',
        admin: { date: { displayFormat: 'd MMMM yyyy', pickerAppearance: 'dayOnly' } },
        label: { en: 'Expires on', nl: 'Verloopt op' },
      },
      {
        name: 'revoked',
        type: 'checkbox',
        defaultValue: false,
        admin: {
          condition: onceIssued,
          description: { en: 'For good: a revoked key cannot be restored.', nl: 'Definitief: een ingetrokken sleutel komt niet terug.' },
        },
        label: { en: 'Revoked', nl: 'Ingetrokken' },
      },
      {
        name: 'revokedAt',
        type: 'date',
        access: recordedBySystem,
        admin: { condition: onceIssued, date: { displayFormat: 'd MMMM yyyy, HH:mm', pickerAppearance: 'dayAndTime' }, readOnly: true },
        label: { en: 'Revoked at', nl: 'Ingetrokken op' },
      },
      {
        name: 'lastUsedAt',
        type: 'date',
        access: recordedBySystem,
        admin: { condition: onceIssued, date: { displayFormat: 'd MMMM yyyy, HH:mm', pickerAppearance: 'dayAndTime' }, readOnly: true },
        label: { en: 'Last used', nl: 'Laatst gebruikt' },
      },
      {
        name: 'shown',
        type: 'text',
        access: recordedBySystem,
        admin: { condition: onceIssued, readOnly: true },
        label: { en: 'Begins with', nl: 'Begint met' },
      },
      { name: 'keyHash', type: 'text', hidden: true, index: true, unique: true, access: { ...recordedBySystem, read: options.secret } },
    ],
    hooks: { beforeChange: [issueAndRevoke] },
  }
}
