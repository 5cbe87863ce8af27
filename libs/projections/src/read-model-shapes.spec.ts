// Guards READ_MODEL_VERSIONS: the read models store the domain's folded states, so a change to a
// state's type changes what they store, and stored documents of the old shape must be rebuilt.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { READ_MODEL_VERSIONS, type ReadModelName } from './read-model-versions';

const ROOT = join(__dirname, '..', '..', '..');
const SHAPES_FILE = join(__dirname, 'read-model-shapes.json');
const UPDATE = process.env.UPDATE_READ_MODEL_SHAPES === '1';

/** The domain types each read model stores or derives its rows from. */
const STORED_TYPES: Record<ReadModelName, string | readonly string[]> = {
  bodies: 'BodyState',
  meetings: 'MeetingState',
  decisions: 'MeetingState',
  follow_ups: 'FollowUpState',
  actions: 'ActionState',
  person_registers: 'PersonRegisterState',
  person_mentions: ['MeetingState', 'BodyState'],
  // Rows from the provenance in events' metadata, not from a domain state: the type names the shape it is kept beside.
  source_files: 'MeetingState',
  minute_passages: 'MeetingState',
  // Times from the events' own record, and the items each meeting event added.
  recorded_times: 'MeetingState',
  body_versions: 'BodyState',
};

/** The type written out structurally (properties sorted, optionality kept, unions sorted), whatever the names of its parts. */
function structure(checker: ts.TypeChecker, type: ts.Type, seen: Set<ts.Type> = new Set()): string {
  if (type.isUnion())
    return type.types
      .map((member) => structure(checker, member, seen))
      .sort()
      .join(' | ');
  if (checker.isArrayType(type) || checker.isTupleType(type)) {
    return `${checker.isTupleType(type) ? 'tuple' : 'array'}<${checker
      .getTypeArguments(type as ts.TypeReference)
      .map((argument) => structure(checker, argument, seen))
      .join(', ')}>`;
  }
  const properties = checker.getPropertiesOfType(type);
  const indexes = checker.getIndexInfosOfType(type);
  if ((properties.length === 0 && indexes.length === 0) || type.getCallSignatures().length > 0) return checker.typeToString(type);
  if (seen.has(type)) return '<recursive>';
  const inner = new Set(seen).add(type);
  const fields = properties
    .map((property) => {
      const optional = property.flags & ts.SymbolFlags.Optional ? '?' : '';
      return `${property.name}${optional}: ${structure(checker, checker.getNonNullableType(checker.getTypeOfSymbol(property)), inner)}`;
    })
    .sort();
  const indexed = indexes.map((index) => `[key: ${checker.typeToString(index.keyType)}]: ${structure(checker, index.type, inner)}`);
  return `{ ${[...indexed, ...fields].join('; ')} }`;
}

function fingerprints(): Record<ReadModelName, string> {
  const configFile = ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(configFile.config, ts.sys, ROOT);
  const entry = join(ROOT, 'libs', 'domain', 'src', 'index.ts');
  const program = ts.createProgram([entry], { ...options, noEmit: true });
  const checker = program.getTypeChecker();
  const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(entry)!)!);
  const typeNamed = (name: string) => {
    const symbol = exports.find((candidate) => candidate.name === name);
    if (!symbol) throw new Error(`the domain exports no type ${name}`);
    return checker.getDeclaredTypeOfSymbol(symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
  };
  return Object.fromEntries(
    Object.entries(STORED_TYPES).map(([readModel, typeName]) => [
      readModel,
      createHash('sha256')
        .update(
          [typeName]
            .flat()
            .map((name) => structure(checker, typeNamed(name)))
            .join(' & '),
        )
        .digest('hex')
        .slice(0, 16),
    ]),
  ) as Record<ReadModelName, string>;
}

type Recorded = Record<ReadModelName, { version: number; fingerprint: string }>;

describe("the read models' shapes", () => {
  const current = fingerprints();
  const recorded = JSON.parse(readFileSync(SHAPES_FILE, 'utf8')) as Recorded;

  it('reads a fingerprint for each stored type, which changes with the type', () => {
    expect(Object.keys(current).sort()).toEqual(Object.keys(READ_MODEL_VERSIONS).sort());
    expect(current.meetings).toBe(current.decisions);
    expect(current.bodies).not.toBe(current.meetings);
  });

  it.each(Object.keys(READ_MODEL_VERSIONS) as ReadModelName[])('%s: a changed stored type comes with a new shape number', (readModel) => {
    const version = READ_MODEL_VERSIONS[readModel];
    const was = recorded[readModel];
    if (current[readModel] !== was?.fingerprint && version === was?.version) {
      throw new Error(
        `The type the read model ${readModel} stores (${STORED_TYPES[readModel]}) has changed: raise READ_MODEL_VERSIONS.${readModel} ` +
          `(read-model-versions.ts) to ${version + 1}, so that stored read models are rebuilt, then run ` +
          'UPDATE_READ_MODEL_SHAPES=1 npm run jest -- libs/projections/src/read-model-shapes.spec.ts and commit read-model-shapes.json',
      );
    }
    if (UPDATE) {
      recorded[readModel] = { version, fingerprint: current[readModel] };
      writeFileSync(SHAPES_FILE, `${JSON.stringify(recorded, null, 2)}\n`);
      return;
    }
    expect({ version, fingerprint: current[readModel] }).toEqual(was);
  });
});
