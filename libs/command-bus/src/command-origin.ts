/**
 * Where a command entered the ledger: a GraphQL mutation, the CLI's import, the sample minutes
 * recorded on a fresh embedded store, or the effects process manager carrying out a resolution.
 * (The recorded `source` in an event's metadata is coarser: the CLI and the samples are both imports.)
 */
export const COMMAND_ORIGINS = ['graphql', 'cli-import', 'sample-data', 'process-manager'] as const;
export type CommandOrigin = (typeof COMMAND_ORIGINS)[number];
