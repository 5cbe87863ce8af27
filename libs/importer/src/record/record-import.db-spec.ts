/**
 * The five sample pages recorded, in date order, into an embedded store through the same write
 * path as the API; then the effects process manager run to the end of the log.
 */
import type { BodyEvent, FollowUpEvent } from '@ledger/domain';
import { LogConsumer, openStorage, type RecordedEvent, type Storage } from '@ledger/event-store';
import { EffectsProcessManager, type ParkedEffect } from '@ledger/write-side';
import { planImport, type ImportOptions } from '../plan/plan-import';
import { HEADERLESS_2019_DATE, sampleDocument, sampleText, SAMPLE_FILES, type SampleYear } from '../testing/sample-minutes';
import { recordImport } from './record-import';
import { sendToStore } from '@ledger/write-side/testing/send-to-store';

const clerk = { id: 'importing-clerk', role: 'clerk' };
const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };
const YEARS: SampleYear[] = [2025, 2015, 2023, 2018, 2019];
const OPTIONS: ImportOptions = {
  bodyId: 'lscsb',
  date: HEADERLESS_2019_DATE,
  bodyName: 'Leicestershire Safer Communities Strategy Board',
};

async function allEvents(storage: Storage): Promise<RecordedEvent[]> {
  return storage.eventStore.readAll();
}

async function runEffectsToCompletion(storage: Storage): Promise<ParkedEffect[]> {
  const manager = new EffectsProcessManager({
    log: new LogConsumer({ store: storage.eventStore }),
    send: sendToStore(storage.eventStore),
    database: storage.database,
    schema: storage.schema,
    logger: quiet,
    maxAttempts: 2,
    retryDelayMs: 1,
  });
  await manager.start();
  try {
    // Effects append events of their own; the end is when the checkpoint stays at the head.
    let settled = 0;
    const deadline = Date.now() + 60_000;
    while (settled < 3) {
      if (Date.now() > deadline) throw new Error('the process manager did not reach the end of the log');
      await new Promise((resolve) => setTimeout(resolve, 50));
      const head = await storage.eventStore.headPosition();
      settled = head !== undefined && manager.checkpoint === head ? settled + 1 : 0;
    }
    return await manager.listParked();
  } finally {
    await manager.stop();
  }
}

describe('recording the five sample pages', () => {
  let storage: Storage;
  const plan = planImport(YEARS.map(sampleDocument), OPTIONS);

  beforeAll(async () => {
    storage = await openStorage({ kind: 'pglite', dataDir: '', schema: 'ledger' }, { kind: 'pglite', schema: 'ledger' });
  });
  afterAll(async () => {
    await storage.close();
  });

  it('plans the meetings in date order, whatever order the files came in', () => {
    expect(plan.meetings.map((meeting) => meeting.meetingId)).toEqual([
      'lscsb-2015-12-10',
      'lscsb-2018-12-10',
      'lscsb-2019-06-14',
      'lscsb-2023-09-29',
      'lscsb-2025-06-20',
    ]);
  });

  it('records every command, none refused', async () => {
    const summary = await recordImport(sendToStore(storage.eventStore), plan, { principal: clerk });
    const commands = 1 + plan.meetings.reduce((total, meeting) => total + meeting.commands.length, 0);
    expect(summary).toMatchObject({ recorded: commands, alreadyRecorded: 0, refused: [] });
    expect(summary.eventsWritten).toBe((await allEvents(storage)).length);
  });

  it('marks every event as imported, with the document SHA-256 and the lines it came from', async () => {
    const hashes = new Map(plan.meetings.map((meeting) => [meeting.document.sha256, meeting.document.lineCount]));
    for (const event of await allEvents(storage)) {
      const provenance = event.metadata.provenance as { documentSha256: string; documentName: string; lines: { from: number; to: number } };
      expect(event.metadata).toMatchObject({ source: 'import', recordedBy: clerk });
      expect(hashes.has(provenance.documentSha256)).toBe(true);
      expect(Object.values(SAMPLE_FILES)).toContain(provenance.documentName);
      expect(provenance.lines.from).toBeGreaterThanOrEqual(1);
      expect(provenance.lines.to).toBeLessThanOrEqual(hashes.get(provenance.documentSha256)!);
    }
  });

  it('cites the lines of the resolution that elected the Chairman in June 2019', async () => {
    const june = (await storage.eventStore.readStream('meeting-lscsb-2019-06-14')).find(
      (event) => event.type === 'ResolutionPassed' && event.data.itemNumber === '1',
    );
    expect(june?.metadata.provenance).toMatchObject({ documentName: SAMPLE_FILES[2019], lines: { from: 4, to: 4 } });
  });

  it('records nothing when the same pages are imported again', async () => {
    const before = await storage.eventStore.headPosition();
    const again = await recordImport(sendToStore(storage.eventStore), planImport(YEARS.map(sampleDocument), OPTIONS), { principal: clerk });
    expect(again).toMatchObject({ recorded: 0, eventsWritten: 0, refused: [] });
    expect(again.alreadyRecorded).toBe(1 + plan.meetings.reduce((total, meeting) => total + meeting.commands.length, 0));
    expect(await storage.eventStore.headPosition()).toBe(before);
  });

  it('after the process manager: Rutland admitted and the body renamed on 2023-09-29, the Chair for 2019/20 elected', async () => {
    const parked = await runEffectsToCompletion(storage);
    const body = (await storage.eventStore.readStream('body-lscsb')).map((event) => ({ type: event.type, data: event.data }) as BodyEvent);
    const september = { meetingId: 'lscsb-2023-09-29', itemNumber: '6', part: 'a' };
    expect(body).toEqual(
      expect.arrayContaining([
        { type: 'BodyEstablished', data: { bodyId: 'lscsb', name: 'Leicestershire Safer Communities Strategy Board', shortName: 'LSCSB' } },
        {
          type: 'OfficeholderElected',
          data: {
            bodyId: 'lscsb',
            office: 'chair',
            term: '2019/20',
            holder: 'Mr I.D. Ould OBE CC',
            inForceFrom: '2019-06-14',
            decision: { meetingId: 'lscsb-2019-06-14', itemNumber: '1' },
          },
        },
        {
          type: 'OfficeLeftVacant',
          data: {
            bodyId: 'lscsb',
            office: 'deputy-chair',
            term: '2019/20',
            reason: 'No nominations were received',
            asOf: '2019-06-14',
            decision: { meetingId: 'lscsb-2019-06-14', itemNumber: '2' },
          },
        },
        {
          type: 'MemberOrganisationAdmitted',
          data: {
            bodyId: 'lscsb',
            organisationId: 'rutland-county-council',
            organisationName: 'Rutland County Council',
            inForceFrom: '2023-09-29',
            decision: september,
          },
        },
        {
          type: 'BodyRenamed',
          data: {
            bodyId: 'lscsb',
            name: 'The Leicestershire and Rutland Safer Communities Strategy Board',
            shortName: 'LRSCSB',
            inForceFrom: '2023-09-29',
            decision: september,
          },
        },
      ]),
    );
    expect(body.filter((event) => event.type === 'FutureMeetingDatesAgreed')).toHaveLength(5);
    // The earlier meetings whose minutes these pages confirm are not in the ledger: those effects wait, parked.
    expect(parked.map((effect) => [effect.commandKey, effect.errorCode])).toEqual([
      ['lscsb-2015-12-10:2:confirms:lscsb-2015-09-17', 'AGGREGATE_NOT_FOUND'],
      ['lscsb-2018-12-10:30:confirms:lscsb-2018-10-01', 'AGGREGATE_NOT_FOUND'],
      ['lscsb-2019-06-14:4:confirms:lscsb-2019-03-22', 'AGGREGATE_NOT_FOUND'],
      ['lscsb-2023-09-29:2:confirms:lscsb-2023-06-30', 'AGGREGATE_NOT_FOUND'],
      ['lscsb-2025-06-20:2:confirms:lscsb-2025-03-28', 'AGGREGATE_NOT_FOUND'],
    ]);
  });

  it('after the process manager: the deferred deputy chair election is an outstanding follow-up raised in June 2019', async () => {
    const followUp = (await storage.eventStore.readStream('follow-up-lscsb-2019-06-14:2:-:2')).map(
      (event) => ({ type: event.type, data: event.data }) as FollowUpEvent,
    );
    expect(followUp).toEqual([
      {
        type: 'FollowUpRaised',
        data: {
          followUpId: 'lscsb-2019-06-14:2:-:2',
          bodyId: 'lscsb',
          raisedBy: { meetingId: 'lscsb-2019-06-14', itemNumber: '2' },
          raisedOn: '2019-06-14',
          kind: 'deferred-item',
          subject: 'Election of Deputy Chairman for 2019/20',
          due: { kind: 'next-meeting' },
        },
      },
    ]);
    const raised = (await allEvents(storage)).filter((event) => event.type === 'FollowUpRaised');
    expect(raised).toHaveLength(plan.meetings.reduce((total, meeting) => total + meeting.counts.followUps, 0));
  });
});

describe('importing a corrected page', () => {
  let storage: Storage;

  beforeAll(async () => {
    storage = await openStorage({ kind: 'pglite', dataDir: '', schema: 'ledger' }, { kind: 'pglite', schema: 'ledger' });
  });
  afterAll(async () => {
    await storage.close();
  });

  it('records only what changed; a changed minute or resolution is refused, as the domain corrects them only through a later meeting', async () => {
    const original = sampleText(2018);
    await recordImport(sendToStore(storage.eventStore), planImport([{ name: 'minutes.txt', text: original }], OPTIONS), {
      principal: clerk,
    });

    const corrected = original
      // The full text of minute 33's resolution, which the page had cut short.
      .replace(
        /\(a\)\s+That the contents of the report be noted;\s+\.\.\.\s+view the full minutes text for item 33\./,
        '(a) That the contents of the report be noted;\n\n(b) That the Board endorses joint work on knife crime with Public Health.',
      )
      // A figure corrected in minute 39's discussion.
      .replace('over £1000 per installation', 'over £1,200 per installation');
    const plan = planImport([{ name: 'minutes-corrected.txt', text: corrected }], OPTIONS);
    const summary = await recordImport(sendToStore(storage.eventStore), plan, { principal: clerk });

    expect(summary.recorded).toBe(0);
    expect(summary.refused).toEqual([
      expect.objectContaining({ documentName: 'minutes-corrected.txt', commandType: 'PassResolution', code: 'ITEM_ALREADY_RESOLVED' }),
      expect.objectContaining({ documentName: 'minutes-corrected.txt', commandType: 'RecordMinuteText', code: 'MINUTE_ALREADY_RECORDED' }),
    ]);
    expect(summary.alreadyRecorded).toBe(1 + plan.meetings[0]!.commands.length - 2);
    // What the first page showed stays as recorded, marked as cut short at its source.
    const resolution = (await storage.eventStore.readStream('meeting-lscsb-2018-12-10')).find(
      (event) => event.type === 'ResolutionPassed' && event.data.itemNumber === '33',
    );
    expect(resolution?.data.parts).toEqual([
      { label: 'a', kind: 'noted', text: 'That the contents of the report be noted;', effects: [], truncatedAtSource: true },
    ]);
    expect(resolution?.metadata.provenance).toMatchObject({ documentName: 'minutes.txt' });
  });
});
