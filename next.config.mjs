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
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
