import fs from 'node:fs'
import path from 'node:path'

/**
 * A code block of the README that a test runs: marked by the comment line right above it,
 * `<!-- example: <id> -->` to run it as a shell script, or `<!-- example: <id> file=<name> -->`
 * to write it into the example's folder first (a config, a TypeScript client).
 */
export type ReadmeExample = { id: string; file?: string; code: string; line: number }

const readme = path.resolve(import.meta.dirname, '../../README.md')

export function readmeExamples(text = fs.readFileSync(readme, 'utf8')): ReadmeExample[] {
  const lines = text.split('\n')
  const examples: ReadmeExample[] = []
  lines.forEach((line, index) => {
    const marker = /^<!-- example: (\S+)(?: file=(\S+))? -->$/.exec(line.trim())
    if (!marker) return
    const fence = lines[index + 1]?.trim() ?? ''
    if (!fence.startsWith('```')) throw new Error(`README line ${index + 1}: an example marker must stand right above a code block`)
    const end = lines.findIndex((candidate, at) => at > index + 1 && candidate.trim() === '```')
    if (end < 0) throw new Error(`README line ${index + 2}: the example's code block is not closed`)
    examples.push({ code: lines.slice(index + 2, end).join('\n') + '\n', file: marker[2], id: marker[1]!, line: index + 1 })
  })
  return examples
}
