import type { EndpointRule } from '../../lib/endpointAccess'

import { namedRule } from '../../lib/namedRule'
import { isAdmin, isCurator, isSignedIn, mayPublish, mayWrite, userOf } from './predicates'

/**
 * Who may call each custom endpoint. What an endpoint then shows is still filtered by the
 * collections' read rules: these only decide who may ask at all.
 */

/** Open to everyone; what it answers is filtered by the reader's access (search, matrix, exports of them). */
export const anyoneMayAsk = namedRule('anyoneMayAsk', (() => true) satisfies EndpointRule)

/** Someone's own things (their next digest): anyone signed in, about themselves. */
export const signedInMayAsk = namedRule('signedInMayAsk', ((req) => isSignedIn(userOf(req))) satisfies EndpointRule)

export const curatorsMayAsk = namedRule('curatorsMayAsk', ((req) => isCurator(userOf(req))) satisfies EndpointRule)

export const adminsMayAsk = namedRule('adminsMayAsk', ((req) => isAdmin(userOf(req))) satisfies EndpointRule)

// Endpoints that change something: never with a read-only API key.

/** Submitting for review; the item's own update rule applies as well. */
export const signedInMayChange = namedRule(
  'signedInMayChange',
  ((req) => isSignedIn(userOf(req)) && mayWrite(userOf(req))) satisfies EndpointRule,
)

export const curatorsMayChange = namedRule(
  'curatorsMayChange',
  ((req) => isCurator(userOf(req)) && mayWrite(userOf(req))) satisfies EndpointRule,
)

/** Publishing, unpublishing and sending back: `mayPublish`, the one rule for it. */
export const publishersMayChange = namedRule(
  'publishersMayChange',
  ((req) => mayPublish(userOf(req)) && mayWrite(userOf(req))) satisfies EndpointRule,
)

/**
 * One-click unsubscribe (RFC 8058): mail programs call it without a session, so the caller is
 * whoever holds the signed link; the handler refuses a link whose signature does not match.
 */
export const signedLinkHoldersMayChange = namedRule('signedLinkHoldersMayChange', (() => true) satisfies EndpointRule)

export const adminsMayChange = namedRule('adminsMayChange', ((req) => isAdmin(userOf(req)) && mayWrite(userOf(req))) satisfies EndpointRule)
