import { MATCH_END as E, MATCH_START as S, markMatches, parseHighlights } from './highlights';

describe('highlights of a search match', () => {
  it('gives the plain excerpt and the offsets of each match', () => {
    const parsed = parseHighlights(`The ${S}Police${E} reported on ${S}burglary${E} figures.`);
    expect(parsed).toEqual({
      excerpt: 'The Police reported on burglary figures.',
      spans: [
        { start: 4, end: 10 },
        { start: 23, end: 31 },
      ],
    });
    expect(parsed.excerpt.slice(23, 31)).toBe('burglary');
  });

  it('joins the words of one phrase that were marked one by one, but not words further apart', () => {
    const parsed = parseHighlights(`on ${S}anti${E}-${S}social${E} ${S}behaviour${E} and ${S}behaviour${E}`);
    expect(parsed.spans).toEqual([
      { start: 3, end: 24 },
      { start: 29, end: 38 },
    ]);
    expect(parsed.excerpt.slice(3, 24)).toBe('anti-social behaviour');
  });

  it('counts offsets in UTF-16 units, as JavaScript strings do, across accents and symbols outside the basic plane', () => {
    const parsed = parseHighlights(`Café 𝔸 ${S}review${E}`);
    expect(parsed.excerpt.slice(parsed.spans[0]!.start, parsed.spans[0]!.end)).toBe('review');
  });

  it('ignores a stray end mark, and an excerpt without matches has no spans', () => {
    expect(parseHighlights(`a${E}b`)).toEqual({ excerpt: 'ab', spans: [] });
    expect(parseHighlights('nothing matched here')).toEqual({ excerpt: 'nothing matched here', spans: [] });
  });

  it('marks each match with what the client asks for', () => {
    const parsed = parseHighlights(`The ${S}Police${E} reported on ${S}burglary${E}.`);
    expect(markMatches(parsed, '<mark>', '</mark>')).toBe('The <mark>Police</mark> reported on <mark>burglary</mark>.');
    expect(markMatches(parsed, '**', '**')).toBe('The **Police** reported on **burglary**.');
  });
});
