import type { PayloadRequest } from 'payload'

export type SignInLimitOptions = {
  /** The collection people sign in with. */
  collection: string
  /** Sign-in and password-reset attempts one client may make per window. */
  attemptsPerWindow: number
  windowMs: number
  /** Password-reset mails one e-mail address may be sent per window. */
  resetMailsPerAddress: number
  /** Who is attempting: the client's address as the host saw it. */
  clientKeyOf: (req: PayloadRequest) => string
}
