import { Inject, Injectable } from '@nestjs/common';
import type { ActionState, BodyState, FollowUpState, MeetingState } from '@ledger/domain';
import { LEDGER_DATABASE, type SqlClient } from '@ledger/event-store';
import type { StretchFacet } from '@ledger/projections';
import { ProjectionService } from './projection.service';

export interface MeetingPageQuery {
  readonly bodyId: string;
  readonly from?: string;
  readonly to?: string;
  /** Exclusive: meetings after this (held_on, meeting_id). */
  readonly after?: MeetingKey;
  /** Exclusive: meetings before this. */
  readonly before?: MeetingKey;
  /** Newest first from `before` (or the last meeting), for paging back. */
  readonly backward?: boolean;
  readonly limit: number;
}

export interface BodyAnswerKey {
  readonly bodyId: string;
  readonly facet: StretchFacet;
  /** YYYY-MM-DD. */
  readonly onDate: string;
}

export interface MeetingKey {
  readonly heldOn: string;
  readonly meetingId: string;
}

export interface DecisionQuery {
  readonly bodyId?: string;
  readonly meetingId?: string;
  /** The printed minute number, as a citation gives it. */
  readonly minute?: string;
  readonly kinds?: readonly string[];
  readonly from?: string;
  readonly to?: string;
  readonly search?: string;
  /** Exclusive: decisions after this one in register order (older, or later in the same meeting). */
  readonly after?: DecisionCursor;
  /** Exclusive: decisions before this one in register order. */
  readonly before?: DecisionCursor;
  /** In reverse register order from `before` (or the oldest), for paging back. */
  readonly backward?: boolean;
  readonly limit: number;
  readonly includeExempt: boolean;
}

/** The register's filters, without its cursors. */
export type DecisionFilter = Omit<DecisionQuery, 'after' | 'before' | 'backward' | 'limit'>;

export interface DecisionCursor {
  readonly heldOn: string;
  readonly meetingId: string;
  readonly itemOrder: number;
  readonly partOrder: number;
}

export interface DecisionRow {
  readonly meetingId: string;
  readonly itemNumber: string;
  readonly part: string;
  readonly itemOrder: number;
  readonly partOrder: number;
  readonly bodyId: string;
  readonly heldOn: string;
  readonly itemTitle: string;
  readonly minuteNumber: string;
  readonly kind: string;
  readonly text: string;
  readonly exempt: boolean;
}

const DECISION_COLUMNS = `meeting_id, item_number, part, item_order, part_order, body_id, held_on::text AS held_on,
  item_title, minute_number, decision_kind, text, exempt`;

/**
 * The register's order, qualified by the table: unqualified, ORDER BY would take `held_on` to be the
 * text output column above, and sorting by text cannot walk the newest-first index, so every match
 * would be fetched and sorted to return a page.
 */
const REGISTER_ORDER = 'd.held_on DESC, d.meeting_id DESC, d.item_order, d.part_order';
const REVERSE_REGISTER_ORDER = 'd.held_on, d.meeting_id, d.item_order DESC, d.part_order DESC';

function toDecisionRow(row: Record<string, unknown>): DecisionRow {
  return {
    meetingId: row.meeting_id as string,
    itemNumber: row.item_number as string,
    part: row.part as string,
    itemOrder: Number(row.item_order),
    partOrder: Number(row.part_order),
    bodyId: row.body_id as string,
    heldOn: row.held_on as string,
    itemTitle: row.item_title as string,
    minuteNumber: row.minute_number as string,
    kind: row.decision_kind as string,
    text: row.text as string,
    exempt: row.exempt as boolean,
  };
}

/** The SQL behind the queries; each method is one round trip. */
@Injectable()
export class ReadModelRepository {
  private readonly schema: string;

  constructor(
    @Inject(LEDGER_DATABASE) private readonly sql: SqlClient,
    projections: ProjectionService,
  ) {
    this.schema = projections.schema;
  }

  async bodyIds(): Promise<string[]> {
    const rows = await this.sql.query<{ body_id: string }>(`SELECT body_id FROM ${this.schema}.bodies ORDER BY name`);
    return rows.map((row) => row.body_id);
  }

  /** Which of these bodies are established, with the date each was (null when not recorded). */
  async bodySummaries(ids: readonly string[]): Promise<Map<string, { establishedOn: string | null }>> {
    const rows = await this.sql.query<{ body_id: string; established_on: string | null }>(
      `SELECT body_id, established_on::text AS established_on FROM ${this.schema}.bodies WHERE body_id = ANY($1::text[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.body_id, { establishedOn: row.established_on }]));
  }

  /**
   * The answers of bodies' records on dates, one small row each (see body_versions): in the order
   * asked, undefined where the record gives none on that date.
   */
  async bodyAnswers(asked: readonly BodyAnswerKey[]): Promise<unknown[]> {
    const rows = await this.sql.query<{ i: string; entry: unknown }>(
      `SELECT k.i::text AS i, v.entry
       FROM unnest($1::text[], $2::text[], $3::date[]) WITH ORDINALITY AS k(body_id, facet, on_date, i)
       CROSS JOIN LATERAL (
         SELECT entry, valid_until FROM ${this.schema}.body_versions v
         WHERE v.body_id = k.body_id AND v.facet = k.facet AND v.valid_from <= k.on_date
         ORDER BY v.valid_from DESC LIMIT 1
       ) v
       -- A stretch of days with no answer (before any terms of reference) has no row: the row before it has ended.
       WHERE v.valid_until IS NULL OR v.valid_until > k.on_date`,
      [asked.map((key) => key.bodyId), asked.map((key) => key.facet), asked.map((key) => key.onDate)],
    );
    const found = new Map(rows.map((row) => [Number(row.i) - 1, row.entry]));
    return asked.map((_, index) => found.get(index));
  }

  /** The periods of membership of bodies that cover dates, in the order asked, each list unordered. */
  async bodyMembers(asked: readonly { readonly bodyId: string; readonly onDate: string }[]): Promise<unknown[][]> {
    const rows = await this.sql.query<{ i: string; entry: unknown }>(
      `SELECT k.i::text AS i, v.entry
       FROM unnest($1::text[], $2::date[]) WITH ORDINALITY AS k(body_id, on_date, i)
       JOIN ${this.schema}.body_versions v
         ON v.body_id = k.body_id AND v.facet = 'members' AND v.valid_from <= k.on_date
        AND (v.valid_until IS NULL OR v.valid_until > k.on_date)`,
      [asked.map((key) => key.bodyId), asked.map((key) => key.onDate)],
    );
    const found = asked.map((): unknown[] => []);
    for (const row of rows) found[Number(row.i) - 1]!.push(row.entry);
    return found;
  }

  bodies(ids: readonly string[]): Promise<Map<string, BodyState>> {
    return this.states('bodies', 'body_id', ids);
  }

  meetings(ids: readonly string[]): Promise<Map<string, MeetingState>> {
    return this.states('meetings', 'meeting_id', ids);
  }

  followUp(ids: readonly string[]): Promise<Map<string, FollowUpState>> {
    return this.states('follow_ups', 'follow_up_id', ids);
  }

  /** The pages a meeting was imported from, in the order of their hashes. */
  async sourceFilesOf(meetingId: string): Promise<{ sha256: string; name?: string; url?: string; mediaType?: string }[]> {
    const rows = await this.sql.query<{ sha256: string; name: string | null; url: string | null; media_type: string | null }>(
      `SELECT sha256, name, url, media_type FROM ${this.schema}.source_files WHERE meeting_id = $1 ORDER BY sha256`,
      [meetingId],
    );
    return rows.map((row) => ({
      sha256: row.sha256,
      name: row.name ?? undefined,
      url: row.url ?? undefined,
      mediaType: row.media_type ?? undefined,
    }));
  }

  /** Every meeting of a body the ledger holds, oldest first. */
  async meetingsOf(bodyId: string): Promise<MeetingState[]> {
    const rows = await this.sql.query<{ state: MeetingState }>(
      `SELECT state FROM ${this.schema}.meetings WHERE body_id = $1 ORDER BY held_on, meeting_id`,
      [bodyId],
    );
    return rows.map((row) => row.state);
  }

  /** The days of a body's meetings the ledger holds, oldest first. */
  async meetingDaysOf(bodyId: string): Promise<string[]> {
    const rows = await this.sql.query<{ held_on: string }>(
      `SELECT held_on::text AS held_on FROM ${this.schema}.meetings WHERE body_id = $1 ORDER BY held_on, meeting_id`,
      [bodyId],
    );
    return rows.map((row) => row.held_on);
  }

  async meetingPage(query: MeetingPageQuery): Promise<MeetingState[]> {
    const { where, params } = this.meetingFilter(query);
    const key = (cursor: MeetingKey) => `($${params.push(cursor.heldOn)}::date, $${params.push(cursor.meetingId)})`;
    if (query.after) where.push(`(held_on, meeting_id) > ${key(query.after)}`);
    if (query.before) where.push(`(held_on, meeting_id) < ${key(query.before)}`);
    const direction = query.backward ? 'DESC' : 'ASC';
    const rows = await this.sql.query<{ state: MeetingState }>(
      `SELECT state FROM ${this.schema}.meetings WHERE ${where.join(' AND ')}
       ORDER BY held_on ${direction}, meeting_id ${direction} LIMIT $${params.push(query.limit)}`,
      params,
    );
    return rows.map((row) => row.state);
  }

  /** How many meetings the page's filters match, whatever the cursors. */
  async countMeetings(query: Pick<MeetingPageQuery, 'bodyId' | 'from' | 'to'>): Promise<number> {
    const { where, params } = this.meetingFilter(query);
    const [{ count }] = await this.sql.query<{ count: string | number }>(
      `SELECT count(*) AS count FROM ${this.schema}.meetings WHERE ${where.join(' AND ')}`,
      params,
    );
    return Number(count);
  }

  private meetingFilter(query: Pick<MeetingPageQuery, 'bodyId' | 'from' | 'to'>) {
    const params: unknown[] = [query.bodyId];
    const where = ['body_id = $1'];
    if (query.from) where.push(`held_on >= $${params.push(query.from)}`);
    if (query.to) where.push(`held_on <= $${params.push(query.to)}`);
    return { where, params };
  }

  /** The register's rows for one resolution, in part order. */
  async decisionsOfItem(meetingId: string, itemNumber: string): Promise<DecisionRow[]> {
    const rows = await this.sql.query<Record<string, unknown>>(
      `SELECT ${DECISION_COLUMNS} FROM ${this.schema}.decisions WHERE meeting_id = $1 AND item_number = $2 ORDER BY part_order`,
      [meetingId, itemNumber],
    );
    return rows.map(toDecisionRow);
  }

  async decisions(query: DecisionQuery): Promise<DecisionRow[]> {
    const { where, params } = this.decisionFilter(query);
    // Meetings newest first; within a meeting, items and parts in their own order.
    const placeOf = (cursor: DecisionCursor) => ({
      meeting: `($${params.push(cursor.heldOn)}::date, $${params.push(cursor.meetingId)})`,
      place: `($${params.push(cursor.itemOrder)}::integer, $${params.push(cursor.partOrder)}::integer)`,
    });
    if (query.after) {
      const { meeting, place } = placeOf(query.after);
      where.push(`((held_on, meeting_id) < ${meeting} OR ((held_on, meeting_id) = ${meeting} AND (item_order, part_order) > ${place}))`);
    }
    if (query.before) {
      const { meeting, place } = placeOf(query.before);
      where.push(`((held_on, meeting_id) > ${meeting} OR ((held_on, meeting_id) = ${meeting} AND (item_order, part_order) < ${place}))`);
    }
    const rows = await this.sql.query<Record<string, unknown>>(
      `SELECT ${DECISION_COLUMNS}
       FROM ${this.schema}.decisions d ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY ${query.backward ? REVERSE_REGISTER_ORDER : REGISTER_ORDER}
       LIMIT $${params.push(query.limit)}`,
      params,
    );
    return rows.map(toDecisionRow);
  }

  /** How many decisions the register's filters match, whatever the cursors. */
  async countDecisions(query: DecisionFilter): Promise<number> {
    const { where, params } = this.decisionFilter(query);
    const [{ count }] = await this.sql.query<{ count: string | number }>(
      `SELECT count(*) AS count FROM ${this.schema}.decisions ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
      params,
    );
    return Number(count);
  }

  private decisionFilter(query: DecisionFilter) {
    const params: unknown[] = [];
    const where: string[] = [];
    if (query.bodyId) where.push(`body_id = $${params.push(query.bodyId)}`);
    if (query.meetingId) where.push(`meeting_id = $${params.push(query.meetingId)}`);
    if (query.minute) where.push(`minute_number = $${params.push(query.minute)}`);
    if (query.kinds?.length) where.push(`decision_kind = ANY($${params.push(query.kinds)}::text[])`);
    if (query.from) where.push(`held_on >= $${params.push(query.from)}`);
    if (query.to) where.push(`held_on <= $${params.push(query.to)}`);
    if (query.search) where.push(`search @@ websearch_to_tsquery('english', $${params.push(query.search)})`);
    if (!query.includeExempt) where.push('NOT exempt');
    return { where, params };
  }

  async followUps(filter: { bodyId?: string; statuses?: readonly string[] }): Promise<FollowUpState[]> {
    return this.filteredStates<FollowUpState>('follow_ups', 'follow_up_id', filter);
  }

  async actions(filter: { bodyId?: string; statuses?: readonly string[] }): Promise<ActionState[]> {
    return this.filteredStates<ActionState>('actions', 'action_id', filter);
  }

  private async filteredStates<State>(
    table: string,
    idColumn: string,
    filter: { bodyId?: string; statuses?: readonly string[] },
  ): Promise<State[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (filter.bodyId) where.push(`body_id = $${params.push(filter.bodyId)}`);
    if (filter.statuses?.length) where.push(`status = ANY($${params.push(filter.statuses)}::text[])`);
    const rows = await this.sql.query<{ state: State }>(
      `SELECT state FROM ${this.schema}.${table} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY raised_on, ${idColumn}`,
      params,
    );
    return rows.map((row) => row.state);
  }

  private async states<State>(table: string, idColumn: string, ids: readonly string[]): Promise<Map<string, State>> {
    if (ids.length === 0) return new Map();
    const rows = await this.sql.query<{ id: string; state: State }>(
      `SELECT ${idColumn} AS id, state FROM ${this.schema}.${table} WHERE ${idColumn} = ANY($1::text[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row.state]));
  }
}
