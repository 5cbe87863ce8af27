import { AGGREGATES, type BodyState, type DomainCommand, foldEvents, type MeetingState } from '@ledger/domain';
import { openStorage, type Storage } from '@ledger/event-store';
import { updateBodyMentions, updateMeetingMentions } from './person-mentions';
import { migrateReadModels } from './read-model-schema';

const SCHEMA = 'mentions_read';
const BODY = 'fernmoor-csp';
const MEETING = 'fernmoor-csp-2024-03-14';
const decision = { meetingId: MEETING, itemNumber: '3' };

/** The state a run of commands leaves an aggregate in, decided as the write side decides them. */
function stateAfter<State>(kind: 'body' | 'meeting', commands: DomainCommand[]): State {
  const { decider } = AGGREGATES[kind];
  return commands.reduce((state, command) => foldEvents(decider, decider.decide(command, state), state), decider.initialState) as State;
}

const scheduled: DomainCommand[] = [
  { type: 'ScheduleMeeting', data: { meetingId: MEETING, bodyId: BODY, startsAt: '2024-03-14T14:00:00Z' } },
  {
    type: 'AddAgendaItem',
    data: { meetingId: MEETING, item: { number: '1', title: 'Declarations of interest', kind: 'declarations-of-interest' } },
  },
  { type: 'AddAgendaItem', data: { meetingId: MEETING, item: { number: '2', title: 'Town centre patrols', kind: 'report' } } },
  {
    type: 'AddAgendaItem',
    data: { meetingId: MEETING, item: { number: '3', title: 'Election of Chair', kind: 'election-of-officeholder' } },
  },
];
const at = '2024-03-14T15:00:00Z';
const held: DomainCommand[] = [
  ...scheduled,
  {
    type: 'RecordAttendance',
    data: {
      meetingId: MEETING,
      present: [{ name: 'Cllr P. Aldous', organisation: 'Fernmoor Borough Council' }],
      apologies: [{ name: 'Ms R. Okafor' }],
      inAttendance: [{ name: 'J. Whitlow', role: 'Democratic Services Officer' }],
      recordedAt: at,
    },
  },
  {
    type: 'RecordMeetingChair',
    data: { meetingId: MEETING, chair: 'Cllr P. Aldous', wording: 'Cllr P. Aldous in the Chair', recordedAt: at },
  },
  {
    type: 'RecordPresenters',
    data: {
      meetingId: MEETING,
      itemNumber: '2',
      presentedBy: [{ name: 'A. Brennan', role: 'Head of Community Safety' }],
      unableToAttend: [],
      recordedAt: at,
    },
  },
  {
    type: 'RecordDeclarationsOfInterest',
    data: {
      meetingId: MEETING,
      itemNumber: '1',
      declarations: [{ member: 'Ms R. Okafor', concerningItemNumber: '2', nature: 'personal' }],
      recordedAt: at,
    },
  },
];

describe('where the records name people', () => {
  let storage: Storage;

  beforeAll(async () => {
    storage = await openStorage({ kind: 'pglite', dataDir: '', schema: 'ledger' }, { kind: 'pglite', schema: 'ledger' });
    await migrateReadModels(storage.database, SCHEMA);
  });
  afterAll(() => storage.close());

  const mentions = () =>
    storage.database.query<Record<string, unknown>>(
      `SELECT name, capacity, meeting_id, item_number, on_date::text AS on_date, until_date::text AS until_date, detail
       FROM ${SCHEMA}.person_mentions ORDER BY source_kind, source_id, seq`,
    );

  it("lists every name a meeting's record gives, in its capacity, with what the record says of it", async () => {
    const before = stateAfter<MeetingState>('meeting', scheduled);
    const after = stateAfter<MeetingState>('meeting', held);
    await updateMeetingMentions(storage.database, SCHEMA, [{ before, after }]);
    const onTheDay = { meeting_id: MEETING, on_date: '2024-03-14', until_date: null };
    expect(await mentions()).toEqual([
      { name: 'Cllr P. Aldous', capacity: 'present', item_number: null, detail: { organisation: 'Fernmoor Borough Council' }, ...onTheDay },
      { name: 'Ms R. Okafor', capacity: 'apologies', item_number: null, detail: {}, ...onTheDay },
      { name: 'J. Whitlow', capacity: 'in-attendance', item_number: null, detail: { role: 'Democratic Services Officer' }, ...onTheDay },
      { name: 'Cllr P. Aldous', capacity: 'chair', item_number: null, detail: { wording: 'Cllr P. Aldous in the Chair' }, ...onTheDay },
      { name: 'A. Brennan', capacity: 'presenter', item_number: '2', detail: { role: 'Head of Community Safety' }, ...onTheDay },
      {
        name: 'Ms R. Okafor',
        capacity: 'declaration',
        item_number: '1',
        detail: { concerningItemNumber: '2', nature: 'personal' },
        ...onTheDay,
      },
    ]);
  });

  it("lists a body's officeholders with the days their offices ran, and forgets a meeting's names when it has none", async () => {
    const body = stateAfter<BodyState>('body', [
      { type: 'EstablishBody', data: { bodyId: BODY, name: 'Fernmoor Community Safety Partnership', shortName: 'FCSP' } },
      {
        type: 'ElectOfficeholder',
        data: { bodyId: BODY, office: 'chair', term: '2023/24', holder: 'Cllr P. Aldous', inForceFrom: '2024-03-14', decision },
      },
      {
        type: 'AppointOfficeholder',
        data: {
          bodyId: BODY,
          office: 'deputy-chair',
          term: '2023/24',
          holder: 'Ms R. Okafor',
          inForceFrom: '2024-03-20',
          appointedBy: 'the Chair',
        },
      },
      {
        type: 'RecordOfficeholderLeaving',
        data: {
          bodyId: BODY,
          office: 'deputy-chair',
          term: '2023/24',
          holder: 'Ms R. Okafor',
          inForceFrom: '2024-04-02',
          reason: 'Resigned',
        },
      },
    ]);
    await updateBodyMentions(storage.database, SCHEMA, [{ before: AGGREGATES.body.decider.initialState as BodyState, after: body }]);
    await updateMeetingMentions(storage.database, SCHEMA, [
      { before: stateAfter<MeetingState>('meeting', held), after: stateAfter<MeetingState>('meeting', scheduled) },
    ]);
    expect(await mentions()).toEqual([
      {
        name: 'Cllr P. Aldous',
        capacity: 'officeholder',
        meeting_id: MEETING,
        item_number: '3',
        on_date: '2024-03-14',
        until_date: null,
        detail: { office: 'chair', term: '2023/24', termEndsBy: '2024-04-30' },
      },
      {
        name: 'Ms R. Okafor',
        capacity: 'officeholder',
        meeting_id: null,
        item_number: null,
        on_date: '2024-03-20',
        until_date: '2024-04-02',
        detail: { office: 'deputy-chair', term: '2023/24', termEndsBy: '2024-04-30', appointedBy: 'the Chair' },
      },
    ]);
  });
});
