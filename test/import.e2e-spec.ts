import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStorage, type RecordedEvent } from '@ledger/event-store';
import { runCli, startApi, untilReady, type RunningApi } from './support/api-process';
import { settleAll } from './support/graphql-client';

const SAMPLES = join(__dirname, '..', 'samples', 'minutes');
/** The README's command: the body's name comes from the minutes' text, as on the sample data's first start. */
const IMPORT_SAMPLES = ['import', SAMPLES, '--body', 'lscsb', '--date', '2019-06-14'];

/** What the importer recorded in a store, in log order: ids, streams, types and data. */
async function importedEvents(dataDir: string): Promise<unknown[]> {
  const folder = join(dataDir, 'pglite');
  const storage = await openStorage(
    { kind: 'pglite', dataDir: folder, schema: 'ledger' },
    { kind: 'pglite', dataDir: folder, schema: 'ledger' },
  );
  try {
    const events: RecordedEvent[] = [];
    for (
      let page = await storage.eventStore.readAll();
      page.length > 0;
      page = await storage.eventStore.readAll({ after: page.at(-1)!.position })
    ) {
      events.push(...page);
    }
    return events
      .filter((event) => (event.metadata as { source?: string }).source === 'import')
      .map((event) => ({ id: event.id, streamId: event.streamId, type: event.type, data: event.data }));
  } finally {
    await storage.close();
  }
}

describe('ledger import, the built CLI', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-import-e2e-'));
  let api: RunningApi | undefined;

  afterEach(async () => {
    await api?.stop();
    api = undefined;
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('--dry-run --json prints the plan of a page, counts included, and records nothing', async () => {
    const result = await runCli(['import', join(SAMPLES, '2023-09-29-lrscsb.txt'), '--body', 'lscsb', '--dry-run', '--json'], {
      DATA_DIR: dataDir,
    });
    expect(result.code).toBe(0);
    const { plan, summary } = JSON.parse(result.stdout);
    expect(summary).toBeUndefined();
    expect(plan.meetings).toHaveLength(1);
    expect(plan.meetings[0].counts).toMatchObject({
      items: 13,
      resolutionParts: 10,
      partsByKind: { noted: 6, approved: 1, 'approved-subject-to-amendment': 1, deferred: 1, agreed: 1 },
      declarations: 0,
      deferrals: 1,
      requests: 0,
      unclassified: 0,
    });
    const info = await runCli(['info', '--json'], { DATA_DIR: dataDir });
    expect(JSON.parse(info.stdout).headPosition).toBeNull();
  }, 60_000);

  it('refuses an empty page with a typed error and its line, and records nothing', async () => {
    const empty = join(dataDir, 'empty.txt');
    writeFileSync(empty, '\r\n\u00a0\r\n');
    const result = await runCli(['import', join(SAMPLES, '2015-12-10-lscsb.txt'), empty, '--body', 'lscsb'], { DATA_DIR: dataDir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('empty.txt: line 1: the document has no text');
    expect(result.stderr).toContain('[EMPTY_DOCUMENT]');
    expect(result.stdout).toBe('');
  }, 60_000);

  it('records the sample pages, and a second import records nothing new', async () => {
    const first = await runCli([...IMPORT_SAMPLES, '--json'], { DATA_DIR: dataDir });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const recorded = JSON.parse(first.stdout).summary;
    expect(recorded).toMatchObject({ alreadyRecorded: 0, refused: [] });
    expect(recorded.recorded).toBeGreaterThan(150);

    const second = await runCli(IMPORT_SAMPLES, { DATA_DIR: dataDir });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(`Recorded 0 command(s) (0 event(s)); ${recorded.recorded} already recorded; 0 refused.`);
  }, 180_000);

  it("the API then carries out the resolutions' effects: Rutland admitted, the body renamed", async () => {
    api = await startApi({ DATA_DIR: dataDir });
    // The process manager has handled the whole imported log, and the read models include its work.
    await settleAll(api);
    const answer = await api.graphql<{ streamEvents: { type: string }[] }>('{ streamEvents(streamId: "body-lscsb", first: 100) { type } }');
    const types = answer.data?.streamEvents.map((event) => event.type);
    expect(types).toEqual(expect.arrayContaining(['BodyEstablished', 'OfficeholderElected', 'MemberOrganisationAdmitted', 'BodyRenamed']));
  }, 120_000);

  it('the sample data of a first start is the same ledger as the CLI import of samples/minutes', async () => {
    const fresh = mkdtempSync(join(tmpdir(), 'ledger-import-samples-'));
    try {
      api = await startApi({ DATA_DIR: fresh, SAMPLE_DATA: 'on' });
      await untilReady(api);
      await api.stop();
      api = undefined;
      const fromSampleData = await importedEvents(fresh);
      const fromCli = await importedEvents(dataDir);
      expect(fromSampleData.length).toBeGreaterThan(150);
      expect(fromSampleData).toEqual(fromCli);
      expect(fromCli[0]).toMatchObject({
        type: 'BodyEstablished',
        data: { name: 'Leicestershire Safer Communities Strategy Board', shortName: 'LSCSB' },
      });
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  }, 180_000);
});

describe('an exclusion of the press and public whose business the page does not show, from page to API', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-import-exclusion-'));
  let api: RunningApi | undefined;
  afterAll(async () => {
    await api?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is recorded and served with the words the minute uses for that business', async () => {
    // An invented decision page of an invented body: only the exclusion, as ModernGov prints such a page.
    const page = join(dataDir, 'exclusion.txt');
    writeFileSync(
      page,
      'Agenda item\n\nExclusion of the Public and Press\n\nMinutes:\n\nRESOLVED: That the public and press be excluded from the meeting for the following item of business on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.\n',
    );
    const imported = await runCli(
      ['import', page, '--body', 'westmere-cabinet', '--body-name', 'Westmere Borough Council Cabinet', '--date', '2024-05-14'],
      { DATA_DIR: dataDir },
    );
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    api = await startApi({ DATA_DIR: dataDir });
    await settleAll(api);
    const answer = await api.graphql<{ meeting: { exclusions: unknown[] } }>(
      '{ meeting(meetingId: "westmere-cabinet-2024-05-14") { exclusions { itemNumber forItemNumbers forBusinessAsPrinted paragraphs } } }',
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.meeting.exclusions).toEqual([
      { itemNumber: '1', forItemNumbers: [], forBusinessAsPrinted: 'the following item of business', paragraphs: [3] },
    ]);
  }, 120_000);
});
