import type { Payload } from 'payload'

import { createHmac, timingSafeEqual } from 'node:crypto'

import { defaultImmediateKinds, isMailSubscription, type MailSubscription, notificationKinds } from '../../domain/notifications'

const purpose = 'weerbaar:unsubscribe:v1'

const keyOf = (payload: Payload) => createHmac('sha256', payload.secret).update(purpose).digest()

const signatureOf = (payload: Payload, userId: string, subscription: MailSubscription) =>
  createHmac('sha256', keyOf(payload)).update(`${userId}\n${subscription}`).digest('base64url')

/**
 * The token of a one-click unsubscribe link: the account and what it turns off, signed with the
 * workspace's secret, so it works without signing in and cannot be changed to another account or
 * another kind of mail.
 */
export const unsubscribeToken = (payload: Payload, userId: string | number, subscription: MailSubscription): string =>
  `${userId}.${subscription}.${signatureOf(payload, String(userId), subscription)}`

export type UnsubscribeRequest = { userId: string; subscription: MailSubscription }

/** The account and subscription a token names, or undefined when it was not made by this workspace. */
export function verifyUnsubscribeToken(payload: Payload, token: unknown): UnsubscribeRequest | undefined {
  if (typeof token !== 'string' || token.length > 300) return undefined
  const [userId, subscription, signature, ...rest] = token.split('.')
  if (!userId || !signature || rest.length > 0 || !isMailSubscription(subscription)) return undefined
  const expected = Buffer.from(signatureOf(payload, userId, subscription))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined
  return { subscription, userId }
}

type Settings = { immediate?: readonly string[] | null; digest?: string | null }

/**
 * Turns the named mail off for the account: no digest, or no immediate mail of that kind. Already
 * off is fine (mail programs may call twice). Returns false when the account no longer exists.
 */
export async function unsubscribe(payload: Payload, { subscription, userId }: UnsubscribeRequest): Promise<boolean> {
  const user = await payload.findByID({ collection: 'users', depth: 0, disableErrors: true, id: userId, overrideAccess: true })
  if (!user) return false
  const settings = ((user as { notificationSettings?: Settings }).notificationSettings ?? {}) as Settings
  // Never set (an account from before the settings, on MongoDB): the defaults are what it gets now.
  const immediate = (settings.immediate ?? defaultImmediateKinds).filter((kind) => notificationKinds.includes(kind as never))
  const change: Settings = subscription === 'digest' ? { digest: 'off' } : { immediate: immediate.filter((kind) => kind !== subscription) }
  await payload.update({
    collection: 'users',
    data: { notificationSettings: { ...settings, ...change } } as never,
    depth: 0,
    id: userId,
    overrideAccess: true,
  })
  return true
}
