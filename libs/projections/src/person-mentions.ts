import type { BodyState, MeetingState, ScheduledMeeting } from '@ledger/domain';
import { heldOn, termLastDay } from '@ledger/domain';
import type { SqlExecutor } from '@ledger/event-store';
import { type DerivedTable, updateDerivedRows } from './derived-rows';

/** In what capacity the records name a person. */
export type MentionCapacity =
  'present' | 'apologies' | 'in-attendance' | 'chair' | 'presenter' | 'unable-to-attend' | 'declaration' | 'officeholder';

/**
 * Every place a meeting's or a body's record names someone, as printed: who attended or sent
 * apologies, who chaired, who presented an item or could not, who declared an interest, who held an
 * office. People are told apart from these names when a query asks (with the register of who is
 * who), so a clerk's merge or split needs no rebuild.
 */
export interface MentionRow extends Record<string, unknown> {
  readonly source_kind: 'meeting' | 'body';
  readonly source_id: string;
  readonly seq: number;
  readonly name: string;
  readonly capacity: MentionCapacity;
  readonly body_id: string;
  readonly meeting_id: string | null;
  readonly item_number: string | null;
  /** The meeting's day, or the first day of an office. */
  readonly on_date: string;
  /** An office held until the day before this date, when the record says it ended. */
  readonly until_date: string | null;
  /** What else the record says, in its own terms: role and organisation, office and term, the interest declared. */
  readonly detail: Readonly<Record<string, unknown>>;
}

const MENTIONS: DerivedTable<MentionRow> = {
  table: 'person_mentions',
  columnTypes: {
    source_kind: 'text',
    source_id: 'text',
    seq: 'integer',
    name: 'text',
    capacity: 'text',
    body_id: 'text',
    meeting_id: 'text',
    item_number: 'text',
    on_date: 'date',
    until_date: 'date',
    detail: 'jsonb',
  },
  key: ['source_kind', 'source_id', 'seq'],
};

/** A mention as a meeting's record gives it, before it is placed in its meeting. */
interface Mention {
  readonly name: string;
  readonly capacity: MentionCapacity;
  readonly item_number: string | null;
  readonly detail: Readonly<Record<string, unknown>>;
}

const defined = (detail: Record<string, unknown>) => Object.fromEntries(Object.entries(detail).filter(([, value]) => value !== undefined));

export function meetingMentions(meeting: ScheduledMeeting): MentionRow[] {
  const mentions: Mention[] = [];
  const attendance = meeting.attendance;
  if (attendance) {
    for (const [capacity, people] of [
      ['present', attendance.present],
      ['apologies', attendance.apologies],
      ['in-attendance', attendance.inAttendance],
    ] as const) {
      for (const person of people) {
        mentions.push({
          name: person.name,
          capacity,
          item_number: null,
          detail: defined({ role: person.role, organisation: person.organisation }),
        });
      }
    }
  }
  for (const chair of meeting.chairs) {
    mentions.push({
      name: chair.chair,
      capacity: 'chair',
      item_number: chair.itemNumber ?? null,
      detail: defined({ fromItemNumber: chair.fromItemNumber, wording: chair.wording }),
    });
  }
  for (const item of meeting.items) {
    const presenters = meeting.presenters?.[item.number];
    if (!presenters) continue;
    for (const [capacity, people] of [
      ['presenter', presenters.presentedBy],
      ['unable-to-attend', presenters.unableToAttend],
    ] as const) {
      for (const person of people)
        mentions.push({ name: person.name, capacity, item_number: item.number, detail: defined({ role: person.role }) });
    }
  }
  for (const declaration of meeting.declarations) {
    mentions.push({
      name: declaration.member,
      capacity: 'declaration',
      item_number: declaration.itemNumber,
      detail: defined({
        concerningItemNumber: declaration.concerningItemNumber,
        concerning: declaration.concerning,
        concerningAsPrinted: declaration.concerningAsPrinted,
        nature: declaration.nature,
        detail: declaration.detail,
      }),
    });
  }
  const day = heldOn(meeting);
  return mentions.map((mention, seq) => ({
    source_kind: 'meeting',
    source_id: meeting.meetingId,
    seq,
    body_id: meeting.bodyId,
    meeting_id: meeting.meetingId,
    on_date: day,
    until_date: null,
    name: mention.name,
    capacity: mention.capacity,
    item_number: mention.item_number,
    detail: mention.detail,
  }));
}

export function bodyMentions(body: Extract<BodyState, { status: 'established' }>): MentionRow[] {
  return body.offices
    .flatMap((officeTerm) => officeTerm.tenures.map((tenure) => ({ officeTerm, tenure })))
    .map(({ officeTerm, tenure }, seq) => ({
      source_kind: 'body',
      source_id: body.bodyId,
      seq,
      name: tenure.holder,
      capacity: 'officeholder',
      body_id: body.bodyId,
      meeting_id: 'elected' in tenure.mandate ? tenure.mandate.elected.meetingId : null,
      item_number: 'elected' in tenure.mandate ? tenure.mandate.elected.itemNumber : null,
      on_date: tenure.from,
      until_date: tenure.until ?? null,
      detail: defined({
        office: officeTerm.office,
        term: officeTerm.term,
        termEndsBy: termLastDay(officeTerm.term),
        part: 'elected' in tenure.mandate ? tenure.mandate.elected.part : undefined,
        appointedBy: 'appointedBy' in tenure.mandate ? tenure.mandate.appointedBy : undefined,
      }),
    }));
}

export function updateMeetingMentions(
  sql: SqlExecutor,
  schema: string,
  meetings: readonly { readonly before: MeetingState; readonly after: MeetingState }[],
): Promise<void> {
  return updateDerivedRows(sql, schema, MENTIONS, meetings, (meeting) =>
    meeting.status === 'not-scheduled' ? [] : meetingMentions(meeting),
  );
}

export function updateBodyMentions(
  sql: SqlExecutor,
  schema: string,
  bodies: readonly { readonly before: BodyState; readonly after: BodyState }[],
): Promise<void> {
  return updateDerivedRows(sql, schema, MENTIONS, bodies, (body) => (body.status === 'established' ? bodyMentions(body) : []));
}
