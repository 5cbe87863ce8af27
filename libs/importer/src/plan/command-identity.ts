import type { DomainCommand } from '@ledger/domain';
import { canonicalJson, uuidV5 } from '@ledger/write-side';

export { canonicalJson };

/**
 * An imported command's id comes from the body and the command's content, never from the
 * document: re-importing a page sends the same ids (recorded already, so nothing is written),
 * and a corrected page sends new ids only for the commands whose content changed.
 */
export function importCommandId(bodyId: string, command: DomainCommand): string {
  return uuidV5(`import:${bodyId}:${canonicalJson(command)}`);
}

/** Every event recorded from one document shares a correlation id, so its import can be traced whole. */
export function importCorrelationId(bodyId: string, documentSha256: string): string {
  return uuidV5(`import-document:${bodyId}:${documentSha256}`);
}
