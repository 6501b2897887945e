# Gatehouse in a container (docs/operations.md, "In a container").
#
#   docker build -t gatehouse .
#   docker run -d --name gatehouse -p 8080:8080 -v gatehouse-data:/var/lib/gatehouse gatehouse
#
# Stage 1 installs everything and builds; stage 2 holds only what runs: the built server and
# console, the production dependencies (better-sqlite3 compiled in stage 1 for this same image).

FROM node:26-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source where no prebuilt binary fits.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund \
 && npm rebuild better-sqlite3 esbuild
COPY . .
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund

FROM node:26-bookworm-slim
ENV NODE_ENV=production \
    GATEHOUSE_HOST=0.0.0.0 \
    GATEHOUSE_PORT=8080 \
    GATEHOUSE_DATA_DIR=/var/lib/gatehouse
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/web/dist ./web/dist
# Its own unprivileged user; the data folder (database, key file, outbox) is a volume, mode 0700.
RUN groupadd --system gatehouse \
 && useradd --system --gid gatehouse --home-dir /var/lib/gatehouse --shell /usr/sbin/nologin gatehouse \
 && mkdir -p /var/lib/gatehouse \
 && chown gatehouse:gatehouse /var/lib/gatehouse \
 && chmod 0700 /var/lib/gatehouse
USER gatehouse
VOLUME ["/var/lib/gatehouse"]
EXPOSE 8080
# Ready = the database answers (GET /readyz). Plain HTTP inside the container; with
# GATEHOUSE_TLS_CERT set, point the check at https and accept the certificate, or drop it.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.GATEHOUSE_PORT}/readyz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM (docker stop) lets requests in flight finish, for at most 25 s: give it 30 (docker stop -t 30).
STOPSIGNAL SIGTERM
# node itself is process 1 and gets the signal (npm would not pass it on).
CMD ["node", "--max-semi-space-size=4", "--heap-growing-percent=30", "dist/cli/main.js", "serve"]
