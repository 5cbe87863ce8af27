import { commandDigest } from './command-digest';
import type { CommandEnvelope, CommandSource, Principal, Provenance } from './command-envelope';

/** The metadata every event of the ledger carries. */
export interface LedgerEventMetadata {
  readonly schemaVersion: number;
  readonly commandId: string;
  readonly commandType: string;
  readonly commandDigest: string;
  readonly correlationId: string;
  readonly causationId: string;
  readonly recordedBy: Principal;
  readonly source: CommandSource;
  readonly provenance?: Provenance;
}

export function eventMetadata(envelope: CommandEnvelope, commandId: string, schemaVersion: number): LedgerEventMetadata {
  return {
    schemaVersion,
    commandId,
    commandType: envelope.command.type,
    commandDigest: commandDigest(envelope.command),
    correlationId: envelope.correlationId,
    // A command sent by a person is its own cause; one sent by the process manager names the event.
    causationId: envelope.causationId ?? commandId,
    recordedBy: { id: envelope.principal.id, role: envelope.principal.role },
    source: envelope.source,
    ...(envelope.provenance && { provenance: envelope.provenance }),
  };
}

export function schemaVersionIn(metadata: Readonly<Record<string, unknown>>): number {
  const version = metadata.schemaVersion;
  return typeof version === 'number' ? version : 1;
}
