import type { Report } from './support/report';

export interface BenchSettings {
  readonly quick: boolean;
  readonly databaseUrl: string;
  readonly seed: number;
  /** Events in the synthetic ledger that B2, B3 and B5 read. */
  readonly datasetEvents: number;
  /** Events in the larger ledger of the scale run (`--scale`). */
  readonly scaleEvents: number;
  /** Runs of each measurement; the table shows their median. */
  readonly runs: number;
  /** How long each closed-loop measurement runs. */
  readonly loopMs: number;
  readonly singleAppends: number;
  /** Events of the naive per-event projection baseline (a slice of the ledger, scaled). */
  readonly naiveEvents: number;
  /** Shards of the PostgreSQL rebuild in B3 and the scale run (rebuildReadModels `shards`). */
  readonly rebuildShards: number;
}

export interface BenchContext {
  readonly settings: BenchSettings;
  readonly report: Report;
  /** Facts about the run for BENCHMARKS.md (versions, sizes, timings of the setup). */
  readonly facts: Map<string, string>;
}
