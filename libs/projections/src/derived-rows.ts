import type { SqlExecutor } from '@ledger/event-store';

/** A table whose rows follow from aggregates' states: its columns with their SQL types, and which of them identify a row. */
export interface DerivedTable<Row extends Record<string, unknown>> {
  readonly table: string;
  readonly columnTypes: { readonly [Column in keyof Row & string]: string };
  readonly key: readonly (keyof Row & string)[];
}

/**
 * Brings a table from the rows the states before a batch implied to those the states after it
 * imply, writing only the rows that changed: a batch that adds a meeting's minutes leaves the rows
 * of its other business (and their index entries) alone. Two statements whatever the batch's size.
 */
export async function updateDerivedRows<State, Row extends Record<string, unknown>>(
  sql: SqlExecutor,
  schema: string,
  derived: DerivedTable<Row>,
  changes: readonly { readonly before: State; readonly after: State }[],
  rowsOf: (state: State) => readonly Row[],
  sameRow: (before: Row, after: Row) => boolean = (before, after) => JSON.stringify(before) === JSON.stringify(after),
): Promise<void> {
  const keyOf = (row: Row) => JSON.stringify(derived.key.map((column) => row[column]));
  const removed: Row[] = [];
  const written: Row[] = [];
  for (const { before, after } of changes) {
    const old = new Map(rowsOf(before).map((row) => [keyOf(row), row]));
    for (const row of rowsOf(after)) {
      const key = keyOf(row);
      const previous = old.get(key);
      if (!previous || !sameRow(previous, row)) written.push(row);
      old.delete(key);
    }
    removed.push(...old.values());
  }
  const { table, columnTypes, key } = derived;
  if (removed.length > 0) {
    await sql.query(
      `DELETE FROM ${schema}.${table} t USING unnest(${key.map((column, index) => `$${index + 1}::${columnTypes[column]}[]`).join(', ')}) AS k(${key.join(', ')})
       WHERE (${key.map((column) => `t.${column}`).join(', ')}) = (${key.map((column) => `k.${column}`).join(', ')})`,
      key.map((column) => removed.map((row) => row[column])),
    );
  }
  if (written.length > 0) {
    const columns = Object.keys(columnTypes);
    const updates = columns.filter((column) => !key.includes(column)).map((column) => `${column} = excluded.${column}`);
    await sql.query(
      `INSERT INTO ${schema}.${table} (${columns.join(', ')})
       SELECT ${columns.join(', ')} FROM jsonb_to_recordset($1::jsonb)
         AS r(${Object.entries(columnTypes)
           .map(([column, type]) => `${column} ${type}`)
           .join(', ')})
       ON CONFLICT (${key.join(', ')}) DO ${updates.length > 0 ? `UPDATE SET ${updates.join(', ')}` : 'NOTHING'}`,
      [JSON.stringify(written)],
    );
  }
}
