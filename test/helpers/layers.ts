/**
 * The layers of the code base (docs/architecture.md), lowest first, each with the path prefixes
 * that belong to it and the layers it may import from.
 */
export const layers = [
  { imports: [], name: 'lib', paths: ['lib/'] },
  { imports: ['lib'], name: 'domain', paths: ['domain/'] },
  { imports: ['lib', 'domain'], name: 'collections', paths: ['collections/'] },
  // Liftable: app knowledge comes in as options (see the test that a plugin imports only itself and lib).
  { imports: ['lib'], name: 'plugins', paths: ['plugins/'] },
  { imports: [], name: 'generated', paths: ['migrations/', 'src/payload-types.ts', 'src/app/(payload)/admin/importMap.js'] },
  {
    imports: ['lib', 'domain', 'collections', 'plugins', 'generated'],
    name: 'application',
    paths: [
      'src/env.ts',
      'src/loadEnv.ts',
      'src/apiReference/',
      'src/logger.ts',
      'src/version.ts',
      'src/conversation/',
      'src/workshop/',
      'src/partners/',
      'src/database/',
      'src/editorial/',
      'src/export/',
      'src/graphql/',
      'src/import/',
      'src/mail/',
      'src/matrix/',
      'src/notifications/',
      'src/observability/metrics.ts',
      'src/portalAddresses.ts',
      'src/requests/',
      'src/search/',
      'src/taxonomy/',
      'src/textLimits.ts',
      'src/webhooks/',
      'src/feeds/',
    ],
  },
  { imports: ['lib', 'domain', 'collections', 'plugins', 'generated', 'application'], name: 'config', paths: ['src/payload.config.ts'] },
  {
    imports: ['lib', 'domain', 'collections', 'plugins', 'generated', 'application', 'config'],
    name: 'outside',
    paths: ['src/', 'seed/', 'bench/', 'test/', 'next.config.mjs', 'vitest.config.ts', 'next-env.d.ts'],
  },
] as const

export type LayerName = (typeof layers)[number]['name']

/** The layer a file belongs to: the first whose paths it starts with. */
export function layerOf(file: string): LayerName | undefined {
  return layers.find((layer) => layer.paths.some((prefix) => file === prefix || file.startsWith(prefix)))?.name
}

/** Whether `from` may import `to`: within its own layer, or from a layer it builds on. */
export function mayImport(from: string, to: string): boolean {
  const source = layerOf(from)
  const target = layerOf(to)
  if (!source || !target) return false
  if (source === target) return true
  return (layers.find((layer) => layer.name === source)!.imports as readonly string[]).includes(target)
}
