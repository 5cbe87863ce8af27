import { DAY_MONTH_YEAR, dateFromParts, WEEKDAY } from '../text/dates';
import { capitaliseFirst, withoutFinalFullStop } from '../text/plain-text';
import type { Located } from '../text/span';
import type { DeclarationText, ExclusionText, ItemFacts, OrderOfBusinessText, PreviousMinutesText } from './minutes-document';

interface Passage {
  readonly text: string;
  readonly plain: string;
  readonly lines: Located<string>['lines'];
}

/** Facts that minutes state in set phrases, read from any paragraph or resolution part of an item. */
export function readItemFacts(passages: readonly Passage[]): ItemFacts {
  const declarations: Located<DeclarationText>[] = [];
  let noDeclarations: Located<true> | undefined;
  let previousMinutes: Located<PreviousMinutesText> | undefined;
  let exclusion: Located<ExclusionText> | undefined;
  let orderOfBusinessVaried: Located<OrderOfBusinessText> | undefined;
  for (const passage of passages) {
    if (NO_DECLARATIONS.test(passage.plain)) noDeclarations ??= { value: true, lines: passage.lines };
    const declaration = declarationIn(passage);
    if (declaration) declarations.push({ value: declaration, lines: passage.lines });
    const minutes = previousMinutesIn(passage);
    if (minutes && !previousMinutes) previousMinutes = { value: minutes, lines: passage.lines };
    const excluded = exclusionIn(passage);
    if (excluded && !exclusion) exclusion = { value: excluded, lines: passage.lines };
    const varied = orderOfBusinessIn(passage);
    if (varied && !orderOfBusinessVaried) orderOfBusinessVaried = { value: varied, lines: passage.lines };
  }
  return {
    declarations,
    ...(noDeclarations && { noDeclarations }),
    ...(previousMinutes && { previousMinutes }),
    ...(exclusion && { exclusion }),
    ...(orderOfBusinessVaried && { orderOfBusinessVaried }),
  };
}

/** "No declarations were made." — but not "No other declarations were made", which follows some. */
const NO_DECLARATIONS = /^(?:there\s+were\s+)?no\s+declarations(?:\s+of\s+interests?)?(?:\s+(?:were|was)\s+(?:made|received|declared))?\.?$|^there\s+were\s+no\s+declarations\b/i;

const DECLARED = new RegExp(
  '^(.+?)\\s+declared\\s+(?:an?\\s+)?' +
    '(?:(personal|prejudicial|disclosable\\s+pecuniary|pecuniary|other\\s+registrable|registrable|non[\\s-]registrable|non[\\s-]pecuniary)\\s+' +
    '(?:and\\s+(?:non[\\s-])?(?:prejudicial|pecuniary)\\s+)?)?' +
    'interests?\\s+in\\s+(?:respect\\s+of\\s+)?(?:(agenda\\s+item|item|minute)\\s+(\\d{1,3})\\b)?(.*)$',
  'i',
);

const NATURES: [RegExp, string][] = [
  [/^personal$/i, 'personal'],
  [/^prejudicial$/i, 'prejudicial'],
  [/^(?:disclosable\s+)?pecuniary$/i, 'disclosable-pecuniary'],
  [/^(?:other\s+)?registrable$/i, 'other-registrable'],
  [/^non[\s-]registrable$/i, 'non-registrable'],
];

function declarationIn(passage: Passage): DeclarationText | undefined {
  const match = DECLARED.exec(passage.plain);
  if (!match) return undefined;
  const member = passage.text.slice(0, match[1]!.length).replace(/\s+(?:himself|herself|themselves|themself)$/i, '').trim();
  const nature = match[2] ? NATURES.find(([pattern]) => pattern.test(match[2]!))?.[1] : undefined;
  const concerning = match[4]
    ? { by: /minute/i.test(match[3]!) ? ('minute' as const) : ('agenda-item' as const), number: match[4] }
    : undefined;
  const because = /\b(?:as|because|since)\s+(.+?)\.?$/i.exec(match[5] ?? '');
  return {
    member,
    ...(nature && { nature }),
    ...(concerning && { concerning }),
    ...(because && { detail: because[1]! }),
    text: passage.text,
  };
}

const PREVIOUS_MINUTES = new RegExp(
  `\\bminutes\\s+of\\s+the\\s+(?:previous\\s+|last\\s+)?meeting\\b[^.]{0,60}?\\bheld\\s+on\\s+(?:${WEEKDAY},?\\s+)?${DAY_MONTH_YEAR}\\b(.*)$`,
  'is',
);
const CONFIRMED = /\b(?:confirmed|approved|agreed|signed)\b/i;
const CORRECTION_SIGNAL = /\b(?:however|subject\s+to|amendment|amended|correction|corrected|except|should\s+(?:read|have\s+read))\b/i;
const MINUTE_REFERENCE = /\bminute\s+(\d{1,3})\s*(?:\(\s*([ivx]{1,6})\s*\))?/gi;

function previousMinutesIn(passage: Passage): PreviousMinutesText | undefined {
  const match = PREVIOUS_MINUTES.exec(passage.plain);
  if (!match || !CONFIRMED.test(match[4]!)) return undefined;
  const heldOn = dateFromParts(match[1]!, match[2]!, match[3]!);
  if (!heldOn) return undefined;
  const rest = match[4]!;
  const restOffset = passage.plain.length - rest.length;
  if (!CORRECTION_SIGNAL.test(rest)) return { heldOn, corrections: [], text: passage.text };
  const references = [...rest.matchAll(MINUTE_REFERENCE)];
  if (references.length === 0) return { heldOn, corrections: [], correctionNotUnderstood: passage.text, text: passage.text };
  const corrections = references.flatMap((reference, index) => {
    const start = reference.index! + reference[0].length;
    const end = references[index + 1]?.index ?? rest.length;
    const said = passage.text.slice(restOffset + start, restOffset + end);
    const correctedText = correctionWording(said);
    return correctedText ? [{ minute: reference[1]!, ...(reference[2] && { point: reference[2].toLowerCase() }), correctedText }] : [];
  });
  if (corrections.length !== references.length) return { heldOn, corrections: [], correctionNotUnderstood: passage.text, text: passage.text };
  return { heldOn, corrections, text: passage.text };
}

/** "… minute 11(iii) that the whole family … not the Teen Health Service." → the corrected statement. */
function correctionWording(said: string): string | undefined {
  const stripped = said
    .replace(/^\s*[,:;-]?\s*/, '')
    .replace(/^(?:that|to\s+read|should\s+read|be\s+amended\s+to\s+read|which\s+should\s+read|read)\s*:?\s*/i, '')
    .replace(/\s*(?:;|,)?\s*(?:and|also)?\s*(?:with\s+regards?\s+to|in\s+respect\s+of)?\s*$/i, '');
  const wording = withoutFinalFullStop(withoutFinalFullStop(stripped).replace(/^['"\u2018\u201c]|['"\u2019\u201d]$/g, '')).trim();
  if (wording.split(/\s+/).length < 3) return undefined;
  return `${capitaliseFirst(wording)}.`;
}

const EXCLUDED = /\b(?:(?:press\s+and\s+)?public\s+be\s+excluded|exclude\s+the\s+(?:press\s+and\s+)?public)\b/i;
const SCHEDULE_12A_PARAGRAPHS = /\bparagraphs?\s+((?:\d{1,2}\s*(?:,|and|&)?\s*)+)(?:of\s+)?(?:Part\s+(?:1|I)\s+of\s+)?Schedule\s+12\s*A\b/i;
const SECTION_100A = /\bSection\s*100\s*\(?\s*A\s*\)?(?:\s*\(\s*4\s*\))?\s+of\s+the\s+Local\s+Government\s+Act\s+1972\b/i;

function exclusionIn(passage: Passage): ExclusionText | undefined {
  if (!EXCLUDED.test(passage.plain)) return undefined;
  const cited = SCHEDULE_12A_PARAGRAPHS.exec(passage.plain);
  if (!cited) return undefined;
  const paragraphs = [...cited[1]!.matchAll(/\d{1,2}/g)].map((number) => Number(number[0]));
  const legalBasis = SECTION_100A.test(passage.plain)
    ? 'Section 100A of the Local Government Act 1972'
    : 'Schedule 12A of the Local Government Act 1972';
  return { legalBasis, paragraphs, text: passage.text };
}

const ORDER_VARIED = /\b(?:vary|varied|change|changed|alter|altered)\s+(?:in\s+)?the\s+order\s+of\s+business\b|\border\s+of\s+business\s+(?:was|be|were)\s+(?:varied|changed|altered)\b/i;
const MOVE = /\bagenda\s+item\s+(\d{1,3})\b[^,;]*?\s+(?:ahead\s+of|before|prior\s+to)\s+agenda\s+item\s+(\d{1,3})\b/gi;

function orderOfBusinessIn(passage: Passage): OrderOfBusinessText | undefined {
  if (!ORDER_VARIED.test(passage.plain)) return undefined;
  const moves = [...passage.plain.matchAll(MOVE)].map((move) => ({ item: Number(move[1]), aheadOf: Number(move[2]) }));
  return { text: passage.text, moves };
}
