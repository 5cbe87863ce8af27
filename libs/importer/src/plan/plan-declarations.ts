import type { DeclarationOfInterest, DeclarationScope, InterestNature } from '@ledger/domain';
import type { DocumentItem, ItemCitation } from '../parse/minutes-document';
import { comparable } from '../text/plain-text';
import { spanOf, type LineSpan } from '../text/span';
import type { PlannedDeclaration, UnclassifiedPassage } from './import-plan';

/** What the meeting's declarations so far are: the domain takes "none were made" once, and no contradiction. */
export interface DeclarationsSoFar {
  readonly made: Set<string>;
  /** The item whose minute says none were made: a later item may still record one made then. */
  noneMadeAt?: string;
}

export interface DeclarationsPlan {
  readonly declarations: readonly DeclarationOfInterest[];
  readonly planned: readonly PlannedDeclaration[];
  readonly noneMade?: LineSpan;
  readonly lines?: LineSpan;
  readonly unclassified: readonly UnclassifiedPassage[];
}

/**
 * Declarations as the minutes state them: the member always, the nature and the item when stated
 * (otherwise recorded as not stated), under whichever item the minutes record them.
 */
export function planDeclarations(
  source: DocumentItem,
  itemNumber: string,
  itemCited: (concerning: ItemCitation) => string | undefined,
  soFar: DeclarationsSoFar,
  where: {
    /**
     * The item is the meeting's item for declarations: "None were made", or a bare "None.", is recorded only
     * under one (the domain's rule); "an interest in this item" names the item only under any other.
     */
    readonly forDeclarations: boolean;
    /**
     * An interest declared in this item's minute that names no item is in this item: the business of a report
     * or a decision record, not an opening item's.
     */
    readonly inThisItemUnlessNamed: boolean;
  } = { forDeclarations: true, inThisItemUnlessNamed: false },
): DeclarationsPlan {
  const declarations: DeclarationOfInterest[] = [];
  const planned: PlannedDeclaration[] = [];
  const unclassified: UnclassifiedPassage[] = [];
  for (const { value, lines } of source.facts.declarations) {
    const cited = typeof value.concerning === 'object' ? value.concerning : undefined;
    const thisItem =
      (value.concerning === 'this-item' && !where.forDeclarations) || (where.inThisItemUnlessNamed && value.concerning === undefined);
    const concerningItemNumber = cited ? itemCited(cited) : thisItem ? itemNumber : undefined;
    // What the minutes do not say is recorded as not stated: an item outside the page keeps its printed name.
    const scope: DeclarationScope | undefined = concerningItemNumber
      ? undefined
      : value.concerning === 'all-items'
        ? 'all-items'
        : cited && cited.by !== 'title'
          ? 'not-on-this-page'
          : 'not-stated';
    const key = `${comparable(value.member)}:${concerningItemNumber ?? scope}`;
    const problem =
      soFar.noneMadeAt === itemNumber
        ? 'a declaration of interest, though the minutes of this item say none were made'
        : soFar.made.has(key)
          ? 'a declaration the minutes already record'
          : undefined;
    if (problem) {
      unclassified.push({ itemNumber, text: value.text, reason: problem, lines, keptAsMinuteText: true });
      continue;
    }
    soFar.made.add(key);
    const declaration: DeclarationOfInterest = {
      member: value.member,
      ...(concerningItemNumber !== undefined ? { concerningItemNumber } : { concerning: scope! }),
      ...(scope === 'not-on-this-page' &&
        cited?.by !== 'title' && { concerningAsPrinted: `${cited!.by === 'minute' ? 'minute' : 'agenda item'} ${cited!.number}` }),
      nature: (value.nature ?? 'not-stated') as InterestNature,
      ...(value.detail && { detail: value.detail }),
    };
    declarations.push(declaration);
    planned.push({ itemNumber, ...declaration, lines });
  }
  if (planned.length > 0) {
    return { declarations, planned, lines: spanOf(planned[0]!.lines, ...planned.map((entry) => entry.lines)), unclassified };
  }
  const none = source.facts.noDeclarations ?? bareNoneIn(source);
  if (where.forDeclarations && none && source.facts.declarations.length === 0 && soFar.noneMadeAt === undefined && soFar.made.size === 0) {
    soFar.noneMadeAt = itemNumber;
    return { declarations: [], planned: [], noneMade: none.lines, lines: none.lines, unclassified };
  }
  return { declarations: [], planned: [], unclassified };
}

/**
 * "None.", "There were none.": the answer that opens the minute of an item for declarations alone,
 * when nothing after it speaks of an interest (a remark on who may vote may follow).
 */
const BARE_NONE = /^(?:none|nil|none\s+(?:declared|made|received)|there\s+were\s+none)\.?$/i;
const SPEAKS_OF_INTERESTS = /\b(?:interests?|declar\w*|disclos\w*)\b/i;

function bareNoneIn(source: DocumentItem): { readonly lines: LineSpan } | undefined {
  const [first, ...rest] = source.minute.paragraphs;
  if (!first || source.minute.points.length > 0 || source.resolution) return undefined;
  if (rest.some((paragraph) => SPEAKS_OF_INTERESTS.test(paragraph.value))) return undefined;
  return BARE_NONE.test(first.value) ? { lines: first.lines } : undefined;
}
