import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { loadLedgerConfig } from '@ledger/config';
import type { DomainCommand } from '@ledger/domain';
import { openStorage, type Storage } from '@ledger/event-store';
import { executeCommand } from '@ledger/write-side';
import { createApi } from '../create-api';

/** The API over an embedded store holding what some commands recorded, for specs that ask it over HTTP. */
export interface ApiOverCommands {
  /** Records one more command, as a clerk. */
  record(command: DomainCommand): Promise<void>;
  /** Arguments that make a query wait until the read models hold everything recorded so far. */
  settled(): string;
  /** Asks a query (as the public, or with a bearer token) and expects no errors. */
  graphql<T>(query: string, token?: string): Promise<T>;
  /** The GraphQL endpoint, for specs that look at an answer's errors. */
  readonly url: string;
  close(): Promise<void>;
}

export async function startApiOverCommands(commands: readonly DomainCommand[], env: Record<string, string> = {}): Promise<ApiOverCommands> {
  const storage: Storage = await openStorage({ kind: 'pglite', dataDir: '', schema: 'ledger' }, { kind: 'pglite', schema: 'ledger' });
  let position = 0n;
  const record = async (command: DomainCommand) => {
    const result = await executeCommand(storage.eventStore, {
      command,
      correlationId: randomUUID(),
      principal: { id: 'clerk-1', role: 'clerk' },
      source: 'graphql',
    });
    position = result.position ?? position;
  };
  for (const command of commands) await record(command);
  const app: INestApplication = await createApi(loadLedgerConfig({ LOG_LEVEL: 'error', ...env }), storage);
  await app.listen(0, '127.0.0.1');
  const url = `${await app.getUrl()}/graphql`;
  return {
    url,
    record,
    settled: () => `waitForPosition: "${position}", waitTimeoutMs: 30000`,
    async graphql<T>(query: string, token?: string): Promise<T> {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
        body: JSON.stringify({ query }),
      });
      const answer = (await response.json()) as { data?: T; errors?: unknown };
      expect(answer.errors).toBeUndefined();
      return answer.data!;
    },
    async close() {
      await app.close();
      await storage.close();
    },
  };
}
