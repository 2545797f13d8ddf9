import type { EndpointDocumentation } from '../../lib/endpointDocumentation'

import { districtOptions, organisationTypeOptions } from '../../domain/vocabulary'

const query = (name: string, description: string, schema: Record<string, unknown>) => ({ description, in: 'query', name, schema })
const slug = { pattern: '^[a-z0-9-]{1,120}$', type: 'string' }
const district = query('district', 'Only this district.', { enum: districtOptions.map((option) => option.value), type: 'string' })
const theme = query('theme', 'Only this theme (a theme includes its sub-themes), by slug.', slug)
const answer = (description: string) => ({ 200: { content: { 'application/json': { schema: { type: 'object' } } }, description } })

/** What the API reference says about `GET /api/directory`. */
export const directoryDocumentation: EndpointDocumentation = {
  parameters: [
    query('q', 'Part of an organisation’s name.', { type: 'string' }),
    query('type', 'Only this kind of organisation.', { enum: organisationTypeOptions.map((option) => option.value), type: 'string' }),
    district,
    theme,
  ],
  responses: answer('`{ docs, total }`: the organisations, with contact counts for signed-in readers.'),
  summary: 'The partner directory',
  tags: ['directory'],
}

/** What the API reference says about `GET /api/directory/{slug}`. */
export const organisationProfileDocumentation: EndpointDocumentation = {
  responses: answer('What the organisation owns and runs, its groups and questions and, for signed-in readers, its contact people.'),
  summary: 'An organisation’s profile',
  tags: ['directory'],
}

/** What the API reference says about `GET /api/coverage`. */
export const coverageDocumentation: EndpointDocumentation = {
  parameters: [
    query('intervention', 'One intervention card, by slug: then with the contact people at each municipality (signed in).', slug),
    district,
    theme,
  ],
  responses: answer('Per intervention card, the municipalities that run it and the counts per district.'),
  summary: 'Which municipalities run which intervention',
  tags: ['directory'],
}
