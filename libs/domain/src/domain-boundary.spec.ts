// The one file of the domain allowed to touch Node: it reads the domain's own sources to guard them.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DOMAIN_ERRORS } from './shared/domain-error-codes';

const SOURCE_ROOT = __dirname;
const THIS_FILE = relative(SOURCE_ROOT, __filename);

function typeScriptFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every module specifier: import/export … from '…', import '…', require('…'), import('…'). */
function moduleSpecifiers(source: string): string[] {
  const patterns = [
    /\b(?:import|export)\s[^'"`;]*?\sfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\b(?:require|import)\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1]!));
}

const files = typeScriptFiles(SOURCE_ROOT).map((path) => ({ path: relative(SOURCE_ROOT, path), source: readFileSync(path, 'utf8') }));

describe('The domain imports nothing but itself', () => {
  it('finds the domain sources', () => {
    expect(files.length).toBeGreaterThan(30);
    expect(files.map((f) => f.path)).toContain('index.ts');
  });

  it.each(files.filter((file) => file.path !== THIS_FILE).map((file) => [file.path, file.source]))(
    '%s imports only relative paths',
    (path, source) => {
      const foreign = moduleSpecifiers(source).filter((specifier) => !specifier.startsWith('./') && !specifier.startsWith('../'));
      // Tests may use the test toolkit; production code may not even do that.
      const allowed = path.endsWith('.spec.ts') ? foreign.filter((s) => s !== 'fast-check') : foreign;
      expect(allowed).toEqual([]);
    },
  );

  it('keeps the toolkit out of production code', () => {
    const production = files.filter((file) => !file.path.endsWith('.spec.ts') && !file.path.startsWith('testing'));
    for (const file of production) {
      expect({ file: file.path, specifiers: moduleSpecifiers(file.source).filter((s) => !s.startsWith('.')) }).toEqual({
        file: file.path,
        specifiers: [],
      });
    }
  });

  it('relative imports stay inside the domain and name no extension (CommonJS with module nodenext)', () => {
    for (const file of files) {
      for (const specifier of moduleSpecifiers(file.source).filter((s) => s.startsWith('.'))) {
        const target = relative(SOURCE_ROOT, join(SOURCE_ROOT, file.path, '..', specifier));
        expect({ file: file.path, specifier, escapes: target.startsWith('..') }).toEqual({ file: file.path, specifier, escapes: false });
        expect(specifier).not.toMatch(/\.(ts|js)$/);
      }
    }
  });

  it('uses no clock and no randomness in production code', () => {
    const production = files.filter((file) => !file.path.endsWith('.spec.ts') && !file.path.startsWith('testing'));
    for (const file of production) {
      expect({ file: file.path, clock: /\bDate\.now\(|new Date\(\)|Math\.random\(|performance\.now\(|crypto\./.test(file.source) }).toEqual(
        {
          file: file.path,
          clock: false,
        },
      );
    }
  });
});

describe('Every rule is specified', () => {
  const specs = files
    .filter((file) => file.path.endsWith('.spec.ts') && file.path !== THIS_FILE)
    .map((file) => file.source)
    .join('\n');

  it.each(Object.keys(DOMAIN_ERRORS))('%s has a specification that expects it', (code) => {
    expect(specs).toMatch(new RegExp(`['"]${code}['"]`));
  });
});
