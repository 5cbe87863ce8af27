import { connect, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { now } from './stats';

export interface PacedResult {
  readonly rps: number;
  /** Each request's time from when it was due to be sent to its last byte, in ms. */
  readonly latencies: number[];
}

const HEADER_END = Buffer.from('\r\n\r\n');
const LINE_END = Buffer.from('\r\n');

/**
 * Where a whole HTTP/1.1 response ends in `data`, and its status; undefined while more bytes are due.
 * Bodies come with a Content-Length or chunked (what node:http servers send).
 */
export function responseEnd(data: Buffer): { end: number; status: number } | undefined {
  const headerEnd = data.indexOf(HEADER_END);
  if (headerEnd < 0) return undefined;
  const head = data.subarray(0, headerEnd).toString('latin1');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1]);
  if (!Number.isInteger(status)) throw new Error(`not an HTTP response: ${JSON.stringify(head.slice(0, 80))}`);
  const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
  const bodyStart = headerEnd + HEADER_END.length;
  if (length) {
    const end = bodyStart + Number(length[1]);
    return data.length >= end ? { end, status } : undefined;
  }
  if (!/\r\ntransfer-encoding:\s*chunked/i.test(head)) return { end: bodyStart, status };
  let at = bodyStart;
  for (;;) {
    const sizeEnd = data.indexOf(LINE_END, at);
    if (sizeEnd < 0) return undefined;
    const size = parseInt(data.subarray(at, sizeEnd).toString('latin1'), 16);
    const chunkEnd = sizeEnd + LINE_END.length + size + LINE_END.length;
    if (data.length < chunkEnd) return undefined;
    if (size === 0) return { end: chunkEnd, status };
    at = chunkEnd;
  }
}

interface InFlight {
  readonly due: number;
  readonly done: (failure?: string) => void;
  answered: boolean;
}

/**
 * A kept-alive connection that sends one fixed request at a time and reads its whole response.
 * The request's bytes are built once, so the generator spends next to nothing per request: a
 * node:http client cost about as much CPU a request as the API answering it did, on the same cores.
 */
class Connection {
  private socket?: Socket;
  private received: Buffer = Buffer.alloc(0);
  private inFlight?: InFlight;

  constructor(
    private readonly port: number,
    private readonly host: string,
    private readonly request: Buffer,
    private readonly latencies: number[],
  ) {}

  send(due: number, done: (failure?: string) => void): void {
    this.inFlight = { due, done, answered: false };
    this.open().write(this.request);
  }

  close(): void {
    this.socket?.destroy();
  }

  private open(): Socket {
    if (this.socket && !this.socket.destroyed) return this.socket;
    const socket = connect({ port: this.port, host: this.host, noDelay: true });
    this.socket = socket;
    this.received = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', () => undefined); // 'close' follows and settles what is in flight
    socket.on('close', () => this.onClose(socket));
    return socket;
  }

  private onData(chunk: Buffer): void {
    const flight = this.inFlight;
    this.received = this.received.length === 0 ? chunk : Buffer.concat([this.received, chunk]);
    if (!flight) return;
    flight.answered = true;
    let response;
    try {
      response = responseEnd(this.received);
    } catch (error) {
      this.inFlight = undefined;
      flight.done((error as Error).message);
      this.socket?.destroy();
      return;
    }
    if (!response) return;
    this.received = this.received.subarray(response.end);
    this.inFlight = undefined;
    this.latencies.push(now() - flight.due);
    flight.done(response.status === 200 ? undefined : `HTTP ${response.status}`);
  }

  private onClose(socket: Socket): void {
    if (socket !== this.socket) return;
    this.socket = undefined;
    const flight = this.inFlight;
    if (!flight) return;
    this.inFlight = undefined;
    // A server may close an idle kept-alive connection just as a request is sent on it: nothing of
    // an answer came, so the request is sent again on a new connection, its due time unchanged.
    if (!flight.answered) this.send(flight.due, flight.done);
    else flight.done('the connection closed mid-response');
  }
}

/**
 * An open-loop load: POSTs `body` to `url` at evenly spaced instants, `rate` a second, over up to
 * `connections` kept-alive connections, each used in turn. Latency counts from the instant a request
 * was due, so time spent waiting for a free connection, or for the generator's own timer, counts too
 * (no coordinated omission).
 * autocannon's rate limit is not used for this: it lets each connection send its quota for the second
 * back to back, then idle, which measures bursts at full load rather than an even half load.
 */
export async function pacedLoad(url: string, body: string, rate: number, durationMs: number, connections = 16): Promise<PacedResult> {
  const target = new URL(url);
  const request = Buffer.from(
    `POST ${target.pathname}${target.search} HTTP/1.1\r\nhost: ${target.host}\r\ncontent-type: application/json\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
  const latencies: number[] = [];
  const failures: string[] = [];
  const idle = Array.from({ length: connections }, () => new Connection(Number(target.port), target.hostname, request, latencies));
  const all = [...idle];
  const waiting: number[] = [];
  const total = Math.max(1, Math.floor((rate * durationMs) / 1000));
  let settled = 0;
  let allSettled: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (allSettled = resolve));
  const dispatch = (connection: Connection, due: number) =>
    connection.send(due, (failure) => {
      if (failure) failures.push(failure);
      if (++settled === total) allSettled();
      const next = waiting.shift();
      if (next === undefined) idle.push(connection);
      else dispatch(connection, next);
    });

  const started = now() + 5;
  const dueAt = (i: number) => started + (i * 1000) / rate;
  for (let i = 0; i < total;) {
    // Timers wake within a millisecond or so; spinning on setImmediate to be exact would take a core
    // from the server being measured. A request sent late still counts its latency from when it was due.
    const wait = dueAt(i) - now();
    if (wait > 0) await sleep(wait);
    for (; i < total && dueAt(i) <= now(); i++) {
      const connection = idle.shift();
      if (connection) dispatch(connection, dueAt(i));
      else waiting.push(dueAt(i));
    }
  }
  await finished;
  const seconds = (now() - started) / 1000;
  for (const connection of all) connection.close();
  if (failures.length > 0) throw new Error(`${failures.length} of ${total} paced requests failed: ${failures[0]}`);
  return { rps: total / seconds, latencies };
}
