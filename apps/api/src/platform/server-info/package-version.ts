import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The project's version, from the nearest package.json above this file (in source and in dist). */
export function packageVersion(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) return (JSON.parse(readFileSync(candidate, 'utf8')) as { version: string }).version;
    if (dirname(dir) === dir) return 'unknown';
  }
}
