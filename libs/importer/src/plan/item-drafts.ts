import type { DocumentItem, ItemCitation, MinutesDocument } from '../parse/minutes-document';
import { comparable } from '../text/plain-text';
import { numberAgendaItems, type AgendaNumbering } from './agenda-numbering';
import { itemKindOf, titleForUntitled, type KindReading } from './item-kind';

/** An item of the page with what the planner decided about it: its number, kind and title. */
export interface ItemDraft {
  readonly source: DocumentItem;
  /**
   * The number the item is cited by: the printed minute number, else its agenda number.
   * Undefined for a procedural minute that was not on the agenda.
   */
  readonly number?: string;
  /** Its number on the agenda, when the page prints a different minute number. */
  readonly agendaNumber?: string;
  readonly kind: KindReading;
  readonly title: string;
}

export type AgendaDraft = ItemDraft & { readonly number: string };

export interface ItemDrafts {
  /** In the order the minutes print them. */
  readonly drafts: readonly ItemDraft[];
  /** The items on the agenda, in the order the minutes print them. */
  readonly onAgenda: readonly AgendaDraft[];
  readonly numbering: AgendaNumbering;
}

export function draftItems(document: MinutesDocument): ItemDrafts {
  const kinds = document.items.map(itemKindOf);
  const numbering = numberAgendaItems(
    document.items.map((item, index) => ({
      ...(item.printedNumber && { printedNumber: item.printedNumber.value }),
      ...(item.citedAgendaNumber && { citedAgendaNumber: item.citedAgendaNumber.value }),
      kind: kinds[index]!.kind,
    })),
  );
  const drafts: ItemDraft[] = document.items.map((source, index) => {
    const onAgenda = numbering.numbers[index];
    const printed = numbering.minuteNumbers[index];
    // Minutes are cited by the numbers they print ("minute 36(b)"); the agenda number is kept beside it.
    const number = onAgenda === undefined ? undefined : (printed ?? onAgenda);
    return {
      source,
      ...(number !== undefined && { number }),
      // A page of one item does not show where it stood on the agenda: its printed number alone is kept.
      ...(printed !== undefined && onAgenda !== undefined && document.pageKind === 'meeting' && { agendaNumber: onAgenda }),
      kind: kinds[index]!,
      title: source.title?.value ?? titleForUntitled(kinds[index]!.kind),
    };
  });
  const onAgenda = drafts.filter((draft): draft is AgendaDraft => draft.number !== undefined);
  return { drafts, onAgenda, numbering };
}

/** The item a declaration or correction cites, by agenda number or by printed minute number. */
export function itemCited(concerning: ItemCitation, onAgenda: readonly AgendaDraft[]): string | undefined {
  if (concerning.by === 'title') {
    // "the item on the Business Rates Relief Policy": the one item whose title the words name, whole.
    const named = comparable(concerning.title);
    const matches = onAgenda.filter((draft) => {
      const title = comparable(draft.title);
      return title === named || named.startsWith(`${title} `) || title.startsWith(`${named} `);
    });
    return matches.length === 1 ? matches[0]!.number : undefined;
  }
  const byMinute = () => onAgenda.find((draft) => draft.number === concerning.number);
  // "item 35" on a page that numbers its minutes 33, 34, 35 and its agenda 1, 2, 3: the minute printed 35.
  const found =
    concerning.by === 'minute'
      ? byMinute()
      : (onAgenda.find((draft) => (draft.agendaNumber ?? draft.number) === concerning.number) ??
        (onAgenda.some((draft) => draft.agendaNumber !== undefined) ? byMinute() : undefined));
  return found?.number;
}

/** The item an agenda number names. */
export function itemOnAgenda(agendaNumber: string, onAgenda: readonly AgendaDraft[]): string | undefined {
  return onAgenda.find((draft) => (draft.agendaNumber ?? draft.number) === agendaNumber)?.number;
}
