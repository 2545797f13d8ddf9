'use client'

/** 32 random bytes from the browser, base64url, behind the prefix the server expects. */
function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32))
  const text = btoa(String.fromCharCode(...bytes))
  return `wb_${text.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`
}

let pending: string | undefined

/**
 * The key the create page shows, kept outside the form: Payload's form reloads fields from the
 * server as others change, and the server never sends a key back, so a key kept in the form
 * could be lost between showing it and saving it. The save button sends this very key.
 */
export function pendingApiKey(): string {
  if (typeof window === 'undefined') throw new Error('An API key is made in the browser only.')
  pending ??= newKey()
  return pending
}

/** Once a key is issued it is never offered again: the next create page gets a new one. */
export function forgetPendingApiKey(): void {
  pending = undefined
}
