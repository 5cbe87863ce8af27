import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';

/** The embedded store's folder is held by another live process: a second writer would lose writes. */
export class EmbeddedStoreHeldError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
    readonly holderCommand: string,
  ) {
    super(
      `the embedded store in ${dataDir} is in use by process ${holderPid} (${holderCommand}); stop it first ` +
        '(the CLI works on the embedded store only while the API is stopped), or run several processes on PostgreSQL',
    );
    this.name = 'EmbeddedStoreHeldError';
  }
}

interface Holder {
  readonly pid: number;
  readonly command: string;
  readonly since: string;
}

/**
 * One process at a time on an embedded (PGlite) folder: PGlite keeps the database in the process's
 * memory and writes it back, so two processes on one folder each acknowledge writes the other then
 * loses. The lock is a file beside the folder, created exclusively; a holder that died (kill -9, a
 * crash) leaves a file whose process is gone, which the next opener takes over.
 */
export class EmbeddedStoreLock {
  private constructor(private readonly path: string) {}

  static acquire(dataDir: string): EmbeddedStoreLock {
    const path = `${dataDir.replace(/\/+$/, '')}.lock`;
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const handle = openSync(path, 'wx');
        const holder: Holder = { pid: process.pid, command: commandOf(process.argv), since: new Date().toISOString() };
        writeSync(handle, `${JSON.stringify(holder)}\n`);
        closeSync(handle);
        const lock = new EmbeddedStoreLock(path);
        process.once('exit', () => lock.releaseSync());
        return lock;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = readHolder(path);
      if (holder && holder.pid !== process.pid && isAlive(holder.pid))
        throw new EmbeddedStoreHeldError(dataDir, holder.pid, holder.command);
      // The holder is gone (or it is this process, opening the folder again): the file is stale.
      if (holder?.pid === process.pid) return new EmbeddedStoreLock(path);
      try {
        unlinkSync(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    throw new Error(`cannot take the lock ${path}: another process keeps taking it`);
  }

  /** Removes the lock file if this process holds it. */
  releaseSync(): void {
    if (readHolder(this.path)?.pid !== process.pid) return;
    try {
      unlinkSync(this.path);
    } catch {
      // Already gone: nothing to release.
    }
  }
}

function readHolder(path: string): Holder | undefined {
  try {
    const holder = JSON.parse(readFileSync(path, 'utf8')) as Partial<Holder>;
    return typeof holder.pid === 'number'
      ? { pid: holder.pid, command: String(holder.command ?? 'unknown'), since: String(holder.since ?? '') }
      : undefined;
  } catch {
    // Unreadable or half-written by a holder that died while writing it: treated as stale.
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function commandOf(argv: readonly string[]): string {
  const script = argv[1]?.split('/').slice(-4).join('/') ?? 'node';
  const args = argv.slice(2, 4).join(' ');
  return `${script}${args ? ` ${args}` : ''}`;
}
