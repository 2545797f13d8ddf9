import type { RequestHandler } from 'express'
import type { SanitizedConfig } from 'payload'

import { handleEndpoints } from 'payload'

import { maxJsonBodyBytes, maxUploadBytes } from '../env'
import { contentProblem, graphqlProblem, jsonProblem, multipartProblem } from './bodyGuard'
import { sendError } from './errors'
import { queryProblems } from './queryGuard'
import { inOneRefusalShape } from './refusals'
import { readBody, sendWebResponse, toWebRequest } from './webBridge'

type FetchHandler = (request: Request) => Promise<Response>

const methodsWithBody = new Set(['POST', 'PATCH', 'PUT'])

/**
 * Refuses, with a 4xx that says what to send instead, the requests Payload would answer with a
 * 500: unknown content types, bodies that are not JSON objects or complete multipart forms, and
 * query parameters that become failing database queries. Bodies checked here are read once and
 * handed on.
 */
async function checkRequest(
  req: Parameters<RequestHandler>[0],
  limit: number,
): Promise<{ status: number; message: string; extra?: Record<string, unknown> } | { body: Buffer } | undefined> {
  const graphql = req.path === '/api/graphql'
  if (!graphql) {
    const problems = queryProblems(new URL(req.originalUrl, 'http://localhost').search)
    if (problems.length > 0) {
      return {
        extra: { parameters: problems.map((problem) => problem.parameter) },
        message: problems.map((problem) => problem.message).join(' '),
        status: 400,
      }
    }
  }
  if (!methodsWithBody.has(req.method)) return undefined
  const contentType = req.get('content-type')
  const unsupported = contentProblem(contentType, { uploads: !graphql })
  if (unsupported) return unsupported
  if (!contentType) return undefined
  const body = await readBody(req, limit)
  const malformed = contentType.toLowerCase().startsWith('multipart/')
    ? multipartProblem(contentType, body)
    : graphql
      ? graphqlProblem(body)
      : jsonProblem(body)
  return malformed ?? { body }
}

const bodyLimitFor = (contentType: string | undefined) =>
  contentType?.startsWith('multipart/form-data') ? maxUploadBytes + 1024 * 1024 : maxJsonBodyBytes

/**
 * Runs a Fetch API handler in-process. API requests never pass through Next's router: that
 * costs 25-35 ms a request against ~1.5 ms here (see `npm run bench`).
 */
export const fetchHandler =
  (handle: FetchHandler): RequestHandler =>
  async (req, res, next) => {
    const limit = bodyLimitFor(req.get('content-type'))
    const declared = Number(req.get('content-length') || 0)
    if (declared > limit) {
      // The body is left unread, so this connection cannot carry another request.
      res.setHeader('Connection', 'close')
      sendError(res, 413, `Request body is larger than ${Math.round(limit / 1024)} KiB. Send a smaller request.`)
      return
    }
    // An answer given before the whole body was read (a refused upload) ends the connection: the
    // unread rest would otherwise be taken for the next request.
    const closeIfUnread = () => {
      if (!req.complete) res.setHeader('Connection', 'close')
    }
    try {
      const checked = await checkRequest(req, limit)
      if (checked && 'status' in checked) {
        closeIfUnread()
        sendError(res, checked.status, checked.message, checked.extra)
        return
      }
      const response = await inOneRefusalShape(await handle(toWebRequest(req, limit, checked?.body)))
      closeIfUnread()
      await sendWebResponse(res, response)
    } catch (error) {
      next(error)
    }
  }

/** Payload's REST API: collections, auth, uploads and custom endpoints. */
export const payloadRest = (config: Promise<SanitizedConfig>): RequestHandler =>
  fetchHandler((request) => handleEndpoints({ config, request }))
