import {
  type BodyState,
  type EstablishedBody,
  membershipPeriods,
  nameInForce,
  officeholdersInForce,
  termsOfReferenceInForceOn,
  validTimeBreakpoints,
} from '@ledger/domain';
import type { SqlExecutor } from '@ledger/event-store';
import { type DerivedTable, updateDerivedRows } from './derived-rows';

/** What a body's record says on a date, each answer a query at a date asks for. */
export const BODY_FACETS = ['name', 'terms-of-reference', 'members', 'officeholders'] as const;
export type BodyFacet = (typeof BODY_FACETS)[number];
/** Facets whose answer on a date is one row: the stretch of days it covers. */
export type StretchFacet = Exclude<BodyFacet, 'members'>;
const STRETCH_FACETS: readonly StretchFacet[] = ['name', 'terms-of-reference', 'officeholders'];

/**
 * A body's record as queries at a date read it, in small rows with the days each holds, from
 * `valid_from` (`-infinity` for the days before anything the record dates) until the day before
 * `valid_until` (null: from then on), so that a query at a date reads a row or a few through an
 * index instead of parsing the body's whole history.
 *
 * The name, the terms of reference and the officeholders are stored as answers: each answer of the
 * domain's valid-time function (`nameInForce`, `termsOfReferenceInForceOn`, `officeholdersInForce`)
 * with the stretch of days it is the answer on, one row each (`part` is the stretch's first day);
 * days on which the answer is nothing (no terms of reference yet) have no row. Members are stored a
 * period of membership a row (`part` names the organisation and the period), because a stretch would
 * repeat every member in every stretch; the members on a date are the periods that cover it, as
 * `membersInForce` takes them.
 */
export interface BodyVersionRow extends Record<string, unknown> {
  readonly body_id: string;
  readonly facet: BodyFacet;
  readonly part: string;
  readonly valid_from: string;
  readonly valid_until: string | null;
  readonly entry: unknown;
}

export const BODY_VERSIONS: DerivedTable<BodyVersionRow> = {
  table: 'body_versions',
  columnTypes: { body_id: 'text', facet: 'text', part: 'text', valid_from: 'date', valid_until: 'date', entry: 'jsonb' },
  key: ['body_id', 'facet', 'part'],
};

const BEFORE_ANY_DATE = '-infinity';

const answers: Record<
  StretchFacet,
  { breakpoints: (all: ReturnType<typeof validTimeBreakpoints>) => string[]; at: (body: EstablishedBody, date: string) => unknown }
> = {
  name: { breakpoints: (all) => all.name, at: nameInForce },
  'terms-of-reference': { breakpoints: (all) => all.termsOfReference, at: termsOfReferenceInForceOn },
  officeholders: { breakpoints: (all) => all.officeholders, at: officeholdersInForce },
};

const isNothing = (answer: unknown) => answer === undefined || (Array.isArray(answer) && answer.length === 0);

/** A body's rows, worked out once per state: a batch's states after are the next batch's states before. */
export function bodyVersionRows(state: BodyState): readonly BodyVersionRow[] {
  if (state.status !== 'established') return [];
  let rows = rowsOfState.get(state);
  if (!rows) rowsOfState.set(state, (rows = [...stretchRows(state), ...membershipRows(state)]));
  return rows;
}

const rowsOfState = new WeakMap<EstablishedBody, readonly BodyVersionRow[]>();

/**
 * Each valid-time function asked on the first day of every stretch between the dates it compares
 * with (and, for the stretch before them all, on a date earlier than any: the empty text sorts
 * first), with stretches of the same answer joined.
 */
function stretchRows(state: EstablishedBody): BodyVersionRow[] {
  const breakpoints = validTimeBreakpoints(state);
  const rows: BodyVersionRow[] = [];
  for (const facet of STRETCH_FACETS) {
    const { at } = answers[facet];
    const starts = ['', ...[...new Set(answers[facet].breakpoints(breakpoints))].sort()];
    let open: { from: string; entry: unknown; json: string } | undefined;
    const close = (until: string | null) => {
      if (open && !isNothing(open.entry)) {
        const from = open.from || BEFORE_ANY_DATE;
        rows.push({ body_id: state.bodyId, facet, part: from, valid_from: from, valid_until: until, entry: open.entry });
      }
    };
    for (const start of starts) {
      const entry = at(state, start);
      const json = JSON.stringify(entry) ?? 'undefined';
      if (open?.json === json) continue;
      close(start);
      open = { from: start, entry, json };
    }
    close(null);
  }
  return rows;
}

function membershipRows(state: EstablishedBody): BodyVersionRow[] {
  const seen = new Map<string, number>();
  return membershipPeriods(state).map((period) => {
    // The n-th period of an organisation's membership: periods are only ever added after the last.
    const n = seen.get(period.organisationId) ?? 0;
    seen.set(period.organisationId, n + 1);
    return {
      body_id: state.bodyId,
      facet: 'members',
      part: `${period.organisationId}/${n}`,
      valid_from: period.from,
      valid_until: period.until ?? null,
      entry: period,
    };
  });
}

/**
 * Two rows say the same when they cover the same days with the same answer: an answer the batch did
 * not change is the very object the state held before, so most rows compare without serialising.
 */
function sameRow(a: BodyVersionRow, b: BodyVersionRow): boolean {
  return (
    a.valid_from === b.valid_from &&
    a.valid_until === b.valid_until &&
    (a.entry === b.entry || JSON.stringify(a.entry) === JSON.stringify(b.entry))
  );
}

export async function updateBodyVersions(
  sql: SqlExecutor,
  schema: string,
  bodies: readonly { readonly before: BodyState; readonly after: BodyState }[],
): Promise<void> {
  await updateDerivedRows(sql, schema, BODY_VERSIONS, bodies, bodyVersionRows, sameRow);
}
