/**
 * The importer's guards, each reached from an invented page of an invented Test Board and tested on
 * both sides: what the page may record once, or not at all beside something else, is planned once,
 * and the rest is kept as minute text or noted, so the domain is never sent a command it refuses.
 */
import type { MeetingCommand } from '@ledger/domain';
import { planText } from '../testing/sample-minutes';
import type { MeetingPlan } from './import-plan';

const BODY = 'test-board';
const MEETING = 'test-board-2031-05-13';
/** Business is recorded as done at the meeting's start. */
const AT = '2031-05-13T18:00:00+01:00';

/** A page of the meeting of Tuesday 13 May 2031, with these items. */
function planOf(items: string): MeetingPlan {
  return planText(
    `Agenda and minutes

Test Board - Tuesday, 13th May, 2031 6.00 pm

Venue: Room 2, Fenwick House

Contact: Ada Quill

Items
No. Item

${items}`,
    { bodyId: BODY },
  );
}

/** An item as the numbered layout prints it. */
const item = (number: number, title: string, minute: string) => `${number}.\n\n${title}\n\nMinutes:\n\n${minute}\n\n`;

const commandsOf = <T extends MeetingCommand['type']>(plan: MeetingPlan, type: T) =>
  plan.commands
    .map((planned) => planned.command)
    .filter((command): command is Extract<MeetingCommand, { type: T }> => command.type === type);

const declarationsRecorded = (plan: MeetingPlan) =>
  commandsOf(plan, 'RecordDeclarationsOfInterest').map(({ data }) => [data.itemNumber, data.declarations]);
const reasonsKept = (plan: MeetingPlan) =>
  plan.unclassified.map((passage) => [passage.itemNumber, passage.reason, passage.keptAsMinuteText]);
const notesOf = (plan: MeetingPlan) => plan.notes.map((note) => note.message);

const LIGHTING = item(3, 'Footpath Lighting', 'The Board considered the report on footpath lighting.');
const VANCE = 'Cllr. A. Vance declared a personal interest in item 3 as a trustee of the lighting trust.';
const vance = { member: 'Cllr. A. Vance', concerningItemNumber: '3', nature: 'personal', detail: 'a trustee of the lighting trust' };

describe('"no declarations were made" and a declaration on the same page', () => {
  it('records "none were made" when the page has no declaration', () => {
    const plan = planOf(
      item(1, 'Apologies for absence', 'Apologies were received from Cllr. N. Shaw.') +
        item(2, 'Declarations of interest', 'No declarations were made.') +
        LIGHTING,
    );
    expect(plan.noDeclarations?.itemNumber).toBe('2');
    expect(declarationsRecorded(plan)).toEqual([['2', []]]);
    expect(plan.domainCheck.refusals).toEqual([]);
  });

  it('after "none were made" at the item for declarations, records one made later under another item: both are true', () => {
    const plan = planOf(
      item(1, 'Apologies for absence', 'Apologies were received from Cllr. N. Shaw.') +
        item(2, 'Declarations of interest', 'No declarations were made.') +
        item(3, 'Footpath Lighting', `The Board considered the report on footpath lighting. ${VANCE}`),
    );
    expect(plan.noDeclarations?.itemNumber).toBe('2');
    expect(declarationsRecorded(plan)).toEqual([
      ['2', []],
      ['3', [vance]],
    ]);
    expect(reasonsKept(plan)).toEqual([]);
    expect(plan.domainCheck.refusals).toEqual([]);
  });

  it('after a declaration, does not record a later "none were made"', () => {
    const plan = planOf(
      item(1, 'Apologies for absence', `Apologies were received from Cllr. N. Shaw. ${VANCE}`) +
        item(2, 'Declarations of interest', 'No declarations were made.') +
        LIGHTING,
    );
    expect(plan.noDeclarations).toBeUndefined();
    expect(declarationsRecorded(plan)).toEqual([['1', [vance]]]);
    // The words stay in the minute of item 2, as printed.
    expect(commandsOf(plan, 'RecordMinuteText').find(({ data }) => data.itemNumber === '2')?.data.paragraphs).toEqual([
      'No declarations were made.',
    ]);
    expect(plan.domainCheck.refusals).toEqual([]);
  });

  it('records "none were made" once, though a second declarations item says it again', () => {
    const plan = planOf(
      item(1, 'Apologies for absence', 'Apologies were received from Cllr. N. Shaw.') +
        item(2, 'Declarations of interest', 'No declarations were made.') +
        LIGHTING +
        item(4, 'Declarations of interest in exempt items', 'No declarations were made.'),
    );
    expect(plan.items.filter((entry) => entry.kind === 'declarations-of-interest').map((entry) => entry.number)).toEqual(['2', '4']);
    expect(plan.noDeclarations?.itemNumber).toBe('2');
    expect(declarationsRecorded(plan)).toEqual([['2', []]]);
    expect(plan.domainCheck.refusals).toEqual([]);
  });
});

describe('the same declaration printed twice', () => {
  const declarationsPage = (first: string, second: string) =>
    planOf(
      item(1, 'Apologies for absence', 'Apologies were received from Cllr. N. Shaw.') +
        item(2, 'Declarations of interest', first) +
        item(3, 'Footpath Lighting', `The Board considered the report on footpath lighting. ${second}`) +
        item(4, 'Depot Lease', 'The Board considered the lease of the depot.'),
    );

  it('records it once, and keeps the repetition as minute text', () => {
    const plan = declarationsPage(VANCE, VANCE);
    expect(plan.declarations.map((declaration) => [declaration.itemNumber, declaration.member, declaration.concerningItemNumber])).toEqual([
      ['2', 'Cllr. A. Vance', '3'],
    ]);
    expect(declarationsRecorded(plan)).toEqual([['2', [vance]]]);
    expect(reasonsKept(plan)).toEqual([['3', 'a declaration the minutes already record', true]]);
    expect(plan.domainCheck.refusals).toEqual([]);
  });

  it('records the same member declaring in another item', () => {
    const plan = declarationsPage(VANCE, 'Cllr. A. Vance declared a personal interest in item 4 as a tenant of the depot.');
    expect(declarationsRecorded(plan)).toEqual([
      ['2', [vance]],
      ['3', [{ member: 'Cllr. A. Vance', concerningItemNumber: '4', nature: 'personal', detail: 'a tenant of the depot' }]],
    ]);
    expect(plan.unclassified).toEqual([]);
    expect(plan.domainCheck.refusals).toEqual([]);
  });

  it('records another member declaring in the same item', () => {
    const plan = declarationsPage(VANCE, 'Cllr. B. Okoro declared a personal interest in item 3 as a trustee of the lighting trust.');
    expect(declarationsRecorded(plan)).toEqual([
      ['2', [vance]],
      ['3', [{ ...vance, member: 'Cllr. B. Okoro' }]],
    ]);
    expect(plan.unclassified).toEqual([]);
    expect(plan.domainCheck.refusals).toEqual([]);
  });
});

describe('confirmations of earlier minutes: each earlier meeting once, and only an earlier day', () => {
  const confirmation = (heldOn: string, itemNumber = '1') => ({
    type: 'ConfirmPreviousMinutes',
    data: {
      meetingId: MEETING,
      itemNumber,
      previousMeetingId: `${BODY}-${heldOn}`,
      previousMeetingHeldOn: heldOn,
      corrections: [],
      recordedAt: AT,
    },
  });
  const confirming = (...minutes: string[]) => planOf(item(1, 'Minutes of the last meeting', minutes.join('\n\n')) + LIGHTING);

  it('confirms the minutes of a meeting held the day before', () => {
    const plan = confirming('The minutes of the meeting held on 12 May 2031 were confirmed as a correct record.');
    expect(commandsOf(plan, 'ConfirmPreviousMinutes')).toEqual([confirmation('2031-05-12')]);
    expect(plan.previousMinutes.map((entry) => entry.previousMeetingId)).toEqual(['test-board-2031-05-12']);
    expect(plan.domainCheck.refusals).toEqual([]);
  });

  it('notes, and does not record, the minutes of a meeting held the same day', () => {
    const plan = confirming('The minutes of the meeting held on 13 May 2031 were confirmed as a correct record.');
    expect(commandsOf(plan, 'ConfirmPreviousMinutes')).toEqual([]);
    expect(plan.previousMinutes).toEqual([]);
    expect(notesOf(plan)).toContain('item 1 confirms minutes of 2031-05-13, which is not before this meeting; not recorded');
    expect(plan.domainCheck.refusals).toEqual([]);
  });

  it('notes, and does not record, the minutes of a meeting held the day after', () => {
    const plan = confirming('The minutes of the meeting held on 14 May 2031 were confirmed as a correct record.');
    expect(commandsOf(plan, 'ConfirmPreviousMinutes')).toEqual([]);
    expect(notesOf(plan)).toContain('item 1 confirms minutes of 2031-05-14, which is not before this meeting; not recorded');
  });

  it("takes a day printed without a year, that is the meeting's own day and month, as a year earlier", () => {
    const plan = confirming('The minutes of the meeting held on the 13th May were confirmed as a correct record.');
    expect(commandsOf(plan, 'ConfirmPreviousMinutes')).toEqual([confirmation('2030-05-13')]);
    expect(
      confirming('The minutes of the meeting held on the 12th May were confirmed as a correct record.').previousMinutes.map(
        (entry) => entry.previousMeetingHeldOn,
      ),
    ).toEqual(['2031-05-12']);
  });

  it('records the same minutes confirmed twice in one item once, and notes the repetition', () => {
    const plan = confirming(
      'The minutes of the meeting held on 8 April 2031 were confirmed as a correct record.',
      'The minutes of the meeting held on 8 April 2031 were approved as a correct record and signed by the Chair.',
    );
    expect(commandsOf(plan, 'ConfirmPreviousMinutes')).toEqual([confirmation('2031-04-08')]);
    expect(notesOf(plan)).toContain('item 1 confirms the minutes of 2031-04-08 again; recorded once');
    expect(plan.domainCheck.refusals).toEqual([]);
  });

  it('records the minutes of two different meetings confirmed in one item, each', () => {
    const plan = confirming(
      'The minutes of the meeting held on 8 April 2031 were confirmed as a correct record.',
      'The minutes of the special meeting held on 22 April 2031 were confirmed as a correct record.',
    );
    expect(commandsOf(plan, 'ConfirmPreviousMinutes')).toEqual([confirmation('2031-04-08'), confirmation('2031-04-22')]);
    expect(plan.domainCheck.refusals).toEqual([]);
  });

  it('records the same minutes confirmed under two items once, under the first', () => {
    const plan = planOf(
      item(1, 'Minutes of the last meeting', 'The minutes of the meeting held on 8 April 2031 were confirmed as a correct record.') +
        LIGHTING +
        item(4, 'Minutes of the special meeting', 'The minutes of the meeting held on 8 April 2031 were approved as a correct record.'),
    );
    expect(plan.items.filter((entry) => entry.kind === 'minutes-of-previous-meeting').map((entry) => entry.number)).toEqual(['1', '4']);
    expect(commandsOf(plan, 'ConfirmPreviousMinutes')).toEqual([confirmation('2031-04-08')]);
    expect(notesOf(plan)).toContain('item 4 confirms the minutes of 2031-04-08 again; recorded once');
    expect(plan.domainCheck.refusals).toEqual([]);
  });

  it('records different minutes confirmed under two items, each under its own item', () => {
    const plan = planOf(
      item(1, 'Minutes of the last meeting', 'The minutes of the meeting held on 8 April 2031 were confirmed as a correct record.') +
        LIGHTING +
        item(4, 'Minutes of the special meeting', 'The minutes of the meeting held on 22 April 2031 were approved as a correct record.'),
    );
    expect(commandsOf(plan, 'ConfirmPreviousMinutes')).toEqual([confirmation('2031-04-08'), confirmation('2031-04-22', '4')]);
    expect(plan.domainCheck.refusals).toEqual([]);
  });
});
