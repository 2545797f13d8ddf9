/** Small helpers to talk to the server the way a partner system would. */
export const demoPassword = process.env.SEED_PASSWORD || 'weerbaar-demo'

export type Session = { headers: Record<string, string>; user: { id: string; role: string } }

export async function login(url: string, email: string, password = demoPassword): Promise<Session> {
  const response = await fetch(`${url}/api/users/login`, {
    body: JSON.stringify({ email, password }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  if (!response.ok) throw new Error(`login ${email} failed: ${response.status} ${await response.text()}`)
  const body = (await response.json()) as { token: string; user: { id: string; role: string } }
  return { headers: { Authorization: `JWT ${body.token}` }, user: body.user }
}

export const anonymous: Session = { headers: {}, user: { id: '', role: 'anonymous' } }

export async function api<T = any>(
  url: string,
  path: string,
  options: { body?: unknown; method?: string; session?: Session; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: T; headers: Headers }> {
  const response = await fetch(`${url}${path}`, {
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    headers: {
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      'accept-language': 'en',
      ...options.session?.headers,
      ...options.headers,
    },
    method: options.method ?? 'GET',
  })
  const text = await response.text()
  let body: any = text
  try {
    body = JSON.parse(text)
  } catch {
    // not JSON: keep the text
  }
  return { body, headers: response.headers, status: response.status }
}

export async function graphql<T = any>(
  url: string,
  query: string,
  session: Session = anonymous,
  variables?: Record<string, unknown>,
): Promise<{ status: number; data: T; errors?: Array<{ message: string }> }> {
  const { body, status } = await api(url, '/api/graphql', { body: { query, variables }, method: 'POST', session })
  return { data: body.data, errors: body.errors, status }
}

/** The field paths a Payload validation error names. */
export function invalidPaths(body: any): string[] {
  return (body?.errors ?? []).flatMap((error: any) => (error?.data?.errors ?? []).map((each: { path: string }) => each.path))
}

/** Uploads a file to /api/media the way the admin panel does (multipart with a `_payload` part). */
export async function uploadFile(
  url: string,
  file: { bytes: Uint8Array<ArrayBuffer> | string; name: string; type: string },
  session: Session,
  data: Record<string, unknown> = {},
): Promise<{ status: number; body: any }> {
  const form = new FormData()
  form.append('file', new Blob([file.bytes], { type: file.type }), file.name)
  form.append('_payload', JSON.stringify({ alt: 'Bijlage', visibility: 'partners', ...data }))
  const response = await fetch(`${url}/api/media`, { body: form, headers: session.headers, method: 'POST' })
  const text = await response.text()
  try {
    return { body: JSON.parse(text), status: response.status }
  } catch {
    return { body: text, status: response.status }
  }
}

/** Waits until `probe` answers true, or fails after `timeoutMs` saying what it waited for. */
export async function eventually(what: string, probe: () => Promise<boolean>, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await probe()) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`gave up waiting ${timeoutMs / 1000} s for: ${what}`)
}
