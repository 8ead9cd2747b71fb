# syntax=docker/dockerfile:1
# One image for every role of compose.yaml: the API, the web server, migrations and backups.
# Build: docker build -t desa-migran .   Run: see compose.yaml and README "Running in production".

# --- build: every dependency, Prisma client generated, web app built ---------------------------------------------
FROM node:24-bookworm-slim AS build
WORKDIR /app
ENV TURBO_TELEMETRY_DISABLED=1 CI=1
# Manifests first, so the dependency layer is reused until they change.
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY packages/db/package.json packages/db/
COPY packages/graphql-client/package.json packages/graphql-client/
COPY packages/money/package.json packages/money/
COPY packages/vitest-config/package.json packages/vitest-config/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx turbo run generate build --output-logs=errors-only

# --- deps: production dependencies only ------------------------------------------------------------------------
FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/apps/api/package.json apps/api/
COPY --from=build /app/apps/web/package.json apps/web/
COPY --from=build /app/packages/db/package.json packages/db/
COPY --from=build /app/packages/graphql-client/package.json packages/graphql-client/
COPY --from=build /app/packages/money/package.json packages/money/
COPY --from=build /app/packages/vitest-config/package.json packages/vitest-config/
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# --- runtime ---------------------------------------------------------------------------------------------------
FROM node:24-bookworm-slim
# pg_dump/pg_restore for `npm run db:backup` (client 15 = the server in compose.yaml; a client must not be older).
RUN apt-get update \
  && apt-get install -y --no-install-recommends postgresql-client-15 \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production
COPY --from=deps --chown=root:root /app/node_modules node_modules
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/apps/api/package.json apps/api/
COPY --from=build /app/apps/api/src apps/api/src
COPY --from=build /app/apps/api/seed apps/api/seed
COPY --from=build /app/apps/web/package.json apps/web/
COPY --from=build /app/apps/web/build apps/web/build
COPY --from=build /app/apps/web/server apps/web/server
COPY --from=build /app/packages/db/package.json packages/db/
COPY --from=build /app/packages/db/src packages/db/src
COPY --from=build /app/packages/graphql-client packages/graphql-client
COPY --from=build /app/packages/money packages/money
COPY --from=build /app/prisma prisma
COPY --from=build /app/scripts scripts
# Product photos (MEDIA_DIR): the one folder the app writes; a volume mounted here starts owned by "node".
RUN mkdir -p /media && chown node:node /media
# Code and dependencies belong to root and are read-only to the app; it runs as the image's unprivileged "node".
USER node
EXPOSE 3000 4000
# Node answers SIGTERM itself (scripts/serve.ts drains and exits): no shell or npm in between to swallow it.
CMD ["node", "scripts/serve.ts"]
