import { rmSync } from 'node:fs';
import { everyObjectOf, walkOParl } from '../apps/api/src/open-data/oparl/testing/oparl-walk';
import { startApiWithSampleMinutes, type SampleLedger } from './support/sample-ledger';

/** OParl 1.1 over the sample minutes, walked as an open-data client walks it. */
describe('OParl 1.1 over the sample minutes', () => {
  let ledger: SampleLedger;
  let system: string;

  beforeAll(async () => {
    ledger = await startApiWithSampleMinutes();
    system = `${ledger.api.url}/oparl/v1.1`;
  }, 240_000);

  afterAll(async () => {
    await ledger?.api.stop();
    if (ledger) rmSync(ledger.dataDir, { recursive: true, force: true });
  });

  it('reaches every object from the System: each conforms to OParl 1.1 and answers at its id as listed', async () => {
    const walk = await walkOParl(system, 7);
    expect(walk.problems).toEqual([]);
    const meetings = [...walk.objects.values()].filter((found) => found.type === 'https://schema.oparl.org/1.1/Meeting');
    expect(meetings.map((meeting) => meeting['ledger:heldOn']).sort()).toEqual([
      '2015-12-10',
      '2018-12-10',
      '2019-06-14',
      '2023-09-29',
      '2025-06-20',
    ]);
  }, 120_000);

  it('lists exactly the meetings recorded or changed since a moment, for a mirror that keeps in step', async () => {
    const [body] = await everyObjectOf(`${system}/bodies`);
    const since = ledger.recordedBetween.replace(/\.\d+Z$|Z$/, '+00:00');
    const every = await everyObjectOf(body!.meeting as string);
    const changed = await everyObjectOf(`${body!.meeting as string}?modified_since=${encodeURIComponent(since)}`);
    const after = (found: Record<string, unknown>) => Date.parse(found.modified as string) >= Date.parse(since);
    expect(changed.map((meeting) => meeting.id)).toEqual(every.filter(after).map((meeting) => meeting.id));
    expect(changed.map((meeting) => meeting['ledger:heldOn'])).toEqual(expect.arrayContaining(['2023-09-29', '2025-06-20']));
    expect(changed.map((meeting) => meeting['ledger:heldOn'])).not.toContain('2015-12-10');
  });
});
