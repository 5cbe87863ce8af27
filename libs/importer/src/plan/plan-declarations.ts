import type { DeclarationOfInterest, InterestNature } from '@ledger/domain';
import type { DocumentItem } from '../parse/minutes-document';
import { comparable } from '../text/plain-text';
import { spanOf, type LineSpan } from '../text/span';
import type { PlannedDeclaration, UnclassifiedPassage } from './import-plan';

/** What the meeting's declarations so far are: the domain takes "none were made" once, and no contradiction. */
export interface DeclarationsSoFar {
  readonly made: Set<string>;
  noneMade: boolean;
}

export interface DeclarationsPlan {
  readonly declarations: readonly DeclarationOfInterest[];
  readonly planned: readonly PlannedDeclaration[];
  readonly noneMade?: LineSpan;
  readonly lines?: LineSpan;
  readonly unclassified: readonly UnclassifiedPassage[];
}

/** Declarations are recorded when the member, the nature of the interest and the item are all stated. */
export function planDeclarations(
  source: DocumentItem,
  itemNumber: string,
  itemCited: (concerning: { by: 'agenda-item' | 'minute'; number: string }) => string | undefined,
  soFar: DeclarationsSoFar,
): DeclarationsPlan {
  const declarations: DeclarationOfInterest[] = [];
  const planned: PlannedDeclaration[] = [];
  const unclassified: UnclassifiedPassage[] = [];
  for (const { value, lines } of source.facts.declarations) {
    const concerning = value.concerning ? itemCited(value.concerning) : undefined;
    const key = `${comparable(value.member)}:${concerning}`;
    const problem = !value.nature
      ? 'a declaration of interest that does not say what kind of interest it is'
      : !concerning
        ? 'a declaration of interest in an item that is not in these minutes'
        : soFar.noneMade
          ? 'a declaration of interest, though the minutes already say none were made'
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
      concerningItemNumber: concerning!,
      nature: value.nature as InterestNature,
      ...(value.detail && { detail: value.detail }),
    };
    declarations.push(declaration);
    planned.push({ itemNumber, ...declaration, lines });
  }
  if (planned.length > 0) {
    return { declarations, planned, lines: spanOf(planned[0]!.lines, ...planned.map((entry) => entry.lines)), unclassified };
  }
  const none = source.facts.noDeclarations;
  if (none && source.facts.declarations.length === 0 && !soFar.noneMade && soFar.made.size === 0) {
    soFar.noneMade = true;
    return { declarations: [], planned: [], noneMade: none.lines, lines: none.lines, unclassified };
  }
  return { declarations: [], planned: [], unclassified };
}
