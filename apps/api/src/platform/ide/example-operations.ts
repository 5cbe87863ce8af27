import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One file of docs/queries: a named operation, and the variables in its sibling .json file. */
export interface ExampleOperation {
  /** The file name without `.graphql`, e.g. `auditor.stream-audit-trail`. */
  readonly name: string;
  /** Who it is for: the part of the name before the first dot, e.g. `auditor`. */
  readonly user: string;
  readonly document: string;
  readonly variables?: Record<string, unknown>;
  readonly isMutation: boolean;
}

/** docs/queries of the repository, from the source tree and from dist/ alike. */
export function defaultExamplesFolder(): string | undefined {
  for (let folder = __dirname, up = 0; up < 8; up++, folder = join(folder, '..')) {
    const candidate = join(folder, 'docs', 'queries');
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** The example operations of a folder, in name order; none when the folder is missing. */
export function loadExampleOperations(folder = defaultExamplesFolder()): ExampleOperation[] {
  if (!folder || !existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.graphql'.length);
      const document = readFileSync(join(folder, file), 'utf8');
      const variablesFile = join(folder, `${name}.json`);
      const variables = existsSync(variablesFile)
        ? (JSON.parse(readFileSync(variablesFile, 'utf8')) as Record<string, unknown>)
        : undefined;
      return { name, user: name.split('.')[0], document, variables, isMutation: /^\s*mutation\b/m.test(document) };
    });
}
