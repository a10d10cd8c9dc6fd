# syntax=docker/dockerfile:1

# ---- build: compile TypeScript (needs dev dependencies for tsc) ----
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY scripts ./scripts
COPY migrations ./migrations
COPY seed ./seed
# rootDir is ".", so this emits dist/src/server.js, dist/scripts/*.js, ...
RUN npx tsc -p tsconfig.build.json

# ---- runtime: production dependencies + compiled output only ----
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
# No runtime dependency has install scripts (only esbuild, a dev dependency, does).
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
# The project root is found as the folder holding package.json AND migrations/.
COPY migrations ./migrations
COPY seed ./seed
# The dashboard's static files are read at start from the source tree's path.
COPY src/modules/dashboard/public ./src/modules/dashboard/public
# Code stays root-owned (read-only for the app); only the data dir is writable by node.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
ENV HOST=0.0.0.0 PORT=3000
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/health/ready').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]
STOPSIGNAL SIGTERM
# The heap as `npm run start:prod` sizes it (see docs/scaling.md, "Memory"): a test keeps the two equal.
CMD ["node", "--max-semi-space-size=2", "--max-old-space-size=1024", "dist/src/server.js"]
