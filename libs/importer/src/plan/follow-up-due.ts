import type { FollowUpDue } from '@ledger/domain';
import { MONTH_NAME, monthNumber } from '../text/dates';

const IN_MONTH = [
  new RegExp(`\\bmeeting\\s+(?:of\\s+the\\s+[\\w-]+(?:\\s+[\\w-]+){0,3}\\s+)?(?:in|of)\\s+(${MONTH_NAME})\\s+(\\d{4})\\b`, 'i'),
  // "deferred to the meeting on 25 September 2025": a meeting on a day is one in its month.
  new RegExp(
    `\\bmeeting\\s+(?:of\\s+the\\s+[\\w-]+(?:\\s+[\\w-]+){0,3}\\s+)?(?:to\\s+be\\s+held\\s+)?on\\s+(?:[A-Z][a-z]+day,?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(${MONTH_NAME}),?\\s+(\\d{4})\\b`,
    'i',
  ),
  new RegExp(`\\b(${MONTH_NAME})\\s+(\\d{4})\\s+(?:[A-Za-z]+\\s+){0,2}meeting\\b`, 'i'),
  // "the hearing be adjourned to 7 July 2022": business put off to a day is put off to its meeting that month.
  new RegExp(
    `\\b(?:deferred|adjourned|postponed)\\s+(?:to|until)\\s+(?:[A-Z][a-z]+day,?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(${MONTH_NAME}),?\\s+(\\d{4})\\b`,
    'i',
  ),
  // "be brought back to Cabinet in September 2025": to the body itself, so to its meeting that month.
  new RegExp(
    `\\b(?:back\\s+)?to\\s+(?:the\\s+)?(?:[A-Z][\\w-]*\\s+){0,3}(?:board|cabinet|committee|panel|partnership|group|sub-committee|executive|authority|council|forum)\\s+in\\s+(${MONTH_NAME})\\s+(\\d{4})\\b`,
    'i',
  ),
];

/** When the minutes expect something back: "the next meeting", "a future meeting", "the December 2019 meeting". */
export function followUpDueIn(plain: string): { readonly due: FollowUpDue; readonly stated: boolean } {
  if (/\bnext\s+(?:[A-Za-z]+\s+)?meeting\b/i.test(plain)) return { due: { kind: 'next-meeting' }, stated: true };
  for (const pattern of IN_MONTH) {
    const match = pattern.exec(plain);
    const month = match ? monthNumber(match[1]!) : undefined;
    if (match && month !== undefined) {
      return { due: { kind: 'meeting-in-month', month: `${match[2]}-${String(month).padStart(2, '0')}` }, stated: true };
    }
  }
  if (/\bfuture\s+(?:[A-Za-z]+\s+)?meetings?\b/i.test(plain)) return { due: { kind: 'a-future-meeting' }, stated: true };
  return { due: { kind: 'a-future-meeting' }, stated: false };
}
