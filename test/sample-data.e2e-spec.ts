import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApi, untilReady, type RunningApi } from './support/api-process';
import { settle } from './support/graphql-client';
import { waitFor } from './support/wait-for';

/** A newcomer's first start: the embedded store is empty, so the API records the bundled minutes. */
describe('the sample minutes on first start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-samples-'));
  let api: RunningApi | undefined;

  afterEach(async () => {
    await api?.stop();
    api = undefined;
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const query = async <T>(text: string): Promise<T> => {
    const answer = await api!.graphql<T>(text);
    expect(answer.errors).toBeUndefined();
    return answer.data!;
  };

  it("imports the five meetings, whose history then answers the officer's questions", async () => {
    api = await startApi({ DATA_DIR: dataDir, SAMPLE_DATA: 'on' });
    // The API answers while it records the samples, and is ready once they and their effects are recorded.
    const early = await fetch(`${api.url}/health/ready`);
    expect(early.status).toBe(503);
    expect(await early.json()).toMatchObject({
      failed: expect.arrayContaining(['startup']),
      startup: { status: 'working', reason: expect.stringMatching(/sample minutes/) },
    });
    await untilReady(api);
    expect(api.output()).toContain('recorded the sample minutes of lscsb');
    const { serverInfo } = await query<{ serverInfo: { headPosition: string } }>('{ serverInfo { headPosition } }');
    await settle(api, BigInt(serverInfo.headPosition), 60_000);

    const answer = await query<{
      body: {
        before: { organisationName: string }[];
        after: { organisationName: string; admittedBy: { itemTitle: string; part: string } }[];
        chair: { office: string; term: string; holder: string }[];
        name: { name: string };
      };
      followUps: { kind: string; subject: string; raisedBy: { meetingId: string } }[];
      meetings: { edges: unknown[] };
    }>(`{
      body(bodyId: "lscsb") {
        before: members(inForceAt: "2023-09-28") { organisationName }
        after: members(inForceAt: "2023-09-29") { organisationName admittedBy { itemTitle part } }
        chair: officeholders(inForceAt: "2019-07-01") { office term holder }
        name(inForceAt: "2024-01-01") { name }
      }
      followUps(bodyId: "lscsb") { kind subject raisedBy { meetingId } }
      meetings(bodyId: "lscsb") { edges { cursor } }
    }`);
    expect(answer.meetings.edges).toHaveLength(5);
    expect(answer.body.before).toEqual([]);
    expect(answer.body.after).toEqual([
      {
        organisationName: 'Rutland County Council',
        admittedBy: { itemTitle: 'Rutland Council membership of the Leicestershire Safer Communities Strategy Board', part: 'a' },
      },
    ]);
    expect(answer.body.name.name).toBe('The Leicestershire and Rutland Safer Communities Strategy Board');
    expect(answer.body.chair).toEqual([{ office: 'CHAIR', term: '2019/20', holder: 'Mr I.D. Ould OBE CC' }]);
    // The deputy chair election deferred in June 2019 (its September meeting is not among the samples),
    // and the Prevent presentation deferred in September 2023, are still owed.
    expect(answer.followUps).toEqual(
      expect.arrayContaining([
        { kind: 'DEFERRED_ITEM', subject: expect.stringMatching(/Deputy Chairman/i), raisedBy: { meetingId: 'lscsb-2019-06-14' } },
        { kind: 'DEFERRED_ITEM', subject: expect.stringMatching(/Prevent/i), raisedBy: { meetingId: 'lscsb-2023-09-29' } },
      ]),
    );
  }, 120_000);

  it('says what the five pages say, and only that, to the public', async () => {
    api = await startApi({ DATA_DIR: dataDir, SAMPLE_DATA: 'on' });
    const { serverInfo } = await query<{ serverInfo: { headPosition: string } }>('{ serverInfo { headPosition } }');
    await settle(api, BigInt(serverInfo.headPosition), 60_000);
    const chairOn = (date: string) =>
      `officeholderOn(office: CHAIR, inForceAt: "${date}") { evidence holder term termEndsBy electedBy { meetingId itemNumber } attestedBy { meetingId itemNumber wording } }`;
    const answer = await query<Record<string, any>>(`{
      body(bodyId: "lscsb") {
        names { name inForceFrom }
        record { firstMeetingHeldOn lastMeetingHeldOn membershipComplete }
        elected: ${chairOn('2019-07-01')}
        ended: ${chairOn('2023-09-28')}
        attested: ${chairOn('2025-06-20')}
        later: ${chairOn('2026-01-15')}
        afterTheTerm: officeholders(inForceAt: "2023-09-28") { holder }
      }
      june2019: meeting(meetingId: "lscsb-2019-06-14") { startsAt heldOn location { kind } contactOfficer { name } notRecorded }
      dec2018: meeting(meetingId: "lscsb-2018-12-10") {
        items { number agendaNumber exempt minute { paragraphs publishedAtSource } resolution { label kind truncatedAtSource } }
        declarations { concerningItemNumber }
      }
      dec2015: meeting(meetingId: "lscsb-2015-12-10") { items { number resolution { label kind } } }
      sep2023: meeting(meetingId: "lscsb-2023-09-29") {
        items { number presenterName presentedBy { name } unableToAttend { name } }
        confirmationsGiven { previousMeetingId previousMeetingRecorded corrections { itemNumber point correctedText } }
      }
    }`);
    const { body, june2019, dec2018, dec2015, sep2023 } = answer;

    // The board's name in 2015 is the one its minutes use, not the title ModernGov prints today.
    expect(body.names.map((name: { name: string }) => name.name)).toEqual([
      'Leicestershire Safer Communities Strategy Board',
      'The Leicestershire and Rutland Safer Communities Strategy Board',
    ]);
    expect(body.record).toEqual({ firstMeetingHeldOn: '2015-12-10', lastMeetingHeldOn: '2025-06-20', membershipComplete: false });

    // A term for 2019/20 ends with its municipal year; later the minutes name a chairman, or nothing is recorded.
    expect(body.elected).toMatchObject({
      evidence: 'ELECTED',
      holder: 'Mr I.D. Ould OBE CC',
      term: '2019/20',
      termEndsBy: '2020-04-30',
      electedBy: { meetingId: 'lscsb-2019-06-14', itemNumber: '1' },
    });
    expect(body.ended).toEqual({ evidence: 'NOT_RECORDED', holder: null, term: null, termEndsBy: null, electedBy: null, attestedBy: null });
    expect(body.attested).toMatchObject({
      evidence: 'ATTESTED',
      holder: 'Mr. C. Pugsley CC',
      attestedBy: { meetingId: 'lscsb-2025-06-20', itemNumber: '12', wording: expect.stringContaining('The Chairman Mr. C. Pugsley CC') },
    });
    expect(body.later.evidence).toBe('NOT_RECORDED');
    expect(body.afterTheTerm).toEqual([]);

    // The June 2019 page has no header: its time, place and contact are unknown, not invented.
    expect(june2019).toEqual({
      startsAt: null,
      heldOn: '2019-06-14',
      location: null,
      contactOfficer: null,
      notRecorded: ['startsAt', 'location', 'contactOfficer'],
    });

    // December 2018: cited by the printed minute numbers; every resolution part recorded.
    const minute = (number: string) => dec2018.items.find((item: { number: string }) => item.number === number);
    expect(dec2018.items.map((item: { number: string }) => item.number)).toEqual([
      '29',
      '30',
      '31',
      '32',
      '33',
      '34',
      '35',
      '36',
      '37',
      '38',
      '39',
      '40',
      '41',
      '42',
    ]);
    expect(minute('36').agendaNumber).toBe('8');
    expect(minute('33').resolution).toEqual([{ label: 'a', kind: 'NOTED', truncatedAtSource: true }]);
    expect(minute('36').resolution.map((part: { kind: string }) => part.kind)).toEqual(['APPROVED', 'UNCLASSIFIED']);
    expect(minute('40').resolution.map((part: { kind: string }) => part.kind)).toEqual(['AGREED']);
    expect(dec2018.declarations).toEqual([{ concerningItemNumber: '33' }]);
    // Minute 41 is exempt, but the public page printed it: the public reads it.
    expect(minute('41')).toMatchObject({
      exempt: true,
      minute: { publishedAtSource: true, paragraphs: [expect.stringContaining('Superintendent Shane')] },
    });
    expect(minute('41').resolution).toHaveLength(3);

    const item2015 = (number: string) => dec2015.items.find((item: { number: string }) => item.number === number).resolution;
    expect(item2015('6').map((part: { kind: string }) => part.kind)).toEqual(['NOTED', 'REQUESTED', 'UNCLASSIFIED']);
    expect(item2015('10').map((part: { kind: string }) => part.kind)).toEqual(['NOTED', 'REQUESTED']);

    // Who presented is what the minutes say; the agenda's listed presenter stays beside it.
    const item2023 = (number: string) => sep2023.items.find((item: { number: string }) => item.number === number);
    expect(item2023('11')).toEqual({
      number: '11',
      presenterName: 'Grace Strong',
      presentedBy: [{ name: 'Millicent Gant' }],
      unableToAttend: [],
    });
    expect(item2023('8').presentedBy).toEqual([{ name: 'Claire Trewartha' }]);
    expect(item2023('12')).toMatchObject({ presentedBy: [], unableToAttend: [{ name: 'Ian Stubbs' }] });

    // The correction of the June 2023 minutes is a correction, waiting for those minutes.
    expect(sep2023.confirmationsGiven).toEqual([
      {
        previousMeetingId: 'lscsb-2023-06-30',
        previousMeetingRecorded: false,
        corrections: [
          {
            itemNumber: '11',
            point: 'iii',
            correctedText: 'The whole family relationship service would be provided by Family Lives not the Teen Health Service.',
          },
        ],
      },
    ]);
  }, 120_000);

  it('does not import again into a store that has history', async () => {
    api = await startApi({ DATA_DIR: dataDir, SAMPLE_DATA: 'on' });
    await untilReady(api);
    expect(api.output()).not.toContain('sample minutes');
  }, 60_000);

  it('carries on after a crash with the sample minutes a start did not finish', async () => {
    const crashed = mkdtempSync(join(tmpdir(), 'ledger-samples-crash-'));
    try {
      api = await startApi({ DATA_DIR: crashed, SAMPLE_DATA: 'on' });
      const first = api;
      // Killed while fewer than half the commands are recorded.
      await waitFor(
        async () => {
          const reason =
            ((await (await fetch(`${first.url}/health/ready`)).json()) as { startup?: { reason: string } }).startup?.reason ?? '';
          const progress = /\((\d+) of (\d+) commands\)/.exec(reason);
          return progress !== null && Number(progress[1]) > 0 && Number(progress[1]) < Number(progress[2]) / 2;
        },
        { what: 'the samples to be partly recorded', intervalMs: 10, timeoutMs: 60_000 },
      );
      await first.stop('SIGKILL');

      api = await startApi({ DATA_DIR: crashed, SAMPLE_DATA: 'on' });
      await untilReady(api);
      expect(api.output()).toContain('carrying on with the sample minutes an earlier start did not finish');
      expect(api.output()).toContain('recorded the sample minutes of lscsb');
      const { meetings } = await query<{ meetings: { edges: unknown[] } }>('{ meetings(bodyId: "lscsb") { edges { cursor } } }');
      expect(meetings.edges).toHaveLength(5);
    } finally {
      await api?.stop();
      api = undefined;
      rmSync(crashed, { recursive: true, force: true });
    }
  }, 180_000);
});
