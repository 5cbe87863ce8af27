import type { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { issueToken } from '@ledger/auth';
import { loadLedgerConfig } from '@ledger/config';
import { openStorage, type Storage } from '@ledger/event-store';
import fc from 'fast-check';
import { getNamedType, type GraphQLInputType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType } from 'graphql';
import { createApi } from '../create-api';

const SECRET = 'fuzz-specs-only-secret-0123456789abcdef012345';
const CODED = ['BAD_USER_INPUT', 'DOMAIN_RULE_VIOLATED', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN'];

/** Well-typed but otherwise arbitrary values for a GraphQL input type: they get past coercion and test the rules behind it. */
function valueOf(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueOf(type.ofType, depth);
  if (isListType(type)) return fc.array(valueOf(type.ofType, depth + 1), { maxLength: depth > 2 ? 1 : 3 });
  const named = getNamedType(type);
  if (isEnumType(named)) return fc.constantFrom(...named.getValues().map((value) => value.name));
  if (isInputObjectType(named)) {
    const fields = Object.values(named.getFields());
    const required = fields.filter((field) => isNonNullType(field.type)).map((field) => field.name);
    return fc.record(Object.fromEntries(fields.map((field) => [field.name, valueOf(field.type, depth + 1)])), { requiredKeys: required });
  }
  if (isScalarType(named)) {
    switch (named.name) {
      case 'Int':
        return fc.integer({ min: -5, max: 200_000 });
      case 'Float':
        return fc.double({ noNaN: true, noDefaultInfinity: true });
      case 'Boolean':
        return fc.boolean();
      default:
        return fc.oneof(
          fc.string({ maxLength: 40 }),
          fc.string({ unit: 'grapheme', maxLength: 20 }),
          fc.constantFrom('fuzz', '2023-09-29', '2023-02-30', '2019-06-14T10:00:00+01:00', '2019/20', ' \u00a0 ', '0', 'a'.repeat(600)),
        );
    }
  }
  return fc.constant(null);
}

describe('every mutation under arbitrary well-typed input', () => {
  let storage: Storage;
  let app: INestApplication;
  let url: string;
  let token: string;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    storage = await openStorage({ kind: 'pglite', dataDir: '', schema: 'ledger' }, { kind: 'pglite', schema: 'ledger' });
    app = await createApi(loadLedgerConfig({ LOG_LEVEL: 'error', AUTH_JWT_SECRET: SECRET }), storage);
    await app.listen(0, '127.0.0.1');
    url = `${await app.getUrl()}/graphql`;
    token = await issueToken(loadLedgerConfig({ AUTH_JWT_SECRET: SECRET }).auth, { subject: 'fuzz', role: 'admin' });
  });
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await app?.close();
    await storage?.close();
  });

  it('answers without a server error, with a coded error or a write, never a partial write', async () => {
    const schema = app.get(GraphQLSchemaHost).schema;
    const mutations = Object.values(schema.getMutationType()!.getFields());
    for (const mutation of mutations) {
      const inputType = mutation.args.find((arg) => arg.name === 'input')!.type;
      await fc.assert(
        fc.asyncProperty(valueOf(inputType), async (input) => {
          const before = await storage.eventStore.headPosition();
          const response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({
              query: `mutation($input: ${String(inputType)}) { ${mutation.name}(input: $input) { events { id } } }`,
              variables: { input },
            }),
          });
          expect(response.status).toBeLessThan(500);
          const answer = (await response.json()) as {
            data?: Record<string, { events: { id: string }[] } | null>;
            errors?: { extensions?: { code?: string } }[];
          };
          if (answer.errors) {
            for (const error of answer.errors) expect(CODED).toContain(error.extensions?.code);
            expect(await storage.eventStore.headPosition()).toBe(before);
          } else {
            expect(answer.data![mutation.name]).toBeDefined();
          }
        }),
        { numRuns: 12 },
      );
    }
    expect(unhandled).toEqual([]);
  }, 240_000);
});
