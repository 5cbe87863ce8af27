import { Inject, Injectable } from '@nestjs/common';
import {
  currentName,
  isDomainEventType,
  streamIdFor,
  toDomainEvent,
  type BodyEvent,
  type EstablishedBody,
  type MeetingEvent,
  type MeetingState,
  type ScheduledMeeting,
} from '@ledger/domain';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { readWholeStream, schemaVersionIn } from '@ledger/write-side';
import { asScheduled } from '../../meeting/meeting-page';
import { type DecisionRow, ReadModelRepository } from '../../read-models/read-model.repository';
import { calendarEntries } from './calendar-entries';
import { type DecisionExport, toDecisionExport } from './decision-export';
import { decisionsAtom } from './decisions-atom';
import { type DecisionsDocument, decisionsDocument } from './decisions-json';
import type { DateRange } from './feed-query';
import { meetingsCalendar } from './meetings-calendar';
import { bodyLogOf, type LoggedEvent, meetingLogOf, type MeetingLog } from './recorded-times';

/** How many decisions an export reads from the register at a time. */
const EXPORT_PAGE = 1000;

function scheduledOnly(states: ReadonlyMap<string, MeetingState>): Map<string, ScheduledMeeting> {
  return new Map([...states].flatMap(([meetingId, state]) => (state.status === 'not-scheduled' ? [] : [[meetingId, state] as const])));
}

/** Who is asking, as far as the feeds care: whether they may see exempt business (Schedule 12A). */
export interface FeedReader {
  readonly seesExempt: boolean;
}

/**
 * A body's record gathered for the feeds: the register and the meetings from the read models, as the
 * GraphQL API reads them, and from the log what they do not keep (when things were recorded, how
 * often a meeting moved). Each answer is undefined for a body the ledger does not hold.
 */
@Injectable()
export class BodyFeedsService {
  constructor(
    private readonly repository: ReadModelRepository,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async decisionsAtom(bodyId: string, reader: FeedReader, limit: number): Promise<string | undefined> {
    const body = await this.body(bodyId);
    if (!body) return undefined;
    const rows = await this.repository.decisions({ bodyId, includeExempt: reader.seesExempt, limit });
    const meetingIds = [...new Set(rows.map((row) => row.meetingId))];
    const [exports, logs, bodyLog] = await Promise.all([this.exportsOf(body, rows), this.meetingLogs(meetingIds), this.bodyLog(bodyId)]);
    return decisionsAtom({
      bodyId,
      bodyName: currentName(body).name,
      bodyRecordedAt: bodyLog.establishedAt,
      decisions: exports.map((decision, index) => {
        const log = logs.get(rows[index]!.meetingId)!;
        // Every row of the register comes from a ResolutionPassed of its meeting's stream; should the
        // read models ever hold one the log does not, the meeting's own latest change is the honest time.
        return { decision, recordedAt: log.resolutionsRecordedAt.get(rows[index]!.itemNumber) ?? log.calendarRevisedAt };
      }),
    });
  }

  async meetingsCalendar(bodyId: string, reader: FeedReader): Promise<string | undefined> {
    const body = await this.body(bodyId);
    if (!body) return undefined;
    const meetings = (await this.repository.meetingsOf(bodyId)).flatMap((state) => asScheduled(state) ?? []);
    const meetingIds = meetings.map((meeting) => meeting.meetingId);
    const decidingIds = [...new Set(body.agreedMeetingDates.map(({ decision }) => decision.meetingId))];
    const [logs, pages, bodyLog, deciding] = await Promise.all([
      this.meetingLogs(meetingIds),
      this.meetingPages(meetingIds),
      this.bodyLog(bodyId),
      this.repository.meetings(decidingIds),
    ]);
    const entries = calendarEntries({
      body,
      meetings: meetings.map((meeting) => ({ meeting, log: logs.get(meeting.meetingId)!, page: pages.get(meeting.meetingId) })),
      agreements: body.agreedMeetingDates.map((agreement, index) => ({ agreement, recordedAt: bodyLog.agreementsRecordedAt[index]! })),
      decidingMeetings: scheduledOnly(deciding),
      seesExempt: reader.seesExempt,
    });
    return meetingsCalendar({ name: `${currentName(body).name}: meetings`, entries });
  }

  async decisionsDocument(bodyId: string, reader: FeedReader, range: DateRange): Promise<DecisionsDocument | undefined> {
    const body = await this.body(bodyId);
    if (!body) return undefined;
    return decisionsDocument(
      { bodyId, name: currentName(body).name },
      range,
      await this.exportsOf(body, await this.wholeRegister(bodyId, reader, range)),
    );
  }

  private async body(bodyId: string): Promise<EstablishedBody | undefined> {
    const state = (await this.repository.bodies([bodyId])).get(bodyId);
    return state?.status === 'established' ? state : undefined;
  }

  /** Every decision in the range, in the register's order, a page at a time. */
  private async wholeRegister(bodyId: string, reader: FeedReader, range: DateRange): Promise<DecisionRow[]> {
    const rows: DecisionRow[] = [];
    for (;;) {
      const last = rows[rows.length - 1];
      const page = await this.repository.decisions({
        bodyId,
        ...range,
        includeExempt: reader.seesExempt,
        limit: EXPORT_PAGE,
        ...(last && { after: { heldOn: last.heldOn, meetingId: last.meetingId, itemOrder: last.itemOrder, partOrder: last.partOrder } }),
      });
      rows.push(...page);
      if (page.length < EXPORT_PAGE) return rows;
    }
  }

  private async exportsOf(body: EstablishedBody, rows: readonly DecisionRow[]): Promise<DecisionExport[]> {
    const pages = await this.meetingPages([...new Set(rows.map((row) => row.meetingId))]);
    return rows.map((row) => toDecisionExport(row, body, pages.get(row.meetingId)));
  }

  /** The public address of each meeting's page, where the importer was given one. */
  private async meetingPages(meetingIds: readonly string[]): Promise<Map<string, string>> {
    const found = await Promise.all(
      meetingIds.map(
        async (meetingId) => [meetingId, (await this.repository.sourceFilesOf(meetingId)).find((file) => file.url)?.url] as const,
      ),
    );
    return new Map(found.flatMap(([meetingId, url]) => (url ? [[meetingId, url] as const] : [])));
  }

  private async meetingLogs(meetingIds: readonly string[]): Promise<Map<string, MeetingLog>> {
    const logs = await Promise.all(
      meetingIds.map(
        async (meetingId) => [meetingId, meetingLogOf(await this.stream<MeetingEvent>(streamIdFor('meeting', meetingId)))] as const,
      ),
    );
    return new Map(logs);
  }

  private async bodyLog(bodyId: string) {
    return bodyLogOf(await this.stream<BodyEvent>(streamIdFor('body', bodyId)));
  }

  /** A stream's domain events, as their current schema reads them, with when each was recorded. */
  private async stream<Event>(streamId: string): Promise<LoggedEvent<Event>[]> {
    const recorded = await readWholeStream(this.store, streamId);
    return recorded
      .filter((event) => isDomainEventType(event.type))
      .map((event) => ({
        event: toDomainEvent(event.type, schemaVersionIn(event.metadata), event.data) as Event,
        recordedAt: event.recordedAt,
      }));
  }
}
