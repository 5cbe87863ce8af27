import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DomainEvent } from '@ledger/domain';
import { readCheckpoint, readModelSchemaOf, unfinishedShards } from '@ledger/projections';
import { spawn } from 'node:child_process';
import { runCli, startApi } from './support/api-process';
import { builtApp } from './support/built-app';
import { apiBackends, openStorageOf } from './support/test-databases';

// Enough backlog (7,801 events, 16 catch-up batches of 500) that kills land while the projector
// works through it, with one batch committing while the next is folded.
const MEETINGS = 600;
const CATCH_UP_BATCH = '500';

/** A meeting's whole stream, written in one append so that a large log builds quickly. */
function meetingEvents(bodyId: string, index: number): DomainEvent[] {
  const meetingId = `${bodyId}-${index}`;
  const date = new Date(Date.UTC(2010, 0, 1 + index)).toISOString().slice(0, 10);
  const items = Array.from({ length: 6 }, (_, item) => String(item + 1));
  return [
    {
      type: 'MeetingScheduled',
      data: {
        meetingId,
        bodyId,
        startsAt: `${date}T10:00:00Z`,
        location: { kind: 'venue', venue: 'County Hall' },
        contactOfficer: { name: 'Clerk' },
      },
    },
    ...items.map((number): DomainEvent => ({
      type: 'AgendaItemAdded',
      data: { meetingId, item: { number, title: `Report ${number}`, kind: 'report' } },
    })),
    ...items.map((number): DomainEvent => ({
      type: 'ResolutionPassed',
      data: {
        meetingId,
        bodyId,
        heldOn: date,
        itemNumber: number,
        parts: [{ kind: 'noted', text: `That report ${number} be noted.`, effects: [] }],
      },
    })),
  ] as DomainEvent[];
}

/**
 * Starts the API and kills it with SIGKILL while its projector works: after it has committed
 * `batches` batches (0: before the first) and `delayMs` more, so most kills land inside a batch.
 */
function killWhileProjecting(env: Record<string, string>, batches: number, delayMs: number): Promise<void> {
  const child = spawn(process.execPath, [builtApp('api')], {
    env: { PATH: process.env.PATH, PORT: '0', LOG_FORMAT: 'json', LOG_LEVEL: 'debug', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    let armed = false;
    const kill = (after: number) => {
      if (armed) return;
      armed = true;
      setTimeout(() => child.kill('SIGKILL'), after);
    };
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const committed = output.split('projected batch').length - 1;
      if (output.includes('projecting read models')) {
        if (committed >= batches) kill(delayMs);
        // Less backlog left than batches asked for: the projector is idle, kill it anyway.
        else setTimeout(() => kill(0), 3000);
      }
    });
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`API exited with ${code}:\n${output}`))));
  });
}

const toAppend = (events: DomainEvent[]) =>
  events.map((event) => ({
    id: randomUUID(),
    type: event.type,
    data: event.data as never,
    metadata: { schemaVersion: event.type === 'MeetingScheduled' ? 2 : 1 },
  }));

describe.each(apiBackends())('the projector killed mid-batch on $name', (backend) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-crash-'));
  const env = { ...backend.env(dataDir), PROJECTION_CATCH_UP_BATCH: CATCH_UP_BATCH };
  const bodyId = 'crash';

  afterAll(async () => {
    await backend.cleanUp();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const open = () => openStorageOf(env);

  it('resumes from its checkpoint after each SIGKILL, applying every event exactly once', async () => {
    const storage = await open();
    await storage.eventStore.appendToStream(
      `body-${bodyId}`,
      toAppend([{ type: 'BodyEstablished', data: { bodyId, name: 'Crash Board', shortName: 'CB' } }]),
    );
    for (let index = 0; index < MEETINGS; index++) {
      await storage.eventStore.appendToStream(`meeting-${bodyId}-${index}`, toAppend(meetingEvents(bodyId, index)), 'no_stream');
    }
    const head = (await storage.eventStore.headPosition())!;
    await storage.close();

    const kills: bigint[] = [];
    for (let round = 0; round < 6; round++) {
      await killWhileProjecting(env, round % 3, Math.random() * 150);
      const reopened = await open();
      kills.push((await readCheckpoint(reopened.database, readModelSchemaOf(reopened)))?.position ?? 0n);
      await reopened.close();
    }

    const api = await startApi(env);
    const answer = await api.graphql(`{ bodies(waitForPosition: "${head}", waitTimeoutMs: 30000) { bodyId } }`);
    expect(answer.errors).toBeUndefined();
    await api.stop();

    const final = await open();
    const checkpoint = await readCheckpoint(final.database, readModelSchemaOf(final));
    await final.close();
    expect(checkpoint).toEqual({ position: head, eventsApplied: BigInt(1 + MEETINGS * 13) });
    console.info(`checkpoints after each kill: ${kills.join(', ')} of ${head}`);
    // The kills landed at different points of the backlog, not all before or after it.
    expect(kills.some((position) => position < head)).toBe(true);

    const verified = await runCli(['verify-projections', '--json'], env);
    expect(verified.stderr).toBe('');
    expect(verified.code).toBe(0);
    expect(JSON.parse(verified.stdout)).toMatchObject({ position: head.toString(), differences: [] });
  }, 180_000);

  it('finishes a rebuild in shards killed half way when the API next starts, each shard from its own checkpoint', async () => {
    // Killed after a delay that grows until a kill lands while the shards are at work.
    let stopped: Awaited<ReturnType<typeof unfinishedShards>>;
    for (let delayMs = 150; !stopped && delayMs < 6000; delayMs += 200) {
      const child = spawn(process.execPath, [builtApp('cli'), 'rebuild', '--shards', '3', '--batch-size', '50'], {
        env: { PATH: process.env.PATH, ...env },
        stdio: 'ignore',
      });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      setTimeout(() => child.kill('SIGKILL'), delayMs);
      await exited;
      const reopened = await open();
      const shards = await unfinishedShards(reopened.database, readModelSchemaOf(reopened)).catch(() => undefined);
      await reopened.close();
      if (shards?.some((shard) => shard.events > 0)) stopped = shards;
    }
    expect(stopped).toBeDefined();
    const total = 1 + MEETINGS * 13;
    expect(stopped!.reduce((sum, shard) => sum + shard.events, 0)).toBeLessThan(total);

    const storage = await open();
    const head = (await storage.eventStore.headPosition())!;
    await storage.close();
    const api = await startApi(env);
    const answer = await api.graphql(`{ bodies(waitForPosition: "${head}", waitTimeoutMs: 30000) { bodyId } }`);
    expect(answer.errors).toBeUndefined();
    await api.stop();

    const final = await open();
    const schema = readModelSchemaOf(final);
    expect(await readCheckpoint(final.database, schema)).toEqual({ position: head, eventsApplied: BigInt(total) });
    expect(await unfinishedShards(final.database, schema)).toBeUndefined();
    await final.close();
    const verified = await runCli(['verify-projections', '--json'], env);
    expect(verified.code).toBe(0);
    expect(JSON.parse(verified.stdout)).toMatchObject({ position: head.toString(), differences: [] });
  }, 180_000);

  it('rebuilds from the start with rebuild, and verify-projections names a tampered row with a non-zero exit', async () => {
    const rebuilt = await runCli(['rebuild'], env);
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.stdout).toMatch(
      new RegExp(`Rebuilt the read models in ".*_read" up to position \\d+: ${1 + MEETINGS * 13} events in [\\d.]+ s \\(\\d+ events/s\\)`),
    );

    const storage = await open();
    await storage.database.query(
      `UPDATE ${readModelSchemaOf(storage)}.decisions SET text = 'rewritten' WHERE meeting_id = $1 AND item_number = '3'`,
      [`${bodyId}-7`],
    );
    await storage.close();

    const verified = await runCli(['verify-projections'], env);
    expect(verified.code).toBe(1);
    expect(verified.stdout).toContain('differ from a rebuild');
    expect(verified.stdout).toContain(`live only or different: {"meeting_id":"${bodyId}-7","item_number":"3","part":""}`);
  }, 120_000);
});
