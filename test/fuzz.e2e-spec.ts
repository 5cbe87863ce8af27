import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  getNamedType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { startApi, type RunningApi } from './support/api-process';
import { schemaOf } from './support/schema-walk';
import { tokenFor, type TestCaller } from './support/test-auth';

/**
 * Generated operations over the whole schema, well formed and not, sent to the built API by callers of
 * every role: none may answer HTTP 500 or an internal error, and no refused command may leave an event
 * in the log. OPERATIONS sets how many (at least 10,000 by default).
 */
const OPERATIONS = Number(process.env.FUZZ_OPERATIONS ?? 10_000);
const CONCURRENCY = 8;
const BODY = 'fuzz-board';

const TEXTS = ['', ' ', BODY, `${BODY}-2024-01-10`, 'other-board', '1', '7(b)', '../1', 'a\u202eb', 'x'.repeat(300), '2024-01-10', '2024-02-30', '2024-01-10T10:00:00Z', 'NaN', '<script>'];
const textValue = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...TEXTS) }, { weight: 1, arbitrary: fc.string({ maxLength: 40 }) });
const intValue = fc.oneof(fc.integer({ min: -5, max: 200 }), fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 0, 'NaN', '12'));

/** A value for an input type: mostly of the type, sometimes not, sometimes missing a field or with one too many. */
function valueOf(type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return fc.oneof({ weight: 9, arbitrary: valueOf(type.ofType, depth) }, { weight: 1, arbitrary: fc.constant(null) });
  if (isListType(type)) return depth > 3 ? fc.constant([]) : fc.array(valueOf(type.ofType, depth + 1), { maxLength: 3 });
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((value) => value.name), 'NOT_A_VALUE');
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant({});
    const fields = Object.values(type.getFields());
    return fc
      .tuple(
        fc.record(Object.fromEntries(fields.map((field) => [field.name, valueOf(field.type, depth + 1)])), { requiredKeys: [] }),
        fc.boolean(),
      )
      .map(([record, extra]) => (extra ? { ...record, notAField: 1 } : record));
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
      case 'Float':
        return intValue;
      case 'Boolean':
        return fc.oneof(fc.boolean(), fc.constant('yes'));
      default:
        return textValue;
    }
  }
  return fc.constant(null);
}

/** The fields to select from what a root field returns: a few of its scalar fields, or just __typename. */
function selectionFor(field: GraphQLField<unknown, unknown>): fc.Arbitrary<string> {
  const type = getNamedType(field.type);
  if (!isObjectType(type)) return fc.constant('');
  const leaves = Object.values(type.getFields())
    .filter((child) => child.args.every((arg) => !isNonNullType(arg.type)))
    .filter((child) => {
      const named = getNamedType(child.type);
      return isScalarType(named) || isEnumType(named);
    })
    .map((child) => child.name);
  return fc.subarray(leaves, { maxLength: 3 }).map((chosen) => ` { __typename ${chosen.join(' ')} }`);
}

interface Operation {
  readonly text: string;
  readonly variables: Record<string, unknown>;
  readonly as: TestCaller;
  readonly commandId?: string;
}

function operations(schema: GraphQLSchema): fc.Arbitrary<Operation> {
  const roots = [
    ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({ kind: 'query' as const, field })),
    ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({ kind: 'mutation' as const, field })),
  ];
  return fc.constantFrom(...roots).chain(({ kind, field }) => {
    const args = field.args as readonly GraphQLArgument[];
    const sent = args.filter((arg) => arg.name !== 'commandId');
    return fc
      .tuple(
        fc.tuple(...sent.map((arg) => valueOf(arg.type, 0))),
        selectionFor(field),
        fc.constantFrom<TestCaller>('admin', 'auditor', 'public', 'member'),
      )
      .map(([values, selection, as]) => {
        const commandId = kind === 'mutation' && args.some((arg) => arg.name === 'commandId') ? randomUUID() : undefined;
        const declared = sent.map((arg, index) => `$v${index}: ${String(arg.type)}`);
        const passed = sent.map((arg, index) => `${arg.name}: $v${index}`);
        if (commandId) passed.push(`commandId: "${commandId}"`);
        const text = `${kind}${declared.length ? `(${declared.join(', ')})` : ''} { ${field.name}${passed.length ? `(${passed.join(', ')})` : ''}${selection} }`;
        const variables = Object.fromEntries(values.map((value, index) => [`v${index}`, value]).filter(([, value]) => value !== undefined));
        return { text, variables, as, ...(commandId && { commandId }) };
      });
  });
}

describe('the API under generated operations', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-fuzz-'));
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi({ DATA_DIR: dataDir });
    const established = await api.graphql('mutation($i: EstablishBodyInput!) { establishBody(input: $i) { commandId } }', {
      i: { bodyId: BODY, name: 'Fuzz Test Board', shortName: 'FTB' },
    });
    expect(established.errors).toBeUndefined();
  }, 60_000);
  afterAll(async () => {
    await api?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(`answers ${OPERATIONS} operations without a 500 or an internal error, and refused commands write nothing`, async () => {
    const schema = await schemaOf(api, 'admin');
    const generated = fc.sample(operations(schema), { numRuns: OPERATIONS, seed: 20261202 });
    const tokens = new Map<TestCaller, string | undefined>();
    for (const as of ['admin', 'auditor', 'public', 'member'] as const) tokens.set(as, await tokenFor(as));
    const failures: string[] = [];
    const refusedCommands = new Set<string>();
    let accepted = 0;

    const send = async (operation: Operation) => {
      const token = tokens.get(operation.as);
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
        body: JSON.stringify({ query: operation.text, variables: operation.variables }),
      });
      const body = (await response.json().catch(() => ({}))) as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
      const internal = body.errors?.some((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR');
      if (response.status >= 500 || internal) {
        failures.push(`${response.status} ${JSON.stringify(body.errors?.[0])} for ${operation.text} ${JSON.stringify(operation.variables).slice(0, 300)}`);
      }
      if (operation.commandId) {
        if (body.errors?.length) refusedCommands.add(operation.commandId);
        else accepted += 1;
      }
    };
    for (let start = 0; start < generated.length; start += CONCURRENCY) {
      await Promise.all(generated.slice(start, start + CONCURRENCY).map(send));
    }

    expect(failures.slice(0, 5)).toEqual([]);
    // Every event in the log came from an accepted command (or the process manager acting on one).
    const written: string[] = [];
    for (let from: string | undefined; ; ) {
      const page = await api.graphql<{ logEvents: { position: string; metadata: { commandId?: string } }[] }>(
        `query($from: GlobalPosition) { logEvents(first: 1000, fromPosition: $from) { position metadata } }`,
        { ...(from !== undefined && { from }) },
      );
      const events = page.data!.logEvents;
      written.push(...events.map((event) => event.metadata.commandId ?? ''));
      if (events.length < 1000) break;
      from = (BigInt(events.at(-1)!.position) + 1n).toString();
    }
    expect(written.filter((commandId) => refusedCommands.has(commandId))).toEqual([]);
    expect(refusedCommands.size).toBeGreaterThan(100);
    expect(accepted).toBeGreaterThan(0);
  }, 600_000);
});
