import type { CollectionConfig } from 'payload'

import { adminField, admins, adminOrSelf, readUsers } from '../../src/access'
import { isProduction, serverUrl } from '../../src/env'
import { limitSignInAttempts } from './hooks/limitSignInAttempts'
import { userRoleOptions } from '../fields/options'

/** Staff of partner organisations. Partner systems sign in with a user's API key. */
export const Users: CollectionConfig = {
  slug: 'users',
  access: { create: admins, delete: admins, read: readUsers, update: adminOrSelf },
  admin: {
    defaultColumns: ['name', 'email', 'role', 'organisation'],
    group: { en: 'Administration', nl: 'Beheer' },
    useAsTitle: 'email',
  },
  auth: {
    // Browsers accept Secure cookies from http://localhost, so production is Secure everywhere.
    cookies: { sameSite: 'Lax', secure: isProduction || serverUrl().startsWith('https://') },
    lockTime: 15 * 60 * 1000,
    maxLoginAttempts: 5,
    tokenExpiration: 8 * 60 * 60,
    useAPIKey: true,
  },
  graphQL: { pluralName: 'Users', singularName: 'User' },
  hooks: { beforeOperation: [limitSignInAttempts] },
  labels: {
    plural: { en: 'Users', nl: 'Gebruikers' },
    singular: { en: 'User', nl: 'Gebruiker' },
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120, label: { en: 'Name', nl: 'Naam' } },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'member',
      saveToJWT: true,
      access: { create: adminField, update: adminField },
      options: userRoleOptions,
      label: { en: 'Role', nl: 'Rol' },
    },
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: 'organisations',
      saveToJWT: true,
      access: { create: adminField, update: adminField },
      label: { en: 'Organisation', nl: 'Organisatie' },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        siblingData?.role === 'member' && !value
          ? 'Every member belongs to one organisation: choose it.'
          : true,
    },
    // Kept by the portal to show what is new since the previous visit.
    { name: 'lastSeenAt', type: 'date', access: { create: () => false, update: () => false }, admin: { hidden: true } },
    { name: 'previousVisitAt', type: 'date', access: { create: () => false, update: () => false }, admin: { hidden: true } },
  ],
}
