import type { SanitizedConfig } from 'payload'

import type { PayloadRoute } from './payloadRoutes'

import { ruleNameOf } from '../../lib/namedRule'
import { bulkParameters, listParameters, readParameters, writeParameters } from './queryParameters'

type Json = Record<string, unknown>

/** What the reference says about one of Payload's own endpoints, before the owner's names are filled in. */
type BuiltIn = {
  summary: (name: string) => string
  description?: string
  /** The owner's access operation that decides, whose named rule the reference shows (`jobs.<operation>`: the job queue's). */
  access?: string
  /** Who may call, where no access operation of the owner decides. */
  rule?: string
  parameters?: string[]
  body?: 'document' | 'json'
  response: 'document' | 'list' | 'changed' | 'bulk' | 'count' | 'versions' | 'version' | 'json' | 'file'
  status?: string
}

const collectionOperations: Record<string, BuiltIn> = {
  'delete /': {
    access: 'delete',
    description: 'Deletes every document the `where` filter matches and the caller may delete.',
    parameters: bulkParameters,
    response: 'bulk',
    summary: (name) => `Delete ${name} matching a filter`,
  },
  'delete /:id': { access: 'delete', parameters: ['select', 'depth'], response: 'changed', summary: (name) => `Delete one of ${name}` },
  'get /': { access: 'read', parameters: listParameters, response: 'list', summary: (name) => `List ${name}` },
  'get /:id': { access: 'read', parameters: readParameters, response: 'document', summary: (name) => `Read one of ${name}` },
  'get /count': { access: 'read', parameters: ['where', 'locale', 'draft'], response: 'count', summary: (name) => `Count ${name}` },
  'get /versions': {
    access: 'readVersions',
    description: 'Only for collections that keep versions; 404 otherwise.',
    parameters: ['where', 'select', 'depth', 'limit', 'page', 'sort', 'locale'],
    response: 'versions',
    summary: (name) => `List earlier versions of ${name}`,
  },
  'get /versions/:id': {
    access: 'readVersions',
    parameters: ['select', 'depth', 'locale'],
    response: 'version',
    summary: (name) => `Read one earlier version of ${name}`,
  },
  'patch /': {
    access: 'update',
    body: 'document',
    description: 'Applies the same change to every document the `where` filter matches and the caller may update.',
    parameters: bulkParameters,
    response: 'bulk',
    summary: (name) => `Update ${name} matching a filter`,
  },
  'patch /:id': {
    access: 'update',
    body: 'document',
    parameters: writeParameters,
    response: 'changed',
    summary: (name) => `Update one of ${name}`,
  },
  'post /': {
    access: 'create',
    body: 'document',
    parameters: writeParameters,
    response: 'changed',
    status: '201',
    summary: (name) => `Create one of ${name}`,
  },
  'post /:id/duplicate': {
    access: 'create',
    parameters: writeParameters,
    response: 'changed',
    status: '201',
    summary: (name) => `Duplicate one of ${name}`,
  },
  'post /access/:id?': {
    description: 'What the caller may do with this collection, or with one document of it: the answers of the collection’s rules.',
    response: 'json',
    summary: (name) => `The caller’s permissions on ${name}`,
  },
  'post /versions/:id': {
    access: 'update',
    parameters: ['depth', 'locale'],
    response: 'changed',
    summary: (name) => `Restore an earlier version of ${name}`,
  },
  // Accounts.
  'get /init': { response: 'json', summary: () => 'Whether any account exists yet (for the first-user screen)' },
  'get /me': { response: 'json', summary: () => 'The signed-in account, with when its session ends' },
  'post /:id/api-key/reveal': { access: 'update', response: 'json', summary: () => 'Reveal an account’s Payload API key' },
  'post /first-register': { response: 'json', summary: () => 'Create the first account (only while there is none)' },
  'post /forgot-password': {
    body: 'json',
    description: 'Always answers the same, whether the address is known or not; reset mails per address are limited.',
    response: 'json',
    summary: () => 'Mail a password reset link',
  },
  'post /login': {
    body: 'json',
    description:
      'Send `{ "email", "password" }`. Answers the account and a `token` (send it as `Authorization: JWT <token>`) and sets the `weerbaar-token` session cookie. Attempts per client are limited (429 with `Retry-After`).',
    response: 'json',
    summary: () => 'Sign in',
  },
  'post /logout': { response: 'json', summary: () => 'Sign out (clears the session cookie)' },
  'post /refresh-token': { response: 'json', summary: () => 'Extend the session: a new token and cookie' },
  'post /reset-password': { body: 'json', response: 'json', summary: () => 'Set a new password with the token from the reset mail' },
  'post /unlock': { access: 'unlock', body: 'json', response: 'json', summary: () => 'Unlock an account locked by failed sign-ins' },
  'post /verify/:id': { response: 'json', summary: () => 'Verify an e-mail address' },
  // Payload's own collections: the jobs queue and the admin panel's per-user preferences.
  'get /run': { access: 'jobs.run', response: 'json', summary: () => 'Run queued background jobs now' },
  'get /handle-schedules': { access: 'jobs.run', response: 'json', summary: () => 'Queue the scheduled background jobs that are due' },
  'delete /:key': {
    response: 'json',
    rule: 'signed in: one’s own preferences',
    summary: () => 'Delete one of the caller’s admin panel preferences',
  },
  'get /:key': {
    response: 'json',
    rule: 'signed in: one’s own preferences',
    summary: () => 'Read one of the caller’s admin panel preferences',
  },
  'post /:key': {
    body: 'json',
    response: 'json',
    rule: 'signed in: one’s own preferences',
    summary: () => 'Save one of the caller’s admin panel preferences',
  },
  // Uploads.
  'get /file/:filename': {
    access: 'read',
    description: 'The stored file, for those who may read the document it belongs to.',
    response: 'file',
    summary: (name) => `Download a file of ${name}`,
  },
  'get /paste-url/:id?': { access: 'create', response: 'file', summary: () => 'Fetch a file from an allowed address for an upload' },
}

const globalOperations: Record<string, BuiltIn> = {
  'get /': { access: 'read', parameters: readParameters, response: 'document', summary: (name) => `Read ${name}` },
  'get /versions': {
    access: 'readVersions',
    parameters: ['where', 'depth', 'limit', 'page', 'sort', 'locale'],
    response: 'versions',
    summary: (name) => `List earlier versions of ${name}`,
  },
  'get /versions/:id': {
    access: 'readVersions',
    parameters: ['depth', 'locale'],
    response: 'version',
    summary: (name) => `Read one earlier version of ${name}`,
  },
  'post /': { access: 'update', body: 'document', parameters: writeParameters, response: 'changed', summary: (name) => `Update ${name}` },
  'post /access': { response: 'json', summary: (name) => `The caller’s permissions on ${name}` },
  'post /versions/:id': {
    access: 'update',
    parameters: ['depth', 'locale'],
    response: 'changed',
    summary: (name) => `Restore an earlier version of ${name}`,
  },
}

const rootOperations: Record<string, BuiltIn> = {
  'get /access': { response: 'json', summary: () => 'What the caller may do with every collection and global' },
}

const json = (schema: Json) => ({ 'application/json': { schema } })
const page = (items: Json): Json => ({
  properties: {
    docs: { items, type: 'array' },
    hasNextPage: { type: 'boolean' },
    hasPrevPage: { type: 'boolean' },
    limit: { type: 'integer' },
    nextPage: { type: ['integer', 'null'] },
    page: { type: 'integer' },
    pagingCounter: { type: 'integer' },
    prevPage: { type: ['integer', 'null'] },
    totalDocs: { type: 'integer' },
    totalPages: { type: 'integer' },
  },
  required: ['docs', 'totalDocs', 'limit', 'page', 'totalPages'],
  type: 'object',
})
const version = (document: Json): Json => ({
  properties: {
    createdAt: { type: 'string' },
    id: { type: 'string' },
    parent: { type: 'string' },
    updatedAt: { type: 'string' },
    version: document,
  },
  type: 'object',
})

function responseOf(kind: BuiltIn['response'], document: Json): Json {
  switch (kind) {
    case 'document':
      return { content: json(document), description: 'The document, as far as the caller may read it.' }
    case 'list':
      return { content: json(page(document)), description: 'One page of the documents the caller may read that match.' }
    case 'changed':
      return {
        content: json({ properties: { doc: document, message: { type: 'string' } }, required: ['doc'], type: 'object' }),
        description: 'The document as it is now, and a message saying what happened.',
      }
    case 'bulk':
      return {
        content: json({
          properties: {
            docs: { items: document, type: 'array' },
            errors: { items: { type: 'object' }, type: 'array' },
            message: { type: 'string' },
          },
          type: 'object',
        }),
        description: 'The documents changed, and per document what stopped the change.',
      }
    case 'count':
      return {
        content: json({ properties: { totalDocs: { type: 'integer' } }, required: ['totalDocs'], type: 'object' }),
        description: 'How many the caller may read.',
      }
    case 'versions':
      return { content: json(page(version(document))), description: 'One page of versions.' }
    case 'version':
      return { content: json(version(document)), description: 'The version.' }
    case 'file':
      return { content: { 'application/octet-stream': { schema: { format: 'binary', type: 'string' } } }, description: 'The file.' }
    case 'json':
      return { content: json({ type: 'object' }), description: 'Done.' }
  }
}

const tableOf = (route: PayloadRoute) =>
  route.owner.kind === 'collection' ? collectionOperations : route.owner.kind === 'global' ? globalOperations : rootOperations

/** Whether a route is one of Payload's own, which the reference describes from this table. */
export const isBuiltIn = (route: PayloadRoute): boolean => `${route.method} ${route.endpointPath}` in tableOf(route)

/**
 * The reference's entry for one of Payload's own endpoints: summary, the named rule that decides,
 * the query parameters it reads and the document shapes it takes and answers.
 */
export function builtInOperation(
  config: SanitizedConfig,
  route: PayloadRoute,
  name: string,
  documentRef: string,
  inputRef: string,
): Json | undefined {
  const builtIn = tableOf(route)[`${route.method} ${route.endpointPath}`]
  if (!builtIn) return undefined
  const { owner } = route
  const keepsNoVersions =
    builtIn.access === 'readVersions' &&
    (owner.kind === 'collection' ? !owner.collection.versions : owner.kind === 'global' && !owner.global.versions)
  const access = builtIn.access?.startsWith('jobs.')
    ? config.jobs.access
    : owner.kind === 'collection'
      ? owner.collection.access
      : owner.kind === 'global'
        ? owner.global.access
        : undefined
  const operation = builtIn.access?.replace(/^jobs\./, '')
  const rule = keepsNoVersions
    ? 'none: keeps no versions (404)'
    : operation
      ? (ruleNameOf((access as Record<string, unknown> | undefined)?.[operation]) ?? 'closed')
      : builtIn.rule
  const document = { $ref: documentRef }
  return {
    ...(builtIn.description ? { description: builtIn.description } : {}),
    parameters: (builtIn.parameters ?? []).map((parameter) => ({ $ref: `#/components/parameters/${parameter}` })),
    ...(builtIn.body
      ? {
          requestBody: {
            content: json(builtIn.body === 'document' ? { $ref: inputRef } : { type: 'object' }),
            required: true,
          },
        }
      : {}),
    responses: { [builtIn.status ?? '200']: responseOf(builtIn.response, document) },
    summary: builtIn.summary(name),
    'x-access-operation': builtIn.access,
    'x-access-rule': rule ?? 'none: the credentials sent decide',
  }
}
