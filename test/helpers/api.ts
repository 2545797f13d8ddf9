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
  return (body?.errors ?? []).flatMap((error: any) =>
    (error?.data?.errors ?? []).map((each: { path: string }) => each.path),
  )
}
