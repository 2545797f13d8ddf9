import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Type checking is `npm run typecheck`; building the admin panel should not do it twice.
  eslint: { ignoreDuringBuilds: true },
  typescript: { ignoreBuildErrors: true },
  // Loaded from node_modules at run time, so the express host and Next share one module and
  // therefore one Payload instance (see src/boot.ts).
  serverExternalPackages: [
    'payload',
    '@payloadcms/db-sqlite',
    '@payloadcms/db-mongodb',
    '@payloadcms/drizzle',
    '@payloadcms/graphql',
    'pino',
    'prom-client',
    'sharp',
  ],
  reactStrictMode: true,
  // Every reader gets the page's metadata in <head>, as bots do: Next would otherwise stream it into
  // the body when the page renders first, where feed readers, link previews and browser extensions
  // that read <link rel="alternate"> without running the page's scripts never find it.
  htmlLimitedBots: /.*/,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
