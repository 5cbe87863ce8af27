#!/usr/bin/env node
// Writes the GraphQL schema the code defines to schema.gql (sorted SDL), from the built API.
// Run as `npm run schema:write`, which builds first; commit the file with the change that caused it.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const dist = (path) => join(root, 'dist', path);

require('reflect-metadata');
const { lexicographicSortSchema, printSchema } = require('graphql');
const { GraphQLSchemaHost } = require('@nestjs/graphql');
const { loadLedgerConfig } = require(dist('libs/config/src/index.js'));
const { openStorage } = require(dist('libs/event-store/src/index.js'));
const { createApi } = require(dist('apps/api/src/create-api.js'));

const storage = await openStorage({ kind: 'pglite', dataDir: '', schema: 'ledger' }, { kind: 'pglite', schema: 'ledger' });
const app = await createApi(loadLedgerConfig({ LOG_LEVEL: 'error' }), storage);
try {
  await app.init();
  const sdl = `${printSchema(lexicographicSortSchema(app.get(GraphQLSchemaHost).schema))}\n`;
  writeFileSync(join(root, 'schema.gql'), sdl);
  process.stdout.write(`wrote schema.gql (${sdl.split('\n').length} lines)\n`);
} finally {
  await app.close();
  await storage.close();
}
