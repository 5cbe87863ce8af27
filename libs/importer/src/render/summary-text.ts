import type { RecordSummary } from '../record/record-import';
import { describeSpan } from '../text/span';

export function renderSummaryText(summary: RecordSummary): string {
  const out = [
    `Recorded ${summary.recorded} command(s) (${summary.eventsWritten} event(s)); ${summary.alreadyRecorded} already recorded; ${summary.refused.length} refused.`,
  ];
  summary.documents.forEach((document) =>
    out.push(
      `  ${document.name ?? document.meetingId}: ${document.recorded} recorded, ${document.alreadyRecorded} already recorded, ${document.refused} refused`,
    ),
  );
  if (summary.refused.length > 0) {
    out.push('Refused:');
    summary.refused.forEach((refusal) =>
      out.push(`  ${refusal.documentName ?? ''} ${describeSpan(refusal.lines)} ${refusal.commandType}: ${refusal.code}: ${refusal.reason}`),
    );
  }
  return `${out.join('\n')}\n`;
}
