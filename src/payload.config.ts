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
import { isAdmin, type SessionUser } from './access'
import { databaseAdapter } from './database/adapter'
import { maxUploadBytes, payloadSecret, serverUrl } from './env'
import { logger } from './logger'
import { searchOptions } from './searchOptions'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    // Gravatar would send a hash of every user's e-mail address to a third party.
    avatar: 'default',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' – Weerbaar' },
    user: 'users',
  },
  collections,
  cookiePrefix: 'weerbaar',
  db: databaseAdapter(),
  editor: lexicalEditor(),
  graphQL: { disablePlaygroundInProduction: true },
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
  plugins: [relationIntegrity(), searchPlugin(searchOptions)],
  secret: payloadSecret(),
  serverURL: serverUrl(),
  sharp,
  telemetry: false,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  upload: { limits: { fileSize: maxUploadBytes } },
})
