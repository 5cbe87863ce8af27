import { createHash } from 'node:crypto';

/** Everything on the server's side an answer to a GET can depend on, read before it is computed. */
export interface LedgerMoment {
  /** The server's version: a new one may answer the same question differently. */
  readonly version: string;
  /** The read models' position. */
  readonly readModelsAt: bigint | undefined;
  /** The log's head: reads of the log itself (as recorded at, the audit trail, tree heads) follow it. */
  readonly logHeadAt: bigint | undefined;
  /** Where each processor of the log in this instance has got to (the process manager's checkpoint among them). */
  readonly processorsAt: readonly (readonly [name: string, position: bigint | undefined])[];
  /** Today's date (UTC): questions answer "in force today" unless they name a date. */
  readonly today: string;
}

/** Everything on the caller's side an answer to a GET can depend on. */
export interface AskedQuestion {
  /** The URL asked for: scheme, host, path and query string (answers may name themselves by it, as OParl's do). */
  readonly url: string;
  /** Who asks decides what they may see. */
  readonly authorization: string | undefined;
  /** The answer's media type follows it (JSON, GraphQL's response type, or the IDE's page). */
  readonly accept: string | undefined;
}

/**
 * A weak entity tag for the answer to `question` at `moment`: equal tags mean the answer would be the
 * same (weak, since a signed tree head carries the moment it was signed, which a repeat would change).
 * The tag is a digest, so it reveals neither the caller's token nor the positions.
 */
export function answerTag(moment: LedgerMoment, question: AskedQuestion): string {
  const text = JSON.stringify([
    moment.version,
    moment.readModelsAt?.toString() ?? null,
    moment.logHeadAt?.toString() ?? null,
    moment.processorsAt.map(([name, position]) => [name, position?.toString() ?? null]),
    moment.today,
    question.url,
    question.authorization ?? null,
    question.accept ?? null,
  ]);
  return `W/"${createHash('sha256').update(text).digest('base64url')}"`;
}

/**
 * Whether an If-None-Match header names `tag`, by the weak comparison RFC 9110 (section 13.1.2)
 * prescribes for it. `*` is not taken as a match: it asks whether any answer exists, which is only
 * known once the request has run.
 */
export function ifNoneMatchNames(header: string | undefined, tag: string): boolean {
  if (!header) return false;
  const opaque = (candidate: string) => candidate.trim().replace(/^W\//, '');
  const wanted = opaque(tag);
  return header.split(',').some((candidate) => opaque(candidate) === wanted);
}
