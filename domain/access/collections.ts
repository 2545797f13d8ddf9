import type { Access, PayloadRequest } from 'payload'

import { namedRule, ruleNameOf } from '../../lib/namedRule'
import { isAdmin, mayWrite, userOf } from './predicates'

import {
  adminOrSelf,
  adminPanel,
  admins,
  anyone,
  curators,
  editComments,
  editKnowledge,
  editOwnQuestions,
  editOwnOrganisation,
  editWorkshopSessions,
  manageGroups,
  manageLocks,
  nobody,
  ownFollows,
  ownNotifications,
  ownPreferences,
  readComments,
  readOwnNotifications,
  readKnowledge,
  readQuestions,
  readReports,
  readWorkshopSessions,
  recordWorkshopSessions,
  readKnowledgeVersions,
  readLocks,
  readMedia,
  readUsers,
  signedIn,
} from './rules'

/**
 * The operations Payload asks a collection about. `unlock` (lifting a sign-in lockout) means
 * something on accounts only and is refused everywhere else; `admin` exists on accounts,
 * `readVersions` on versioned collections.
 */
export type CollectionRules = {
  admin?: (args: { req: PayloadRequest }) => boolean | Promise<boolean>
  create: Access
  read: Access
  readVersions?: Access
  unlock: Access
  update: Access
  delete: Access
}

/**
 * The same rules, refusing every change to a caller with a read-only API key: a key carries its
 * account's rights for reading, and for writing only when it was issued read-write.
 */
const guarded = (rule: Access): Access =>
  namedRule(`${ruleNameOf(rule)} (never with a read-only key)`, (args) => (mayWrite(userOf(args.req)) ? rule(args) : false))

function writesNeedWriteAccess<Rules extends CollectionRules>(rules: Rules): Rules {
  return {
    ...rules,
    create: guarded(rules.create),
    delete: guarded(rules.delete),
    unlock: guarded(rules.unlock),
    update: guarded(rules.update),
  }
}

const knowledgeRules = {
  create: signedIn,
  delete: curators,
  read: readKnowledge,
  readVersions: readKnowledgeVersions,
  unlock: nobody,
  update: editKnowledge,
} satisfies CollectionRules

const taxonomyRules = { create: curators, delete: curators, read: anyone, unlock: nobody, update: curators } satisfies CollectionRules

const curatorsOnly = { create: curators, delete: curators, read: curators, unlock: nobody, update: curators } satisfies CollectionRules

const closed = { create: nobody, delete: nobody, read: nobody, unlock: nobody, update: nobody } satisfies CollectionRules

const rulesBySlug = {
  interventions: knowledgeRules,
  'good-practices': knowledgeRules,
  'knowledge-cases': knowledgeRules,
  'lessons-learned': knowledgeRules,
  experiences: knowledgeRules,
  themes: taxonomyRules,
  organisations: taxonomyRules,
  media: { create: signedIn, delete: editOwnOrganisation, read: readMedia, unlock: nobody, update: editOwnOrganisation },
  users: { admin: adminPanel, create: admins, delete: admins, read: readUsers, unlock: admins, update: adminOrSelf },
  'api-keys': { create: admins, delete: admins, read: admins, unlock: nobody, update: admins },
  'search-synonyms': curatorsOnly,
  'privacy-names': curatorsOnly,
  'audit-log': { create: nobody, delete: nobody, read: admins, unlock: nobody, update: nobody },
  // Each person's own: what they follow and what they were told.
  follows: { create: signedIn, delete: ownFollows, read: ownFollows, unlock: nobody, update: nobody },
  notifications: { create: nobody, delete: ownNotifications, read: readOwnNotifications, unlock: nobody, update: nobody },
  // The conversation: comments as widely as their item, questions by their visibility, reports for curators.
  // Authors delete a comment by marking it deleted (the thread keeps a placeholder); erasing it is for admins.
  // Groups across organisations: curators set them up; their managers keep the members.
  groups: { create: curators, delete: curators, read: anyone, unlock: nobody, update: manageGroups },
  // The knowledge workshop's sessions: kept by the group, read also by the owners of their recommendations.
  'workshop-sessions': {
    create: recordWorkshopSessions,
    delete: curators,
    read: readWorkshopSessions,
    unlock: nobody,
    update: editWorkshopSessions,
  },
  comments: { create: signedIn, delete: admins, read: readComments, readVersions: curators, unlock: nobody, update: editComments },
  questions: { create: signedIn, delete: curators, read: readQuestions, unlock: nobody, update: editOwnQuestions },
  'comment-reports': { create: signedIn, delete: nobody, read: readReports, unlock: nobody, update: curators },
  // Which digest went to whom: written by the digest run only, so a repeated run sends nothing twice.
  'digest-deliveries': { create: nobody, delete: nobody, read: admins, unlock: nobody, update: nobody },
  // Which process does the background work: written by the leases plugin's atomic claim only.
  leases: closed,
  // Partner systems told of changes: set up by admins; the deliveries are written by the webhook jobs only.
  webhooks: { create: admins, delete: admins, read: admins, unlock: nobody, update: admins },
  'webhook-deliveries': { create: nobody, delete: admins, read: admins, unlock: nobody, update: nobody },
  // Payload's own bookkeeping.
  'payload-locked-documents': { create: nobody, delete: manageLocks, read: readLocks, unlock: nobody, update: manageLocks },
  'payload-preferences': { create: signedIn, delete: ownPreferences, read: ownPreferences, unlock: nobody, update: ownPreferences },
  'payload-jobs': closed,
  'payload-kv': closed,
  'payload-migrations': closed,
} satisfies Record<string, CollectionRules>

export type RuledSlug = keyof typeof rulesBySlug

/**
 * Who may do what with every collection, Payload's own included: one table to read, and the
 * config applies exactly these. A collection missing here is closed at start and fails the
 * access test. No change at all goes through with a read-only API key.
 */
export const collectionRules = Object.fromEntries(
  Object.entries(rulesBySlug).map(([slug, rules]) => [slug, writesNeedWriteAccess(rules as CollectionRules)]),
) as Record<RuledSlug, CollectionRules>

const adminsWithWriteAccess = namedRule('admins (never with a read-only key)', ({ req }: { req: PayloadRequest }) => {
  const user = userOf(req)
  return isAdmin(user) && mayWrite(user)
})

/** Who may run, queue or cancel background jobs over the API: the worker runs them in-process. */
export const jobRules = { cancel: adminsWithWriteAccess, queue: adminsWithWriteAccess, run: adminsWithWriteAccess }

/** Rules for globals: only Payload's own (when the scheduled jobs last ran), kept by Payload alone. */
export const globalRules: Record<string, { read: Access; update: Access; readVersions?: Access; readDrafts?: Access }> = {
  'payload-jobs-stats': { read: nobody, readDrafts: nobody, readVersions: nobody, update: nobody },
}

/** Payload's own bookkeeping on accounts (sign-in, lockout, password reset): kept by Payload, never written through the API. */
export const payloadSystemFields: Record<string, readonly string[]> = {
  'payload-jobs': ['taskStatus'],
  users: [
    'salt',
    'hash',
    'resetPasswordToken',
    'resetPasswordExpiration',
    'resetPasswordRequestedAt',
    'loginAttempts',
    'lockUntil',
    'sessions',
  ],
}

/** What Payload fills in from an upload itself (file name, type, size): left as Payload has it. */
export const payloadFilledFields: Record<string, readonly string[]> = {
  media: ['url', 'thumbnailURL', 'filename', 'mimeType', 'filesize', 'width', 'height', 'focalX', 'focalY'],
}
