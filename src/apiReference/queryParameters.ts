type Parameter = Record<string, unknown>

const query = (name: string, description: string, schema: Record<string, unknown>, extra: Parameter = {}): Parameter => ({
  description,
  in: 'query',
  name,
  schema,
  ...extra,
})

/**
 * Payload's query string, once, as reusable parameters (`#/components/parameters/<name>`). The
 * limits are the host's (`src/http/queryGuard.ts`): a read costs up to `limit × (1 + depth)` items.
 */
export const queryParameters = (locales: string[], defaultLocale: string | undefined): Record<string, Parameter> => ({
  depth: query('depth', 'How deep relations are populated with whole documents (0 = ids only). Default 2, at most 10.', {
    maximum: 10,
    minimum: 0,
    type: 'integer',
  }),
  draft: query(
    'draft',
    'Read or write the newest draft instead of the published version. Drafts are read only by those who may read them: the author’s organisation and curators.',
    { type: 'boolean' },
  ),
  fallbackLocale: query('fallback-locale', 'The locale to fill untranslated fields from, or `none` for no fallback.', {
    enum: [...locales, 'none'],
    type: 'string',
  }),
  limit: query('limit', 'Documents per page. Default 10, at most 1000; `0` asks for everything (and costs as much).', {
    maximum: 1000,
    minimum: 0,
    type: 'integer',
  }),
  locale: query(
    'locale',
    `The language of localized fields${defaultLocale ? ` (default \`${defaultLocale}\`)` : ''}; \`all\` returns every locale as an object per field.`,
    { enum: [...locales, 'all'], type: 'string' },
  ),
  page: query('page', 'The page to return, from 1.', { maximum: 100_000, minimum: 1, type: 'integer' }),
  populate: query(
    'populate',
    'Which fields of populated relations to return, per collection: `populate[organisations][name]=true`.',
    { additionalProperties: true, type: 'object' },
    { explode: true, style: 'deepObject' },
  ),
  select: query(
    'select',
    'Which fields to return: `select[title]=true&select[summary]=true` (only these) or `select[body]=false` (all but these). The id is always returned.',
    { additionalProperties: true, type: 'object' },
    { explode: true, style: 'deepObject' },
  ),
  sort: query('sort', 'A field to sort by, `-` before it for descending; several separated by commas: `-updatedAt,title`.', {
    type: 'string',
  }),
  where: query(
    'where',
    [
      'A filter in qs bracket syntax: `where[field][operator]=value`, nested fields with dots, `where[or][0][...]` and `where[and][0][...]` to combine.',
      'Operators: `equals`, `not_equals`, `in`, `not_in`, `all`, `exists`, `greater_than`, `greater_than_equal`, `less_than`, `less_than_equal`, `like`, `contains`, `near`, `within`, `intersects`.',
      'Example: `where[themes.slug][equals]=cybercrime&where[evidenceLevel][in]=effective-first,effective-good`.',
      'The same object may be sent as JSON in the query string (`where={"title":{"like":"phishing"}}`, URL-encoded).',
      'A filter or sort may only name fields the caller may read; a relation into items the caller may not all read takes only `equals`, `not_equals`, `in` and `not_in` on its id.',
    ].join('\n\n'),
    { additionalProperties: true, type: 'object' },
    { explode: true, style: 'deepObject' },
  ),
})

export const listParameters = ['where', 'select', 'populate', 'depth', 'limit', 'page', 'sort', 'locale', 'fallbackLocale', 'draft']
export const readParameters = ['select', 'populate', 'depth', 'locale', 'fallbackLocale', 'draft']
export const writeParameters = ['select', 'depth', 'locale', 'draft']
export const bulkParameters = ['where', 'select', 'depth', 'locale', 'draft']
