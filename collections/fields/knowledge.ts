import type { Field } from 'payload'

import { signedInField } from '../../domain/access'
import { itemSlugs } from '../../domain/knowledge'
import { targetGroupOptions } from '../../domain/vocabulary'
import { editedByFields } from './editedBy'
import { ownerOrganisationField } from './ownerOrganisation'
import { slugField } from './slug'
import { linkField } from './url'
import { audienceFields } from './visibility'

type KnowledgeFieldOptions = {
  /** Workshop cases are never public. */
  allowPublic: boolean
}

/**
 * The field group every knowledge collection shares, defined once. Collections put their own
 * fields between `lead` (title, slug, summary, taxonomy) and `tail` (body, sources, relations).
 */
export const knowledgeFields = ({ allowPublic }: KnowledgeFieldOptions) => {
  const lead: Field[] = [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 200,
      label: { en: 'Title', nl: 'Titel' },
    },
    slugField('title'),
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      localized: true,
      maxLength: 1000,
      label: { en: 'Summary', nl: 'Samenvatting' },
    },
    {
      name: 'themes',
      type: 'relationship',
      relationTo: 'themes',
      hasMany: true,
      label: { en: 'Themes', nl: "Thema's" },
    },
    {
      name: 'targetGroups',
      type: 'select',
      hasMany: true,
      options: targetGroupOptions,
      label: { en: 'Target groups', nl: 'Doelgroepen' },
    },
    {
      name: 'municipalities',
      type: 'relationship',
      relationTo: 'organisations',
      hasMany: true,
      filterOptions: { type: { equals: 'municipality' } },
      admin: { description: { en: 'Empty = the whole region.', nl: 'Leeg = de hele regio.' } },
      label: { en: 'Municipalities', nl: 'Gemeenten' },
    },
    ...audienceFields({ allowPublic }),
    ownerOrganisationField(),
    {
      name: 'reviewBy',
      type: 'date',
      index: true,
      // Not `required`: `defaultReviewBy` fills it on create, so callers need not send it.
      validate: (value: unknown) => (value ? true : 'Choose a review-by date: curators are reminded of the item after it.'),
      admin: {
        date: { displayFormat: 'd MMMM yyyy', pickerAppearance: 'dayOnly' },
        description: {
          en: 'Curators see items past this date in their review list.',
          nl: 'Curatoren zien items na deze datum in hun herzieningslijst.',
        },
        position: 'sidebar',
      },
      label: { en: 'Review by', nl: 'Herzien vóór' },
    },
  ]

  const tail: Field[] = [
    {
      name: 'body',
      type: 'richText',
      localized: true,
      label: { en: 'Body', nl: 'Inhoud' },
    },
    {
      name: 'contact',
      type: 'group',
      access: { read: signedInField },
      label: { en: 'Contact person', nl: 'Contactpersoon' },
      fields: [
        { name: 'name', type: 'text', label: { en: 'Name', nl: 'Naam' } },
        { name: 'role', type: 'text', label: { en: 'Role', nl: 'Functie' } },
        { name: 'email', type: 'email', label: { en: 'E-mail', nl: 'E-mail' } },
        { name: 'phone', type: 'text', label: { en: 'Phone', nl: 'Telefoon' } },
      ],
    },
    {
      name: 'sources',
      type: 'array',
      label: { en: 'Sources', nl: 'Bronnen' },
      labels: { plural: { en: 'Sources', nl: 'Bronnen' }, singular: { en: 'Source', nl: 'Bron' } },
      fields: [
        { name: 'title', type: 'text', required: true, label: { en: 'Title', nl: 'Titel' } },
        linkField({ name: 'url' }),
        { name: 'publisher', type: 'text', label: { en: 'Publisher', nl: 'Uitgever' } },
        { name: 'year', type: 'number', min: 1900, max: 2100, label: { en: 'Year', nl: 'Jaar' } },
      ],
    },
    {
      name: 'attachments',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: { en: 'Attachments', nl: 'Bijlagen' },
    },
    {
      name: 'related',
      type: 'relationship',
      relationTo: [...itemSlugs],
      hasMany: true,
      label: { en: 'Related items', nl: 'Gerelateerd' },
    },
    ...editedByFields,
  ]

  return { lead, tail }
}
