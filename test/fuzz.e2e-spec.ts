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

const TEXTS = [
  '',
  ' ',
  BODY,
  `${BODY}-2024-01-10`,
  'other-board',
  '1',
  '7(b)',
  '../1',
  'a\u202eb',
  'x'.repeat(300),
  '2024-01-10',
  '2024-02-30',
  '2024-01-10T10:00:00Z',
  'NaN',
  '<script>',
];
const textValue = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...TEXTS) }, { weight: 1, arbitrary: fc.string({ maxLength: 40 }) });
const intValue = fc.oneof(fc.integer({ min: -5, max: 200 }), fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 0, 'NaN', '12'));

/** Values a field of this name would plausibly hold, so that some generated commands are accepted. */
function plausible(name: string): fc.Arbitrary<unknown> | undefined {
  if (name === 'bodyId') return fc.constantFrom(BODY, BODY, 'other-board');
  if (name === 'meetingId') return fc.constantFrom(`${BODY}-2024-01-10`, `${BODY}-2024-02-14`, 'other-board-2024-01-10');
  if (/itemNumber|^number$/.test(name)) return fc.constantFrom('1', '2', '3');
  if (/(?:On|From|heldOn|Date)$/.test(name)) return fc.constantFrom('2024-01-10', '2024-02-14', '2023-04-30');
  if (/(?:At|startsAt)$/.test(name)) return fc.constantFrom('2024-01-10T10:00:00Z', '2024-01-10T12:00:00Z', '2024-02-14T10:00:00Z');
  if (name === 'term') return fc.constantFrom('2023/24', '2024/25');
  if (/^(?:name|title|text|reason|shortName|subject|description|note|venue)$/.test(name))
    return fc.constantFrom('Fuzz report', 'Councillor A. Fuzz', 'FTB');
  return undefined;
}

/**
 * A value for an input type. Well-formed values are of the type, with plausible text for fields whose
 * names say what they hold; wild ones are sometimes not of the type, null where one is required,
 * missing a required field or carrying an unknown one.
 */
function valueOf(type: GraphQLInputType, wild: boolean, depth: number, name = ''): fc.Arbitrary<unknown> {
  const named = plausible(name);
  const inner = isNonNullType(type) ? type.ofType : type;
  if (named && !isInputObjectType(getNamedType(type)) && !isListType(inner)) {
    return wild ? fc.oneof({ weight: 2, arbitrary: named }, { weight: 1, arbitrary: valueOf(type, wild, depth) }) : named;
  }
  if (isNonNullType(type)) {
    return wild
      ? fc.oneof({ weight: 9, arbitrary: valueOf(type.ofType, wild, depth, name) }, { weight: 1, arbitrary: fc.constant(null) })
      : valueOf(type.ofType, wild, depth, name);
  }
  if (isListType(type))
    return depth > 3 ? fc.constant([]) : fc.array(valueOf(type.ofType, wild, depth + 1, name), { minLength: wild ? 0 : 1, maxLength: 3 });
  if (isEnumType(type)) {
    const values = type.getValues().map((value) => value.name);
    return wild ? fc.constantFrom(...values, 'NOT_A_VALUE') : fc.constantFrom(...values);
  }
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant({});
    const fields = Object.values(type.getFields());
    const record = fc.record(Object.fromEntries(fields.map((field) => [field.name, valueOf(field.type, wild, depth + 1, field.name)])), {
      requiredKeys: fields.filter((field) => isNonNullType(field.type)).map((field) => field.name),
    });
    if (!wild) return record;
    return fc
      .tuple(record, fc.integer({ min: 0, max: 9 }))
      .map(([value, roll]) =>
        roll === 0 ? { ...value, notAField: 1 } : roll === 1 ? Object.fromEntries(Object.entries(value).slice(1)) : value,
      );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return wild ? intValue : fc.integer({ min: 0, max: 20 });
      case 'Float':
        return wild ? intValue : fc.integer({ min: 1, max: 500 });
      case 'Boolean':
        return wild ? fc.oneof(fc.boolean(), fc.constant('yes')) : fc.boolean();
      case 'StreamRevision':
      case 'GlobalPosition':
        return wild ? textValue : fc.constantFrom('0', '1', '5');
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
  return fc.subarray(leaves, { maxLength: Math.min(3, leaves.length) }).map((chosen) => ` { __typename ${chosen.join(' ')} }`);
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
    // Well-formed operations leave out optional arguments (an expected revision would refuse most).
    const wellFormed = sent.filter((arg) => isNonNullType(arg.type));
    return fc
      .oneof(
        {
          weight: 3,
          arbitrary: fc
            .tuple(...wellFormed.map((arg) => valueOf(arg.type, false, 0, arg.name)))
            .map((values) => ({ values, args: wellFormed })),
        },
        {
          weight: 2,
          arbitrary: fc.tuple(...sent.map((arg) => valueOf(arg.type, true, 0, arg.name))).map((values) => ({ values, args: sent })),
        },
      )
      .chain(({ values, args: chosen }) =>
        fc.tuple(
          fc.constant(values),
          fc.constant(chosen),
          selectionFor(field),
          fc.constantFrom<TestCaller>('admin', 'admin', 'auditor', 'public', 'member'),
        ),
      )
      .map(([values, chosen, selection, as]) => {
        const commandId = kind === 'mutation' && args.some((arg) => arg.name === 'commandId') ? randomUUID() : undefined;
        const declared = chosen.map((arg, index) => `$v${index}: ${String(arg.type)}`);
        const passed = chosen.map((arg, index) => `${arg.name}: $v${index}`);
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
    const scheduled = await api.graphql('mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { commandId } }', {
      i: { meetingId: `${BODY}-2024-01-10`, bodyId: BODY, startsAt: '2024-01-10T10:00:00Z' },
    });
    expect(scheduled.errors).toBeUndefined();
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
    const codes = new Map<string, number>();
    const refusedCommands = new Set<string>();
    let accepted = 0;

    const send = async (operation: Operation) => {
      const token = tokens.get(operation.as);
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
        body: JSON.stringify({ query: operation.text, variables: operation.variables }),
      });
      const body = (await response.json().catch(() => ({}))) as {
        data?: Record<string, unknown> | null;
        errors?: { extensions?: { code?: string } }[];
      };
      for (const error of body.errors ?? [])
        codes.set(String(error.extensions?.code), (codes.get(String(error.extensions?.code)) ?? 0) + 1);
      const internal = body.errors?.some((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR');
      if (response.status >= 500 || internal) {
        failures.push(
          `${response.status} ${JSON.stringify(body.errors?.[0])} for ${operation.text} ${JSON.stringify(operation.variables).slice(0, 300)}`,
        );
      }
      if (operation.commandId) {
        if (body.errors?.length) refusedCommands.add(operation.commandId);
        else accepted += 1;
      }
    };
    for (let start = 0; start < generated.length; start += CONCURRENCY) {
      await Promise.all(generated.slice(start, start + CONCURRENCY).map(send));
    }

    console.info(
      `${generated.length} operations: ${accepted} commands accepted, ${refusedCommands.size} refused; errors by code ${JSON.stringify(Object.fromEntries(codes))}`,
    );
    expect(failures.slice(0, 5)).toEqual([]);
    // Every event in the log came from an accepted command (or the process manager acting on one).
    const written: string[] = [];
    for (let from: string | undefined; ;) {
      const page = await api.graphql<{ logEvents: { position: string; metadata: { commandId?: string } }[] }>(
        `query($from: GlobalPosition) { logEvents(first: 1000, fromPosition: $from) { position metadata } }`,
        { ...(from !== undefined && { from }) },
      );
      // Each page starts at the last position of the one before (positions are not computed on).
      const events = page.data!.logEvents.filter((event) => event.position !== from);
      written.push(...events.map((event) => event.metadata.commandId ?? ''));
      if (events.length === 0) break;
      from = events.at(-1)!.position;
    }
    expect(written.filter((commandId) => refusedCommands.has(commandId))).toEqual([]);
    expect(refusedCommands.size).toBeGreaterThan(100);
    expect(accepted).toBeGreaterThan(0);
  }, 600_000);
});
