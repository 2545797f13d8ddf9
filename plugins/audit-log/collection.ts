import type { CollectionConfig } from 'payload'

import type { AuditLogOptions } from './types'

import { auditActions } from './types'

/** The log itself: entries are written by the plugin; who may read (or change) it comes from the options. */
export const auditLogCollection = (slug: string, access: AuditLogOptions['access']): CollectionConfig => ({
  slug,
  access,
  admin: {
    defaultColumns: ['createdAt', 'action', 'collection', 'title', 'userEmail'],
    description: {
      en: 'Who created, changed, published, unpublished, deleted or exported what, and when. Cannot be changed.',
      nl: 'Wie wat heeft aangemaakt, gewijzigd, gepubliceerd, teruggetrokken, verwijderd of geëxporteerd, en wanneer. Niet te wijzigen.',
    },
    group: { en: 'Administration', nl: 'Beheer' },
    useAsTitle: 'title',
  },
  graphQL: { pluralName: 'AuditLogEntries', singularName: 'AuditLogEntry' },
  labels: {
    plural: { en: 'Audit log', nl: 'Auditlog' },
    singular: { en: 'Audit log entry', nl: 'Auditregel' },
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      options: auditActions.map((action) => ({ label: action, value: action })),
      label: { en: 'Action', nl: 'Actie' },
    },
    { name: 'collection', type: 'text', required: true, index: true, label: { en: 'Collection', nl: 'Collectie' } },
    { name: 'documentId', type: 'text', index: true, label: { en: 'Item id', nl: 'Item-id' } },
    { name: 'title', type: 'text', label: { en: 'Title', nl: 'Titel' } },
    { name: 'user', type: 'relationship', relationTo: 'users', index: true, label: { en: 'User', nl: 'Gebruiker' } },
    // Kept as text as well, so the entry still says who it was after the account is deleted.
    { name: 'userEmail', type: 'text', label: { en: 'E-mail', nl: 'E-mail' } },
    { name: 'organisation', type: 'text', label: { en: 'Organisation id', nl: 'Organisatie-id' } },
    { name: 'changedFields', type: 'json', label: { en: 'Changed fields', nl: 'Gewijzigde velden' } },
    { name: 'comment', type: 'textarea', label: { en: 'Comment', nl: 'Toelichting' } },
    { name: 'requestId', type: 'text', label: { en: 'Request id', nl: 'Request-id' } },
  ],
  timestamps: true,
})
