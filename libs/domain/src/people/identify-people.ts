import { displayNameOf, parsePersonName, personKey, type PersonName } from './person-name';
import type { PersonRegisterState } from './person-register.decider';

/** One person as the ledger knows them: every form of their name the records print, and why they are one. */
export interface PersonIdentity {
  readonly personId: string;
  /** The fullest form of the name, without titles or letters after it. */
  readonly displayName: string;
  /** The names as printed, in alphabetical order. */
  readonly nameForms: readonly string[];
  /** Honorifics and post-nominals the printed forms carry, each once. */
  readonly honorifics: readonly string[];
  readonly postNominals: readonly string[];
  /** Why these forms are one person, in order: the matching, then each clerk's decision. */
  readonly because: readonly string[];
}

export interface PeopleIdentified {
  readonly people: readonly PersonIdentity[];
  /** The person a printed name is; undefined for a name that is not a person's ("the Chair") or was not in the set. */
  personOf(printed: string): string | undefined;
}

const tidy = (printed: string) => printed.replace(/\s+/g, ' ').trim();

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** `ould/id` → `ould.id`; a surname alone → the surname. */
const idOfKey = (key: string) => key.replace(/\/$/, '').replace('/', '.');

const fullFirstName = (name: PersonName) => {
  const first = name.givenNames[0];
  return first !== undefined && first.length > 1 ? slug(first) : undefined;
};

interface Assignment {
  personId: string;
  because: string[];
}

/**
 * Which printed names are one person. Deterministic: the same names and the same register give the
 * same people, whatever their order. Names are matched by surname and initials; where the records
 * print two different first names for the same surname and initials ("Alan" and "Adam"), each first
 * name is a person of its own and a form with initials alone is matched to neither. Then the clerk's
 * splits and merges are applied in the order they were decided.
 */
export function identifyPeople(printedNames: Iterable<string>, register: PersonRegisterState): PeopleIdentified {
  const forms = [...new Set([...printedNames].map(tidy).filter((printed) => printed !== ''))].sort();
  const parsed = new Map(forms.map((form) => [form, parsePersonName(form)]));
  const assigned = new Map<string, Assignment>();

  const byKey = new Map<string, string[]>();
  for (const form of forms) {
    const name = parsed.get(form);
    // "the Chair", "Fernmoor Police": kept as printed where they stand, and no person.
    if (name === undefined) continue;
    const key = personKey(name);
    byKey.set(key, [...(byKey.get(key) ?? []), form]);
  }
  for (const [key, group] of byKey) {
    const first = parsed.get(group[0]!)!;
    const basis = `surname ${first.surname}${first.givenNames.length > 0 ? ` and initials ${key.split('/')[1]!.toUpperCase().split('').join(' ')}` : ' alone'}`;
    const firstNames = [...new Set(group.map((form) => fullFirstName(parsed.get(form)!)).filter((name) => name !== undefined))];
    for (const form of group) {
      const own = fullFirstName(parsed.get(form)!);
      if (firstNames.length <= 1) {
        assigned.set(form, { personId: idOfKey(key), because: [`matched by ${basis}`] });
      } else if (own !== undefined) {
        assigned.set(form, { personId: `${idOfKey(key)}.${own}`, because: [`matched by ${basis} and the first name ${own}`] });
      } else {
        assigned.set(form, {
          personId: idOfKey(key),
          because: [`matched by ${basis}; not matched to ${firstNames.join(' or ')}, as the records print both first names`],
        });
      }
    }
  }

  for (const split of register.splits) {
    for (const form of split.nameForms.map(tidy)) {
      const entry = assigned.get(form);
      if (entry?.personId !== split.personId) continue;
      entry.personId = split.newPersonId;
      entry.because.push(`split from ${split.personId} on ${split.decidedOn}: ${split.reason}`);
    }
  }
  const mergedInto = new Map(register.merges.map((merge) => [merge.personId, merge]));
  for (const entry of assigned.values()) {
    // Merges form trees (the register refuses a merge into a merged person), so this ends.
    for (let merge = mergedInto.get(entry.personId); merge !== undefined; merge = mergedInto.get(entry.personId)) {
      entry.because.push(`${entry.personId} merged into ${merge.intoPersonId} on ${merge.decidedOn}: ${merge.reason}`);
      entry.personId = merge.intoPersonId;
    }
  }

  const formsOf = new Map<string, string[]>();
  for (const form of forms) {
    const personId = assigned.get(form)?.personId;
    if (personId === undefined) continue;
    formsOf.set(personId, [...(formsOf.get(personId) ?? []), form]);
  }
  const people = [...formsOf.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en'))
    .map(([personId, nameForms]): PersonIdentity => {
      const names = nameForms.map((form) => parsed.get(form)!);
      return {
        personId,
        displayName: fullest(names),
        nameForms,
        honorifics: [...new Set(names.flatMap((name) => name.honorifics))],
        postNominals: [...new Set(names.flatMap((name) => name.postNominals))],
        because: [...new Set(nameForms.flatMap((form) => assigned.get(form)!.because))],
      };
    });
  return { people, personOf: (printed) => assigned.get(tidy(printed))?.personId };
}

/** The form that says most: more full given names first, then more given names, then the first alphabetically. */
function fullest(names: readonly PersonName[]): string {
  const full = (name: PersonName) => name.givenNames.filter((given) => given.length > 1).length;
  const ranked = [...names].sort(
    (a, b) => full(b) - full(a) || b.givenNames.length - a.givenNames.length || displayNameOf(a).localeCompare(displayNameOf(b), 'en'),
  );
  return displayNameOf(ranked[0]!);
}
