# The Weerbaar image: the app and the worker (docker-compose.yml runs both from it).
#
# Node 24 is an LTS line (security fixes until 2028-04-30) that Payload 3.90 and Next 15.4
# support; versions are pinned and raised on purpose, never by a rebuild.

# 1. Everything needed to build: all dependencies, the sources, `next build`.
FROM node:24.19.0-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The secret and data directory used while building are thrown away with this stage.
RUN PAYLOAD_SECRET=build-only DATA_DIR=/tmp/build-data NODE_ENV=production npx next build && rm -rf .next/cache

# 2. The dependencies the running app needs, and no others.
FROM node:24.19.0-bookworm-slim AS production-dependencies
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# 3. What runs: production dependencies, the built admin panel and portal, the server's sources
# (run by tsx). No tests, benchmarks, CI files, docs or .env; owned by root, run as `node`, so
# the app cannot change its own code, and the root filesystem can be read-only.
FROM node:24.19.0-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    DATA_DIR=/app/data \
    NPM_CONFIG_CACHE=/tmp/.npm \
    NPM_CONFIG_UPDATE_NOTIFIER=false
COPY --from=production-dependencies /app/node_modules ./node_modules
COPY --from=build /app/.next ./.next
COPY package.json package-lock.json next.config.mjs tsconfig.json ./
COPY collections ./collections
COPY domain ./domain
COPY lib ./lib
COPY migrations ./migrations
COPY plugins ./plugins
COPY seed ./seed
COPY src ./src
# The only places the app writes (mounted as volumes): uploads, and the search key the key service leaves.
RUN mkdir -p /app/data/media /app/secrets && chown -R node:node /app/data /app/secrets
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=90s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "--conditions=production", "--import", "tsx", "src/cli/start.ts"]
