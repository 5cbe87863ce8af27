import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMinutes } from '../parse/parse-minutes';
import type { MeetingPlan } from '../plan/import-plan';
import { planMeeting } from '../plan/plan-meeting';
import { sha256Of, type SourceDocument } from '../plan/plan-import';

export const SAMPLES_FOLDER = join(__dirname, '..', '..', '..', '..', 'samples', 'minutes');

export const SAMPLE_FILES = {
  2015: '2015-12-10-lscsb.txt',
  2018: '2018-12-10-lscsb.txt',
  2019: '2019-06-14-lscsb.txt',
  2023: '2023-09-29-lrscsb.txt',
  2025: '2025-06-20-lrscsb.txt',
} as const;
export type SampleYear = keyof typeof SAMPLE_FILES;

/** The June 2019 page starts at its first item, with no header: its date must be given. */
export const HEADERLESS_2019_DATE = '2019-06-14';

export function sampleText(year: SampleYear): string {
  return readFileSync(join(SAMPLES_FOLDER, SAMPLE_FILES[year]), 'utf8');
}

export function sampleDocument(year: SampleYear): SourceDocument {
  return { name: SAMPLE_FILES[year], text: sampleText(year) };
}

export function planText(text: string, options: { bodyId?: string; date?: string; name?: string } = {}): MeetingPlan {
  return planMeeting(parseMinutes(text), {
    bodyId: options.bodyId ?? 'lscsb',
    documentSha256: sha256Of(text),
    ...(options.name !== undefined && { documentName: options.name }),
    ...(options.date !== undefined && { date: options.date }),
  });
}

export function planSample(year: SampleYear): MeetingPlan {
  return planText(sampleText(year), { name: SAMPLE_FILES[year], ...(year === 2019 && { date: HEADERLESS_2019_DATE }) });
}
