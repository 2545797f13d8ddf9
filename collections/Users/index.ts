import type { CollectionConfig, PayloadRequest } from 'payload'

import { adminField, collectionRules, emailField, ownAccountField, systemField } from '../../domain/access'
import {
  defaultDigestPeriod,
  defaultImmediateKinds,
  digestPeriodOptions,
  mailLanguageOptions,
  notificationKindOptions,
} from '../../domain/notifications'
import { userRoleOptions } from '../../domain/vocabulary'
import { inCallersLanguage } from '../../lib/callersLanguage'

/** The password-reset mail: its subject and HTML, in the language the request was made in. */
export type ResetPasswordMail = {
  subject: (language: string | undefined) => string
  html: (args: { language: string | undefined; token: string }) => string
}

/** How long a password-reset link works. */
export const resetLinkMinutes = 60

/**
 * Staff of partner organisations. Partner systems call the API with a key issued to an account
 * (the api-keys plugin). `secureCookies`:
 * whether this deployment is served over HTTPS (browsers accept Secure cookies from localhost).
 */
export const Users = ({
  resetPasswordMail,
  secureCookies,
}: {
  resetPasswordMail: ResetPasswordMail
  secureCookies: boolean
}): CollectionConfig => ({
  slug: 'users',
  access: collectionRules.users,
  admin: {
    defaultColumns: ['name', 'email', 'role', 'organisation'],
    group: { en: 'Administration', nl: 'Beheer' },
    // A colleague's name, not their address: members see each other's names, not every address.
    useAsTitle: 'name',
  },
  auth: {
    cookies: { sameSite: 'Lax', secure: secureCookies },
    forgotPassword: {
      expiration: resetLinkMinutes * 60 * 1000,
      generateEmailHTML: (args) => resetPasswordMail.html({ language: args?.req?.i18n?.language, token: String(args?.token ?? '') }),
      generateEmailSubject: (args) => resetPasswordMail.subject(args?.req?.i18n?.language),
      // Payload's own interval writes outside the request's transaction, which on SQLite waits for
      // that transaction: a deadlock. Requests are limited per client and per address instead.
      minRequestInterval: 0,
    },
    lockTime: 15 * 60 * 1000,
    maxLoginAttempts: 5,
    tokenExpiration: 8 * 60 * 60,
  },
  graphQL: { pluralName: 'Users', singularName: 'User' },
  labels: {
    plural: { en: 'Users', nl: 'Gebruikers' },
    singular: { en: 'User', nl: 'Gebruiker' },
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120, label: { en: 'Name', nl: 'Naam' } },
    // Payload's own sign-in field, with our read rule (Payload merges this into its own definition).
    { name: 'email', type: 'email', required: true, unique: true, access: { read: emailField } },
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
      validate: (value: unknown, { req, siblingData }: { req?: PayloadRequest; siblingData: Record<string, unknown> }) =>
        siblingData?.role === 'member' && !value
          ? inCallersLanguage(req, {
              en: 'Every member belongs to one organisation: choose it.',
              nl: 'Elk lid hoort bij één organisatie: kies die.',
            })
          : true,
    },
    {
      // Personal: only the account itself reads and changes how it is told things.
      name: 'notificationSettings',
      type: 'group',
      access: { create: adminField, read: ownAccountField, update: ownAccountField },
      label: { en: 'Notifications by e-mail', nl: 'Meldingen per e-mail' },
      fields: [
        {
          name: 'immediate',
          type: 'select',
          hasMany: true,
          defaultValue: [...defaultImmediateKinds],
          options: notificationKindOptions,
          admin: { description: { en: 'Mailed at once, each on its own.', nl: 'Direct gemaild, elk apart.' } },
          label: { en: 'Mail at once about', nl: 'Direct mailen over' },
        },
        {
          name: 'digest',
          type: 'select',
          defaultValue: defaultDigestPeriod,
          options: digestPeriodOptions,
          admin: {
            description: { en: 'One mail with what is new in what you follow.', nl: 'Eén mail met wat er nieuw is in wat u volgt.' },
          },
          label: { en: 'Digest', nl: 'Overzicht' },
        },
        {
          name: 'language',
          type: 'select',
          defaultValue: 'nl',
          options: mailLanguageOptions,
          label: { en: 'Mail language', nl: 'Taal van de mail' },
        },
      ],
    },
    {
      // Kept from the groups themselves (their managers add and remove members): what the access rules read.
      name: 'groups',
      type: 'relationship',
      relationTo: 'groups',
      hasMany: true,
      // Ids are all the rules need, and the session reads this on every request.
      maxDepth: 0,
      access: { create: systemField, update: systemField },
      admin: {
        readOnly: true,
        description: {
          en: 'A group’s managers add and remove its members.',
          nl: 'De beheerders van een groep voegen leden toe en halen ze weg.',
        },
      },
      label: { en: 'Groups', nl: 'Groepen' },
    },
    {
      name: 'contactFor',
      type: 'relationship',
      relationTo: 'themes',
      hasMany: true,
      maxDepth: 0,
      admin: {
        description: {
          en: 'Other members find you in the partner directory as the contact for these themes.',
          nl: 'Andere deelnemers vinden u in de partnergids als aanspreekpunt voor deze thema’s.',
        },
      },
      label: { en: 'Contact for themes', nl: 'Aanspreekpunt voor thema’s' },
    },
    {
      name: 'shareEmail',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        description: {
          en: 'Other signed-in members see your name, organisation and themes; your e-mail address only when you tick this.',
          nl: 'Andere ingelogde deelnemers zien uw naam, organisatie en thema’s; uw e-mailadres alleen als u dit aanvinkt.',
        },
      },
      label: { en: 'Show my e-mail address in the partner directory', nl: 'Mijn e-mailadres tonen in de partnergids' },
    },
    // Payload's own account field, with our rules (Payload merges this into its own definition).
    { name: 'sessions', type: 'array', fields: [], access: { read: ownAccountField, update: systemField } },
    // Kept by the portal to show what is new since the previous visit.
    {
      name: 'lastSeenAt',
      type: 'date',
      access: { create: systemField, read: ownAccountField, update: systemField },
      admin: { hidden: true },
    },
    {
      name: 'previousVisitAt',
      type: 'date',
      access: { create: systemField, read: ownAccountField, update: systemField },
      admin: { hidden: true },
    },
  ],
})
