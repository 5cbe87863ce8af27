/**
 * A person's name as minutes print it ("Mr. I. D. Ould OBE CC", "Cllr M. Rickman", "Supt. Shane
 * O’Neill"), taken apart into honorifics, given names or initials, surname and post-nominals, so
 * that the spellings of one person in different minutes can be recognised as one person.
 */
export interface PersonName {
  /** The name exactly as printed. */
  readonly asPrinted: string;
  /** Titles and ranks before the name, as printed without their full stops: `Mr`, `Cllr`, `Supt`. */
  readonly honorifics: readonly string[];
  /** Given names as printed (`Shane`), or initials as capital letters (`I`, `D`). */
  readonly givenNames: readonly string[];
  readonly surname: string;
  /** Letters after the name, in order: `OBE`, `CC`. */
  readonly postNominals: readonly string[];
}

/** Honorifics and ranks found before names in council minutes; several may stand together ("Chief Supt"). */
const HONORIFICS = new Set(
  [
    'Mr',
    'Mrs',
    'Ms',
    'Miss',
    'Mx',
    'Dr',
    'Prof',
    'Professor',
    'Rev',
    'Revd',
    'Canon',
    'Sir',
    'Dame',
    'Lord',
    'Lady',
    'Baroness',
    'Cllr',
    'Councillor',
    'County',
    'Alderman',
    'Chief',
    'Deputy',
    'Assistant',
    'Detective',
    'Supt',
    'Superintendent',
    'Ch',
    'Insp',
    'Inspector',
    'Sgt',
    'Sergeant',
    'PC',
    'PCSO',
    'DCI',
    'DI',
    'DS',
    'DC',
    'Constable',
    'Commander',
    'Col',
    'Colonel',
    'Major',
    'Capt',
    'Captain',
  ].map((word) => word.toLowerCase()),
);

/** Letters after a name: honours, offices and degrees seen in minutes. */
const POST_NOMINALS = new Set([
  'CC',
  'JP',
  'DL',
  'MP',
  'MEP',
  'MBE',
  'OBE',
  'CBE',
  'KBE',
  'DBE',
  'QPM',
  'KPM',
  'QFSM',
  'KFSM',
  'BEM',
  'RN',
  'BA',
  'BSc',
  'MA',
  'MSc',
  'MBA',
  'PhD',
  'FRSA',
  'FRCP',
]);

/** Words that belong to the surname that follows them: "de la Mare", "van Dyke". */
const SURNAME_PARTICLES = new Set(['de', 'la', 'le', 'du', 'van', 'von', 'der', 'den', 'da', 'di', 'st', 'st.']);

/** Words of organisations and offices: "Leicestershire Police" or "Chief Executive" names no person. */
const NOT_A_NAME = new Set(
  [
    'Council',
    'Police',
    'Constabulary',
    'Board',
    'Committee',
    'Service',
    'Services',
    'Team',
    'Office',
    'Partnership',
    'Trust',
    'Authority',
    'Group',
    'Department',
    'Unit',
    'Commissioner',
    'Executive',
    'Officer',
    'Director',
    'Manager',
    'Head',
    'Lead',
    'Chair',
    'Chairman',
    'Chairwoman',
    'Coordinator',
    'Co-ordinator',
    'Adviser',
    'Advisor',
    'Secretary',
    'Clerk',
    'Members',
    'Member',
    'Constable',
  ].map((word) => word.toLowerCase()),
);

const bare = (word: string) => word.replace(/\.$/, '');

/**
 * Takes a printed name apart; undefined when what is printed is not a person's name that can be
 * taken apart (no surname after the honorifics and initials, or a word in lower case that is not a
 * surname particle). Nothing is guessed: an unfamiliar word before the surname is a given name.
 */
export function parsePersonName(printed: string): PersonName | undefined {
  const asPrinted = printed.replace(/\s+/g, ' ').trim();
  // "I.D." and "I. D." are the same initials; split joined initials apart before reading words.
  const words = asPrinted
    .replace(/\b([A-Z])\.(?=[A-Z]\b)/g, '$1. ')
    .split(' ')
    .filter((word) => word !== '');
  const postNominals: string[] = [];
  while (words.length > 1 && POST_NOMINALS.has(bare(words.at(-1)!))) postNominals.unshift(bare(words.pop()!));
  const honorifics: string[] = [];
  while (words.length > 1 && HONORIFICS.has(bare(words[0]!).toLowerCase()) && !isInitial(words[0]!)) {
    honorifics.push(bare(words.shift()!));
  }
  // A title alone ("Mr") names nobody.
  if (words.length === 0 || (honorifics.length === 0 && words.length === 1 && HONORIFICS.has(bare(words[0]!).toLowerCase())))
    return undefined;
  let surnameStart = words.length - 1;
  while (surnameStart > 0 && SURNAME_PARTICLES.has(words[surnameStart - 1]!.toLowerCase())) surnameStart -= 1;
  const surname = words.slice(surnameStart).join(' ');
  const givenNames = words.slice(0, surnameStart).map((word) => (isInitial(word) ? word[0]! : word));
  const lowerCase = (word: string) => /^[a-z]/.test(word) && !SURNAME_PARTICLES.has(word.toLowerCase());
  if (isInitial(words.at(-1)!) || words.some(lowerCase) || !/[A-Za-z]{2}/.test(surname)) return undefined;
  if (words.some((word) => NOT_A_NAME.has(bare(word).toLowerCase()))) return undefined;
  return { asPrinted, honorifics, givenNames, surname, postNominals };
}

function isInitial(word: string): boolean {
  return /^[A-Z]\.?$/.test(word);
}

/** Letters compared without case, accents or apostrophes, a hyphen as a space: "O’Neill", "O'Neill" and "ONeill" are one. */
function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/-/g, ' ')
    .replace(/[^a-z ]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The key two spellings of one person share: the surname and the initials of the given names.
 * "Mr I.D. Ould OBE CC" and "Mr. I. D. Ould OBE CC" share `ould/id`; "Euan Walters" and
 * "Mr. E. Walters" share `walters/e`. Honorifics and post-nominals change over a career and are
 * left out; a full given name and an initial agree when the initial is its first letter.
 */
export function personKey(name: PersonName): string {
  const initials = name.givenNames.map((given) => folded(given).charAt(0)).join('');
  return `${folded(name.surname).replace(/ /g, '-')}/${initials}`;
}

/** The name to show for a person: given names (or initials) and surname, without titles or letters after. */
export function displayNameOf(name: PersonName): string {
  return [...name.givenNames.map((given) => (given.length === 1 ? `${given}.` : given)), name.surname].join(' ');
}
