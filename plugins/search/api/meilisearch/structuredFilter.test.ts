import { describe, expect, it } from 'vitest'

import type { FacetOptions } from '../../types'

import { FilterSyntaxError, parseFilter } from './filterExpression'
import { structuredFilter, UnsupportedFilterError } from './structuredFilter'

const anyValue: FacetOptions = { parse: (raw) => ({ values: [...raw] }) }
const facets = {
  role: {
    parse: (raw: readonly string[]) => (raw.includes('king') ? { problem: { message: 'no kings' }, values: [] } : { values: [...raw] }),
  },
  theme: anyValue,
  type: anyValue,
}
const structured = (filter: unknown) => structuredFilter(parseFilter(filter), facets)

describe('Meilisearch filters as facet filters', () => {
  it('reads strings with quotes, IN lists and parentheses, and nested arrays as AND of ORs', () => {
    expect(structured('type = interventions AND (theme = "online-fraude" OR theme = cybercrime)')).toEqual({
      exclude: {},
      filters: { theme: ['online-fraude', 'cybercrime'], type: ['interventions'] },
    })
    expect(structured(['"type"="good-practices"', ['theme = x', "theme = 'y z'"]])).toEqual({
      exclude: {},
      filters: { theme: ['x', 'y z'], type: ['good-practices'] },
    })
    expect(structured('type IN [interventions, "lessons-learned"]').filters.type).toEqual(['interventions', 'lessons-learned'])
    expect(structured('type = "a \\" b"').filters.type).toEqual(['a " b'])
  })

  it('turns negations into exclusions, through NOT over a group', () => {
    expect(structured('type != interventions AND NOT theme IN [a, b]')).toEqual({
      exclude: { theme: ['a', 'b'], type: ['interventions'] },
      filters: {},
    })
    expect(structured('NOT (type = a OR type = b)')).toEqual({ exclude: { type: ['a', 'b'] }, filters: {} })
    expect(structured('NOT NOT type = a')).toEqual({ exclude: {}, filters: { type: ['a'] } })
  })

  it('refuses what facet filters cannot express, and broken syntax, saying where', () => {
    expect(() => structured('type = a OR theme = b')).toThrow(UnsupportedFilterError)
    expect(() => structured('NOT (type = a AND theme = b)')).toThrow(UnsupportedFilterError)
    expect(() => structured('theme = a AND theme = b')).toThrow(/more than one AND-part/)
    expect(() => structured('role = king')).toThrow(/`role`: no kings/)
    expect(() => parseFilter('type = a AND (theme = b')).toThrow(/Expected `\)`/)
    expect(() => parseFilter('type = "open')).toThrow(FilterSyntaxError)
    expect(() => parseFilter('year > 2020')).toThrow(/not supported/)
    expect(() => parseFilter('type EXISTS')).toThrow(/Expected `=`, `!=`, `IN` or `NOT IN`/)
    expect(() => parseFilter({ type: 'a' })).toThrow(FilterSyntaxError)
    expect(() => parseFilter('('.repeat(30) + 'type = a' + ')'.repeat(30))).toThrow(/deeper than/)
    expect(() => parseFilter('type = a OR '.repeat(400) + 'type = b')).toThrow(/longer than/)
  })
})
