import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { nl } from '@payloadcms/translations/languages/nl'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { collections } from '../collections'
import { relationIntegrity } from '../plugins/relation-integrity'
import { searchPlugin } from '../plugins/search'
import { strictShapes } from '../plugins/strict-shapes'
import { auditLog } from '../plugins/audit-log'
import { privacyGuard } from '../plugins/privacy-guard'
import { admins, curators, isAdmin, isCurator, type SessionUser } from './access'
import { databaseAdapter } from './database/adapter'
import { editorialListEndpoints } from './editorial'
import { describeEditorialChange } from './editorial/auditDescription'
import { isSubmitOrPublish } from './editorial/privacyCheckMoments'
import { corsOrigins, maxUploadBytes, payloadSecret, serverUrl, trustedOrigins } from './env'
import { depthLimit } from './http/graphqlDepthLimit'
import { collectionExportEndpoint } from './export/collectionExport'
import { searchExportEndpoint } from './export/searchExport'
import { importEndpoint, importTemplateEndpoint } from './import/endpoints'
import { matrixEndpoint } from './matrix/endpoint'
import { matrixQuery } from './matrix/graphql'
import { logger } from './logger'
import { searchOptions } from './searchOptions'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    // Gravatar would send a hash of every user's e-mail address to a third party.
    avatar: 'default',
    components: {
      afterNavLinks: ['/admin/ImportNavLink#ImportNavLink'],
      beforeDashboard: ['/admin/EditorialQueues#EditorialQueues'],
      views: { import: { Component: '/admin/ImportView#ImportView', path: '/import' } },
    },
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' – Weerbaar' },
    user: 'users',
  },
  collections,
  cookiePrefix: 'weerbaar',
  db: databaseAdapter(),
  editor: lexicalEditor(),
  endpoints: [...editorialListEndpoints, matrixEndpoint, importEndpoint, importTemplateEndpoint, searchExportEndpoint, collectionExportEndpoint],
  cors: corsOrigins(),
  // Cookie sessions are only honoured for requests from these origins (CSRF protection).
  csrf: trustedOrigins(),
  graphQL: {
    disableIntrospectionInProduction: true,
    disablePlaygroundInProduction: true,
    maxComplexity: 1000,
    queries: (GraphQL) => ({ interventionsMatrix: matrixQuery(GraphQL) }),
    validationRules: () => [depthLimit()],
  },
  // Queued jobs run in the server's worker; over HTTP only administrators may trigger a run.
  jobs: { access: { run: ({ req }) => isAdmin(req.user as SessionUser | null) }, tasks: [] },
  i18n: { fallbackLanguage: 'nl', supportedLanguages: { en, nl } },
  localization: {
    defaultLocale: 'nl',
    fallback: true,
    locales: [
      { code: 'nl', label: 'Nederlands' },
      { code: 'en', label: 'English' },
    ],
  },
  logger,
  plugins: [
    relationIntegrity(),
    strictShapes(),
    auditLog({
      describe: describeEditorialChange,
      // Kept by the system, not changes anyone made: file links, sign-in and visit bookkeeping.
      ignoredFields: ['grants', 'lastSeenAt', 'linked', 'links', 'lockUntil', 'loginAttempts', 'previousVisitAt', 'sessions'],
      read: admins,
    }),
    privacyGuard({
      canOverride: (req) => isCurator(req.user as SessionUser | null),
      checkWhen: isSubmitOrPublish,
      // The contact person's details are meant to be there; the review comment is the curator's.
      collections: { 'knowledge-cases': { exclude: ['contact', 'reviewComment'] } },
      manageNames: curators,
    }),
    searchPlugin(searchOptions),
  ],
  secret: payloadSecret(),
  serverURL: serverUrl(),
  sharp,
  telemetry: false,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  upload: { limits: { fileSize: maxUploadBytes } },
})
