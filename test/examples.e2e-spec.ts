import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { loadExampleOperations, type ExampleOperation } from '../apps/api/src/platform/ide/example-operations';
import { settleAll, startApiWithSampleMinutes, type SampleLedger } from './support/sample-ledger';

const examples = loadExampleOperations();
// Recording operations first: the governance officer's examples record the terms of reference and an action
// that the reading examples then show. Sending them again is harmless: each carries its commandId.
const inOrder = [...examples.filter((example) => example.isMutation), ...examples.filter((example) => !example.isMutation)];

/**
 * Transaction time is when this test's server recorded the data, so the auditor's `asRecordedAt` examples
 * are asked at a moment of this run: after the 2015–2019 pages were recorded, before the later ones.
 */
function variablesFor(example: ExampleOperation, ledger: SampleLedger): Record<string, unknown> | undefined {
  if (example.variables && 'asRecordedAt' in example.variables) return { ...example.variables, asRecordedAt: ledger.recordedBetween };
  return example.variables;
}

/** An empty answer: null, an empty list, or a connection without edges. */
function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && 'edges' in value) return isEmpty((value as { edges: unknown }).edges);
  return false;
}

describe('the example operations of docs/queries, against the sample minutes', () => {
  let ledger: SampleLedger;

  beforeAll(async () => {
    ledger = await startApiWithSampleMinutes();
  }, 240_000);

  afterAll(async () => {
    await ledger?.api.stop();
    if (ledger) rmSync(ledger.dataDir, { recursive: true, force: true });
  });

  it('cover each user: the council website, the auditor and the governance officer', () => {
    expect(new Set(examples.map((example) => example.user))).toEqual(new Set(['council-website', 'auditor', 'governance-officer']));
  });

  it('record only into a board of their own, never into the real board the sample minutes are of', () => {
    const recording = examples.filter((example) => example.isMutation);
    expect(recording.length).toBeGreaterThan(0);
    for (const example of recording) expect(JSON.stringify(example.variables ?? {})).not.toMatch(/lscsb/);
  });

  it.each(examples.map((example) => [example.name, example] as const))('%s is one named operation', (_, example) => {
    const operations = parse(example.document).definitions.filter(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    );
    expect(operations).toHaveLength(1);
    expect(operations[0].name?.value).toMatch(/^[A-Z][A-Za-z]+$/);
  });

  it('each answers without errors, and every top-level field has data', async () => {
    const failures: string[] = [];
    for (const example of inOrder) {
      const answer = await ledger.api.graphql(example.document, variablesFor(example, ledger));
      if (answer.errors) failures.push(`${example.name}: ${JSON.stringify(answer.errors)}`);
      else if (!answer.data) failures.push(`${example.name}: no data`);
      else {
        for (const [field, value] of Object.entries(answer.data)) {
          if (isEmpty(value)) failures.push(`${example.name}: ${field} is empty (${JSON.stringify(value)})`);
        }
      }
      if (example.isMutation) await settleAll(ledger.api);
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it("a person's page takes the two spellings of the 2019 chairman for one person, and finds his election and his chair", async () => {
    const example = examples.find((candidate) => candidate.name === 'council-website.person-record')!;
    const { data } = await ledger.api.graphql<{
      person: { nameForms: string[]; offices: { totalCount: number }; meetingsChaired: { totalCount: number } };
    }>(example.document, example.variables);
    expect(data!.person).toMatchObject({
      nameForms: ['Mr I.D. Ould OBE CC', 'Mr. I. D. Ould OBE CC'],
      offices: { totalCount: 1 },
      meetingsChaired: { totalCount: 1 },
    });
  });

  it('every sample meeting has its page as a source file, by its hash, with no address (none was given), and its papers', async () => {
    const samples = join(__dirname, '..', 'samples', 'minutes');
    for (const file of readdirSync(samples).filter((name) => name.endsWith('.txt'))) {
      const meetingId = `lscsb-${file.slice(0, 10)}`;
      const { data } = await ledger.api.graphql<{
        meeting: { sourceFiles: unknown[] };
        papers: { edges: { node: { meetingId: string } }[] };
      }>(
        `{ meeting(meetingId: "${meetingId}") { sourceFiles { sha256 name mediaType url } } papers(bodyId: "lscsb", first: 100) { edges { node { meetingId } } } }`,
      );
      expect(data!.meeting.sourceFiles).toEqual([
        {
          sha256: createHash('sha256')
            .update(readFileSync(join(samples, file), 'utf8'), 'utf8')
            .digest('hex'),
          name: file,
          mediaType: 'text/plain',
          url: null,
        },
      ]);
      expect(data!.papers.edges.some((edge) => edge.node.meetingId === meetingId)).toBe(true);
    }
  });

  it('a search of the minutes finds the phrase in minute text as well as resolutions, each excerpt marking it', async () => {
    const example = examples.find((candidate) => candidate.name === 'council-website.search-minutes')!;
    const { data } = await ledger.api.graphql<{
      searchMinutes: { totalCount: number; edges: { node: { kind: string; highlighted: string; citation: string } }[] };
    }>(example.document, example.variables);
    const hits = data!.searchMinutes.edges.map((edge) => edge.node);
    expect(data!.searchMinutes.totalCount).toBeGreaterThan(1);
    expect(new Set(hits.map((hit) => hit.kind))).toContain('MINUTE');
    for (const hit of hits) {
      expect(hit.highlighted.toLowerCase()).toContain('<mark>domestic abuse</mark>');
      // The board's short name on the day: LSCSB, then LRSCSB once Rutland had joined.
      expect(hit.citation).toMatch(/^LR?SCSB \d{1,2} [A-Z][a-z]+ \d{4}, minute \d+/);
    }
  });

  it('the register cites every decision of 10 December 2018 by its printed minute number, 29 to 42', async () => {
    const { data } = await ledger.api.graphql<{ decisionRegister: { edges: { node: { citation: string; minuteNumber: string } }[] } }>(
      '{ decisionRegister(meetingId: "lscsb-2018-12-10", first: 100) { edges { node { citation minuteNumber } } } }',
    );
    const entries = data!.decisionRegister.edges.map((edge) => edge.node);
    expect(entries.length).toBeGreaterThan(0);
    for (const { citation, minuteNumber } of entries) {
      expect(Number(minuteNumber)).toBeGreaterThanOrEqual(29);
      expect(Number(minuteNumber)).toBeLessThanOrEqual(42);
      expect(citation).toMatch(new RegExp(`^LSCSB 10 December 2018, minute ${minuteNumber}(\\([a-z]\\))?$`));
    }
    const { data: one } = await ledger.api.graphql<{ decisionRegister: { edges: { node: { citation: string } }[] } }>(
      '{ decisionRegister(bodyId: "lscsb", minute: "36") { edges { node { citation } } } }',
    );
    expect(one!.decisionRegister.edges.map((edge) => edge.node.citation)).toEqual([
      'LSCSB 10 December 2018, minute 36(a)',
      'LSCSB 10 December 2018, minute 36(b)',
    ]);
  });

  it('the auditor sees the board as it was recorded then: before Rutland and the new name were', async () => {
    const example = examples.find((candidate) => candidate.name === 'auditor.body-as-recorded-at')!;
    const then = await ledger.api.graphql<{ body: { names: { name: string }[]; membershipHistory: { organisationName: string }[] } }>(
      example.document,
      variablesFor(example, ledger),
    );
    const now = await ledger.api.graphql<{ body: { names: { name: string }[]; membershipHistory: { organisationName: string }[] } }>(
      example.document,
      { ...example.variables, asRecordedAt: new Date().toISOString() },
    );
    expect(then.data!.body.names.map((name) => name.name)).toEqual(['Leicestershire Safer Communities Strategy Board']);
    expect(then.data!.body.membershipHistory).toEqual([]);
    expect(now.data!.body.names).toHaveLength(2);
    expect(now.data!.body.membershipHistory.map((member) => member.organisationName)).toContain('Rutland County Council');
  });
});
