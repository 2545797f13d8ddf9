/** Fixed words in API paths; anything else after the collection is an id. */
const apiVerbs = new Set([
  'ready',
  'count',
  'versions',
  'login',
  'logout',
  'me',
  'refresh-token',
  'forgot-password',
  'reset-password',
  'unlock',
  'submit',
  'send-back',
  'publish',
  'unpublish',
  'file',
  'reindex',
  'review-queue',
  'overdue',
])

/**
 * Ids and slugs vary per request, so metrics group requests by route: `/api/interventions/:id`,
 * `/api/media/file/:name`, `/interventies/:slug`, `/_next`. Requests that found nothing are
 * labelled by the caller, so made-up paths cannot grow the number of series.
 */
export function routeLabel(path: string): string {
  const segments = path.split('?')[0]!.split('/').filter(Boolean)
  if (segments.length === 0) return '/'
  const [first, ...rest] = segments
  if (first === '_next' || first === 'admin') return `/${first}`
  if (first === 'api') {
    const parts = rest.slice(0, 4).map((segment, index) => {
      if (index === 0 || apiVerbs.has(segment)) return segment
      return rest[index - 1] === 'file' ? ':name' : ':id'
    })
    return `/api/${parts.join('/')}`
  }
  const locale = first === 'en' ? '/en' : ''
  const page = first === 'en' ? rest : segments
  if (page.length === 0) return locale || '/'
  return `${locale}/${page[0]}${page.length > 1 ? (page[1] === 'matrix' ? '/matrix' : '/:slug') : ''}`
}
