import { createHash } from 'node:crypto';
import type { DomainCommand } from '@ledger/domain';
import { canonicalJson } from './canonical-json';

/** Tells a retry of a command (same digest) from a different command sent under the same id. */
export function commandDigest(command: DomainCommand): string {
  return createHash('sha256').update(canonicalJson(command)).digest('hex');
}
