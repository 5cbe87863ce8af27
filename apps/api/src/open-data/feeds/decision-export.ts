import type { EstablishedBody } from '@ledger/domain';
import { toDecisionEntry } from '../../decisions/decision-register.model';
import { graphqlEnumName } from '../../platform/graphql/enums/graphql-enum';
import type { DecisionRow } from '../../read-models/read-model.repository';
import { citationOf } from '../../shared/citation';

/** A decision of the register as the exports give it: one row of the CSV, one object of the JSON. */
export interface DecisionExport {
  readonly citation: string;
  readonly meetingDate: string;
  readonly minuteNumber: string;
  readonly itemTitle: string;
  /** As the GraphQL API names it (DecisionKind), e.g. APPROVED_SUBJECT_TO_AMENDMENT. */
  readonly decisionKind: string;
  readonly text: string;
  readonly decisionId: string;
  /** The public address of the page the meeting was imported from; null when the ledger was not given one. */
  readonly meetingPage: string | null;
  /** Whether the text is exempt business (Schedule 12A): only callers who may see exempt business get such rows. */
  readonly exempt: boolean;
}

export function toDecisionExport(row: DecisionRow, body: EstablishedBody, meetingPage: string | undefined): DecisionExport {
  const entry = toDecisionEntry(row);
  return {
    citation: citationOf(
      body,
      { meetingId: row.meetingId, heldOn: row.heldOn, number: row.itemNumber, minuteNumber: row.minuteNumber },
      entry.part,
    ),
    meetingDate: row.heldOn,
    minuteNumber: row.minuteNumber,
    itemTitle: row.itemTitle,
    decisionKind: graphqlEnumName(row.kind),
    text: row.text,
    decisionId: entry.decisionId,
    meetingPage: meetingPage ?? null,
    exempt: row.exempt,
  };
}
