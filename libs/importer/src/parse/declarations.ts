import { sentencesOf } from '../text/sentences';
import type { Located } from '../text/span';
import type { DeclarationText } from './minutes-document';

interface Passage {
  readonly text: string;
  readonly plain: string;
  readonly lines: Located<string>['lines'];
}

/** "No declarations were made." — but not "No other declarations were made", which follows some. */
export const NO_DECLARATIONS =
  /^(?:there\s+were\s+)?no\s+(?:declarations|disclosures)(?:\s+of\s+(?:interests?|pecuniary\s+or\s+other\s+interests?))?(?:\s+(?:were|was)\s+(?:made|received|declared))?\.?$|^there\s+were\s+no\s+(?:declarations|disclosures)\b|^(?:there\s+were\s+)?no\s+interests\s+(?:were\s+)?declared\b/i;

const NATURE_WORDS =
  '(?:personal|prejudicial|disclosable\\s+pecuniary|pecuniary|other\\s+registrable|registrable|non[\\s-]registrable|non[\\s-]pecuniary|standing|general)';
/** "declared a DPI": a disclosable pecuniary interest, abbreviated. */
const DPI = /^(.+?)\s+(?:declared|disclosed)\s+(?:an?\s+)?DPIs?\b(.*)$/;

/** Who declared, what kind of interest (when said), and the rest of the sentence. */
const DECLARED = new RegExp(
  `^(.+?)\\s+(?:each\\s+|both\\s+|also\\s+)?(?:declared|disclosed|made\\s+(?:standing\\s+)?declarations?\\s+of)\\s+(?:that\\s+(?!(?:an?\\s+)?${NATURE_WORDS}?\\s*interests?\\b)(.*)$|(?:an?\\s+)?(?:(${NATURE_WORDS})\\s+(?:and\\s+((?:non[\\s-])?(?:prejudicial|pecuniary))\\s+)?)?interests?\\b(.*)$)`,
  'i',
);

const NATURES: [RegExp, string][] = [
  [/^personal$/i, 'personal'],
  [/^prejudicial$/i, 'prejudicial'],
  [/^(?:disclosable\s+)?pecuniary$/i, 'disclosable-pecuniary'],
  [/^(?:other\s+)?registrable$/i, 'other-registrable'],
  [/^non[\s-]registrable$/i, 'non-registrable'],
  [/^non[\s-]pecuniary$/i, 'non-pecuniary'],
];

/** "(minute 33)" after a description of the item. */
const ITEM_IN_BRACKETS = /\((agenda\s+item|item|minute)\s+(?:no\.?\s*)?(\d{1,3})\)/i;
/** A second declaration in the same sentence: "… and Councillor Cooke disclosed an interest …". */
const ANOTHER_DECLARER =
  /\s+and\s+(?=(?:Councillors?|Cllrs?\.?|County\s+Councillor|Mr|Mrs|Ms|Miss|Dr|The\s+Chair(?:man|person)?)\b[^,;]{0,60}?\s+(?:declared|disclosed)\b)/;
const DECLARES = /\b(?:declared|disclosed)\b/i;
/** A clause before the declarer: "In the interests of clarity, Councillor Bacon declared …". */
/** "(a) Councillor X declared …": the label of a list the declarations are printed in. */
const LIST_LABEL = /^(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)|\d{1,2}\.)\s+/;
const LEADING_CLAUSE =
  /^(?:In|At|On|For|With|During|Following|Prior|After|Before|As|Also|However)\b(?:[^,]{0,60},\s+|[^,]{0,60}?\s+(?=(?:Councillor|Cllr\.?|County\s+Councillor|Mr|Mrs|Ms|Miss|Dr)\s))/;
const ITEM_CITED =
  /\b(?:in\s+(?:respect\s+of\s+|relation\s+to\s+)?|on\s+|regarding\s+|concerning\s+|to\s+|for\s+)(?:(agenda\s+item|item|minute)\s+(?:no\.?\s*)?((?:[A-Z]{2,6}\s+\d{2}\/\d{2}\s+)?\d{1,3}(?:\/\d{2}(?:\d{2})?)?)(?:\s*\(?([a-z])\)?(?![a-z]))?)\b/i;
const ALL_ITEMS =
  /\b(?:in|to)\s+(?:all|each|every)\s+(?:of\s+the\s+)?(?:agenda\s+)?(?:items|applications)\b|\bin\s+all\s+(?:the\s+)?(?:matters|business)\b/i;
const STANDING = /^(?:standing|general)$/i;
/** "declared a personal interest in this item": the item whose minute says so. */
const THIS_ITEM = /\b(?:in|on|to)\s+(?:respect\s+of\s+|relation\s+to\s+)?this\s+(?:agenda\s+)?item\b/i;
/** "in the item on the Business Rates Relief Policy, as …", "in the item Proposed Police Precept 2025/26": the item by its title. */
const ITEM_TITLED =
  /\b(?:in|on|to|regarding|concerning)\s+(?:respect\s+of\s+|relation\s+to\s+)?the\s+item\s+(?:(?:on|regarding|concerning|about|entitled|headed)\s+)?(?:the\s+)?["'\u2018\u201c]?([A-Z][^,;:"\u201d]{2,100}?)["'\u2019\u201d]?(?=\s*,|\s+(?:as|because|since|and|but|which|who)\b|\s*\.?$)/;
const SAME_ITEM = /\b(?:in|on|to)\s+(?:respect\s+of\s+|relation\s+to\s+)?the\s+same\s+(?:agenda\s+)?item\b/i;
const REASON = /\b(?:as|because|since|in\s+that|by\s+virtue\s+of)\s+(.+?)\.?$/i;

/** One name, or several: "Councillors A, B and C", "Cllr A and Cllr B". */
function membersOf(who: string): string[] {
  const trimmed = who.replace(/\s+(?:himself|herself|themselves|themself)$/i, '').trim();
  const plural = /^(Councillors|Cllrs\.?|Members)\s+(.+)$/i.exec(trimmed);
  const names = (plural ? plural[2]! : trimmed)
    .split(/\s*,\s*|\s+and\s+|\s*&\s*/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
  // "Councillor N. Ashworth, Leader of the Council": a role after the name, not a second member.
  const people = names.filter((name) => !/\s(?:of|the|for|and|to)\s/.test(` ${name} `));
  if (people.length === 1 && !plural) return people;
  if (names.length <= 1) return [trimmed];
  const title = plural ? (/^cllr/i.test(plural[1]!) ? 'Cllr' : /^councillors$/i.test(plural[1]!) ? 'Councillor' : '') : '';
  return names.map((name) => (title && !/^(?:cllr|councillor|mr|mrs|ms|miss|dr)\b/i.test(name) ? `${title} ${name}` : name));
}

/** A declarer is a person ("Councillor Smith", "The Chairman"), not a clause ("It was noted that members"). */
function isDeclarer(who: string): boolean {
  if (who.length > 120 || /\b(?:it\s+was|were\s+reminded|invited|asked|no\s+other|there\s+were)\b/i.test(who)) return false;
  // "Having declared interests, Dr A and Dr B took no part", "Cllr A, having declared …, left": a clause, not a
  // person, and a declaration made before, not a new one.
  if (/^[A-Z][a-z]+ing\b/.test(who) || /,?\s+having$/i.test(who)) return false;
  // "Councillor X, who had declared an interest at the September meeting, confirmed …": told of, not made here.
  if (/,?\s+who\s+(?:had|has)$/i.test(who)) return false;
  // "As the Chairman had declared an interest, …": told of; "All Members present declared …": no one named.
  if (/\s(?:had|has)$/i.test(who) || /^All\b/.test(who)) return false;
  return /^(?:The\s+(?:Chair(?:man|person|woman)?|Vice[\s-]Chair(?:man)?|Deputy\s+Chair(?:man)?|Mayor|Leader)|[A-Z])/.test(who);
}

/**
 * Declarations of interest, sentence by sentence: who declared (one member or several), the
 * nature when the minutes state it, the item (agenda item, item or minute number; all items), and
 * the reason given. What the sentence does not say stays unsaid.
 */
export function declarationsIn(passage: Passage, before?: DeclarationText): DeclarationText[] {
  const found: DeclarationText[] = [];
  // "… in item 8 …", then "X declared an interest in the same item": the item the declaration before it named.
  const previousItem = () => {
    const previous = found.at(-1) ?? before;
    return typeof previous?.concerning === 'object' ? previous.concerning : undefined;
  };
  for (const whole of sentencesOf(passage.text, passage.plain)) {
    for (const sentence of clausesOf(whole)) {
      const dpi = DPI.exec(sentence.plain);
      const match = dpi ? null : DECLARED.exec(sentence.plain);
      if (!dpi && !match) continue;
      const whoPlain = (dpi ?? match)![1]!;
      const label = LIST_LABEL.exec(whoPlain)?.[0].length ?? 0;
      const lead = label + (LEADING_CLAUSE.exec(whoPlain.slice(label))?.[0].length ?? 0);
      const who = sentence.text
        .slice(lead, whoPlain.length)
        .replace(/\s*[-\u2013:]+$/, '')
        .trim();
      if (!isDeclarer(who)) continue;
      const rest = dpi ? dpi[2]! : (match![2] ?? match![5] ?? '');
      // "a personal and prejudicial interest": prejudicial, which the older codes made every such interest.
      const natureWord = /^prejudicial$/i.test(match?.[4] ?? '') ? match![4] : match?.[3];
      const nature = dpi
        ? 'disclosable-pecuniary'
        : natureWord && !STANDING.test(natureWord)
          ? NATURES.find(([pattern]) => pattern.test(natureWord.replace(/\s+/g, ' ')))?.[1]
          : undefined;
      const cited = ITEM_CITED.exec(rest) ?? ITEM_IN_BRACKETS.exec(rest);
      const titled = cited ? null : ITEM_TITLED.exec(rest);
      const concerning: DeclarationText['concerning'] = cited
        ? { by: /minute/i.test(cited[1]!) ? ('minute' as const) : ('agenda-item' as const), number: cited[2]! }
        : titled
          ? { by: 'title' as const, title: titled[1]!.trim() }
          : ALL_ITEMS.test(rest) || (natureWord !== undefined && STANDING.test(natureWord))
            ? ('all-items' as const)
            : THIS_ITEM.test(rest)
              ? ('this-item' as const)
              : SAME_ITEM.test(rest)
                ? previousItem()
                : undefined;
      const reason =
        match?.[2] !== undefined ? rest.replace(/,?\s*in\s+relation\s+to\s+(?:agenda\s+)?item\s+\d{1,3}.*$/i, '') : REASON.exec(rest)?.[1];
      for (const member of membersOf(who)) {
        found.push({
          member,
          ...(nature && { nature }),
          ...(concerning && { concerning }),
          ...(reason && reason.trim() !== '' && { detail: reason.trim().replace(/\.$/, '') }),
          text: whole.text,
        });
      }
    }
  }
  return found;
}

/** A sentence split where a second member's declaration begins. */
function clausesOf(sentence: { text: string; plain: string }): { text: string; plain: string }[] {
  const clauses: { text: string; plain: string }[] = [];
  let rest = sentence;
  for (let match = ANOTHER_DECLARER.exec(rest.plain); match; match = ANOTHER_DECLARER.exec(rest.plain)) {
    // "Dr A and Dr B declared …": one declaration by two members, not a clause of its own for Dr A.
    if (!DECLARES.test(rest.plain.slice(0, match.index))) break;
    clauses.push({ text: rest.text.slice(0, match.index), plain: rest.plain.slice(0, match.index) });
    const next = match.index + match[0].length;
    rest = { text: rest.text.slice(next), plain: rest.plain.slice(next) };
  }
  clauses.push(rest);
  return clauses;
}

/** "The following declaration was made;", "Interests were declared by:": the declarations follow, one a paragraph. */
export const LISTS_DECLARATIONS_BELOW =
  /\b(?:the\s+following\s+(?:declarations?|disclosures?|interests?)\s+(?:was|were)\s+(?:made|declared|disclosed|received)|interests?\s+(?:was|were)\s+declared\s+by)\s*[:;]?-?\s*$/i;

/** "i. Councillor Parton – Exempt item 8a on the agenda (…) – As a member of … (other registrable interest)." */
const LISTED_DECLARATION =
  /^(?:(?:[ivx]{1,5}|\d{1,2}|[a-z])[.)]\s+|[-\u2022\u00b7]\s+)?((?:County\s+Councillor|Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,4})\s*[-\u2013:,]\s+(.+)$/;
const LISTED_NATURE = new RegExp(`\\b(${NATURE_WORDS})\\s+interests?\\b`, 'i');
const LISTED_ITEM = /\b(agenda\s+item|item|minute)\s+(?:no\.?\s*)?(\d{1,3}[a-z]?(?:\/\d{2}(?:\d{2})?)?)(?!\w)/i;

/** "Personal interests", "Prejudicial interests:": a heading over declarations of that kind, listed below it. */
const NATURE_HEADING = new RegExp(`^(${NATURE_WORDS})\\s+interests?\\s*:?$`, 'i');

/** The kind of interest a heading over a list of declarations names, when the passage is one. */
export function natureHeadingIn(plain: string): string | undefined {
  const word = NATURE_HEADING.exec(plain.trim())?.[1];
  return word ? NATURES.find(([pattern]) => pattern.test(word.replace(/\s+/g, ' ')))?.[1] : undefined;
}

/** "· Gareth Powell (Valley Housing Group) - Minute 18 - …": under a heading of the interest's kind, a member named plainly. */
const LISTED_UNDER_HEADING =
  /^(?:[-\u2022\u00b7]\s+)?([A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){1,3})(?:\s*\([^)]{2,60}\))?\s*[-\u2013:,]\s+(.+)$/;

/**
 * A declaration in a list under "The following declarations were made:", or under a heading naming the
 * interest's kind ("Personal interests"): the member, then what they declared. "Councillor X - Item 4 -
 * personal - reason" names the kind on its own between dashes.
 */
export function listedDeclarationIn(passage: Passage, headingNature?: string): DeclarationText | undefined {
  const match = LISTED_DECLARATION.exec(passage.plain.trim()) ?? (headingNature ? LISTED_UNDER_HEADING.exec(passage.plain.trim()) : null);
  if (!match) return undefined;
  const rest = match[2]!;
  const segment = rest.split(/\s+[-\u2013]\s+/).find((part) => new RegExp(`^${NATURE_WORDS}$`, 'i').test(part.trim()));
  const natureWord = LISTED_NATURE.exec(rest)?.[1] ?? segment?.trim();
  const nature = natureWord ? NATURES.find(([pattern]) => pattern.test(natureWord.replace(/\s+/g, ' ')))?.[1] : headingNature;
  const item = LISTED_ITEM.exec(rest);
  // "… - Item 4 - personal - her husband is a director …": the reason is the last segment, when not the kind or item.
  const segments = rest.split(/\s+[-\u2013]\s+/);
  const last = segments.length > 1 ? segments.at(-1)!.trim() : undefined;
  const reason =
    REASON.exec(rest)?.[1] ??
    (last && !LISTED_ITEM.test(last) && !new RegExp(`^${NATURE_WORDS}(?:\\s+interests?)?$`, 'i').test(last) ? last : undefined);
  const detail = reason?.trim().replace(/\.$/, '');
  return {
    member: match[1]!.trim(),
    ...(nature && { nature }),
    ...(item
      ? { concerning: { by: /minute/i.test(item[1]!) ? ('minute' as const) : ('agenda-item' as const), number: item[2]! } }
      : ALL_ITEMS.test(rest)
        ? { concerning: 'all-items' as const }
        : {}),
    ...(detail && { detail }),
    text: passage.text,
  };
}
