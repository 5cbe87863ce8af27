#!/usr/bin/env node
// At a release: the committed schema.gql becomes the schema clients are promised (schema-baseline.gql),
// and the breaking changes accepted since the old baseline, now part of the new one, are cleared.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const acceptedFile = join(root, 'schema-breaking-changes.json');
copyFileSync(join(root, 'schema.gql'), join(root, 'schema-baseline.gql'));
const accepted = JSON.parse(readFileSync(acceptedFile, 'utf8'));
const cleared = accepted.accepted.length;
writeFileSync(acceptedFile, `${JSON.stringify({ ...accepted, accepted: [] }, null, 2)}\n`);
process.stdout.write(
  `schema-baseline.gql is now schema.gql; ${cleared} accepted breaking change(s) cleared from schema-breaking-changes.json\n`,
);
