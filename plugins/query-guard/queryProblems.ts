import type { CollectionSlug, Field, PayloadRequest, SanitizedCollectionConfig, Where } from 'payload'

import { operatorProblem } from './operators'

/** 403: the caller may not ask this; 400: nobody can (the database cannot run it). */
export type QueryProblem = { path: string; message: string; status: 400 | 403 }

type Found = { message: string; status: 400 | 403 } | undefined

const notAllowed = (message: string): Found => ({ message, status: 403 })

const isPolymorphicValue = (value: unknown) => Boolean(value && typeof value === 'object' && 'relationTo' in value && 'value' in value)

/** Operators that only ever match ids the caller already knows: they reveal nothing new. */
const identityOperators = new Set(['equals', 'not_equals', 'in', 'not_in', 'all'])

const versionPrefix = 'version.'
/** Fields of a version document that are not fields of the item. */
const versionOwnFields = new Set(['id', 'parent', 'latest', 'autosave', 'snapshot', 'publishedLocale', 'createdAt', 'updatedAt'])

type Context = { req: PayloadRequest; everything: Map<string, Promise<boolean>> }

/** Whether the collection's read rule lets this caller see every document of it. */
function readsEverything(context: Context, collection: string): Promise<boolean> {
  let answer = context.everything.get(collection)
  if (!answer) {
    const rule = context.req.payload.collections[collection as CollectionSlug]?.config.access.read
    answer = Promise.resolve(rule ? rule({ req: context.req }) : false).then((decision) => decision === true)
    context.everything.set(collection, answer)
  }
  return answer
}

/** The named fields at this level, looking through rows, collapsibles and unnamed tabs. */
function namedFields(fields: readonly Field[]): Array<Field & { name: string }> {
  return fields.flatMap((field): Array<Field & { name: string }> => {
    if ('name' in field && field.name) return [field as Field & { name: string }]
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name ? [{ ...tab, type: 'group' } as unknown as Field & { name: string }] : namedFields(tab.fields),
      )
    if ('fields' in field && Array.isArray(field.fields)) return namedFields(field.fields)
    return []
  })
}

const locales = (req: PayloadRequest): string[] => (req.payload.config.localization ? req.payload.config.localization.localeCodes : [])

/**
 * Walks one filter or sort path through the fields it names and says what the caller may not do
 * with it: reach a field whose read rule refuses them or that is hidden, step through a relation
 * into items they may not all read, or compare related ids beyond equality (which would let them
 * recover the id of an item they may not see, one comparison at a time).
 */
async function pathProblem(context: Context, fields: readonly Field[], path: string, operator: string, value: unknown): Promise<Found> {
  const segments = path.replace(/__/g, '.').split('.')
  let current = fields
  for (let index = 0; index < segments.length; index += 1) {
    const segment = segments[index]!
    const field = namedFields(current).find((each) => each.name === segment)
    if (!field) {
      // A locale (title.en) or something Payload itself will refuse as unknown.
      if (locales(context.req).includes(segment)) continue
      return undefined
    }
    if ('hidden' in field && field.hidden) return notAllowed(`"${path}" is not a field you can filter or sort on.`)
    const readRule = (field as { access?: { read?: (args: { req: PayloadRequest }) => boolean | Promise<boolean> } }).access?.read
    if (readRule && !(await readRule({ req: context.req })))
      return notAllowed(`You may not read "${segments.slice(0, index + 1).join('.')}", so you cannot filter or sort on it.`)
    if (field.type === 'relationship' || field.type === 'upload' || field.type === 'join') {
      const targets = field.type === 'join' ? [field.collection].flat() : [field.relationTo].flat()
      const restricted = []
      for (const target of targets) if (!(await readsEverything(context, target))) restricted.push(target)
      let rest = segments.slice(index + 1)
      const polymorphic = Array.isArray(field.type === 'join' ? field.collection : field.relationTo)
      if (polymorphic && rest[0] === 'relationTo') return undefined
      if (polymorphic && rest[0] === 'value') rest = rest.slice(1)
      else if (polymorphic && rest.length === 0 && !isPolymorphicValue(value)) {
        const at = segments.slice(0, index + 1).join('.')
        return {
          message: `"${at}" can point at several collections: filter on "${at}.value" (an id) or "${at}.relationTo" (a collection).`,
          status: 400,
        }
      }
      if (rest[0] === 'id') rest = rest.slice(1)
      if (restricted.length === 0) {
        if (rest.length === 0) return operatorProblem(field, path, operator, value)
        if (targets.length !== 1) return undefined
        const target = context.req.payload.collections[targets[0] as CollectionSlug]?.config
        return target ? pathProblem(context, target.fields, rest.join('.'), operator, value) : undefined
      }
      if (rest.length > 0) {
        return notAllowed(
          `"${path}" looks into ${restricted.join(', ')} through "${field.name}", which hold items you may not read. Filter on "${field.name}" with equals or in instead.`,
        )
      }
      if (!identityOperators.has(operator)) {
        return notAllowed(
          `"${path}" refers to items you may not all read: ${operator === 'sort' ? 'sorting on it is' : `the "${operator}" operator is`} not available. Use equals, not_equals, in or not_in with ids you know.`,
        )
      }
      return operatorProblem(field, path, operator, value)
    }
    if ((field.type === 'group' || field.type === 'array' || field.type === 'collapsible' || field.type === 'row') && 'fields' in field) {
      current = field.fields
      continue
    }
    return index === segments.length - 1 && operator !== 'sort' ? operatorProblem(field, path, operator, value) : undefined
  }
  return undefined
}

function* conditions(where: Where | undefined): Generator<{ path: string; operator: string; value: unknown }> {
  if (!where || typeof where !== 'object') return
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      for (const each of value) yield* conditions(each as Where)
    } else if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [operator, operand] of Object.entries(value)) yield { operator, path: key, value: operand }
    }
  }
}

const sortPaths = (sort: unknown): string[] =>
  (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : [])
    .map((each) => String(each).trim().replace(/^-/, ''))
    .filter(Boolean)

/** What is wrong with a query's filters and sorts for the caller in `req`; nothing when all is readable. */
export async function queryProblems(
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  { sort, versions, where }: { where?: Where; sort?: unknown; versions?: boolean },
): Promise<QueryProblem[]> {
  const context: Context = { everything: new Map(), req }
  const problems: QueryProblem[] = []
  const check = async (rawPath: string, operator: string, value?: unknown) => {
    let path = rawPath
    if (versions) {
      if (!path.startsWith(versionPrefix)) {
        if (path === 'parent' && !identityOperators.has(operator) && !(await readsEverything(context, collection.slug))) {
          problems.push({
            message: `"parent" refers to items you may not all read: use equals or in with ids you know.`,
            path: rawPath,
            status: 403,
          })
        }
        if (versionOwnFields.has(path.split('.')[0]!)) return
      } else {
        path = path.slice(versionPrefix.length)
      }
    }
    // `id` is no field of the config, but is filtered on like a text field.
    const found =
      path === 'id'
        ? operatorProblem({ name: 'id', type: 'text' }, path, operator, value)
        : await pathProblem(context, collection.fields, path, operator, value)
    if (found) problems.push({ ...found, path: rawPath })
  }
  for (const { operator, path, value } of conditions(where)) await check(path, operator, value)
  for (const path of sortPaths(sort)) await check(path, 'sort')
  return problems
}
