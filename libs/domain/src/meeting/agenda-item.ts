import { InvalidValue } from '../shared/domain-error';
import { requireText, requireTextIfGiven } from '../shared/values';
import { validateSchedule12AParagraphs } from './schedule-12a';

/** The kinds of item found on the boards' agendas, 2015 to 2025. */
export const ITEM_KINDS = [
  'introductions',
  'apologies',
  'election-of-officeholder',
  'minutes-of-previous-meeting',
  'matters-arising',
  'action-log',
  'declarations-of-interest',
  'change-to-order-of-business',
  'report',
  'presentation',
  'oral-update',
  'other-business',
  'date-of-next-meeting',
  'exclusion-of-press-and-public',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export interface AgendaItem {
  /**
   * The number the item is cited by, unique within the meeting: the minute number the minutes
   * print beside it (minute 36), or its number on the agenda when the minutes print none.
   */
  readonly number: string;
  /** The running minute number printed in the minutes, when it differs from `number` (older records). */
  readonly minuteNumber?: string;
  /** Its number on the published agenda ("Agenda Item 8"), when it differs from `number`. */
  readonly agendaNumber?: string;
  readonly title: string;
  readonly kind: ItemKind;
  /** The paper the item considered; its author as the minutes print them ("a report of the Director of Public Health"). */
  readonly report?: { readonly title: string; readonly sizeKb?: number; readonly author?: string };
  readonly presenter?: { readonly name: string; readonly role?: string };
  /** Exempt information under Schedule 12A of the Local Government Act 1972. */
  readonly exempt?: { readonly paragraphs: readonly number[] };
}

export function validateAgendaItem(item: AgendaItem): void {
  requireText('item.number', item?.number);
  requireText('item.title', item.title);
  requireTextIfGiven('item.minuteNumber', item.minuteNumber);
  requireTextIfGiven('item.agendaNumber', item.agendaNumber);
  if (!(ITEM_KINDS as readonly string[]).includes(item.kind)) {
    throw new InvalidValue('UNKNOWN_CHOICE', 'item.kind', `"${String(item.kind)}" is not a kind of agenda item`);
  }
  if (item.report) {
    requireText('item.report.title', item.report.title);
    const size = item.report.sizeKb;
    if (size !== undefined && !(Number.isFinite(size) && size > 0)) {
      throw new InvalidValue('UNKNOWN_CHOICE', 'item.report.sizeKb', 'A report size is a positive number of kilobytes');
    }
    requireTextIfGiven('item.report.author', item.report.author);
  }
  if (item.presenter) {
    requireText('item.presenter.name', item.presenter.name);
    requireTextIfGiven('item.presenter.role', item.presenter.role);
  }
  if (item.exempt) validateSchedule12AParagraphs(item.exempt.paragraphs);
}

/** Keeps only the fields an agenda item has, so nothing unexpected is written into the ledger. */
export function normaliseAgendaItem(item: AgendaItem): AgendaItem {
  const { number, minuteNumber, agendaNumber, title, kind, report, presenter, exempt } = item;
  return {
    number,
    ...(minuteNumber !== undefined && { minuteNumber }),
    ...(agendaNumber !== undefined && { agendaNumber }),
    title,
    kind,
    ...(report && {
      report: {
        title: report.title,
        ...(report.sizeKb !== undefined && { sizeKb: report.sizeKb }),
        ...(report.author !== undefined && { author: report.author }),
      },
    }),
    ...(presenter && { presenter: { name: presenter.name, ...(presenter.role !== undefined && { role: presenter.role }) } }),
    ...(exempt && { exempt: { paragraphs: [...exempt.paragraphs] } }),
  };
}
