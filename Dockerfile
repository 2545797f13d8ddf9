FROM node:20-bookworm-slim

WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1

COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

COPY . .
# The secret used while building is thrown away; the running app gets PAYLOAD_SECRET from compose.
RUN PAYLOAD_SECRET=build-only DATA_DIR=/tmp/build-data npm run build:if-needed && rm -rf /tmp/build-data

ENV NODE_ENV=production PORT=3000 DATA_DIR=/app/data
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:3000/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "--conditions=production", "--import", "tsx", "src/cli/start.ts"]
