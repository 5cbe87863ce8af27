import type { RunningApi } from './api-process';
import type { Step } from './board-history';
import { waitFor } from './wait-for';

export interface Written {
  streamId: string;
  revision: string;
  position: string | null;
  events: { id: string; type: string }[];
}

const inputTypeOf = (mutation: string) => `${mutation.charAt(0).toUpperCase()}${mutation.slice(1)}Input`;

/** Sends one mutation with its input as a variable; extra arguments (commandId, expectedRevision) too. */
export async function send(api: RunningApi, { mutation, input }: Step, extra: { commandId?: string; expectedRevision?: string } = {}) {
  const answer = await api.graphql<Record<string, Written>>(
    `mutation($input: ${inputTypeOf(mutation)}!, $commandId: ID, $expectedRevision: StreamRevision) {
      ${mutation}(input: $input, commandId: $commandId, expectedRevision: $expectedRevision) {
        streamId revision position events { id type }
      }
    }`,
    { input, ...extra },
  );
  return { written: answer.data?.[mutation], errors: answer.errors };
}

/** Records the steps in order, failing loudly on the first refusal; returns the last position. */
export async function record(api: RunningApi, steps: readonly Step[]): Promise<bigint> {
  let last = 0n;
  for (const step of steps) {
    const { written, errors } = await send(api, step);
    if (errors || !written) throw new Error(`${step.mutation} was refused: ${JSON.stringify(errors)}`);
    if (written.position) last = BigInt(written.position);
  }
  return last;
}

/** Waits until the process manager has handled everything up to `position`, then for the read models to include its work. */
export async function settle(api: RunningApi, position: bigint, timeoutMs = 30_000): Promise<void> {
  const { head } = await waitFor(
    async () => {
      const answer = await api.graphql<{ processManager: { checkpoint: string | null }; serverInfo: { headPosition: string | null } }>(
        '{ processManager { checkpoint } serverInfo { headPosition } }',
      );
      if (!answer.data) throw new Error(JSON.stringify(answer.errors));
      const checkpoint = BigInt(answer.data.processManager.checkpoint ?? '0');
      if (checkpoint < position) throw new Error(`process manager at ${checkpoint}`);
      return { head: answer.data.serverInfo.headPosition };
    },
    { timeoutMs, intervalMs: 50, what: `the process manager to handle the log up to ${position}` },
  );
  if (head === null) return;
  // The read models wait, up to the timeout the API allows, for the head as it stood once the process manager was done.
  const waited = await api.graphql(`{ bodies(waitForPosition: "${head}", waitTimeoutMs: 20000) { bodyId } }`);
  if (waited.errors) throw new Error(`read models did not catch up: ${JSON.stringify(waited.errors)}`);
}

/** Waits until the process manager has handled the whole log as it now stands, and the read models include it. */
export async function settleAll(api: RunningApi, timeoutMs = 90_000): Promise<void> {
  const answer = await api.graphql<{ serverInfo: { headPosition: string | null } }>('{ serverInfo { headPosition } }');
  await settle(api, BigInt(answer.data?.serverInfo.headPosition ?? '0'), timeoutMs);
}
