import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApi, type RunningApi } from './support/api-process';
import { settle } from './support/graphql-client';

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

  it('imports the five meetings, whose history then answers the officer\'s questions', async () => {
    api = await startApi({ DATA_DIR: dataDir, SAMPLE_DATA: 'on' });
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
      { organisationName: 'Rutland County Council', admittedBy: { itemTitle: 'Rutland Council membership of the Leicestershire Safer Communities Strategy Board', part: 'a' } },
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

  it('does not import again into a store that has history', async () => {
    api = await startApi({ DATA_DIR: dataDir, SAMPLE_DATA: 'on' });
    expect(api.output()).not.toContain('recorded the sample minutes');
  }, 60_000);
});
