import type { ExcludePressAndPublic } from '@ledger/domain';
import { comparable } from '../text/plain-text';
import type { PlannedExclusion, UnclassifiedPassage } from './import-plan';
import { itemCited, type AgendaDraft } from './item-drafts';

export interface ExclusionsPlan {
  readonly exclusions: readonly PlannedExclusion[];
  /** Schedule 12A paragraphs of each exempt item, by agenda number, for the agenda. */
  readonly exemptions: ReadonlyMap<string, readonly number[]>;
  /** The command of each exclusion item, by agenda number. */
  readonly commands: ReadonlyMap<string, ExcludePressAndPublic>;
  readonly unclassified: readonly UnclassifiedPassage[];
}

/**
 * Exclusions of the press and public, planned before the agenda because they make the items
 * they cover exempt. Only under an exclusion item, citing paragraphs that describe exempt
 * information, for business these minutes contain.
 */
export function planExclusions(onAgenda: readonly AgendaDraft[], meetingId: string, recordedAt: string): ExclusionsPlan {
  const exclusions: PlannedExclusion[] = [];
  const exemptions = new Map<string, readonly number[]>();
  const commands = new Map<string, ExcludePressAndPublic>();
  const unclassified: UnclassifiedPassage[] = [];
  onAgenda.forEach((draft, position) => {
    const fact = draft.source.facts.exclusion;
    if (draft.kind.kind !== 'exclusion-of-press-and-public' || !fact) return;
    const { paragraphs, legalBasis, text } = fact.value;
    const keep = (reason: string) =>
      unclassified.push({ itemNumber: draft.number, text, reason, lines: fact.lines, keptAsMinuteText: true });
    if (
      !paragraphs.some((paragraph) => paragraph >= 1 && paragraph <= 7) ||
      paragraphs.some((paragraph) => paragraph < 1 || paragraph > 10)
    ) {
      keep(`cites Schedule 12A paragraphs ${paragraphs.join(', ')}, which do not describe exempt information`);
      return;
    }
    const forItemNumbers = itemsExcludedFor(draft, onAgenda.slice(position + 1));
    const forBusinessAsPrinted = forItemNumbers.length === 0 ? businessNamedIn(text) : undefined;
    if (forItemNumbers.length === 0 && forBusinessAsPrinted === undefined) {
      keep('excludes the press and public for business these minutes neither contain nor name');
      return;
    }
    const covering = forBusinessAsPrinted === undefined ? {} : { forBusinessAsPrinted };
    forItemNumbers.forEach((number) => exemptions.set(number, paragraphs));
    exclusions.push({ itemNumber: draft.number, forItemNumbers, ...covering, legalBasis, paragraphs, lines: fact.lines });
    commands.set(draft.number, {
      type: 'ExcludePressAndPublic',
      data: { meetingId, itemNumber: draft.number, forItemNumbers, ...covering, legalBasis, paragraphs: [...paragraphs], recordedAt },
    });
  });
  return { exclusions, exemptions, commands, unclassified };
}

/**
 * The words an exclusion uses for the business it covers, when that business is not on the page:
 * "for the following item of business", "during consideration of the following items",
 * "before discussion takes place on Item 5 on the agenda (item 4 of these minutes)".
 */
const BUSINESS_NAMED =
  /\b(?:for|during\s+(?:the\s+)?(?:consideration|discussion)\s+of|before\s+discussion\s+takes\s+place\s+on)\s+((?:the\s+(?:following|remaining)\s+(?:items?|business|reports?)(?:\s+of\s+business)?)|(?:agenda\s+)?items?\s+\d[^,;]*?)(?=\s+(?:on\s+the\s+grounds|because|as\s+(?:it|they)|in\s+accordance|which|where)\b|[,;.]|$)/i;

function businessNamedIn(text: string): string | undefined {
  return BUSINESS_NAMED.exec(text)?.[1]?.trim();
}

const NUMBERS_NAMED = /\b(minutes|items|agenda items)\s+((?:\d{1,3}\s*(?:,|and|&)\s*)+\d{1,3})\b/;
const COUNT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six'];
const COUNTED = /\bthe\s+(?:remaining|following|next)\s+(two|three|four|five|six|\d)\s+items\b/;

/** The items an exclusion names ("… – Serious Organised Crime – County Lines"), else the next item. */
function itemsExcludedFor(exclusionItem: AgendaDraft, later: readonly AgendaDraft[]): string[] {
  const said = comparable(
    [exclusionItem.source.facts.exclusion?.value.text ?? '', ...exclusionItem.source.agendaText.map((line) => line.value)].join(' '),
  );
  const named = later.filter((draft) => draft.source.title && comparable(draft.title).length > 3 && said.includes(comparable(draft.title)));
  if (named.length > 0) return named.map((draft) => draft.number);
  // "while minutes 64 and 65 below are considered", "for items 7 and 8": the items by their printed numbers.
  const numbered = NUMBERS_NAMED.exec(said);
  if (numbered) {
    const by = /^minute/.test(numbered[1]!) ? ('minute' as const) : ('agenda-item' as const);
    const cited = [...numbered[2]!.matchAll(/\d{1,3}/g)].map((number) => itemCited({ by, number: number[0] }, later));
    if (cited.length > 0 && cited.every((number) => number !== undefined)) return cited as string[];
  }
  // "for the remaining two items": that many items after it.
  const counted = COUNTED.exec(said);
  const count = counted ? COUNT_WORDS.indexOf(counted[1]!) + 1 || Number(counted[1]) : 0;
  if (count > 1 && later.length >= count) return later.slice(0, count).map((draft) => draft.number);
  return later[0] ? [later[0].number] : [];
}
