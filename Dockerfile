FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY scripts/build.mjs ./scripts/
COPY apps ./apps
COPY libs ./libs
COPY samples ./samples
COPY docs ./docs
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 DATA_DIR=/data
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/samples ./samples
COPY --from=build /app/docs ./docs
VOLUME /data
EXPOSE 3000
USER node
CMD ["node", "dist/apps/api/src/main.js"]
