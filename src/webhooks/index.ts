import type { WebhooksOptions } from '../../plugins/webhooks'

import { adminsMayChange, collectionRules, couldReadLive, systemField, webhookSecretField } from '../../domain/access'
import { knowledgeSlugs } from '../../domain/knowledge'
import { bilingualRefusal } from '../../lib/endpointAccess'
import { idOf, idsOf } from '../../lib/idOf'
import { webhooksMayReachPrivateHosts } from '../env'
import { webhookEventOf } from './itemEvents'
import { readItemAs } from './readAs'

/**
 * Webhooks on the knowledge items: each delivery reads the item as the webhook's owner does
 * (`readKnowledge` through Payload), and an unpublish or delete is told only to owners who could
 * read the item while it was live.
 */
export const webhookOptions = (): WebhooksOptions => ({
  access: { deliveries: collectionRules['webhook-deliveries'], webhooks: collectionRules.webhooks },
  allowPrivateHosts: webhooksMayReachPrivateHosts(),
  collections: knowledgeSlugs,
  // Who an item is shared with, as `grantsOf` reads it: ids only, never the item's text.
  audienceOf: ({ _status, groups, ownerOrganisation, visibility }) => ({
    _status,
    groups: idsOf(groups),
    ownerOrganisation: idOf(ownerOrganisation),
    visibility,
  }),
  couldReadLive: (user, item) => couldReadLive(user as never, item),
  eventOf: webhookEventOf,
  fields: { secret: webhookSecretField, systemOnly: systemField },
  readAs: readItemAs,
  testButton: '/admin/WebhookTestButton#WebhookTestButton',
  testEndpoint: {
    refusal: bilingualRefusal({
      forbidden: { en: 'Only administrators may send a test delivery.', nl: 'Alleen beheerders mogen een testbezorging versturen.' },
      signIn: { en: 'Sign in as an administrator to send a test delivery.', nl: 'Log in als beheerder om een testbezorging te versturen.' },
    }),
    rule: adminsMayChange,
  },
  userCollection: 'users',
})
