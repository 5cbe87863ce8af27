import type { SqlExecutor } from '@ledger/event-store';

/**
 * The shape of what each read model stores, by number. Raise a read model's number with any change
 * to what it stores (its domain state's type, or how its rows are derived): on start, read models
 * stored under another number are rebuilt from the log, or the API refuses to start on a large log
 * and names the command that rebuilds them. read-model-shapes.spec.ts fails when a state's type
 * changes and its number does not.
 */
export const READ_MODEL_VERSIONS = {
  bodies: 2,
  meetings: 6,
  decisions: 7,
  follow_ups: 1,
  actions: 1,
  person_registers: 1,
  person_mentions: 6,
  source_files: 6,
  minute_passages: 6,
  recorded_times: 6,
  body_versions: 1,
} as const satisfies Readonly<Record<string, number>>;

export type ReadModelName = keyof typeof READ_MODEL_VERSIONS;

export interface StaleReadModel {
  readonly name: string;
  /** The number the stored rows were built under; undefined when none was recorded. */
  readonly stored: number | undefined;
  readonly current: number;
}

/** Read models stored under another shape than this code's. */
export async function staleReadModels(sql: SqlExecutor, schema: string): Promise<StaleReadModel[]> {
  const rows = await sql.query<{ read_model: string; version: number }>(`SELECT read_model, version FROM ${schema}.read_model_versions`);
  const stored = new Map(rows.map((row) => [row.read_model, Number(row.version)]));
  return Object.entries(READ_MODEL_VERSIONS)
    .filter(([name, current]) => stored.get(name) !== current)
    .map(([name, current]) => ({ name, stored: stored.get(name), current }));
}

/** Records that the stored read models have this code's shapes. */
export async function recordReadModelVersions(sql: SqlExecutor, schema: string): Promise<void> {
  const names = Object.keys(READ_MODEL_VERSIONS);
  await sql.query(
    `INSERT INTO ${schema}.read_model_versions (read_model, version)
     SELECT * FROM unnest($1::text[], $2::int[])
     ON CONFLICT (read_model) DO UPDATE SET version = EXCLUDED.version`,
    [names, names.map((name) => READ_MODEL_VERSIONS[name as ReadModelName])],
  );
}

export class StaleReadModelsError extends Error {
  constructor(
    readonly stale: readonly StaleReadModel[],
    readonly events: bigint,
    readonly limit: number,
  ) {
    super(
      `The read models ${stale.map((model) => `${model.name} (stored as shape ${model.stored ?? 'unknown'}, this version stores ${model.current})`).join(', ')} ` +
        `were built by another version, and rebuilding them means projecting ${events} events, more than READ_MODEL_AUTO_REBUILD_MAX_EVENTS (${limit}) ` +
        'allows at start. Rebuild them with `npm run cli -- rebuild` (the API must be stopped), or raise the limit to let the API rebuild them as it starts.',
    );
    this.name = 'StaleReadModelsError';
  }
}
