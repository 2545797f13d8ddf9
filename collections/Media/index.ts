import type { CollectionConfig, Field } from 'payload'

import { collectionRules, systemField } from '../../domain/access'
import { ownerOrganisationField } from '../fields/ownerOrganisation'
import { visibilityField } from '../fields/visibility'
import { assignOwnerOrganisation } from '../hooks'
import { typeFromExtension } from './hooks/typeFromExtension'

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

/** What partners may upload, by extension: documents and images, never scripts, archives or SVG. */
const uploadTypesByExtension: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  csv: 'text/csv',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
}

export const allowedMimeTypes = [...new Set(Object.values(uploadTypesByExtension))]

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
  hooks: { beforeOperation: [typeFromExtension(uploadTypesByExtension)], beforeValidate: [assignOwnerOrganisation] },
  upload: {
    crop: false,
    focalPoint: false,
    mimeTypes: allowedMimeTypes,
    staticDir,
  },
})
