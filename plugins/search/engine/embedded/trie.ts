import { LRUCache } from 'lru-cache'

type Node = { children: Map<string, Node>; term?: string }

export type TermMatch = { term: string; typos: number; prefix: boolean }

const newNode = (): Node => ({ children: new Map() })

/**
 * The index's vocabulary as a trie: exact, prefix and typo-tolerant lookups walk only the branches
 * that can still match, so the cost grows with the answer, not the vocabulary. A typo is a letter
 * added, left out, changed, or two neighbours swapped ("phisihng"), as Meilisearch counts them.
 */
export class VocabularyTrie {
  private readonly root = newNode()
  size = 0
  /** Lookups since the vocabulary last grew: people search the same few words again and again. */
  private readonly lookups = new LRUCache<string, TermMatch[]>({ max: 5000 })

  insert(term: string): void {
    let node = this.root
    for (const char of term) {
      let next = node.children.get(char)
      if (!next) {
        next = newNode()
        node.children.set(char, next)
      }
      node = next
    }
    if (node.term === undefined) {
      node.term = term
      this.size += 1
      if (this.lookups.size > 0) this.lookups.clear()
    }
  }

  /**
   * Terms within `maxTypos` edits of `word`; with `prefix`, also terms that start with something
   * within `maxTypos` of `word` (at most `prefixLimit` of those).
   */
  match(word: string, maxTypos: number, prefix: boolean, prefixLimit = 64): TermMatch[] {
    const key = `${maxTypos} ${prefix ? prefixLimit : '-'} ${word}`
    let matches = this.lookups.get(key)
    if (!matches) {
      matches = this.walkFor(word, maxTypos, prefix, prefixLimit)
      this.lookups.set(key, matches)
    }
    // The caller adds to its list; the kept one stays as found.
    return [...matches]
  }

  private walkFor(word: string, maxTypos: number, prefix: boolean, prefixLimit: number): TermMatch[] {
    const found = new Map<string, TermMatch>()
    const keep = (match: TermMatch) => {
      const known = found.get(match.term)
      if (!known || match.typos < known.typos || (match.typos === known.typos && known.prefix && !match.prefix)) {
        found.set(match.term, match)
      }
    }
    const chars = [...word]
    const width = chars.length + 1
    // One distance row per depth, reused by every branch at that depth: no allocation per node.
    const depthLimit = chars.length + maxTypos + 1
    const rows = Array.from({ length: depthLimit + 1 }, () => new Int32Array(width))
    for (let i = 0; i < width; i += 1) rows[0]![i] = i
    // The trie letter at each depth and each row's smallest distance, for swapped neighbours.
    const path: string[] = []
    const bests = new Int32Array(depthLimit + 1)
    let prefixBudget = prefixLimit

    const collectSubtree = (node: Node, typos: number) => {
      const stack = [node]
      while (stack.length > 0 && prefixBudget > 0) {
        const current = stack.pop()!
        if (current.term !== undefined) {
          keep({ prefix: current.term.length !== chars.length || typos > 0, term: current.term, typos })
          prefixBudget -= 1
        }
        for (const child of current.children.values()) stack.push(child)
      }
    }

    const walk = (node: Node, char: string, depth: number) => {
      const previous = rows[depth - 1]!
      const row = rows[depth]!
      row[0] = previous[0]! + 1
      let best = row[0]!
      path[depth] = char
      for (let i = 1; i < width; i += 1) {
        const cost = chars[i - 1] === char ? 0 : 1
        let value = Math.min(row[i - 1]! + 1, previous[i]! + 1, previous[i - 1]! + cost)
        if (i > 1 && depth > 1 && cost === 1 && chars[i - 1] === path[depth - 1] && chars[i - 2] === char) {
          value = Math.min(value, rows[depth - 2]![i - 2]! + 1)
        }
        row[i] = value
        if (value < best) best = value
      }
      bests[depth] = best
      const distance = row[width - 1]!
      if (node.term !== undefined && distance <= maxTypos) keep({ prefix: false, term: node.term, typos: distance })
      if (prefix && distance <= maxTypos) {
        collectSubtree(node, distance)
        return
      }
      // A swap reaches back one row further: stop only when neither row can still match.
      if (Math.min(best, bests[depth - 1]! + 1) > maxTypos || depth >= depthLimit) return
      for (const [nextChar, child] of node.children) walk(child, nextChar, depth + 1)
    }

    for (const [char, child] of this.root.children) walk(child, char, 1)
    return [...found.values()]
  }
}
