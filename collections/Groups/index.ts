import type { CollectionConfig } from 'payload'

import { collectionRules, curatorField, groupManagerField, signedInField } from '../../domain/access'
import { groupKindOptions, projectStatusOptions } from '../../domain/vocabulary'
import { slugField } from '../fields/slug'
import { linkField } from '../fields/url'
import { managersAreMembers } from './hooks/managersAreMembers'
import { membersBringTheirOrganisations } from './hooks/membersBringTheirOrganisations'
import { syncMembershipsAfterChange, syncMembershipsAfterDelete } from './hooks/syncMemberships'

const keptByManagers = { create: curatorField, update: groupManagerField }
const keptByCurators = { create: curatorField, update: curatorField }

/**
 * A group that works across organisations: a City Deal project, a working group, the knowledge
 * workshop. Curators set groups up and choose their managers; managers keep the members. Members
 * read and edit the group's group-only items together. Who the members are is for signed-in
 * partners; that the group exists, who leads it and which organisations take part is public.
 */
export const Groups: CollectionConfig = {
  slug: 'groups',
  access: collectionRules.groups,
  admin: {
    defaultColumns: ['name', 'kind', 'leadOrganisation', 'status'],
    group: { en: 'Collaboration', nl: 'Samenwerking' },
    useAsTitle: 'name',
  },
  defaultSort: 'name',
  graphQL: { pluralName: 'Groups', singularName: 'Group' },
  labels: { plural: { en: 'Groups', nl: 'Groepen' }, singular: { en: 'Group', nl: 'Groep' } },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, maxLength: 160, access: keptByCurators, label: { en: 'Name', nl: 'Naam' } },
    slugField('name', { access: keptByCurators }),
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      options: groupKindOptions,
      access: keptByCurators,
      label: { en: 'Kind', nl: 'Soort' },
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      maxLength: 4000,
      access: keptByManagers,
      label: { en: 'Description', nl: 'Omschrijving' },
    },
    {
      name: 'leadOrganisation',
      type: 'relationship',
      relationTo: 'organisations',
      index: true,
      access: keptByCurators,
      label: { en: 'Lead organisation', nl: 'Trekker (organisatie)' },
    },
    {
      name: 'memberOrganisations',
      type: 'relationship',
      relationTo: 'organisations',
      hasMany: true,
      index: true,
      access: keptByManagers,
      admin: {
        description: {
          en: 'The organisations of the members are added by themselves.',
          nl: 'De organisaties van de leden komen er vanzelf bij.',
        },
      },
      label: { en: 'Member organisations', nl: 'Deelnemende organisaties' },
    },
    {
      name: 'members',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      access: { ...keptByManagers, read: signedInField },
      admin: {
        description: {
          en: 'Members read and edit the group-only items of this group, from every organisation.',
          nl: 'Leden lezen en bewerken de items die alleen voor deze groep zijn, vanuit elke organisatie.',
        },
      },
      label: { en: 'Members', nl: 'Leden' },
    },
    {
      name: 'managers',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      access: { ...keptByCurators, read: signedInField },
      admin: { description: { en: 'Managers add and remove members.', nl: 'Beheerders voegen leden toe en halen ze weg.' } },
      label: { en: 'Managers', nl: 'Beheerders' },
    },
    {
      name: 'themes',
      type: 'relationship',
      relationTo: 'themes',
      hasMany: true,
      access: keptByManagers,
      label: { en: 'Themes', nl: "Thema's" },
    },
    {
      type: 'row',
      admin: { condition: (data) => data?.kind === 'city-deal-project' },
      fields: [
        {
          name: 'round',
          type: 'number',
          min: 1,
          max: 20,
          index: true,
          access: keptByCurators,
          label: { en: 'City Deal round', nl: 'City Deal-ronde' },
        },
        {
          name: 'status',
          type: 'select',
          index: true,
          options: projectStatusOptions,
          access: keptByManagers,
          label: { en: 'Project status', nl: 'Projectstatus' },
        },
      ],
    },
    linkField({ name: 'website', label: { en: 'Website', nl: 'Website' } }),
    {
      name: 'illustrative',
      type: 'checkbox',
      defaultValue: false,
      access: keptByCurators,
      admin: {
        description: {
          en: 'Made up to show how the workspace works; not a real project or group.',
          nl: 'Verzonnen om te laten zien hoe de werkplaats werkt; geen bestaand project of bestaande groep.',
        },
        position: 'sidebar',
      },
      label: { en: 'Example record', nl: 'Voorbeeld' },
    },
  ],
  hooks: {
    beforeChange: [managersAreMembers, membersBringTheirOrganisations],
    afterChange: [syncMembershipsAfterChange],
    afterDelete: [syncMembershipsAfterDelete],
  },
}
