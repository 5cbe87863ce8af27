import { Inject, Injectable } from '@nestjs/common';
import { createPublicKey, type KeyObject } from 'node:crypto';
import type { LedgerConfig } from '@ledger/config';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { keyIdOf, signTreeHead, type SignedTreeHead } from '@ledger/transparency';
import { LogTree } from '@ledger/write-side';
import { LEDGER_CONFIG } from '../platform/config/ledger-config.token';
import { loadTreeHeadKey } from './tree-head-key';

export class ProofRequestError extends Error {}

export interface InclusionProof {
  readonly eventId: string;
  readonly position: bigint;
  readonly leafIndex: number;
  readonly treeSize: number;
  readonly leafHash: string;
  readonly auditPath: string[];
}

export interface ConsistencyProof {
  readonly fromSize: number;
  readonly toSize: number;
  readonly path: string[];
}

const hex = (hash: Buffer) => hash.toString('hex');

/** Signed tree heads of the global log and proofs against them, kept up to date as the log grows. */
@Injectable()
export class TransparencyService {
  private readonly tree: LogTree;
  private key?: Promise<KeyObject>;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {
    this.tree = new LogTree(store);
  }

  async publicKeyPem(): Promise<{ pem: string; keyId: string }> {
    const publicKey = createPublicKey(await this.signingKey());
    return { pem: publicKey.export({ type: 'spki', format: 'pem' }).toString(), keyId: keyIdOf(publicKey) };
  }

  /** A head over the whole log as it stands, signed now. */
  async treeHead(): Promise<SignedTreeHead> {
    const size = await this.tree.catchUp();
    return signTreeHead(
      { treeSize: size, rootHash: hex(this.tree.root(size)), timestamp: new Date().toISOString() },
      await this.signingKey(),
    );
  }

  async inclusionProof(eventId: string, treeSize?: number): Promise<InclusionProof> {
    const size = await this.sizeFor(treeSize);
    const leaf = this.tree.leafOf(eventId);
    if (!leaf) throw new ProofRequestError(`The log holds no event ${eventId}`);
    if (leaf.index >= size) throw new ProofRequestError(`Event ${eventId} is leaf ${leaf.index}, after a tree of ${size}`);
    return {
      eventId: eventId.toLowerCase(),
      position: leaf.position,
      leafIndex: leaf.index,
      treeSize: size,
      leafHash: hex(leaf.hash),
      auditPath: this.tree.inclusionProof(leaf.index, size).map(hex),
    };
  }

  async consistencyProof(fromSize: number, toSize?: number): Promise<ConsistencyProof> {
    const to = await this.sizeFor(toSize);
    if (!Number.isSafeInteger(fromSize) || fromSize < 0 || fromSize > to) {
      throw new ProofRequestError(`A tree of ${fromSize} is not a prefix of a tree of ${to}`);
    }
    return { fromSize, toSize: to, path: this.tree.consistencyProof(fromSize, to).map(hex) };
  }

  private async sizeFor(treeSize: number | undefined): Promise<number> {
    const size = await this.tree.catchUp();
    if (treeSize === undefined) return size;
    if (!Number.isSafeInteger(treeSize) || treeSize < 1 || treeSize > size) {
      throw new ProofRequestError(`The log has ${size} events; a tree size is from 1 to ${size}`);
    }
    return treeSize;
  }

  private signingKey(): Promise<KeyObject> {
    this.key ??= loadTreeHeadKey(this.config.treeHeadKey);
    return this.key;
  }
}
