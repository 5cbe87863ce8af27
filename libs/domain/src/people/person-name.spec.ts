import { displayNameOf, parsePersonName, personKey } from './person-name';

/** Names as minutes print them; the people are invented. */
describe('a name as the minutes print it', () => {
  it.each([
    ['Mr I.D. Quarrie OBE CC', ['Mr'], ['I', 'D'], 'Quarrie', ['OBE', 'CC']],
    ['Mr. I. D. Quarrie OBE CC', ['Mr'], ['I', 'D'], 'Quarrie', ['OBE', 'CC']],
    ['Cllr M. Tressell', ['Cllr'], ['M'], 'Tressell', []],
    ['Cllr. Alan Penhallow', ['Cllr'], ['Alan'], 'Penhallow', []],
    ['Supt. Shane O’Dowd', ['Supt'], ['Shane'], 'O’Dowd', []],
    ['Chief Supt Rhona McAvoy QPM', ['Chief', 'Supt'], ['Rhona'], 'McAvoy', ['QPM']],
    ['Dr Priya Anand-Kerr', ['Dr'], ['Priya'], 'Anand-Kerr', []],
    ['Mrs J. de la Haye JP', ['Mrs'], ['J'], 'de la Haye', ['JP']],
    ['Mr de Winter', ['Mr'], [], 'de Winter', []],
    ['Tomasz Wrobel', [], ['Tomasz'], 'Wrobel', []],
    ['Mr Lord', ['Mr'], [], 'Lord', []],
  ])('%s', (printed, honorifics, givenNames, surname, postNominals) => {
    expect(parsePersonName(printed)).toStrictEqual({ asPrinted: printed, honorifics, givenNames, surname, postNominals });
  });

  it('keeps the printed name with its spacing tidied', () => {
    expect(parsePersonName('  Mr   I.  Quarrie ')?.asPrinted).toBe('Mr I. Quarrie');
  });

  it.each([
    '',
    'Mr',
    'Mr I. D.',
    'the Chair',
    'Fernmoor police officers',
    'I',
    'Fernmoor Police',
    'Chief Executive',
    'Chief Constable',
    'Community Safety Team',
  ])('%j is not a name it can take apart', (printed) => {
    expect(parsePersonName(printed)).toBeUndefined();
  });
});

describe('the key two spellings of one person share', () => {
  const key = (printed: string) => personKey(parsePersonName(printed)!);

  it.each([
    ['Mr I.D. Quarrie OBE CC', 'Mr. I. D. Quarrie OBE CC'],
    ['Mr. E. Fairlie', 'Euan Fairlie'],
    ['Supt. Shane O’Dowd', "Superintendent S. O'Dowd"],
    ['Cllr Zoë Brontë', 'Councillor Z. Bronte'],
  ])('%s is %s', (one, other) => {
    expect(key(one)).toBe(key(other));
  });

  it.each([
    ['Mr. E. Fairlie', 'Cllr. Alan Fairlie'],
    ['Mr I.D. Quarrie', 'Mr I. Quarrie'],
    ['Mr I. Quarrie', 'Mr I. Quarry'],
  ])('%s is not %s', (one, other) => {
    expect(key(one)).not.toBe(key(other));
  });

  it('is the surname and the initials', () => {
    expect(key('Mrs J. de la Haye JP')).toBe('de-la-haye/j');
    expect(key('Supt. Shane O’Dowd')).toBe('odowd/s');
    expect(key('Dr Priya Anand-Kerr')).toBe('anand-kerr/p');
  });
});

describe('the name shown for a person', () => {
  it.each([
    ['Mr. I. D. Quarrie OBE CC', 'I. D. Quarrie'],
    ['Supt. Shane O’Dowd', 'Shane O’Dowd'],
    ['Mr de Winter', 'de Winter'],
  ])('%s shows as %s', (printed, shown) => {
    expect(displayNameOf(parsePersonName(printed)!)).toBe(shown);
  });
});
