import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { layerOf, layers, mayImport } from './helpers/layers'

/**
 * The layers of docs/architecture.md, checked on the source itself: every import points down
 * (or stays in its own layer), plugins take app knowledge only as options, and no file reaches
 * itself through its imports.
 */
const root = path.resolve(import.meta.dirname, '..')
const skipped = new Set(['node_modules', '.next', '.git', 'data', 'test-results'])
const extensions = ['.ts', '.tsx', '/index.ts', '/index.tsx', '.js', '.mjs']

function* sourceFiles(directory: string): Generator<string> {
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    if (skipped.has(entry.name)) continue
    const full = path.join(directory, entry.name)
    if (entry.isDirectory()) yield* sourceFiles(full)
    else if (/\.(ts|tsx|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) yield path.relative(root, full)
  }
}

const importPattern =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g

function resolve(from: string, specifier: string): string | undefined {
  const target =
    specifier === '@payload-config'
      ? 'src/payload.config'
      : specifier.startsWith('.')
        ? path.join(path.dirname(from), specifier)
        : undefined
  if (!target) return undefined
  for (const extension of ['', ...extensions]) {
    const candidate = `${target}${extension}`
    if (fs.existsSync(path.join(root, candidate)) && fs.statSync(path.join(root, candidate)).isFile()) return candidate
  }
  return undefined
}

const graph = new Map<string, string[]>()
for (const file of sourceFiles(root)) {
  const text = fs.readFileSync(path.join(root, file), 'utf8')
  const targets: string[] = []
  for (const match of text.matchAll(importPattern)) {
    const specifier = match[1] ?? match[2] ?? match[3]
    const target = specifier ? resolve(file, specifier) : undefined
    if (target) targets.push(target)
  }
  graph.set(file, targets)
}

/** Groups of files that import each other, directly or through others (Tarjan). */
function circles(): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[][] = []
  let counter = 0
  const visit = (node: string) => {
    index.set(node, counter)
    low.set(node, counter)
    counter += 1
    stack.push(node)
    onStack.add(node)
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node)!, low.get(next)!))
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!))
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = []
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        group.push(member)
      } while (member !== node)
      if (group.length > 1 || graph.get(node)?.includes(node)) found.push(group.sort())
    }
  }
  for (const node of graph.keys()) if (!index.has(node)) visit(node)
  return found
}

describe('the architecture', () => {
  it('puts every source file in a layer', () => {
    expect([...graph.keys()].filter((file) => !layerOf(file))).toEqual([])
  })

  it('imports only downward: helpers ← domain ← collections and plugins ← wiring ← server, HTTP, portal, CLI', () => {
    const upward = [...graph].flatMap(([file, targets]) =>
      targets
        .filter((target) => !mayImport(file, target))
        .map((target) => `${file} (${layerOf(file)}) imports ${target} (${layerOf(target)})`),
    )
    expect(upward).toEqual([])
  })

  it('keeps plugins liftable: a plugin imports only itself and the shared helpers', () => {
    const leaks = [...graph]
      .filter(([file]) => file.startsWith('plugins/'))
      .flatMap(([file, targets]) =>
        targets
          .filter((target) => !target.startsWith('lib/') && target.split('/')[1] !== file.split('/')[1])
          .map((target) => `${file} imports ${target}`),
      )
    expect(leaks).toEqual([])
  })

  it('has no circle of imports', () => {
    expect(circles()).toEqual([])
  })

  it('knows the layers it checks', () => {
    expect(layers.map((layer) => layer.name)).toEqual([
      'lib',
      'domain',
      'collections',
      'plugins',
      'generated',
      'application',
      'config',
      'outside',
    ])
  })
})
