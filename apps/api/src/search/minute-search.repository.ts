import { Inject, Injectable } from '@nestjs/common';
import { LEDGER_DATABASE, type SqlClient } from '@ledger/event-store';
import { ProjectionService } from '../read-models/projection.service';
import { MATCH_END, MATCH_START } from './highlights';

export interface PassageSearch {
  /** Words as a reader types them: "quoted phrases", or, -not (PostgreSQL's web search syntax). */
  readonly words: string;
  readonly bodyId?: string;
  readonly from?: string;
  readonly to?: string;
  readonly kinds?: readonly string[];
  readonly includeExempt: boolean;
}

export interface PassageHit {
  readonly meetingId: string;
  readonly itemNumber: string;
  readonly bodyId: string;
  readonly heldOn: string;
  readonly minuteNumber: string;
  readonly itemTitle: string;
  readonly kind: string;
  readonly label: string;
  readonly text: string;
  readonly rank: number;
  /** The passage's best fragments, matches marked with MATCH_START and MATCH_END. */
  readonly marked: string;
}

const MARKS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}`;
/** A short passage comes whole; a longer one as up to two fragments of about thirty words. */
const SHORT_PASSAGE = 300;
const WHOLE = `${MARKS}, HighlightAll=true`;
const FRAGMENTS = `${MARKS}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/** Searches the minutes' passages (the minute_passages read model), best matches first. */
@Injectable()
export class MinuteSearchRepository {
  private readonly schema: string;

  constructor(
    @Inject(LEDGER_DATABASE) private readonly sql: SqlClient,
    projections: ProjectionService,
  ) {
    this.schema = projections.schema;
  }

  async count(search: PassageSearch): Promise<number> {
    const { where, params } = this.filter(search);
    const [{ count }] = await this.sql.query<{ count: string | number }>(
      `SELECT count(*) AS count FROM ${this.schema}.minute_passages p, websearch_to_tsquery('english', $1) q WHERE ${where}`,
      params,
    );
    return Number(count);
  }

  /** Matches ranked by how well they match (the item's title counting most), then newest meeting first, then in the minutes' order. */
  async page(search: PassageSearch, offset: number, limit: number): Promise<PassageHit[]> {
    if (limit === 0) return [];
    const { where, params } = this.filter(search);
    const rows = await this.sql.query<Record<string, unknown>>(
      `SELECT meeting_id, item_number, body_id, held_on::text AS held_on, minute_number, item_title, kind, label, text,
              ts_rank(p.search, q) AS rank, CASE WHEN length(p.text) <= ${SHORT_PASSAGE} THEN ts_headline('english', p.text, q, $${params.push(WHOLE)})
                   ELSE ts_headline('english', p.text, q, $${params.push(FRAGMENTS)}) END AS marked
       FROM ${this.schema}.minute_passages p, websearch_to_tsquery('english', $1) q
       WHERE ${where}
       ORDER BY rank DESC, p.held_on DESC, p.meeting_id, p.item_order, p.seq
       OFFSET $${params.push(offset)} LIMIT $${params.push(limit)}`,
      params,
    );
    return rows.map((row) => ({
      meetingId: row.meeting_id as string,
      itemNumber: row.item_number as string,
      bodyId: row.body_id as string,
      heldOn: row.held_on as string,
      minuteNumber: row.minute_number as string,
      itemTitle: row.item_title as string,
      kind: row.kind as string,
      label: row.label as string,
      text: row.text as string,
      rank: Number(row.rank),
      marked: row.marked as string,
    }));
  }

  private filter(search: PassageSearch): { where: string; params: unknown[] } {
    const params: unknown[] = [search.words];
    const where = ['p.search @@ q'];
    if (search.bodyId) where.push(`p.body_id = $${params.push(search.bodyId)}`);
    if (search.from) where.push(`p.held_on >= $${params.push(search.from)}`);
    if (search.to) where.push(`p.held_on <= $${params.push(search.to)}`);
    if (search.kinds?.length) where.push(`p.kind = ANY($${params.push(search.kinds)}::text[])`);
    if (!search.includeExempt) where.push('NOT p.exempt');
    return { where: where.join(' AND '), params };
  }
}
