import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isImportError } from '../errors';
import { parseMinutes } from '../parse/parse-minutes';
import { planMeeting } from '../plan/plan-meeting';
import { sha256Of } from '../plan/plan-import';
import { compareFacts, factsOfPlan, type FactComparison, type PageFact } from './page-facts';

/** A hand-labelled facts file: the facts a careful reader finds on one page (golden/README.md). */
export interface LabelledPage {
  readonly page: string;
  /** The date to give the importer when the page prints none. */
  readonly assumedDate?: string | null;
  readonly facts: readonly PageFact[];
}

export interface PageMeasurement extends FactComparison {
  readonly page: string;
  /** The importer's refusal code and message, when it refused the page: every labelled fact is missed. */
  readonly refused?: string;
}

export interface Measurement {
  readonly pages: readonly PageMeasurement[];
  readonly expected: number;
  readonly found: number;
  readonly matched: number;
}

/** A page saved with its address on a first `URL: …` line and a blank line keeps only the page. */
export function pageTextOf(file: string): string {
  const text = readFileSync(file, 'utf8');
  return /^URL: [^\n]*\n\r?\n/.test(text) ? text.replace(/^URL: [^\n]*\n\r?\n/, '') : text;
}

export function measurePage(labelled: LabelledPage, text: string): PageMeasurement {
  try {
    const plan = planMeeting(parseMinutes(text), {
      bodyId: 'measured',
      documentSha256: sha256Of(text),
      documentName: labelled.page,
      ...(labelled.assumedDate ? { date: labelled.assumedDate } : {}),
    });
    return { page: labelled.page, ...compareFacts(labelled.facts, factsOfPlan(plan)) };
  } catch (error) {
    if (!isImportError(error)) throw error;
    const refusal = compareFacts(labelled.facts, []);
    return { page: labelled.page, ...refusal, refused: `${error.code}: ${error.message}` };
  }
}

/**
 * Every `*.facts.json` in the facts folder against the importer's plan of its page in the pages
 * folder: facts matched one for one, what the importer missed and what it stated that the labels do not.
 * `only` keeps the facts files whose names hold one of its strings.
 */
export function measurePages(pagesFolder: string, factsFolder: string, only: readonly string[] = []): Measurement {
  const files = readdirSync(factsFolder)
    .filter((name) => name.endsWith('.facts.json') && (only.length === 0 || only.some((part) => name.includes(part))))
    .sort();
  const pages = files.map((name) => {
    const labelled = JSON.parse(readFileSync(join(factsFolder, name), 'utf8')) as LabelledPage;
    if (typeof labelled.page !== 'string' || !Array.isArray(labelled.facts))
      throw new Error(`${name}: a facts file needs "page" (the page's file name) and "facts" (a list)`);
    return measurePage(labelled, pageTextOf(join(pagesFolder, labelled.page)));
  });
  const total = (key: 'expected' | 'found' | 'matched') => pages.reduce((sum, page) => sum + page[key], 0);
  return { pages, expected: total('expected'), found: total('found'), matched: total('matched') };
}
