import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { nl } from '@payloadcms/translations/languages/nl'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { collections } from '../collections'
import { resetLinkMinutes } from '../collections/Users'
import {
  collectionRules,
  curatorField,
  globalRules,
  curatorsMayAsk,
  jobRules,
  mayPublish,
  nobody,
  editorsField,
  payloadFilledFields,
  payloadSystemFields,
  publishersMayChange,
  secretField,
  signedInField,
  signedInMayChange,
  systemField,
} from '../domain/access'
import { datedSlugs, knowledgeCollections, reviewedSlugs } from '../domain/knowledge'
import {
  classifyMove,
  isNewOrChangedMinutes,
  isNewOrChangedText,
  isSubmitOrPublish,
  mayMove,
  workflowStatusOptions,
} from '../domain/workflow'
import { applyAccessRules } from '../lib/accessRules'
import { clientErrorLogging } from '../lib/clientError'
import { isSafeLink, linkRefusal } from '../lib/safeLink'
import { apiKeys } from '../plugins/api-keys'
import { auditLog } from '../plugins/audit-log'
import { editorialWorkflow } from '../plugins/editorial-workflow'
import { leases } from '../plugins/leases'
import { privacyGuard } from '../plugins/privacy-guard'
import { queryGuard } from '../plugins/query-guard'
import { relationIntegrity } from '../plugins/relation-integrity'
import { safeLinks } from '../plugins/safe-links'
import { searchPlugin } from '../plugins/search'
import { signInLimit } from '../plugins/sign-in-limit'
import { strictShapes } from '../plugins/strict-shapes'
import { textLimits } from '../plugins/text-limits'
import { webhooks } from '../plugins/webhooks'
import { databaseAdapter } from './database/adapter'
import { textLimitOptions } from './textLimits'
import { describeEditorialChange } from './editorial/auditDescription'
import { configureEditLocks } from './editorial/editLocks'
import { personLabel } from '../collections/hooks/personLabel'
import { workflowTexts } from './editorial/workflowTexts'
import {
  corsOrigins,
  loginAttemptsPerWindow,
  loginAttemptWindowMs,
  maxUploadBytes,
  mediaDir,
  payloadSecret,
  publicUrl,
  secureCookies,
  serverUrl,
  trustedOrigins,
} from './env'
import { collectionExportEndpoint } from './export/collectionExport'
import { searchExportEndpoint } from './export/searchExport'
import { clientAddressOf } from './requests/clientAddress'
import { importEndpoint, importTemplateEndpoint } from './import/endpoints'
import { logger } from './logger'
import { queuedMail } from './mail/adapter'
import { sendMailTask } from './mail/queue'
import { resetPasswordMail } from './mail/templates'
import { matrixEndpoint } from './matrix/endpoint'
import { matrixQuery } from './matrix/graphql'
import { withConversation } from './conversation'
import { withPartners } from './partners'
import { withWorkshop } from './workshop'
import { withNotifications } from './notifications'
import { searchOptions } from './search/options'
import { vocabularyEndpoint } from './taxonomy/vocabularyEndpoint'
import { webhookOptions } from './webhooks'
import { withFeeds } from './feeds'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const statusLabels = Object.fromEntries(workflowStatusOptions.map((option) => [option.value, option.label])) as Record<
  (typeof workflowStatusOptions)[number]['value'],
  { en: string; nl: string }
>

const privacyGuarded = {
  ...Object.fromEntries(
    knowledgeCollections.flatMap((entry) => (entry.privacy.all ? [[entry.slug, { exclude: [...entry.privacy.except] }]] : [])),
  ),
  // Conversation has no review step: checked whenever its text is written.
  comments: { checkWhen: isNewOrChangedText },
  questions: { checkWhen: isNewOrChangedText },
  'comment-reports': { checkWhen: isNewOrChangedText },
  // Minutes and recommendations about real cases: checked whenever they are written.
  'workshop-sessions': { checkWhen: isNewOrChangedMinutes },
}

const sanitized = buildConfig(
  withPartners(
    withWorkshop(
      withConversation(
        withNotifications({
          admin: {
            // Gravatar would send a hash of every user's e-mail address to a third party.
            avatar: 'default',
            // Day before month, 24-hour clock: as people in the region read dates (month names follow the panel's language).
            dateFormat: 'd MMMM yyyy, HH:mm',
            components: {
              afterNavLinks: ['/admin/ImportNavLink#ImportNavLink'],
              beforeNavLinks: ['/admin/Brand#NavBrand'],
              beforeDashboard: [
                '/admin/MyNotifications#MyNotifications',
                '/admin/EditorialQueues#EditorialQueues',
                '/admin/ConversationQueues#ConversationQueues',
                '/admin/OrganisationWork#OrganisationWork',
              ],
              graphics: { Icon: '/admin/Brand#Icon', Logo: '/admin/Brand#Logo' },
              providers: ['/admin/ReleaseLockOnLeave#ReleaseLockOnLeave'],
              views: { import: { Component: '/admin/ImportView#ImportView', path: '/import' } },
            },
            importMap: { baseDir: dirname },
            meta: { titleSuffix: ' – Weerbaar' },
            user: 'users',
          },
          collections: collections({
            mediaDir: mediaDir(),
            resetPasswordMail: {
              html: ({ language, token }) =>
                resetPasswordMail.html({ language, link: `${publicUrl()}/admin/reset/${token}`, minutes: resetLinkMinutes }),
              subject: resetPasswordMail.subject,
            },
            secureCookies: secureCookies(),
          }),
          email: queuedMail(),
          cookiePrefix: 'weerbaar',
          db: databaseAdapter(),
          editor: lexicalEditor(),
          endpoints: [
            matrixEndpoint,
            importEndpoint,
            importTemplateEndpoint,
            searchExportEndpoint,
            collectionExportEndpoint,
            vocabularyEndpoint,
          ],
          cors: corsOrigins(),
          // Cookie sessions are only honoured for requests from these origins (CSRF protection).
          csrf: trustedOrigins(),
          graphQL: {
            disableIntrospectionInProduction: true,
            disablePlaygroundInProduction: true,
            maxComplexity: 1000,
            queries: (GraphQL) => ({ interventionsMatrix: matrixQuery(GraphQL) }),
          },
          // Queued jobs run in the server's worker; over HTTP only administrators may run, queue or cancel them.
          jobs: {
            access: jobRules,
            jobsCollectionOverrides: ({ defaultJobsCollection }) => ({ ...defaultJobsCollection, access: collectionRules['payload-jobs'] }),
            tasks: [sendMailTask],
          },
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
          loggingLevels: clientErrorLogging,
          plugins: [
            editorialWorkflow({
              access: {
                decide: publishersMayChange,
                queues: curatorsMayAsk,
                recordedBy: signedInField,
                requestStep: signedInField,
                reviewHistory: editorsField,
                reviewComment: { read: signedInField, write: curatorField },
                submit: signedInMayChange,
                systemOnly: systemField,
              },
              classifyMove,
              collections: reviewedSlugs,
              mayMove,
              mayPublish,
              nameOf: (req) => (req.user ? personLabel(req, req.user) : Promise.resolve(undefined)),
              overdue: { collections: datedSlugs, field: 'reviewBy' },
              adminComponents: {
                controls: '/admin/workflow/WorkflowControls#WorkflowControls',
                historyRowLabel: '/admin/workflow/HistoryRowLabel#HistoryRowLabel',
                publishButton: '/admin/workflow/PublishButton#PublishButton',
                reviewNotice: '/admin/workflow/ReviewNotice#ReviewNotice',
                status: '/admin/workflow/WorkflowStatus#WorkflowStatus',
                statusCell: '/admin/workflow/StatusCell#StatusCell',
                unpublishButton: '/admin/workflow/UnpublishButton#UnpublishButton',
              },
              fallbackLanguage: 'nl',
              statusLabels,
              texts: workflowTexts,
            }),
            signInLimit({
              attemptsPerWindow: loginAttemptsPerWindow(),
              clientKeyOf: clientAddressOf,
              collection: 'users',
              resetMailsPerAddress: 5,
              windowMs: loginAttemptWindowMs,
            }),
            apiKeys({
              access: collectionRules['api-keys'],
              authCollection: 'users',
              adminComponents: { keyField: '/admin/ApiKeyField#ApiKeyField', saveButton: '/admin/ApiKeySaveButton#ApiKeySaveButton' },
              secret: secretField,
              systemOnly: systemField,
            }),
            // Before the checks below, so its collections are checked and audited like every other.
            webhooks(webhookOptions()),
            relationIntegrity(),
            strictShapes(),
            // Drafts too: the privacy scan, search and exports then only ever read bounded text.
            textLimits(textLimitOptions),
            safeLinks({ isAllowed: isSafeLink, refusal: linkRefusal }),
            auditLog({
              access: collectionRules['audit-log'],
              describe: describeEditorialChange,
              // Personal and delivery bookkeeping, not changes to shared content: what people follow and were told, what partners were sent.
              exclude: ['follows', 'notifications', 'digest-deliveries', 'webhook-deliveries'],
              // Kept by the system, not changes anyone made: file links, sign-in and visit bookkeeping.
              ignoredFields: [
                'answerCount',
                'editedBy',
                'editedByName',
                'grant',
                'grants',
                'lastActivityAt',
                'lastSeenAt',
                'linked',
                'links',
                'lockUntil',
                'loginAttempts',
                'previousVisitAt',
                'sessions',
              ],
            }),
            privacyGuard({
              canOverride: curatorField,
              checkWhen: isSubmitOrPublish,
              collections: privacyGuarded,
              namesAccess: collectionRules['privacy-names'],
              systemOnly: systemField,
            }),
            searchPlugin(searchOptions),
            leases({ access: collectionRules.leases }),
            withFeeds,
            // Last: it guards the queries of every collection the plugins above have added.
            queryGuard(),
          ],
          secret: payloadSecret(),
          serverURL: serverUrl(),
          sharp,
          telemetry: false,
          typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
          upload: { limits: { fileSize: maxUploadBytes } },
        }),
      ),
    ),
  ),
)

/**
 * Every operation of every collection, Payload's own included, runs a named rule from
 * `domain/access`; whatever has none is closed and listed in `custom.closedByDefault` (the
 * access test fails on any entry).
 */
export default sanitized.then((config) => {
  const closed = applyAccessRules(config, {
    collections: collectionRules,
    filledByPayload: payloadFilledFields,
    globals: globalRules,
    nobody,
    systemField,
    systemFields: payloadSystemFields,
  })
  configureEditLocks(config)
  config.custom = { ...config.custom, closedByDefault: closed }
  if (closed.length > 0) logger.warn({ closed }, 'access: closed what has no rule; add a rule in domain/access')
  return config
})
