import type { CollectionConfig } from 'payload'

import { editOwnOrganisation, readMedia, signedIn } from '../../src/access'
import { mediaDir } from '../../src/env'
import { ownerOrganisationField } from '../fields/ownerOrganisation'
import { visibilityField } from '../fields/visibility'
import { assignOwnerOrganisation } from '../hooks'

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

export const Media: CollectionConfig = {
  slug: 'media',
  access: { create: signedIn, delete: editOwnOrganisation, read: readMedia, update: editOwnOrganisation },
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
  ],
  hooks: { beforeValidate: [assignOwnerOrganisation] },
  upload: {
    crop: false,
    focalPoint: false,
    mimeTypes: allowedMimeTypes,
    staticDir: mediaDir(),
  },
}
