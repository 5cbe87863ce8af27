/**
 * A clerk corrects what the importer read: the plan written to a file, edited, and recorded; the
 * ledger holds the edit, and says a person decided it. An invented Kestrel Vale Community Safety
 * Partnership.
 */
import type { MeetingCommand } from '@ledger/domain';
import { openStorage, type Storage } from '@ledger/event-store';
import { ImportPlanError } from '../errors';
import { readPlanFile, writePlanFile } from '../plan/plan-file';
import { planImport } from '../plan/plan-import';
import { recordImport } from './record-import';
import { sendToStore } from '@ledger/write-side/testing/send-to-store';

const PAGE = `Agenda and minutes

Kestrel Vale Community Safety Partnership - Tuesday, 5 March 2024 2.00 pm

Venue: The Old Library, Kestrel Vale

Contact: Sam Idris

Items
No. Item

1.

Apologies for absence

Minutes:

Apologies were received from Cllr. H. Moss.

2.

Youth Diversion Scheme pdf icon PDF 120 KB

Minutes:

The Partnership considered a report on the youth diversion scheme.

RESOLVED:

(a) That the report be noted;

(b) That oversight of the scheme rest with the operational group.
`;

const clerk = { id: 'clerk-sam-idris', role: 'clerk' };
const documents = [{ name: 'kestrel-2024-03-05.txt', text: PAGE }];
const options = { bodyId: 'kestrel-csp' };

type PlanFile = { plan: { meetings: { commands: { command: MeetingCommand }[] }[] } };

/** The clerk's edits: a better title for item 2, and its part (b) read as agreed. */
function edit(file: string): string {
  const parsed = JSON.parse(file) as PlanFile;
  for (const planned of parsed.plan.meetings[0]!.commands) {
    const command = planned.command;
    if (command.type === 'AddAgendaItem' && command.data.item.number === '2')
      command.data.item = { ...command.data.item, title: 'Youth Diversion Scheme: Annual Report' };
    if (command.type === 'PassResolution') command.data.parts[1] = { ...command.data.parts[1]!, kind: 'agreed' };
  }
  return JSON.stringify(parsed);
}

describe('correcting a plan by hand', () => {
  let storage: Storage;

  beforeEach(async () => {
    storage = await openStorage({ kind: 'pglite', dataDir: '', schema: 'ledger' }, { kind: 'pglite', schema: 'ledger' });
  });
  afterEach(async () => {
    await storage.close();
  });

  it('records the edited plan: the ledger holds the edit, and its events say a person decided it', async () => {
    const written = writePlanFile(planImport(documents, options));
    expect(
      (JSON.parse(written) as PlanFile).plan.meetings[0]!.commands.find((planned) => planned.command.type === 'PassResolution')?.command,
    ).toMatchObject({
      data: { parts: [{ kind: 'noted' }, { kind: 'unclassified' }] },
    });

    const edited = readPlanFile(edit(written), documents);
    const summary = await recordImport(sendToStore(storage.eventStore), edited, { principal: clerk });
    expect(summary.refused).toEqual([]);

    const events = await storage.eventStore.readStream('meeting-kestrel-csp-2024-03-05');
    const item = events.find(
      (event) => event.type === 'AgendaItemAdded' && (event.data as { item: { number: string } }).item.number === '2',
    )!;
    const resolution = events.find((event) => event.type === 'ResolutionPassed')!;
    expect((item.data as { item: { title: string } }).item.title).toBe('Youth Diversion Scheme: Annual Report');
    expect((resolution.data as { parts: { kind: string }[] }).parts.map((part) => part.kind)).toEqual(['noted', 'agreed']);
    // Edited facts say who decided them; the rest cite only the page.
    expect(item.metadata.provenance).toMatchObject({ documentName: 'kestrel-2024-03-05.txt', decidedBy: 'clerk-sam-idris' });
    expect(resolution.metadata.provenance).toMatchObject({ decidedBy: 'clerk-sam-idris', lines: { from: 28, to: 32 } });
    const untouched = events.find((event) => event.type === 'MeetingScheduled')!;
    expect(untouched.metadata.provenance).not.toHaveProperty('decidedBy');
  });

  it('refuses a plan whose page has changed since, and records nothing', async () => {
    const written = writePlanFile(planImport(documents, options));
    const changed = [{ name: 'kestrel-2024-03-05.txt', text: PAGE.replace('Cllr. H. Moss', 'Cllr. H. Morse') }];
    expect(() => readPlanFile(edit(written), changed)).toThrow(expect.objectContaining({ code: 'PLAN_STALE' }));
    expect(await storage.eventStore.headPosition()).toBeUndefined();
  });

  it('refuses an edit the domain would refuse, and a file that is not a plan', () => {
    const written = JSON.parse(writePlanFile(planImport(documents, options))) as PlanFile;
    const resolution = written.plan.meetings[0]!.commands.find((planned) => planned.command.type === 'PassResolution')!.command as Extract<
      MeetingCommand,
      { type: 'PassResolution' }
    >;
    resolution.data.parts[1] = { ...resolution.data.parts[1]!, label: 'd' };
    expect(() => readPlanFile(JSON.stringify(written), documents)).toThrow(expect.objectContaining({ code: 'PLAN_REFUSED' }));
    expect(() => readPlanFile('{"plan": {}}', documents)).toThrow(ImportPlanError);
    expect(() => readPlanFile('not json', documents)).toThrow(expect.objectContaining({ code: 'INVALID_PLAN' }));
  });
});
