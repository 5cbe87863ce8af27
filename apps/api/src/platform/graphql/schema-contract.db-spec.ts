import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import {
  buildSchema,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  lexicographicSortSchema,
  printSchema,
} from 'graphql';
import { loadLedgerConfig } from '@ledger/config';
import { openStorage, type Storage } from '@ledger/event-store';
import { createApi } from '../../create-api';

const ROOT = join(__dirname, '..', '..', '..', '..', '..');
const SCHEMA_FILE = join(ROOT, 'schema.gql');
const ACCEPTED_FILE = join(ROOT, 'schema-breaking-changes.json');
/** The schema clients were last promised; breaking changes are counted from it, whatever git history a checkout has. */
const BASELINE_FILE = join(ROOT, 'schema-baseline.gql');
const HOW_TO_UPDATE = 'Run "npm run schema:write" and commit schema.gql with the change that caused it.';

/** The SDL as schema.gql holds it: sorted, so the file changes only when the schema does. */
export const printSorted = (schema: GraphQLSchema) => `${printSchema(lexicographicSortSchema(schema))}\n`;

/** Every type, field, argument, enum value and input field without a description, by schema coordinate. */
export function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const described = (element: { description?: string | null }) => Boolean(element.description?.trim());
  // Query, Mutation and Subscription are named by the GraphQL spec, and Nest's code-first builder offers no
  // way to describe them; their fields and arguments are checked like any other.
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean));
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    if (!roots.has(type as never) && !described(type)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!described(field)) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args) if (!described(arg)) missing.push(`${type.name}.${field.name}(${arg.name}:)`);
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (!described(field)) missing.push(`${type.name}.${field.name}`);
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) if (!described(value)) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing;
}

interface AcceptedBreakingChange {
  message: string;
  reason: string;
}

/** Breaking changes from `before` to `after` that schema-breaking-changes.json does not list. */
export async function unacceptedBreakingChanges(
  before: GraphQLSchema,
  after: GraphQLSchema,
  accepted: readonly AcceptedBreakingChange[],
): Promise<Change[]> {
  const acceptedMessages = new Set(accepted.map((change) => change.message));
  const changes = await diff(before, after);
  return changes.filter((change) => change.criticality.level === CriticalityLevel.Breaking && !acceptedMessages.has(change.message));
}

/** The accepted breaking changes, each with its reason. */
function acceptedBreakingChanges(): AcceptedBreakingChange[] {
  return (JSON.parse(readFileSync(ACCEPTED_FILE, 'utf8')) as { accepted: AcceptedBreakingChange[] }).accepted;
}

describe('the GraphQL schema as a contract', () => {
  let storage: Storage;
  let app: INestApplication;
  let schema: GraphQLSchema;
  let sdl: string;

  beforeAll(async () => {
    storage = await openStorage({ kind: 'pglite', dataDir: '', schema: 'ledger' }, { kind: 'pglite', schema: 'ledger' });
    app = await createApi(loadLedgerConfig({ LOG_LEVEL: 'error' }), storage);
    await app.init();
    schema = app.get(GraphQLSchemaHost).schema;
    sdl = printSorted(schema);
  });

  afterAll(async () => {
    await app?.close();
    await storage?.close();
  });

  it('is the schema committed in schema.gql', () => {
    const committed = existsSync(SCHEMA_FILE) ? readFileSync(SCHEMA_FILE, 'utf8') : '';
    if (committed !== sdl) {
      const changes = diffLines(committed, sdl);
      throw new Error(`The code's GraphQL schema differs from schema.gql. ${HOW_TO_UPDATE}\n${changes}`);
    }
  });

  it('describes every type, field, argument, enum value and input field', () => {
    expect(undescribed(schema)).toEqual([]);
  });

  it('makes breaking changes only on purpose: each one since schema-baseline.gql listed in schema-breaking-changes.json', async () => {
    if (!existsSync(BASELINE_FILE)) {
      throw new Error('schema-baseline.gql is missing: breaking changes cannot be counted without the schema clients were promised');
    }
    const breaking = await unacceptedBreakingChanges(buildSchema(readFileSync(BASELINE_FILE, 'utf8')), schema, acceptedBreakingChanges());
    if (breaking.length > 0) {
      throw new Error(
        'Breaking changes to the GraphQL schema since schema-baseline.gql:\n' +
          breaking.map((change) => `  - ${change.message}`).join('\n') +
          '\nClients may fail on these. If they are meant, add each message with a reason to "accepted" in ' +
          'schema-breaking-changes.json, and say so in the release notes; otherwise keep the old schema working.',
      );
    }
  });

  it('lists no acceptance that is not a breaking change since schema-baseline.gql', async () => {
    const changes = await diff(buildSchema(readFileSync(BASELINE_FILE, 'utf8')), schema);
    const breaking = new Set(
      changes.filter((change) => change.criticality.level === CriticalityLevel.Breaking).map((change) => change.message),
    );
    expect(acceptedBreakingChanges().filter((entry) => !breaking.has(entry.message))).toEqual([]);
  });

  it('the breaking-change check catches a removed field and a new required argument, and honours an acceptance', async () => {
    const before = buildSchema('"""q"""\ntype Query {\n  """a"""\n  a: String\n  """b"""\n  b(x: Int): String\n}');
    const after = buildSchema('"""q"""\ntype Query {\n  """b"""\n  b(x: Int, y: Int!): String\n  """c"""\n  c: String\n}');
    const breaking = await unacceptedBreakingChanges(before, after, []);
    expect(breaking.map((change) => change.message).sort()).toEqual([
      "Argument 'y: Int!' added to field 'Query.b'",
      "Field 'a' was removed from object type 'Query'",
    ]);
    const accepted = [{ message: "Field 'a' was removed from object type 'Query'", reason: 'a test' }];
    expect((await unacceptedBreakingChanges(before, after, accepted)).map((change) => change.message)).toEqual([
      "Argument 'y: Int!' added to field 'Query.b'",
    ]);
  });

  it('lists only well-formed acceptances', () => {
    const file = JSON.parse(readFileSync(ACCEPTED_FILE, 'utf8')) as { accepted: unknown };
    expect(Array.isArray(file.accepted)).toBe(true);
    for (const entry of file.accepted as AcceptedBreakingChange[]) {
      expect(typeof entry.message).toBe('string');
      expect(entry.reason).toEqual(expect.stringMatching(/\S/));
    }
  });
});

/** The first lines that differ, enough to see what changed without a diff tool. */
function diffLines(expected: string, actual: string, limit = 20): string {
  const before = new Set(expected.split('\n'));
  const after = new Set(actual.split('\n'));
  const removed = [...before].filter((line) => !after.has(line)).map((line) => `- ${line}`);
  const added = [...after].filter((line) => !before.has(line)).map((line) => `+ ${line}`);
  const lines = [...removed, ...added];
  return lines.slice(0, limit).join('\n') + (lines.length > limit ? `\n… and ${lines.length - limit} more lines` : '');
}
