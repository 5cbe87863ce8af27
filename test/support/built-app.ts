import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** The compiled entry point of an app; end-to-end tests run what `npm start` runs. */
export function builtApp(app: 'api' | 'cli'): string {
  const entry = join(ROOT, 'dist', 'apps', app, 'src', 'main.js');
  if (!existsSync(entry)) {
    throw new Error(`${entry} is missing: run "npm run build" first (npm test does)`);
  }
  return entry;
}
