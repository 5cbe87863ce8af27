#!/usr/bin/env node
// Compiles apps/ and libs/ to dist/ with swc, in seconds: type checking is `npm run typecheck`'s
// work (npm test runs it first). Only sources newer than their output are compiled again, so a
// build with nothing changed takes a fraction of a second, and outputs whose source is gone are
// removed. `--quiet` prints nothing unless something fails.
//   node scripts/build.mjs [--quiet]
import { transformFile } from '@swc/core';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const quiet = process.argv.includes('--quiet');
const started = performance.now();

/** What tsconfig.build.json leaves out of the build: specs and the test toolkits. */
const isBuilt = (path) =>
  path.endsWith('.ts') &&
  !path.endsWith('.d.ts') &&
  !/\.(db-|e2e-)?spec\.ts$/.test(path) &&
  !path.endsWith('.test.ts') &&
  !path.split('/').includes('testing');

function sources(folder) {
  return readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(path);
    return isBuilt(path) ? [path] : [];
  });
}

const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8'));
/** As tsc compiles them (decorator metadata included: Nest's injection and GraphQL types read it), with the @ledger/* paths made relative. */
const swcOptions = {
  swcrc: false,
  sourceMaps: true,
  module: { type: 'commonjs' },
  jsc: {
    parser: { syntax: 'typescript', decorators: true, dynamicImport: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
    baseUrl: root,
    paths: compilerOptions.paths,
  },
};
// A change of these options (or of swc) compiles everything again.
const optionsKey = createHash('sha256')
  .update(JSON.stringify(swcOptions))
  .update(JSON.parse(readFileSync(join(root, 'node_modules/@swc/core/package.json'), 'utf8')).version)
  .digest('hex');
const stampFile = join(dist, '.build-options');
const sameOptions = existsSync(stampFile) && readFileSync(stampFile, 'utf8') === optionsKey;

const all = ['apps', 'libs'].flatMap(sources);
const outputOf = (source) => join(dist, source.replace(/\.ts$/, '.js'));
const stale = all.filter((source) => {
  if (!sameOptions) return true;
  const output = outputOf(source);
  return !existsSync(output) || statSync(output).mtimeMs < statSync(join(root, source)).mtimeMs;
});

let failed = 0;
const queue = [...stale];
async function worker() {
  for (let source = queue.shift(); source !== undefined; source = queue.shift()) {
    const output = outputOf(source);
    try {
      const { code, map } = await transformFile(join(root, source), { ...swcOptions, filename: join(root, source), outputPath: output });
      mkdirSync(dirname(output), { recursive: true });
      writeFileSync(output, `${code}\n//# sourceMappingURL=${output.split('/').pop()}.map\n`);
      if (map) writeFileSync(`${output}.map`, map);
    } catch (error) {
      failed += 1;
      process.stderr.write(`${source}: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
}
await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, worker));

// Outputs whose source was deleted or moved would otherwise linger in dist and could still be required.
const expected = new Set(all.map(outputOf));
let removed = 0;
function prune(folder) {
  if (!existsSync(folder)) return;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) prune(path);
    else if (path.endsWith('.js') && !expected.has(path)) {
      rmSync(path);
      rmSync(`${path}.map`, { force: true });
      removed += 1;
    }
  }
}
for (const folder of ['apps', 'libs']) prune(join(dist, folder));

if (failed > 0) {
  process.stderr.write(`build: ${failed} of ${stale.length} files failed to compile\n`);
  process.exit(1);
}
mkdirSync(dist, { recursive: true });
writeFileSync(stampFile, optionsKey);
if (!quiet) {
  const took = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `build: compiled ${stale.length} of ${all.length} files${removed ? `, removed ${removed} stale` : ''} to ${relative(root, dist)}/ in ${took} s\n`,
  );
}
