import { createHmac, randomBytes } from 'node:crypto'

/** A new signing secret: 32 random bytes, recognisable by its prefix in a partner's configuration. */
export const newSecret = () => `whsec_${randomBytes(32).toString('base64url')}`

/**
 * `Weerbaar-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, as Stripe signs:
 * the timestamp inside the signature lets a receiver refuse a replayed delivery.
 */
export function signatureHeader(secret: string, body: string, at: Date = new Date()): string {
  const timestamp = Math.floor(at.getTime() / 1000)
  const digest = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')
  return `t=${timestamp},v1=${digest}`
}
