import { answerTag, ifNoneMatchNames, type AskedQuestion, type LedgerMoment } from './answer-tag';

const moment: LedgerMoment = {
  version: '0.1.0',
  readModelsAt: 41n,
  logHeadAt: 42n,
  processorsAt: [
    ['projections', 41n],
    ['effects', 40n],
  ],
  today: '2024-03-14',
};
const question: AskedQuestion = {
  url: 'https://ledger.example.org/graphql?query=%7B%20bodies%20%7B%20bodyId%20%7D%20%7D',
  authorization: undefined,
  accept: 'application/json',
};

describe('the entity tag of an answer', () => {
  it('is a weak tag of a SHA-256 digest, the same for the same question at the same moment', () => {
    const tag = answerTag(moment, question);
    expect(tag).toMatch(/^W\/"[A-Za-z0-9_-]{43}"$/);
    expect(answerTag({ ...moment, processorsAt: [...moment.processorsAt] }, { ...question })).toBe(tag);
  });

  it.each<[string, Partial<LedgerMoment>]>([
    ['a new version of the server', { version: '0.2.0' }],
    ['the read models moving on', { readModelsAt: 42n }],
    ['the read models before their first event', { readModelsAt: undefined }],
    ['the log growing', { logHeadAt: 43n }],
    [
      'a processor of the log moving on (the process manager)',
      {
        processorsAt: [
          ['projections', 41n],
          ['effects', 41n],
        ],
      },
    ],
    ['another day (questions answer "in force today")', { today: '2024-03-15' }],
  ])('changes with %s', (_, change) => {
    expect(answerTag({ ...moment, ...change }, question)).not.toBe(answerTag(moment, question));
  });

  it.each<[string, Partial<AskedQuestion>]>([
    ['another query string', { url: 'https://ledger.example.org/graphql?query=%7B%20bodies%20%7B%20name%20%7B%20name%20%7D%20%7D%20%7D' }],
    ['another path', { url: 'https://ledger.example.org/oparl/v1.1/system' }],
    [
      'another host (OParl names its objects by their URL)',
      { url: 'https://other.example.org/graphql?query=%7B%20bodies%20%7B%20bodyId%20%7D%20%7D' },
    ],
    ['another scheme', { url: 'http://ledger.example.org/graphql?query=%7B%20bodies%20%7B%20bodyId%20%7D%20%7D' }],
    ['a caller with a token', { authorization: 'Bearer a.b.c' }],
    ['another token', { authorization: 'Bearer d.e.f' }],
    ['another media type asked for', { accept: 'text/html' }],
  ])('changes with %s', (_, change) => {
    expect(answerTag(moment, { ...question, ...change })).not.toBe(answerTag(moment, question));
  });

  it('tells positions apart that would read alike if run together', () => {
    const a = answerTag({ ...moment, readModelsAt: 1n, logHeadAt: 23n }, question);
    const b = answerTag({ ...moment, readModelsAt: 12n, logHeadAt: 3n }, question);
    expect(a).not.toBe(b);
  });

  it('gives away neither the token nor the positions', () => {
    const tag = answerTag(moment, { ...question, authorization: 'Bearer secret-token' });
    expect(tag).not.toContain('secret');
    expect(tag).not.toContain('41');
  });
});

describe('If-None-Match', () => {
  const tag = 'W/"abc"';

  it('names a tag alone, among others, or in its strong form (weak comparison)', () => {
    expect(ifNoneMatchNames('W/"abc"', tag)).toBe(true);
    expect(ifNoneMatchNames('W/"xyz", W/"abc"', tag)).toBe(true);
    expect(ifNoneMatchNames('"abc"', tag)).toBe(true);
    expect(ifNoneMatchNames(' W/"xyz" ,"abc" ', tag)).toBe(true);
  });

  it('does not name another tag, a part of it, or any tag with *', () => {
    expect(ifNoneMatchNames(undefined, tag)).toBe(false);
    expect(ifNoneMatchNames('', tag)).toBe(false);
    expect(ifNoneMatchNames('W/"abcd"', tag)).toBe(false);
    expect(ifNoneMatchNames('W/"ab"', tag)).toBe(false);
    expect(ifNoneMatchNames('abc', tag)).toBe(false);
    expect(ifNoneMatchNames('*', tag)).toBe(false);
  });
});
