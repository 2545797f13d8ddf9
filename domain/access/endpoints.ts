import type { EndpointRule } from '../../lib/endpointAccess'

import { namedRule } from '../../lib/namedRule'
import { isAdmin, isCurator, isSignedIn, mayPublish, userOf } from './predicates'

/**
 * Who may call each custom endpoint. What an endpoint then shows is still filtered by the
 * collections' read rules: these only decide who may ask at all.
 */

/** Open to everyone; what it answers is filtered by the reader's access (search, matrix, exports of them). */
export const anyoneMayAsk = namedRule('anyoneMayAsk', (() => true) satisfies EndpointRule)

export const signedInMayAsk = namedRule('signedInMayAsk', ((req) => isSignedIn(userOf(req))) satisfies EndpointRule)

export const curatorsMayAsk = namedRule('curatorsMayAsk', ((req) => isCurator(userOf(req))) satisfies EndpointRule)

/** Publishing, unpublishing and sending back: `mayPublish`, the one rule for it. */
export const publishersMayAsk = namedRule('publishersMayAsk', ((req) => mayPublish(userOf(req))) satisfies EndpointRule)

export const adminsMayAsk = namedRule('adminsMayAsk', ((req) => isAdmin(userOf(req))) satisfies EndpointRule)
