import dockerignore from '@balena/dockerignore'
import { DockerfileParser, type Instruction } from 'dockerfile-ast'
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'

export const root = path.resolve(import.meta.dirname, '../..')
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8')

export type ComposeService = {
  image?: string
  build?: unknown
  pull_policy?: string
  command?: string[]
  entrypoint?: string[]
  restart?: string
  ports?: string[]
  container_name?: string
  read_only?: boolean
  tmpfs?: string[]
  volumes?: string[]
  environment?: Record<string, string>
  depends_on?: Record<string, { condition: string }> | string[]
  deploy?: { replicas?: number }
  healthcheck?: { test?: string[] | string; disable?: boolean }
}

/** docker-compose.yml as Compose reads it, YAML merge keys (`<<:`) resolved. */
export const compose = () =>
  parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, ComposeService>; volumes: Record<string, unknown> }

export const composeText = () => read('docker-compose.yml')

/** The Dockerfile's stages, each with its base image and instructions. */
export function dockerfileStages() {
  const dockerfile = DockerfileParser.parse(read('Dockerfile'))
  const froms = dockerfile.getFROMs()
  const instructions = dockerfile.getInstructions()
  return froms.map((from, index) => {
    const start = from.getRange().start.line
    const end = froms[index + 1]?.getRange().start.line ?? Number.POSITIVE_INFINITY
    return {
      image: `${from.getImageName()}:${from.getImageTag()}`,
      instructions: instructions.filter((each) => each.getRange().start.line > start && each.getRange().start.line < end),
      name: from.getBuildStage(),
    }
  })
}

export const argumentsOf = (instruction: Instruction) => instruction.getArguments().map((argument) => argument.getValue())
export const fromStageOf = (instruction: Instruction) =>
  (instruction as Instruction & { getFlags?: () => Array<{ getName: () => string; getValue: () => string | null }> })
    .getFlags?.()
    .find((flag) => flag.getName() === 'from')
    ?.getValue() ?? undefined

/** What the final stage copies from the build context (not from other stages): paths in the repository. */
export function runtimeSources(): string[] {
  const final = dockerfileStages().at(-1)!
  return final.instructions
    .filter((each) => each.getKeyword() === 'COPY' && !fromStageOf(each))
    .flatMap((each) => argumentsOf(each).slice(0, -1))
}

/** Docker's own matching of .dockerignore: whether a path in the repository stays out of the build context. */
export function contextExcludes(): (file: string) => boolean {
  const rules = dockerignore({ ignorecase: false }).add(read('.dockerignore'))
  return (file) => rules.ignores(file)
}
