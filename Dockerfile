# Lens as a standalone Next.js server. Build: docker build -t lens .  Run: see compose.yaml.
# Node 22 LTS on Debian slim (glibc, for libsql's prebuilt binary).
FROM node:22-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM node:22-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npx next build

FROM node:22-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 LENS_DATA_DIR=/data
# The embedded store (SQLite) when DATABASE_URL is unset: owner-only, on a volume so it outlives the container.
RUN mkdir -m 700 /data && chown node:node /data
VOLUME /data
# The standalone server leaves out the static assets and public/: copy them beside it.
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/public ./public
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s CMD ["node", "-e", "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "--max-old-space-size=256", "server.js"]
