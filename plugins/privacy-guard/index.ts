import type { CollectionConfig, Config, Field } from 'payload'

import { privacyReviewField } from './fields'
import { guardPrivacy } from './hook'
import { personNamesCollection } from './namesCollection'
import type { PrivacyGuardOptions } from './types'

export type { PrivacyGuardOptions } from './types'
export { privacyReviewFieldName } from './fields'

const optsIn = (fields: Field[]): boolean =>
  fields.some((field) => field.custom?.privacyGuard === true || ('fields' in field && Array.isArray(field.fields) && optsIn(field.fields)))

/**
 * Checks items for personal data (BSN, phone numbers, e-mail, IBAN, addresses, dates of birth,
 * licence plates, listed names) before they are submitted or published. Guards whole collections
 * and any field with `custom: { privacyGuard: true }`.
 */
export const privacyGuard =
  (options: PrivacyGuardOptions) =>
  (config: Config): Config => {
    const namesSlug = options.namesSlug ?? 'privacy-names'
    const guard = (collection: CollectionConfig): CollectionConfig => {
      const whole = options.collections[collection.slug as keyof typeof options.collections]
      if (!whole && !optsIn(collection.fields)) return collection
      return {
        ...collection,
        fields: [...collection.fields, privacyReviewField(options)],
        hooks: {
          ...collection.hooks,
          beforeChange: [
            ...(collection.hooks?.beforeChange ?? []),
            guardPrivacy(
              { ...options, checkWhen: whole?.checkWhen ?? options.checkWhen, namesSlug },
              { all: Boolean(whole), exclude: whole?.exclude },
            ),
          ],
        },
      }
    }
    return {
      ...config,
      collections: [...(config.collections ?? []).map(guard), personNamesCollection(namesSlug, options.namesAccess)],
    }
  }
