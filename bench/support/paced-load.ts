import { Agent, request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { now } from './stats';

export interface PacedResult {
  readonly rps: number;
  /** Each request's time from when it was due to be sent to its last byte, in ms. */
  readonly latencies: number[];
}

/**
 * An open-loop load: POSTs `body` to `url` at evenly spaced instants, `rate` a second, over up to
 * `connections` kept-alive sockets. Latency counts from the instant a request was due, so time spent
 * waiting for a free socket counts too (no coordinated omission). autocannon's rate limit is not
 * used for this: it lets each connection send its quota for the second back to back, then idle,
 * which measures bursts at full load rather than an even half load.
 */
export async function pacedLoad(url: string, body: string, rate: number, durationMs: number, connections = 16): Promise<PacedResult> {
  const target = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const total = Math.max(1, Math.floor((rate * durationMs) / 1000));
  const latencies: number[] = [];
  const failures: string[] = [];
  const responses: Promise<void>[] = [];
  const send = (due: number) =>
    new Promise<void>((resolve) => {
      const req = request(
        {
          agent,
          hostname: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            if (res.statusCode !== 200) failures.push(`HTTP ${res.statusCode}`);
            latencies.push(now() - due);
            resolve();
          });
        },
      );
      req.on('error', (error) => {
        failures.push(error.message);
        resolve();
      });
      req.end(body);
    });
  const started = now() + 5;
  const dueAt = (i: number) => started + (i * 1000) / rate;
  for (let i = 0; i < total;) {
    const wait = dueAt(i) - now();
    if (wait > 1) await sleep(wait - 1);
    else if (wait > 0) await new Promise((resolve) => setImmediate(resolve));
    for (; i < total && dueAt(i) <= now(); i++) responses.push(send(dueAt(i)));
  }
  await Promise.all(responses);
  const seconds = (now() - started) / 1000;
  agent.destroy();
  if (failures.length > 0) throw new Error(`${failures.length} of ${total} paced requests failed: ${failures[0]}`);
  return { rps: total / seconds, latencies };
}
