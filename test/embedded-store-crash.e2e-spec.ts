import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEventStore } from '@ledger/event-store';
import { builtApp } from './support/built-app';

const WRITER = `
const { randomUUID } = require('node:crypto');
const { openEventStore } = require(process.env.EVENT_STORE_LIB);
(async () => {
  const store = await openEventStore({ kind: 'pglite', dataDir: process.env.DATA_DIR });
  for (let i = 0; ; i++) {
    const id = randomUUID();
    await store.appendToStream('crash-test', [{ id, type: 'Written', data: { i }, metadata: {} }]);
    process.stdout.write(id + '\\n');
  }
})();
`;

describe('embedded store killed mid-write', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-crash-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps every append it acknowledged before SIGKILL', async () => {
    const eventStoreLib = join(builtApp('api'), '..', '..', '..', '..', 'libs', 'event-store', 'src', 'index.js');
    const child = spawn(process.execPath, ['-e', WRITER], {
      env: { PATH: process.env.PATH, DATA_DIR: dataDir, EVENT_STORE_LIB: eventStoreLib },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const acknowledged: string[] = [];
    let buffer = '';
    await new Promise<void>((resolve, reject) => {
      child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`writer exited with ${code}`))));
      child.stdout!.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop()!;
        acknowledged.push(...lines);
        if (acknowledged.length >= 50) child.kill('SIGKILL');
      });
    });

    const store = await openEventStore({ kind: 'pglite', dataDir });
    try {
      const recorded = new Set((await store.readStream('crash-test')).map((event) => event.id));
      expect(acknowledged.length).toBeGreaterThanOrEqual(50);
      expect(acknowledged.filter((id) => !recorded.has(id))).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
