import type { CollectionConfig, Field } from 'payload'

import { collectionRules, systemField } from '../../domain/access'
import { ownerOrganisationField } from '../fields/ownerOrganisation'
import { visibilityField } from '../fields/visibility'
import { assignOwnerOrganisation } from '../hooks'

/**
 * Which items link this file and how widely each lets it be seen (see `syncMediaLinks`). Kept by
 * the system and hidden from the API; the read rule `mediaReadableBy` queries it.
 */
const recordedBySystem = { create: systemField, update: systemField }
const mediaLinkFields: Field[] = [
  { name: 'linked', type: 'checkbox', defaultValue: false, hidden: true, index: true, access: recordedBySystem },
  { name: 'grants', type: 'text', hasMany: true, hidden: true, access: recordedBySystem },
  {
    name: 'links',
    type: 'array',
    hidden: true,
    access: recordedBySystem,
    fields: [
      { name: 'item', type: 'text', required: true, index: true },
      { name: 'grant', type: 'text', required: true },
    ],
  },
]

/** What partners may upload: documents and images, never scripts, archives or SVG. */
export const allowedMimeTypes = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/webp',
  'image/gif',
  'text/csv',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
]

/** Uploaded files; `staticDir` is where this deployment keeps them. */
export const Media = ({ staticDir }: { staticDir: string }): CollectionConfig => ({
  slug: 'media',
  access: collectionRules.media,
  admin: {
    defaultColumns: ['filename', 'alt', 'visibility', 'ownerOrganisation'],
    group: { en: 'Knowledge', nl: 'Kennis' },
  },
  graphQL: { pluralName: 'Media', singularName: 'MediaItem' },
  labels: {
    plural: { en: 'Files', nl: 'Bestanden' },
    singular: { en: 'File', nl: 'Bestand' },
  },
  fields: [
    { name: 'alt', type: 'text', localized: true, label: { en: 'Description', nl: 'Omschrijving' } },
    visibilityField(),
    ownerOrganisationField(),
    ...mediaLinkFields,
  ],
  hooks: { beforeValidate: [assignOwnerOrganisation] },
  upload: {
    crop: false,
    focalPoint: false,
    mimeTypes: allowedMimeTypes,
    staticDir,
  },
})
