/**
 * Meilisearch's filter syntax, the part of it facets need: `attribute = value`, `!=`, `IN [...]`,
 * `NOT IN [...]`, `AND`, `OR`, `NOT` and parentheses, as one string or as nested arrays (the outer
 * array is AND, an inner array OR). Parsed into a tree; nothing of it ever reaches an engine as text.
 */
export type Condition = { attribute: string; negated: boolean; values: string[] }
export type FilterNode =
  { kind: 'and' | 'or'; nodes: FilterNode[] } | { kind: 'not'; node: FilterNode } | ({ kind: 'condition' } & Condition)

export class FilterSyntaxError extends Error {}

/** Long enough for any filter a search UI builds; longer ones are refused before they are parsed. */
export const maxFilterLength = 4000
const maxDepth = 20

type Token =
  | { kind: 'word'; text: string; quoted: boolean; at: number }
  | { kind: 'symbol'; text: '(' | ')' | '[' | ']' | ',' | '=' | '!='; at: number }

function tokenize(source: string): Token[] {
  const tokens: Token[] = []
  let at = 0
  while (at < source.length) {
    const char = source[at]!
    if (/\s/.test(char)) {
      at += 1
    } else if (source.startsWith('!=', at)) {
      tokens.push({ at, kind: 'symbol', text: '!=' })
      at += 2
    } else if ('()[],='.includes(char)) {
      tokens.push({ at, kind: 'symbol', text: char as '(' })
      at += 1
    } else if (char === '"' || char === "'") {
      let text = ''
      let end = at + 1
      while (end < source.length && source[end] !== char) {
        if (source[end] === '\\' && end + 1 < source.length) end += 1
        text += source[end]
        end += 1
      }
      if (end >= source.length) throw new FilterSyntaxError(`The quote opened at character ${at + 1} is never closed.`)
      tokens.push({ at, kind: 'word', quoted: true, text })
      at = end + 1
    } else if (/[<>]/.test(char)) {
      throw new FilterSyntaxError(
        `Comparisons such as \`${char}\` are not supported here (character ${at + 1}); use \`=\`, \`!=\` or \`IN\`.`,
      )
    } else {
      const match = /^[^\s()[\],=!<>"']+/.exec(source.slice(at))
      if (!match) throw new FilterSyntaxError(`Unexpected \`${char}\` at character ${at + 1}.`)
      tokens.push({ at, kind: 'word', quoted: false, text: match[0] })
      at += match[0].length
    }
  }
  return tokens
}

const isKeyword = (token: Token | undefined, keyword: string) =>
  token?.kind === 'word' && !token.quoted && token.text.toUpperCase() === keyword

class Parser {
  private position = 0
  constructor(
    private readonly tokens: Token[],
    private readonly length: number,
  ) {}

  parse(): FilterNode {
    const node = this.or(0)
    const left = this.tokens[this.position]
    if (left) throw new FilterSyntaxError(`Unexpected \`${left.text}\` at character ${left.at + 1}.`)
    return node
  }

  private where(token: Token | undefined) {
    return token ? `at character ${token.at + 1}` : `at the end (character ${this.length + 1})`
  }

  private or(depth: number): FilterNode {
    const nodes = [this.and(depth)]
    while (isKeyword(this.tokens[this.position], 'OR')) {
      this.position += 1
      nodes.push(this.and(depth))
    }
    return nodes.length === 1 ? nodes[0]! : { kind: 'or', nodes }
  }

  private and(depth: number): FilterNode {
    const nodes = [this.not(depth)]
    while (isKeyword(this.tokens[this.position], 'AND')) {
      this.position += 1
      nodes.push(this.not(depth))
    }
    return nodes.length === 1 ? nodes[0]! : { kind: 'and', nodes }
  }

  private not(depth: number): FilterNode {
    if (depth > maxDepth) throw new FilterSyntaxError(`The filter nests deeper than ${maxDepth} levels.`)
    if (isKeyword(this.tokens[this.position], 'NOT')) {
      this.position += 1
      return { kind: 'not', node: this.not(depth + 1) }
    }
    const token = this.tokens[this.position]
    if (token?.kind === 'symbol' && token.text === '(') {
      this.position += 1
      const node = this.or(depth + 1)
      this.expect(')')
      return node
    }
    return this.condition()
  }

  private expect(symbol: string) {
    const token = this.tokens[this.position]
    if (token?.kind !== 'symbol' || token.text !== symbol) {
      throw new FilterSyntaxError(`Expected \`${symbol}\` ${this.where(token)}.`)
    }
    this.position += 1
  }

  private value(): string {
    const token = this.tokens[this.position]
    if (token?.kind !== 'word') throw new FilterSyntaxError(`Expected a value ${this.where(token)}.`)
    this.position += 1
    return token.text
  }

  private condition(): FilterNode {
    const attribute = this.tokens[this.position]
    if (attribute?.kind !== 'word' || (!attribute.quoted && ['AND', 'OR', 'IN'].includes(attribute.text.toUpperCase()))) {
      throw new FilterSyntaxError(`Expected an attribute ${this.where(attribute)}.`)
    }
    this.position += 1
    const operator = this.tokens[this.position]
    if (operator?.kind === 'symbol' && (operator.text === '=' || operator.text === '!=')) {
      this.position += 1
      return { attribute: attribute.text, kind: 'condition', negated: operator.text === '!=', values: [this.value()] }
    }
    const negated = isKeyword(operator, 'NOT')
    if (negated) this.position += 1
    if (isKeyword(this.tokens[this.position], 'IN')) {
      this.position += 1
      this.expect('[')
      const values: string[] = []
      while (!(this.tokens[this.position]?.kind === 'symbol' && this.tokens[this.position]!.text === ']')) {
        values.push(this.value())
        if (this.tokens[this.position]?.text !== ',') break
        this.position += 1
      }
      this.expect(']')
      return { attribute: attribute.text, kind: 'condition', negated, values }
    }
    const found = this.tokens[this.position]
    throw new FilterSyntaxError(
      `Expected \`=\`, \`!=\`, \`IN\` or \`NOT IN\` after \`${attribute.text}\` ${this.where(found)}${found ? ` (found \`${found.text}\`)` : ''}; only these operators are supported here.`,
    )
  }
}

/** A filter as Meilisearch takes it: a string, or an array of strings and arrays of strings. */
export function parseFilter(filter: unknown): FilterNode | undefined {
  if (filter === undefined || filter === null) return undefined
  if (typeof filter === 'string') {
    if (filter.length > maxFilterLength) throw new FilterSyntaxError(`The filter is longer than ${maxFilterLength} characters.`)
    if (filter.trim() === '') return undefined
    return new Parser(tokenize(filter), filter.length).parse()
  }
  if (Array.isArray(filter)) {
    if (JSON.stringify(filter).length > maxFilterLength)
      throw new FilterSyntaxError(`The filter is longer than ${maxFilterLength} characters.`)
    const nodes = filter.flatMap((each): FilterNode[] => {
      if (Array.isArray(each)) {
        const alternatives = each.map((inner) => {
          if (typeof inner !== 'string') throw new FilterSyntaxError('An array inside a filter array may hold only strings.')
          return parseFilter(inner)
        })
        const present = alternatives.filter((node): node is FilterNode => node !== undefined)
        return present.length === 0 ? [] : [{ kind: 'or', nodes: present }]
      }
      if (typeof each !== 'string') throw new FilterSyntaxError('A filter array holds strings and arrays of strings.')
      const node = parseFilter(each)
      return node ? [node] : []
    })
    return nodes.length === 0 ? undefined : { kind: 'and', nodes }
  }
  throw new FilterSyntaxError('A filter is a string or an array of strings and arrays of strings.')
}
