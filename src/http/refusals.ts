/**
 * Every refusal (401, 403) in the API's one error shape, `{ errors: [{ message }] }`. Payload's
 * own endpoints mostly answer that way already; a few answer `{ message }` or `{ error }` (the
 * job runner), which this brings in line so partner systems read one shape.
 */
export async function inOneRefusalShape(response: Response): Promise<Response> {
  if (response.status !== 401 && response.status !== 403) return response
  if (!response.headers.get('content-type')?.includes('json')) return response
  const body = (await response
    .clone()
    .json()
    .catch(() => undefined)) as Record<string, unknown> | undefined
  const errors = body?.errors
  if (Array.isArray(errors) && errors.length > 0 && errors.every((error) => typeof (error as { message?: unknown })?.message === 'string'))
    return response
  // The Meilisearch-compatible search API answers in Meilisearch's shape, which its clients read.
  if (typeof body?.code === 'string' && typeof body?.type === 'string' && typeof body?.message === 'string') return response
  const message = [body?.message, body?.error].find((each): each is string => typeof each === 'string' && each.length > 0)
  const fallback = response.status === 401 ? 'Sign in first.' : 'You are not allowed to do this.'
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return new Response(JSON.stringify({ errors: [{ message: message ?? fallback }] }), { headers, status: response.status })
}
