import type { ImportPlan } from '../plan/plan-import';
import type { RecordSummary } from '../record/record-import';

/** The plan (and, after recording, the summary) as one JSON document, for scripts. */
export function renderJson(plan: ImportPlan, summary?: RecordSummary): string {
  return `${JSON.stringify({ plan, ...(summary && { summary }) }, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value), 2)}\n`;
}
