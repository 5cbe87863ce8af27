/**
 * Who held the office of chair on a day no election covers, from the minutes of a meeting held that
 * day: the chair they name, unless they name the vice chair in the chair. An invented board.
 */
import type { DomainCommand } from '@ledger/domain';
import { type ApiOverCommands, startApiOverCommands } from '../testing/api-over-commands';

const BODY = 'brackley-vale-csp';
const meeting = (day: string, chair: string, wording = `${chair} in the Chair`): DomainCommand[] => {
  const meetingId = `${BODY}-${day}`;
  const recordedAt = `${day}T12:00:00Z`;
  return [
    { type: 'ScheduleMeeting', data: { meetingId, bodyId: BODY, startsAt: `${day}T10:00:00Z` } },
    { type: 'AddAgendaItem', data: { meetingId, item: { number: '1', title: 'Apologies', kind: 'apologies' } } },
    {
      type: 'RecordMeetingChair',
      data: { meetingId, chair, itemNumber: '1', wording, recordedAt },
    },
  ] as DomainCommand[];
};

const commands = [
  {
    type: 'EstablishBody',
    data: { bodyId: BODY, name: 'Brackley Vale Community Safety Partnership', shortName: 'BVCSP', establishedOn: '2020-01-01' },
  },
  ...meeting('2024-03-05', 'Councillor Ines Marr'),
  ...meeting('2024-06-11', 'Councillor Tom Reddy (Vice-Chairman)'),
  ...meeting(
    '2024-09-10',
    'Councillor Tom Reddy',
    'The Vice Chair, Councillor Tom Reddy welcomed everyone and said that he would be chairing the meeting.',
  ),
  ...meeting('2024-11-12', 'Councillor Tom Reddy', 'Councillor Tom Reddy (Vice-Chairman) in the Chair'),
] as DomainCommand[];

describe('the chair on a day no election covers', () => {
  let api: ApiOverCommands;
  beforeAll(async () => {
    api = await startApiOverCommands(commands);
  }, 60_000);
  afterAll(() => api?.close());

  const chairOn = async (day: string) =>
    (
      await api.graphql<{ body: { chair: { evidence: string; holder: string | null } } }>(
        `query { body(bodyId: "${BODY}", ${api.settled()}) { chair: officeholderOn(office: CHAIR, inForceAt: "${day}") { evidence holder } } }`,
      )
    ).body.chair;

  it('is attested by the minutes naming who was in the chair', async () => {
    expect(await chairOn('2024-03-05')).toEqual({ evidence: 'ATTESTED', holder: 'Councillor Ines Marr' });
  });

  it('is not attested by a vice chair in the chair, who did not hold the office', async () => {
    expect(await chairOn('2024-06-11')).toEqual({ evidence: 'NOT_RECORDED', holder: null });
  });

  it('is not attested by minutes whose words name the vice chair as chairing', async () => {
    expect(await chairOn('2024-09-10')).toEqual({ evidence: 'NOT_RECORDED', holder: null });
    expect(await chairOn('2024-11-12')).toEqual({ evidence: 'NOT_RECORDED', holder: null });
  });
});
