import type { RequestHandler } from 'express'
import type { SanitizedConfig } from 'payload'

import { handleEndpoints } from 'payload'

import type { GraphqlCost } from '../graphql/cost'
import type { DocumentProblems } from '../textLimits'
import type { RequestBudget } from './budget'
import type { PublicReadCache } from './publicReadCache'

import { inCallersLanguage } from '../../lib/callersLanguage'
import { maxDocumentBytes, maxJsonBodyBytes, maxUploadBytes } from '../env'
import { contentProblem, documentTooLarge, graphqlRequestIn, isBodyProblem, jsonObjectIn, multipartFormIn } from './bodyGuard'
import { afterDraining } from './drain'
import { sendError } from './errors'
import { fileNameProblem } from './fileRoutes'
import { checkQuery } from './queryGuard'
import { inOneRefusalShape } from './refusals'
import { unsubscribePath } from '../notifications'
import { requestLanguage } from './requestLanguage'
import { readBody, sendWebResponse, toWebRequest } from './webBridge'

type FetchHandler = (request: Request) => Promise<Response>
type ExpressRequest = Parameters<RequestHandler>[0]

export type ApiGuards = {
  /** What each client may spend per minute; no budget when left out. */
  budget?: RequestBudget
  /** The cost of a GraphQL request, or why it is refused (GraphQL only). */
  graphqlCost?: (request: { query: string; variables?: unknown; operationName?: unknown }) => Promise<GraphqlCost>
  /**
   * The least time an answer may take, in milliseconds: for requests whose answer time would
   * otherwise tell something (whether an account exists).
   */
  answerFloorMs?: (req: ExpressRequest, body?: Buffer) => number
  /**
   * What is wrong with a document sent to a collection (`POST /api/<collection>`, `PATCH
   * /api/<collection>[/<id>]`) that can be told from the document alone, such as text over its
   * limits: refused before Payload signs anyone in, opens a transaction or reads anything.
   */
  documentProblems?: (collection: string, data: Record<string, unknown>, language?: string) => DocumentProblems | undefined
  /** Visitors' repeated reads answered from memory while the data they were made from is unchanged. */
  publicReads?: PublicReadCache
  /**
   * Waits for this request's turn to start work in Payload (lib/turnGate). The class is what the
   * request asks for (`/api/<class>/…`: a collection, search, graphql), so no class starves another.
   */
  takeTurn?: (requestClass: string) => Promise<void>
}

const methodsWithBody = new Set(['POST', 'PATCH', 'PUT'])
/** What proxies log for a request whose client closed the connection before the answer (nginx's 499). */
const clientClosedRequest = 499

type Refusal = { status: number; message: string; extra?: Record<string, unknown>; errors?: Array<{ message: string; parameter: string }> }
type Accepted = { body?: Buffer; asGet?: string; cost: number; readOnlyGraphql?: boolean }

/** One error per wrong parameter, each naming its `parameter`, as /api/search and the exports answer. */
const refusalOf = (problems: Array<{ parameter: string; message: string }>): Refusal | undefined =>
  problems.length > 0
    ? {
        errors: problems.map(({ message, parameter }) => ({ message, parameter })),
        message: problems.map((problem) => problem.message).join(' '),
        status: 400,
      }
    : undefined

/**
 * A POST that stands for a GET: Payload's admin panel reads long relationship queries this way,
 * with the query string form-urlencoded in the body (`X-Payload-HTTP-Method-Override: GET`).
 */
const standsForGet = (req: ExpressRequest) =>
  req.method === 'POST' && (req.get('x-payload-http-method-override') === 'GET' || req.get('x-http-method-override') === 'GET')

/** The query of a POST that stands for a GET, checked like any query string and handed on as one. */
async function overriddenQuery(req: ExpressRequest, limit: number): Promise<Refusal | Accepted> {
  if (!/^application\/x-www-form-urlencoded\s*(;|$)/i.test(req.get('content-type') ?? '')) {
    return {
      message:
        'A POST with X-Payload-HTTP-Method-Override: GET sends its query form-urlencoded (Content-Type: application/x-www-form-urlencoded), or use GET.',
      status: 415,
    }
  }
  const query = new URL(req.originalUrl, 'http://localhost').searchParams
  for (const [name, value] of new URLSearchParams((await readBody(req, limit)).toString('utf8'))) query.append(name, value)
  const search = query.toString()
  const checked = checkQuery(`?${search}`)
  return refusalOf(checked.problems) ?? { asGet: search, cost: checked.cost }
}

/** A GraphQL request: a JSON body with a query, costed before Payload parses, validates or runs it. */
async function graphqlRequest(req: ExpressRequest, limit: number, guards: ApiGuards): Promise<Refusal | Accepted> {
  const unsupported = contentProblem(req.get('content-type'), { uploads: false })
  if (unsupported) return unsupported
  const body = await readBody(req, limit)
  const parsed = graphqlRequestIn(body)
  if (isBodyProblem(parsed)) return parsed
  if (!guards.graphqlCost) return { body, cost: 1 }
  const cost = await guards.graphqlCost(parsed.value)
  return cost.ok ? { body, cost: Math.max(1, cost.cost), readOnlyGraphql: cost.readOnly } : { message: cost.message, status: 400 }
}

/**
 * Refuses, with a 4xx that says what to send instead, the requests Payload would answer with a
 * 500 or that would cost too much: unknown content types, bodies that are not JSON objects or
 * complete multipart forms, query parameters that become failing or oversized database queries,
 * and GraphQL over its limits. Bodies checked here are read once and handed on.
 */
async function checkRequest(req: ExpressRequest, limit: number, guards: ApiGuards): Promise<Refusal | Accepted> {
  if (req.path === '/api/graphql') return graphqlRequest(req, limit, guards)
  if (standsForGet(req)) return overriddenQuery(req, limit)
  const address = new URL(req.originalUrl, 'http://localhost')
  const badFileName = fileNameProblem(address.pathname)
  if (badFileName) return { message: badFileName, status: 400 }
  const query = checkQuery(address.search)
  const refused = refusalOf(query.problems)
  if (refused) return refused
  // Writes and custom endpoints cost a unit; reads cost what they may populate.
  const cost = req.method === 'GET' ? query.cost : 1
  if (!methodsWithBody.has(req.method)) return { cost }
  const contentType = req.get('content-type')
  // RFC 8058: mail programs unsubscribe with a form-encoded POST; the token is in the address.
  if (address.pathname === `/api${unsubscribePath}` && /^application\/x-www-form-urlencoded\s*(;|$)/i.test(contentType ?? ''))
    return { body: await readBody(req, limit), cost }
  const unsupported = contentProblem(contentType, { uploads: true })
  if (unsupported) return unsupported
  if (!contentType) return { cost }
  const body = await readBody(req, limit)
  const isForm = contentType.toLowerCase().startsWith('multipart/')
  const sent = isForm ? multipartFormIn(contentType, body, maxDocumentBytes) : jsonObjectIn(body)
  if (isBodyProblem(sent)) return sent
  const document = isForm ? (sent.value as { document?: Record<string, unknown> }).document : sent.value
  const collection = documentWriteTarget(req.method, address.pathname)
  const language = requestLanguage(req)
  const problems = collection && document ? guards.documentProblems?.(collection, document, language) : undefined
  if (problems) {
    const fields = problems.errors.map((error) => error.path).join(', ')
    const message = inCallersLanguage({ i18n: { language } }, { en: 'The following field is invalid', nl: 'Dit veld is ongeldig' })
    return { extra: { data: problems, name: 'ValidationError' }, message: `${message}: ${fields}`, status: 400 }
  }
  return { body, cost }
}

/** The collection a request writes a document to: `POST /api/<collection>`, `PATCH /api/<collection>[/<id>]`. */
function documentWriteTarget(method: string, pathname: string): string | undefined {
  const segments = pathname.split('/').slice(2)
  if (method === 'POST' && segments.length === 1) return segments[0]
  if (method === 'PATCH' && (segments.length === 1 || segments.length === 2)) return segments[0]
  return undefined
}

/** The most a request may send: a file and its form, a document, or any other JSON. */
function bodyLimitFor(req: ExpressRequest): { bytes: number; refusal: string } {
  if (req.get('content-type')?.startsWith('multipart/form-data')) {
    const bytes = maxUploadBytes + 1024 * 1024
    return { bytes, refusal: `The upload is larger than ${Math.round(bytes / 1024 / 1024)} MiB. Send a smaller file.` }
  }
  if (documentWriteTarget(req.method, new URL(req.originalUrl, 'http://localhost').pathname)) {
    return { bytes: maxDocumentBytes, refusal: documentTooLarge(maxDocumentBytes).message }
  }
  return {
    bytes: maxJsonBodyBytes,
    refusal: `Request body is larger than ${Math.round(maxJsonBodyBytes / 1024)} KiB. Send a smaller request.`,
  }
}

/**
 * Runs a Fetch API handler in-process. API requests never pass through Next's router: that
 * costs 25-35 ms a request against ~1.5 ms here (see `npm run bench`).
 */
export const fetchHandler =
  (handle: FetchHandler, guards: ApiGuards = {}): RequestHandler =>
  async (req, res, next) => {
    const { bytes: limit, refusal: tooLarge } = bodyLimitFor(req)
    const declared = Number(req.get('content-length') || 0)
    if (declared > limit) {
      // Never read into memory: thrown away as it arrives, and the connection is closed after the answer.
      res.setHeader('Connection', 'close')
      afterDraining(req, () => sendError(res, 413, tooLarge))
      return
    }
    // An answer given before the whole body was read (a refused upload) ends the connection: the
    // unread rest would otherwise be taken for the next request.
    const closeIfUnread = () => {
      if (!req.complete) res.setHeader('Connection', 'close')
    }
    const started = performance.now()
    try {
      const checked = await checkRequest(req, limit, guards)
      if ('status' in checked) {
        closeIfUnread()
        if (checked.errors) res.status(checked.status).json({ errors: checked.errors })
        else sendError(res, checked.status, checked.message, checked.extra)
        return
      }
      const spent = guards.budget?.spend(req, checked.cost)
      if (spent && !spent.allowed) {
        closeIfUnread()
        res.setHeader('Retry-After', String(spent.retryAfterSeconds))
        sendError(
          res,
          429,
          `Too many requests from your client for now. Try again in ${spent.retryAfterSeconds} seconds, or ask for less at once.`,
        )
        return
      }
      // What is left of the client's budget, as draft-ietf-httpapi-ratelimit-headers spells it, so partner systems can pace themselves.
      if (spent) {
        res.setHeader('RateLimit-Policy', `${spent.limit};w=60`)
        res.setHeader('RateLimit-Limit', String(spent.limit))
        res.setHeader('RateLimit-Remaining', String(spent.remaining))
        res.setHeader('RateLimit-Reset', String(spent.resetSeconds))
      }
      const answer = async () => {
        await guards.takeTurn?.(req.path.split('/')[2] ?? '')
        // A client that went away while its request waited for its turn gets nothing: its work would
        // only delay the others (and, at shutdown, run after the database is gone).
        if (res.destroyed || req.socket.destroyed) return new Response(null, { status: clientClosedRequest })
        return inOneRefusalShape(await handle(toWebRequest(req, limit, checked)))
      }
      if (guards.publicReads && (await guards.publicReads.answer(req, res, checked, answer))) return
      const response = await answer()
      const wait = (guards.answerFloorMs?.(req, checked.body) ?? 0) - (performance.now() - started)
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
      closeIfUnread()
      await sendWebResponse(res, response)
    } catch (error) {
      next(error)
    }
  }

/** Payload's REST API: collections, auth, uploads and custom endpoints. */
export const payloadRest = (config: Promise<SanitizedConfig>, guards: ApiGuards = {}): RequestHandler =>
  fetchHandler((request) => handleEndpoints({ config, request }), guards)
