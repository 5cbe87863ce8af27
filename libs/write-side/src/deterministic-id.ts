import { createHash } from 'node:crypto';

/** The namespace of every id the ledger derives (a random UUID, fixed for good). */
export const LEDGER_NAMESPACE = '6f1d6a52-4f43-4c5e-9a36-2f3c8d1b7e90';

/**
 * A name-based (version 5, SHA-1) UUID as RFC 9562 defines it: the same namespace and name always
 * give the same id, which is what makes a retried command write nothing new.
 */
export function uuidV5(name: string, namespace: string = LEDGER_NAMESPACE): string {
  const namespaceBytes = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (namespaceBytes.length !== 16) throw new Error(`Not a UUID: ${namespace}`);
  const hash = createHash('sha1').update(namespaceBytes).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The id of the n-th event (from 0) a command writes. */
export function eventIdFor(commandId: string, index: number): string {
  return uuidV5(`event:${commandId}:${index}`);
}

/** The id of a command the process manager sends because of an event: the same on every replay. */
export function followOnCommandId(causingEventId: string, commandKey: string): string {
  return uuidV5(`follow-on:${causingEventId}:${commandKey}`);
}
