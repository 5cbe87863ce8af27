import type { DecisionExport } from './decision-export';
import type { DateRange } from './feed-query';

/** The register as a JSON document: what was asked for, and the decisions in the register's order (newest meeting first). */
export interface DecisionsDocument {
  readonly bodyId: string;
  readonly bodyName: string;
  /** The range asked for; null where it was left open. */
  readonly from: string | null;
  readonly to: string | null;
  readonly decisions: readonly DecisionExport[];
}

export function decisionsDocument(
  body: { bodyId: string; name: string },
  range: DateRange,
  decisions: readonly DecisionExport[],
): DecisionsDocument {
  return { bodyId: body.bodyId, bodyName: body.name, from: range.from ?? null, to: range.to ?? null, decisions };
}
