import { violation } from '../shared/domain-error';

/**
 * Schedule 12A, Part 1 (England) of the Local Government Act 1972: paragraphs 1 to 7 describe
 * exempt information; 8 to 10 qualify it. Paragraph 10 is the public-interest test, which the
 * minutes cite alongside a description ("Paragraphs 3 and 10"), never on its own.
 */
export const SCHEDULE_12A_DESCRIPTIONS = [1, 2, 3, 4, 5, 6, 7] as const;
export const SCHEDULE_12A_QUALIFICATIONS = [8, 9, 10] as const;

export function validateSchedule12AParagraphs(paragraphs: readonly number[]): void {
  const list = Array.isArray(paragraphs) ? paragraphs : [];
  const unknown = list.filter((paragraph) => !Number.isInteger(paragraph) || paragraph < 1 || paragraph > 10);
  if (unknown.length > 0) {
    throw violation(
      'UNKNOWN_SCHEDULE_12A_PARAGRAPH',
      `Schedule 12A has no paragraph ${unknown.join(', ')}; cite paragraphs 1 to 7, qualified by 8 to 10`,
      { paragraphs: list },
    );
  }
  if (!list.some((paragraph) => paragraph <= 7)) {
    throw violation(
      'EXEMPT_ITEM_NEEDS_SCHEDULE_12A_PARAGRAPH',
      'Exempt business must cite at least one of paragraphs 1 to 7 of Schedule 12A describing the exempt information',
      { paragraphs: list },
    );
  }
}
