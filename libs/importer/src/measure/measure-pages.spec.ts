/**
 * Measuring the importer against labelled pages: an invented page of an invented body, its labels
 * written by hand, scored fact by fact.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measurePages } from './measure-pages';
import { compareFacts } from './page-facts';

const PAGE = [
  'URL: https://democracy.westmere.example/ieListDocuments.aspx?MId=1',
  '',
  'Westmere Community Safety Panel - Tuesday, 3rd March, 2026 6.00 pm',
  '',
  '1. Minutes of the last meeting',
  '',
  'Minutes:',
  'RESOLVED that the minutes of the meeting held on 2 December 2025 be approved as a correct record.',
  '',
  '2. Neighbourhood policing',
  '',
  'Minutes:',
  'RESOLVED that the update be noted.',
].join('\n');

const LABELS = [
  { fact: 'meeting-date', date: '2026-03-03' },
  { fact: 'meeting-time', time: '18:00' },
  { fact: 'item-title', at: 1, title: 'Minutes of the last meeting' },
  { fact: 'minute-number', at: 1, number: '1' },
  { fact: 'minutes-confirmed', at: 1, heldOn: '2025-12-02' },
  { fact: 'resolution-part', at: 1, part: null, kind: 'approved', truncated: false },
  { fact: 'item-title', at: 2, title: 'Neighbourhood policing' },
  { fact: 'minute-number', at: 2, number: '2' },
  { fact: 'resolution-part', at: 2, part: null, kind: 'noted', truncated: false },
  // Not on the page: the importer must not find it.
  { fact: 'contact-officer', name: 'Jo Bramley' },
];

describe('measuring the importer against hand-labelled pages', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'measure-'));
    writeFileSync(join(folder, 'panel.txt'), PAGE);
    writeFileSync(join(folder, 'panel.facts.json'), JSON.stringify({ page: 'panel.txt', facts: LABELS }));
    // Labels that leave out the resolution: the importer's resolution is then a fact not labelled.
    const fewer = LABELS.filter((fact) => fact.fact !== 'resolution-part' || fact.at !== 2);
    writeFileSync(join(folder, 'panel-fewer.facts.json'), JSON.stringify({ page: 'panel.txt', facts: fewer }));
    writeFileSync(join(folder, 'untitled.txt'), 'Westmere Community Safety Panel\n\nNothing but a name.\n');
    writeFileSync(join(folder, 'untitled.facts.json'), JSON.stringify({ page: 'untitled.txt', facts: LABELS.slice(0, 2) }));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('matches facts one for one, leaving the address line off the page, and names what was missed', () => {
    const { pages } = measurePages(folder, folder, ['panel.facts']);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ page: 'panel.txt', expected: 10, found: 9, matched: 9, invented: [] });
    expect(pages[0]!.missed).toEqual(['{"fact":"contact-officer","name":"Jo Bramley"}']);
  });

  it('counts a fact the labels do not hold as stated but not labelled', () => {
    const { pages } = measurePages(folder, folder, ['panel-fewer']);
    expect(pages[0]!.invented).toEqual(['{"at":2,"fact":"resolution-part","kind":"noted","part":null,"truncated":false}']);
  });

  it('counts every fact of a refused page as missed, with the refusal code', () => {
    const { pages } = measurePages(folder, folder, ['untitled']);
    expect(pages[0]).toMatchObject({ expected: 2, found: 0, matched: 0 });
    expect(pages[0]!.refused).toMatch(/^[A-Z_]+: /);
  });

  it('totals every page', () => {
    const all = measurePages(folder, folder);
    expect(all.pages.map((page) => page.page)).toEqual(['panel.txt', 'panel.txt', 'untitled.txt']);
    expect(all).toMatchObject({ expected: 10 + 9 + 2, matched: 9 + 8, found: 9 + 9 });
  });
});

describe('comparing names, as the labels give them without rank', () => {
  it('matches a name printed with a police rank or an honorific to the bare name', () => {
    const labelled = [
      { fact: 'presented-by', at: 1, name: 'Lucy Okafor' },
      { fact: 'presented-by', at: 2, name: 'Tom Barr' },
    ];
    const stated = [
      { fact: 'presented-by', at: 1, name: 'PC Lucy Okafor' },
      { fact: 'presented-by', at: 2, name: 'Professor Tom Barr' },
    ];
    expect(compareFacts(labelled, stated)).toMatchObject({ matched: 2, missed: [], invented: [] });
  });
});
