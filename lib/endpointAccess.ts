import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { type Bilingual, inCallersLanguage } from './callersLanguage'
import { type EndpointDocumentation, endpointDocumentationKey } from './endpointDocumentation'
import { ruleNameOf } from './namedRule'

/** Who may call an endpoint: decided from the request alone, before any work is done. */
export type EndpointRule = (req: PayloadRequest) => boolean | Promise<boolean>

/** What a refused caller reads: how to get in when signed out, why not when signed in. */
export type Refusal = { signIn: string; forbidden: string }

/** A refusal fixed in one language, or chosen per request (in the caller's language). */
export type RefusalFor = Refusal | ((req: PayloadRequest) => Refusal)

/** A refusal in both languages, answered in the caller's. */
export const bilingualRefusal =
  (text: { signIn: Bilingual; forbidden: Bilingual }) =>
  (req: PayloadRequest): Refusal => ({
    forbidden: inCallersLanguage(req, text.forbidden),
    signIn: inCallersLanguage(req, text.signIn),
  })

/** Nobody is signed in, and the endpoint needs someone who is (401). */
export class SignInRequiredError extends APIError {
  constructor(message: string) {
    super(message, 401, undefined, true)
    this.name = 'SignInRequiredError'
  }
}

/** The caller is signed in but may not do this (403). */
export class NotAllowedError extends APIError {
  constructor(message: string) {
    super(message, 403, undefined, true)
    this.name = 'NotAllowedError'
  }
}

/**
 * Lets the request through when `rule` allows it; otherwise throws 401 (not signed in) or 403
 * (signed in), which Payload answers in its one error shape: `{ errors: [{ message }] }`.
 */
export async function requireRule(req: PayloadRequest, rule: EndpointRule, refusalFor: RefusalFor): Promise<void> {
  if (await rule(req)) return
  const refusal = typeof refusalFor === 'function' ? refusalFor(req) : refusalFor
  throw req.user ? new NotAllowedError(refusal.forbidden) : new SignInRequiredError(refusal.signIn)
}

/** The key under `endpoint.custom` that names the rule guarding it, for the test that every endpoint has one. */
export const endpointRuleKey = 'accessRule'

/**
 * A custom endpoint that answers only callers its rule lets through. The rule's name is recorded
 * on the endpoint, so an endpoint without a deliberate rule stands out; `openapi` is what the API
 * reference says about it (`/api/openapi.json`).
 */
export function guardedEndpoint({
  handler,
  openapi,
  refusal,
  rule,
  ...endpoint
}: Omit<Endpoint, 'handler'> & {
  handler: PayloadHandler
  openapi?: EndpointDocumentation
  refusal: RefusalFor
  rule: EndpointRule
}): Endpoint {
  return {
    ...endpoint,
    custom: {
      ...endpoint.custom,
      [endpointRuleKey]: ruleNameOf(rule) ?? 'unnamed',
      ...(openapi ? { [endpointDocumentationKey]: openapi } : {}),
    },
    handler: async (req) => {
      await requireRule(req, rule, refusal)
      return handler(req)
    },
  }
}
