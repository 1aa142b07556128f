# Parallax as a container: the standalone Next.js server, run as a non-root user.
# Build: docker build -t parallax .   Run: docker compose up (compose.yaml), or see README "Deploy".

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# `npm run build` validates the seed data, builds, and puts the static files beside the standalone server.
RUN npm run build

FROM node:20-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    PARALLAX_DATA_DIR=/data
RUN groupadd --system --gid 10001 parallax \
 && useradd --system --uid 10001 --gid parallax --no-create-home parallax \
 && mkdir /data && chown parallax:parallax /data
# The standalone output holds the server, the traced node_modules (PGlite's wasm, the wink model, jsdom),
# the seed data and the migrations; nothing is fetched at run time.
COPY --from=build --chown=parallax:parallax /app/.next/standalone ./
USER parallax
EXPOSE 3000
# The embedded store's folder, when DATABASE_URL is not set. One container per folder: it is locked.
VOLUME ["/data"]
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "server.js"]
