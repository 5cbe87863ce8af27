import { samePerson } from '@ledger/domain';
import { withoutFinalFullStop } from '../text/plain-text';
import { sentencesOf } from '../text/sentences';
import type { Located } from '../text/span';
import { looksLikeName, nameAfterTitle, withoutRank } from './person-names';

export interface PersonNamed {
  readonly name: string;
  readonly role?: string;
}

/** What a minute says about who presented its item: the minutes' account, not the agenda's plan. */
export interface PresentersText {
  readonly presentedBy: readonly PersonNamed[];
  readonly unableToAttend: readonly PersonNamed[];
}

interface Passage {
  readonly text: string;
  readonly plain: string;
  readonly lines: Located<string>['lines'];
}

const TALK = '(?:(?:oral|verbal|short|brief|further|joint)\\s+)*(?:presentation|update|briefing|overview)';

/**
 * Sentences in which the minutes say who presented. Each captures the people's names with what
 * follows them, to be cut at the first word that is not part of a name list.
 */
const PRESENTED: readonly RegExp[] = [
  // "The Board received a presentation from X", "received a report and presentation from X", "received an oral update from X and Y"
  new RegExp(`\\b(?:received|heard|was\\s+given|were\\s+given)\\s+(?:an?\\s+)?(?:report\\s+and\\s+)?${TALK}\\s+(?:from|by)\\s+(.+)$`, 'i'),
  // "The report was presented by X", "The item was introduced by X"
  /\b(?:report|item|paper|update|presentation)\s+was\s+(?:presented|introduced|given)\s+by\s+(.+)$/i,
  // "X provided an oral update", "X introduced a report", "X gave a presentation", "X presented his statement"
  new RegExp(
    `^(.+?)\\s+(?:provided|gave|delivered|introduced|presented)\\s+(?:an?|the|his|her|their)\\s+(?:[\\w/-]+\\s+){0,4}?(?:update|report|presentation|overview|briefing|paper|item|proposals?|statement|plan|strategy|chapter|assessment|opinion|return|review|findings|budget|accounts|programme|policy)\\b`,
    'i',
  ),
  // "X, Member Services Officer, introduced item two"
  /^(.+?)\s+introduced\s+(?:agenda\s+)?item\s+(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i,
  // "Councillor X, Chair of the Panel was in attendance to present the report"
  /^(.+?)\s+(?:was|were)\s+in\s+attendance\s+to\s+(?:present|introduce)\s+(?:the|this|her|his|their)\s+(?:report|item|paper|update)\b/i,
  // "The Chair invited X, Principal Policy Adviser, to introduce the item"
  /\binvited\s+(.+?)\s+to\s+(?:introduce|present)\s+(?:the|this|his|her|their)\s+(?:item|report|paper|update|presentation)\b/i,
  // "X, Scrutiny Officer, updated members on …", "Members were updated by the Chief Finance Officer, X, on …"
  /^(.+?)\s+updated\s+(?:members|the\s+(?:board|committee|panel|partnership|cabinet|council|sub-committee|group))\b/i,
  /\b(?:members|the\s+(?:board|committee|panel|partnership))\s+(?:were|was)\s+updated\s+by\s+(.+)$/i,
  // "Presented by X, Licensing Team Leader, the report proposed …"
  /^Presented\s+by\s+(.+)$/,
  // "… considered a report of the Monitoring Officer, introduced by X, Deputy Monitoring Officer, who outlined …"
  /\b(?:report|item|paper|update|presentation|plan|proposals?)\b[^,]{0,80},\s+(?:introduced|presented)\s+by\s+(.+)$/i,
];

/** "The Board had been due to receive a presentation from X …, however X was unable to attend the meeting." */
const DUE_BUT_ABSENT =
  /\b(?:had\s+been|was)\s+(?:due|scheduled|expected)\s+to\s+(?:receive|hear|be\s+given)\s+.{0,60}?\bfrom\s+(.+?),?\s+however\b.*\bunable\s+to\s+attend\b/i;
/** "X was unable to attend", "…, as Dr X was unable to attend the meeting": and what the sentence says after it. */
const UNABLE =
  /^(?:(.*?),?\s*\b(?:as|because|since)\s+)?(.+?)\s+(?:was|were)\s+unable\s+to\s+attend(?:\s+the\s+meeting)?\b(?:\s*(?:,\s*)?(?:and|so)\s+(.*))?/i;

/** "The Leader, Cllr. X …": an office named before the person who holds it, ahead of an honorific. */
const OFFICE_BEFORE_NAME =
  /^[Tt]he\s+[A-Z][\w'\u2019-]*(?:\s+(?:of|for|and|the|[A-Z][\w'\u2019-]*))*,\s+(?=(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s|[A-Z][a-z'\u2019-]+\s+[A-Z][A-Za-z'\u2019-]+,)/;

/**
 * "X, Role, Organisation regarding …" → the names before the role, with the role. With `nameMayTrail`,
 * a name ending a description ("the new Chief Executive Officer Claire Trewartha") counts too.
 */
function peopleFrom(text: string, nameMayTrail = false): PersonNamed[] {
  // "A, Role, and B, Role, presented …": each person with the role printed after their name.
  const each = text.split(/,\s+and\s+(?=[A-Z])/);
  if (each.length > 1) {
    const people = each.map((part) => peopleFrom(part.trim()));
    if (people.every((named) => named.length === 1 && named[0]!.role !== undefined)) return people.flat();
  }
  // "The Principal Licensing Officer (Lucy Farnham) gave …": the person is in the brackets after the office.
  const bracketed = /^(?:[Tt]he\s+)?[A-Z][\w'\u2019 -]{2,80}?\s*\(([^)]{3,60})\)/.exec(text.trim());
  if (bracketed && looksLikeName(bracketed[1]!.trim()) && !looksLikeName(text.trim().slice(0, text.trim().indexOf('(')).trim()))
    return [{ name: bracketed[1]!.trim() }];
  const cut = text
    .replace(OFFICE_BEFORE_NAME, '')
    .split(
      /\s+(?:regarding|on\s+(?:the|his|her|their|its)|about|concerning|which|who|in\s+respect\s+of|relating\s+to|to\s+(?:provide|update|explain|give)|as\s+part\s+of|at\s+the)\b|[;:(]/i,
    )[0]!;
  const [namesPart, ...roleParts] = withoutFinalFullStop(cut.trim()).split(',');
  // "Inspector Kate Lowe of Loamshire Police and Gemma Tarrant": a name, and the organisation it is of.
  const names = namesPart!.split(/\s+and\s+|\s*&\s*/).map((name) => withoutRank(name.trim().replace(/\s+of\s+[A-Z].*$/, '')));
  if (names.length === 0 || !names.every(looksLikeName)) {
    if (!nameMayTrail) return [];
    // "by the new OPCC Chief Executive Officer Claire Trewartha": the name is what ends the phrase.
    const trailing = nameAfterTitle(namesPart!);
    return roleParts.length === 0 && trailing ? [{ name: trailing.name }] : [];
  }
  const role =
    names.length === 1
      ? roleParts
          .join(',')
          .trim()
          // "Sarah Quenby, Community Safety Manager, then presented …": the role, not the word after it.
          .replace(/,?\s+(?:then|also|briefly|jointly|subsequently)$/i, '')
          .replace(/[.,]+$/, '')
          .trim()
      : '';
  return names.map((name) => ({ name, ...(role !== '' && { role }) }));
}

/** "Jonathan Ode, Overview and Scrutiny Officer": a person the agenda names with their role, on a line of its own. */
const NAME_WITH_ROLE = /^([^,]{3,60}),\s+([A-Z][^,;:]{2,100}?)\.?$/;

/** People the agenda names with their roles: its listed presenter, and lines "Name, Role". */
export function peopleWithRolesIn(agendaLines: readonly string[], listed?: PersonNamed): PersonNamed[] {
  const people = agendaLines.flatMap((line) => {
    const match = NAME_WITH_ROLE.exec(line.trim());
    return match && looksLikeName(match[1]!.trim()) ? [{ name: match[1]!.trim(), role: match[2]!.trim() }] : [];
  });
  return listed?.role ? [listed, ...people] : people;
}

const sameRole = (a: string, b: string) => a.toLowerCase().replace(/\s+/g, ' ') === b.toLowerCase().replace(/\s+/g, ' ');

/**
 * "The Overview and Scrutiny Officer gave a verbal update": by their role, the one person the agenda
 * names with that role, when exactly one has it.
 */
function personByRole(subject: string, known: readonly PersonNamed[]): PersonNamed[] {
  const role = /^[Tt]he\s+(.+)$/.exec(subject.trim())?.[1];
  if (!role) return [];
  const holders = known.filter((person) => person.role !== undefined && sameRole(person.role, role));
  return holders.length === 1 ? [holders[0]!] : [];
}

/** "Councillor Marsh", "Inspector Barraclough": a title and a surname, as minutes name someone named before. */
const TITLE_AND_SURNAME = /^([A-Z][a-z]+\.?|[A-Z]{2,6})\s+([A-Z][A-Za-z'\u2019-]+)$/;

/** The one person the agenda names in full with that title and surname ("Councillor Fiona Marsh"), else as named. */
function inFull(person: PersonNamed, known: readonly PersonNamed[]): PersonNamed {
  const short = TITLE_AND_SURNAME.exec(person.name);
  if (!short) return person;
  const [, title, surname] = short;
  const matches = known.filter((candidate) => {
    const words = candidate.name.split(/\s+/);
    // "ACFO Vaughan": a rank's initials, and the one person the agenda names with that surname.
    const sameTitle = words[0] === title || /^[A-Z]{2,6}$/.test(title!);
    return words.length >= 2 && sameTitle && words.at(-1) === surname && candidate.name !== person.name;
  });
  return matches.length === 1 ? { ...person, name: matches[0]!.name } : person;
}

export function presentersIn(passages: readonly Passage[], known: readonly PersonNamed[] = []): Located<PresentersText> | undefined {
  const presentedBy: PersonNamed[] = [];
  const unableToAttend: PersonNamed[] = [];
  const lines: Located<string>['lines'][] = [];
  const add = (list: PersonNamed[], people: readonly PersonNamed[]) => {
    for (const person of people.map((named) => inFull(named, known)))
      if (!list.some((other) => samePerson(other.name, person.name))) list.push(person);
  };
  for (const passage of passages) {
    // The minutes quote an original text with straight or curly quotes; the sentences are read one at a time.
    for (const { text: said } of sentencesOf(passage.text)) {
      // A flattened page runs its "Minutes:" label into the minute's first sentence.
      const sentence = said.replace(/^Minutes:\s*/, '');
      const absent = DUE_BUT_ABSENT.exec(sentence);
      if (absent) {
        const people = peopleFrom(absent[1]!);
        if (people.length > 0) {
          add(unableToAttend, people);
          lines.push(passage.lines);
        }
        continue;
      }
      const unable = UNABLE.exec(sentence);
      const absentee = unable ? absenteeNamed(unable[2]!.trim(), known) : undefined;
      if (absentee) {
        add(unableToAttend, [absentee]);
        lines.push(passage.lines);
      }
      // "… was unable to attend and the Leader, Cllr X, presented the report in her place", "The report was
      // presented by X, as Y was unable to attend", "As Y was unable to attend owing to …, the report was presented
      // by X": who stood in.
      const presenting = unable
        ? `${unable[1] ?? ''} ${unable[3] ?? (unable[1] ? '' : sentence.slice(unable.index + unable[0].length))}`.trim()
        : sentence;
      if (presenting === '') continue;
      for (const [index, pattern] of PRESENTED.entries()) {
        const match = pattern.exec(presenting);
        if (!match) continue;
        const named = peopleFrom(match[1]!, index < 2);
        const people = named.length > 0 ? named : personByRole(match[1]!, known);
        if (people.length === 0) continue;
        add(presentedBy, people);
        lines.push(passage.lines);
        break;
      }
    }
  }
  const present = presentedBy.filter((person) => !unableToAttend.some((absent) => samePerson(absent.name, person.name)));
  if (present.length === 0 && unableToAttend.length === 0) return undefined;
  const from = Math.min(...lines.map((span) => span.from));
  const to = Math.max(...lines.map((span) => span.to));
  return { value: { presentedBy: present, unableToAttend }, lines: { from, to } };
}

/**
 * Who the minutes say could not attend: "Martin Osei", "Martin Osei was unwell and" (the name before the first
 * verb), or "The Chief Fire Officer", the one person the agenda names with that role.
 */
function absenteeNamed(said: string, known: readonly PersonNamed[]): PersonNamed | undefined {
  // "The Chair reported that Darren Quayle was unable to attend": the one reported; "… to be introduced by the
  // Director of Public Health, who was unable to attend": the one the clause is about.
  const subject = said
    .replace(/^.*?\b(?:reported|said|explained|advised|announced|informed\s+\w+)\s+that\s+/i, '')
    .replace(/^.*(?:\bby|\bfrom|,)\s+((?:the\s+)?[A-Z][^,]{2,80}),\s+who$/, '$1');
  if (looksLikeName(subject)) return { name: subject };
  const beforeVerb = subject.split(/\s+(?:was|were|had|has)\s+/)[0]!.trim();
  if (beforeVerb !== subject && looksLikeName(beforeVerb)) return { name: beforeVerb };
  return personByRole(subject, known)[0];
}

/** A councillor or officer as minutes name them: "Mr. C. Pugsley CC", "Councillor Begy". */
const TITLED_NAME =
  "((?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|County\\s+Councillor|Sir|Dame)\\.?\\s+(?:(?:[A-Z]\\.\\s*)+|[A-Z][A-Za-z'\u2019-]+\\s+)*[A-Z][A-Za-z'\u2019-]+(?:\\s+(?:[A-Z]{2,4}|JP|MBE|OBE|CBE|DL))*)";
/** "The Chairman Mr. C. Pugsley CC introduced himself …": the minutes name the chairman. */
const CHAIRMAN_NAMED = new RegExp(`^The\\s+Chair(?:man|person|woman)?,?\\s+${TITLED_NAME},?\\s+(?=[a-z])`);
/**
 * "The Vice Chair, Councillor Begy welcomed everyone … and confirmed that he would be chairing the meeting":
 * a vice or deputy chair names who chaired only where the sentence says they chaired.
 */
const VICE_CHAIR_NAMED = new RegExp(`^The\\s+(?:Vice|Deputy)[\\s-]?Chair(?:man|person|woman)?,?\\s+${TITLED_NAME},?\\s+(?=[a-z])`);
const CHAIRS_THE_MEETING = /\b(?:chair(?:ing|ed)\s+(?:the|this|today['\u2019]s)\s+meeting|took\s+the\s+chair|in\s+the\s+chair|presided)\b/i;

export function chairNamedIn(passages: readonly Passage[]): Located<{ readonly chair: string; readonly wording: string }> | undefined {
  for (const passage of passages) {
    const match = CHAIRMAN_NAMED.exec(passage.text);
    if (match) return { value: { chair: match[1]!.trim(), wording: firstSentence(passage.text) }, lines: passage.lines };
    const vice = VICE_CHAIR_NAMED.exec(passage.text);
    const wording = firstSentence(passage.text);
    if (vice && CHAIRS_THE_MEETING.test(wording)) return { value: { chair: vice[1]!.trim(), wording }, lines: passage.lines };
  }
  return undefined;
}

function firstSentence(text: string): string {
  return sentencesOf(text)[0]?.text ?? text;
}

/** "The Board considered a report of X …", "… a joint report of X and Y …", "… a report by X …". */
const REPORT_OF = /\bconsidered\s+an?\s+(?:joint\s+)?report\s+(?:of|from|by)\s+(.+)$/i;
/** Where the author's name (with their role) ends and the account of the report begins. */
const AUTHOR_ENDS =
  /,?\s+(?:which|that|regarding|on|about|concerning|setting|outlining|updating|providing|presenting|seeking|informing|detailing|in\s+respect\s+of|relating\s+to|to|the\s+purpose|as\s+part\s+of)\b|[;:]/i;
/** An office or a team, not a person's name: "the Director of Public Health", "the Town Clerk and Commissioner". */
const OFFICE = /^the\s+[A-Z][\w&'\u2019-]*(?:\s+(?:of|and|for|the|&|[A-Z][\w&'\u2019-]*))*$/;

/**
 * Who wrote the report an item considered, as the minute words it: a person named with their role
 * ("Rik Basra, Community Safety Co-ordinator, Leicestershire County Council") or an office ("the
 * Director of Public Health"). Anything else the phrase could be (a company, a place) is not read.
 */
export function reportAuthorIn(passages: readonly Passage[]): Located<string> | undefined {
  for (const passage of passages) {
    for (const { text: sentence } of sentencesOf(passage.text)) {
      const match = REPORT_OF.exec(sentence);
      if (!match) continue;
      const phrase = withoutFinalFullStop(match[1]!.split(AUTHOR_ENDS)[0]!.replace(/\s+/g, ' ').trim()).replace(/,$/, '');
      const isOffice = OFFICE.test(phrase) && phrase.split(' ').length <= 12;
      if (isOffice || peopleFrom(phrase).length > 0) return { value: phrase, lines: passage.lines };
    }
  }
  return undefined;
}
