import type { DomainCommand } from '@ledger/domain';
import type { StreamRevision } from '@ledger/event-store';

export type CommandSource = 'graphql' | 'import' | 'process-manager';

export interface Principal {
  readonly id: string;
  readonly role: string;
}

/** Where a recorded fact came from in a source document, for imported minutes. */
export interface Provenance {
  readonly documentSha256: string;
  readonly documentName?: string;
  /** The public address of the page, when the importer was given it (`--source-url`, or a `.url` sidecar). */
  readonly documentUrl?: string;
  /** The page's media type, e.g. text/plain. */
  readonly documentMediaType?: string;
  readonly lines: { readonly from: number; readonly to: number };
  /** Set when a person changed what the importer read from those lines: who decided the fact. */
  readonly decidedBy?: string;
}

/** A domain command with what the ledger records about who sent it, why and how. */
export interface CommandEnvelope {
  readonly command: DomainCommand;
  /** Chosen by the client for retries; a random one is used when absent. */
  readonly commandId?: string;
  readonly correlationId: string;
  /** The event (or command) that caused this command, when there is one. */
  readonly causationId?: string;
  readonly principal: Principal;
  readonly source: CommandSource;
  /** When given, the stream must be at exactly this revision, and a conflict is never retried. */
  readonly expectedRevision?: StreamRevision;
  readonly provenance?: Provenance;
  /** The bodies the sender may record for; undefined means every body. */
  readonly bodyScope?: readonly string[];
}

/** What a command wrote (or, for a retry, had written): enough to wait for it on the read side. */
export interface CommandResult {
  readonly commandId: string;
  readonly streamId: string;
  /** The stream's revision after the command; undefined if the stream still does not exist. */
  readonly revision: StreamRevision | undefined;
  /** The global position of the last event written; undefined when nothing was written. */
  readonly position: bigint | undefined;
  readonly events: readonly { readonly id: string; readonly type: string }[];
  /** True when this was a retry of a command already recorded, and nothing new was written. */
  readonly alreadyRecorded: boolean;
}

/**
 * Sends a command down the one write path and answers what it recorded. Libraries that issue
 * commands (the importer, the effects process manager) take one of these rather than writing to the
 * store themselves, so that every command, whatever its source, is counted and logged in one place.
 */
export type CommandSender = (envelope: CommandEnvelope) => Promise<CommandResult>;
