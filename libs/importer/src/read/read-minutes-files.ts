import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ImportPlanError } from '../errors';
import type { SourceDocument } from '../plan/plan-import';

const MINUTES_FILE = /\.(?:txt|text)$/i;

/** The documents named: files as given, folders as their .txt files (not their subfolders), by name. */
export async function readMinutesFiles(paths: readonly string[]): Promise<SourceDocument[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new ImportPlanError('UNREADABLE_DOCUMENT', `${path} does not exist`);
    if (info.isDirectory()) {
      const entries = (await readdir(path, { withFileTypes: true }))
        .filter((entry) => entry.isFile() && MINUTES_FILE.test(entry.name))
        .map((entry) => join(path, entry.name))
        .sort();
      if (entries.length === 0) throw new ImportPlanError('NO_DOCUMENTS', `the folder ${path} has no .txt files`);
      files.push(...entries);
    } else {
      files.push(path);
    }
  }
  return Promise.all(
    files.map(async (file) => {
      const text = await readFile(file, 'utf8').catch((error: unknown) => {
        throw new ImportPlanError(
          'UNREADABLE_DOCUMENT',
          `${file} cannot be read (${error instanceof Error ? error.message : String(error)})`,
        );
      });
      const url = await sidecarUrl(file);
      return { name: basename(file), text, ...(url !== undefined && { url }) };
    }),
  );
}

/** A page's public address, from a `.url` file beside it (`2019-06-14.txt.url`): its first line. */
async function sidecarUrl(file: string): Promise<string | undefined> {
  const text = await readFile(`${file}.url`, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw new ImportPlanError('UNREADABLE_DOCUMENT', `${file}.url cannot be read (${error.message})`);
  });
  if (text === undefined) return undefined;
  const url = text.split(/\r?\n/)[0]!.trim();
  return requirePageAddress(url, `${file}.url`);
}

/** An http(s) address, as given for a page; refused otherwise, so no fact links to a page that cannot be opened. */
export function requirePageAddress(url: string, where: string): string {
  if (!/^https?:\/\/\S+$/i.test(url) || !URL.canParse(url)) {
    throw new ImportPlanError('INVALID_OPTION', `${where} gives "${url}", which is not an http(s) address of a page`);
  }
  return url;
}
