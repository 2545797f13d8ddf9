import type { CollectionBeforeChangeHook, CollectionConfig, CollectionSlug, Validate } from 'payload'

import type { SanitizedWebhooksOptions } from './types'

import { inCallersLanguage } from '../../lib/callersLanguage'
import { deleteDeliveriesOfWebhook } from './cleanup'
import { newSecret } from './signature'
import { deliveriesSlug, webhooksSlug } from './slugs'
import { urlProblem } from './send'
import { webhookEvents } from './types'
import { testEndpoint } from './testEndpoint'

const eventLabels = {
  changed: { en: 'Changed (a live item)', nl: 'Gewijzigd (een gepubliceerd item)' },
  deleted: { en: 'Deleted (a live item)', nl: 'Verwijderd (een gepubliceerd item)' },
  published: { en: 'Published', nl: 'Gepubliceerd' },
  test: { en: 'Test', nl: 'Test' },
  unpublished: { en: 'Unpublished', nl: 'Gedepubliceerd' },
} as const

/** The secret is made once, by the system, when the webhook is created. */
const makeSecret: CollectionBeforeChangeHook = ({ data, operation }) => (operation === 'create' ? { ...data, secret: newSecret() } : data)

/** Endpoints of partner systems, each told of changes to the items its owner may read. */
export const webhooksCollection = (options: SanitizedWebhooksOptions): CollectionConfig => {
  const validUrl: Validate<string | null | undefined> = (value, { req }) => {
    const problem = urlProblem(value, options.allowPrivateHosts)
    return problem ? inCallersLanguage(req, problem) : true
  }
  return {
    slug: webhooksSlug,
    access: options.access.webhooks,
    admin: {
      components: options.testButton ? { edit: { beforeDocumentControls: [options.testButton] } } : undefined,
      defaultColumns: ['name', 'url', 'owner', 'active'],
      description: {
        en: 'Partner systems told of changes by a signed POST (Weerbaar-Signature: t=<unix>,v1=<HMAC-SHA256 of "<t>.<body>">). Each is told only about items its owner may read.',
        nl: 'Partnersystemen die wijzigingen horen via een ondertekende POST (Weerbaar-Signature: t=<unix>,v1=<HMAC-SHA256 van "<t>.<body>">). Elk hoort alleen over items die de eigenaar mag lezen.',
      },
      group: { en: 'Administration', nl: 'Beheer' },
      useAsTitle: 'name',
    },
    // Set up by admins in the panel or over REST; not part of the schema partner systems read.
    graphQL: false,
    labels: { plural: { en: 'Webhooks', nl: 'Webhooks' }, singular: { en: 'Webhook', nl: 'Webhook' } },
    fields: [
      { name: 'name', type: 'text', maxLength: 120, required: true, label: { en: 'Partner system', nl: 'Partnersysteem' } },
      {
        name: 'url',
        type: 'text',
        maxLength: 2000,
        required: true,
        validate: validUrl,
        label: { en: 'Address (http or https)', nl: 'Adres (http of https)' },
      },
      {
        name: 'events',
        type: 'select',
        hasMany: true,
        required: true,
        defaultValue: ['published', 'changed', 'unpublished'],
        options: webhookEvents.map((value) => ({ label: eventLabels[value], value })),
        label: { en: 'Events', nl: 'Gebeurtenissen' },
      },
      {
        name: 'collections',
        type: 'select',
        hasMany: true,
        options: options.collections.map((value) => ({ label: value, value })),
        admin: { description: { en: 'Empty: every collection.', nl: 'Leeg: alle collecties.' } },
        label: { en: 'Collections', nl: 'Collecties' },
      },
      {
        name: 'owner',
        type: 'relationship',
        relationTo: options.userCollection as CollectionSlug,
        required: true,
        admin: {
          description: {
            en: 'The account whose read access applies: only what it may read is sent.',
            nl: 'Het account waarvan de leesrechten gelden: alleen wat dit account mag lezen wordt verstuurd.',
          },
        },
        label: { en: 'Owner', nl: 'Eigenaar' },
      },
      { name: 'active', type: 'checkbox', defaultValue: true, label: { en: 'Active', nl: 'Actief' } },
      {
        name: 'secret',
        type: 'text',
        access: { create: options.fields.systemOnly, read: options.fields.secret, update: options.fields.systemOnly },
        admin: {
          description: {
            en: 'Made when the webhook is created; the receiver checks each signature with it.',
            nl: 'Gemaakt bij het aanmaken; de ontvanger controleert elke handtekening ermee.',
          },
          readOnly: true,
        },
        label: { en: 'Signing secret', nl: 'Ondertekeningsgeheim' },
      },
    ],
    endpoints: [testEndpoint(options)],
    hooks: { beforeChange: [makeSecret], beforeDelete: [deleteDeliveriesOfWebhook] },
  }
}

/** One delivery to one webhook: kept by the delivery jobs, read by admins to see what reached whom. */
export const deliveriesCollection = (options: SanitizedWebhooksOptions): CollectionConfig => {
  const keptBySystem = { create: options.fields.systemOnly, update: options.fields.systemOnly }
  return {
    slug: deliveriesSlug,
    access: options.access.deliveries,
    admin: {
      defaultColumns: ['webhook', 'event', 'status', 'attempts', 'responseCode', 'deliveryId', 'createdAt'],
      group: { en: 'Administration', nl: 'Beheer' },
    },
    graphQL: false,
    labels: {
      plural: { en: 'Webhook deliveries', nl: 'Webhookbezorgingen' },
      singular: { en: 'Webhook delivery', nl: 'Webhookbezorging' },
    },
    fields: [
      {
        name: 'webhook',
        type: 'relationship',
        relationTo: webhooksSlug as CollectionSlug,
        required: true,
        index: true,
        access: keptBySystem,
      },
      {
        name: 'event',
        type: 'select',
        required: true,
        options: [...webhookEvents, 'test' as const].map((value) => ({ label: eventLabels[value], value })),
        access: keptBySystem,
      },
      // One delivery per event and webhook: a fan-out run again makes none twice.
      { name: 'key', type: 'text', required: true, unique: true, admin: { hidden: true }, access: keptBySystem },
      // What the receiver reads in `Weerbaar-Delivery` and the body's `id`: to find a delivery a partner asks about.
      { name: 'deliveryId', type: 'text', index: true, access: keptBySystem },
      { name: 'collection', type: 'text', access: keptBySystem },
      { name: 'itemId', type: 'text', access: keptBySystem },
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'queued',
        options: [
          { label: { en: 'Queued', nl: 'In de wachtrij' }, value: 'queued' },
          { label: { en: 'Delivered', nl: 'Bezorgd' }, value: 'delivered' },
          { label: { en: 'Retrying', nl: 'Wordt herhaald' }, value: 'retrying' },
          { label: { en: 'Failed', nl: 'Mislukt' }, value: 'failed' },
        ],
        access: keptBySystem,
      },
      { name: 'attempts', type: 'number', defaultValue: 0, access: keptBySystem },
      { name: 'responseCode', type: 'number', access: keptBySystem },
      { name: 'durationMs', type: 'number', access: keptBySystem },
      { name: 'error', type: 'text', access: keptBySystem },
      { name: 'nextAttemptAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, access: keptBySystem },
      { name: 'deliveredAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, access: keptBySystem },
      // What is sent, fixed when the delivery is made: every attempt sends the same body.
      { name: 'payload', type: 'json', access: keptBySystem },
    ],
  }
}
