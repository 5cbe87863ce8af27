import {
  type BodyState,
  type EstablishedBody,
  membersInForce,
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

/**
 * One answer of the domain's valid-time functions (`nameInForce`, `termsOfReferenceInForceOn`,
 * `membersInForce`, `officeholdersInForce`) with the days it is the answer on, from `valid_from`
 * (`-infinity` for the days before anything the record dates) until the day before `valid_until`
 * (null: from then on). A query at a date reads one small row through the primary key instead of
 * parsing the body's whole history. Days on which the answer is nothing (no terms of reference
 * yet, no members) have no row.
 */
export interface BodyVersionRow extends Record<string, unknown> {
  readonly body_id: string;
  readonly facet: BodyFacet;
  readonly valid_from: string;
  readonly valid_until: string | null;
  readonly entry: unknown;
}

export const BODY_VERSIONS: DerivedTable<BodyVersionRow> = {
  table: 'body_versions',
  columnTypes: { body_id: 'text', facet: 'text', valid_from: 'date', valid_until: 'date', entry: 'jsonb' },
  key: ['body_id', 'facet', 'valid_from'],
};

const BEFORE_ANY_DATE = '-infinity';

const answers: Record<
  BodyFacet,
  { breakpoints: (all: ReturnType<typeof validTimeBreakpoints>) => string[]; at: (body: EstablishedBody, date: string) => unknown }
> = {
  name: { breakpoints: (all) => all.name, at: nameInForce },
  'terms-of-reference': { breakpoints: (all) => all.termsOfReference, at: termsOfReferenceInForceOn },
  members: { breakpoints: (all) => all.members, at: membersInForce },
  officeholders: { breakpoints: (all) => all.officeholders, at: officeholdersInForce },
};

const isNothing = (answer: unknown) => answer === undefined || (Array.isArray(answer) && answer.length === 0);

/**
 * The answers a body's record gives over time, facet by facet: each valid-time function asked on
 * the first day of every stretch between the dates it compares with (and, for the stretch before
 * them all, on a date earlier than any: the empty text sorts first), with stretches of the same
 * answer joined.
 */
export function bodyVersionRows(state: BodyState): readonly BodyVersionRow[] {
  if (state.status !== 'established') return [];
  // A batch's states after are the next batch's states before (the catch-up keeps them in memory).
  let rows = rowsOfState.get(state);
  if (!rows) rowsOfState.set(state, (rows = rowsOf(state)));
  return rows;
}

const rowsOfState = new WeakMap<EstablishedBody, readonly BodyVersionRow[]>();

function rowsOf(state: EstablishedBody): BodyVersionRow[] {
  const breakpoints = validTimeBreakpoints(state);
  const rows: BodyVersionRow[] = [];
  for (const facet of BODY_FACETS) {
    const { at } = answers[facet];
    const starts = ['', ...[...new Set(answers[facet].breakpoints(breakpoints))].sort()];
    let open: { from: string; entry: unknown; json: string } | undefined;
    const close = (until: string | null) => {
      if (open && !isNothing(open.entry)) {
        rows.push({ body_id: state.bodyId, facet, valid_from: open.from || BEFORE_ANY_DATE, valid_until: until, entry: open.entry });
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

export async function updateBodyVersions(
  sql: SqlExecutor,
  schema: string,
  bodies: readonly { readonly before: BodyState; readonly after: BodyState }[],
): Promise<void> {
  await updateDerivedRows(sql, schema, BODY_VERSIONS, bodies, bodyVersionRows);
}
