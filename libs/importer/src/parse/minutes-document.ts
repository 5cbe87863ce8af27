import type { MinuteCorrectionText } from './minute-corrections';
import type { LocalTime } from '../text/dates';
import type { LineSpan, Located } from '../text/span';
import type { PresentersText } from './minute-people';

/** A minutes page read into its parts, each part keeping the lines it came from. */
export interface MinutesDocument {
  readonly lineCount: number;
  /** Numbered items with "Minutes:" labels (2018, 2025), or unnumbered items without labels (2015, 2019, 2023). */
  readonly layout: 'numbered' | 'unnumbered';
  /** A meeting's page, or a page showing one item of it (an item, an issue's history, a decision). */
  readonly pageKind: 'meeting' | 'item' | 'issue' | 'decision';
  readonly header?: MeetingHeader;
  /** In the order the minutes print them, which is the order the business was taken. */
  readonly items: readonly DocumentItem[];
  readonly notes: readonly Located<string>[];
}

export type PrintedLocation = { readonly kind: 'venue'; readonly venue: string } | { readonly kind: 'online'; readonly platform: string };

export interface ContactDetails {
  readonly name: string;
  readonly telephone?: string;
  readonly email?: string;
}

export interface MeetingHeader {
  readonly lines: LineSpan;
  /** The page's own heading, as printed: "Agenda and minutes", "Agenda". */
  readonly heading?: string;
  /** As the page prints it: ModernGov prints the committee's current name on every page, old ones too. */
  readonly bodyName?: Located<string>;
  readonly date?: Located<string>;
  readonly time?: Located<LocalTime>;
  readonly location?: Located<PrintedLocation>;
  readonly contact?: Located<ContactDetails>;
}

export interface DocumentItem {
  readonly lines: LineSpan;
  /** The number printed beside the item (a running minute number such as 33), when there is one. */
  readonly printedNumber?: Located<string>;
  readonly title?: Located<string>;
  /** The published paper: "pdf icon PDF 175 KB". */
  readonly report?: Located<{ readonly sizeKb: number }>;
  readonly presenter?: Located<{ readonly name: string; readonly role?: string }>;
  /** What the agenda said about the item, before its minute. */
  readonly agendaText: readonly Located<string>[];
  /** "A copy of the report, marked 'Agenda Item 12', is filed": the item's number on the agenda. */
  readonly citedAgendaNumber?: Located<number>;
  readonly minute: MinuteBody;
  readonly resolution?: Resolution;
  /** "Mr. I. D. Ould OBE CC in the Chair": who chaired from the next item on. */
  readonly chairTaken?: Located<string>;
  /** "The Chairman Mr. C. Pugsley CC introduced himself …": the minute names who was chairman. */
  readonly chairNamed?: Located<{ readonly chair: string; readonly wording: string }>;
  /** Who wrote the item's report, as the minute words it ("considered a report of …"). */
  readonly reportAuthor?: Located<string>;
  /** What the minute says about who presented the item (not the agenda's plan). */
  readonly presenters?: Located<PresentersText>;
  /** The page cut the text short ("… view the full minutes text for item 33"). */
  readonly truncated?: Located<'minute' | 'resolution'>;
  /** The cut is the page's own end, inside the resolution's last point (no "view the full minutes text"). */
  readonly cutByPageEnd?: true;
  readonly facts: ItemFacts;
}

export interface MinuteBody {
  readonly lines?: LineSpan;
  readonly paragraphs: readonly Located<string>[];
  readonly points: readonly Located<{ readonly label: string; readonly text: string }>[];
  /** Paragraphs printed after the resolution. */
  readonly afterResolution: readonly Located<string>[];
  /**
   * A last paragraph standing where the page dropped a RESOLVED label, but with no resolution
   * wording ("The update regarding the work of PREVENT in Leicestershire."): kept as minute text.
   */
  readonly resolutionLike: readonly Located<string>[];
  /** A second RESOLVED in the same item, where a heading was probably lost: kept as text, not a resolution. */
  readonly laterResolutions?: readonly Located<string>[];
  /** Worded as a resolution, but the minute says the meeting did not resolve it ("Members did not resolve to …"). */
  readonly notResolved?: readonly Located<string>[];
}

export interface Resolution {
  readonly lines: LineSpan;
  /** Printed with a RESOLVED label, found without one, or written "It was … AGREED that …". */
  readonly form: 'labelled' | 'unlabelled' | 'agreed-in-minute';
  readonly parts: readonly ResolutionPartText[];
}

export interface ResolutionPartText {
  readonly lines: LineSpan;
  /** `a`, `b` … as printed; absent for an unlettered resolution. */
  readonly label?: string;
  readonly text: string;
  readonly plain: string;
}

export interface ItemFacts {
  readonly noDeclarations?: Located<true>;
  readonly declarations: readonly Located<DeclarationText>[];
  /** Each set of earlier minutes confirmed, in the order the minute says so. */
  readonly previousMinutes: readonly Located<PreviousMinutesText>[];
  readonly exclusion?: Located<ExclusionText>;
}

/** How a declaration names its item: by agenda or minute number, or by the item's title ("in the item on X"). */
export type ItemCitation =
  { readonly by: 'agenda-item' | 'minute'; readonly number: string } | { readonly by: 'title'; readonly title: string };

export interface DeclarationText {
  readonly member: string;
  readonly nature?: string;
  /** "agenda item 5" or "minute 33", as printed. */
  /** `this-item`: "in this item", said in the minute of the item the interest is in. */
  readonly concerning?: ItemCitation | 'all-items' | 'this-item';
  readonly detail?: string;
  readonly text: string;
}

export interface PreviousMinutesText {
  /** `YYYY-MM-DD`, or `--MM-DD` when the minutes print no year (it follows from the meeting's date). */
  readonly heldOn: string;
  /** Further meetings whose minutes the same sentence confirms ("held on 20 May and 8 July 2025"). */
  readonly alsoHeldOn?: readonly string[];
  readonly corrections: readonly MinuteCorrectionText[];
  /** With several sets of minutes: the one the corrections amend (as `heldOn`). */
  readonly correctionsFor?: string;
  /** With several sets of minutes and amendments listed for each: each set's own, by its date as printed. */
  readonly bySet?: readonly {
    readonly heldOn: string;
    readonly corrections: readonly MinuteCorrectionText[];
    readonly attendanceCorrections: readonly string[];
  }[];
  /** Amendments of the earlier meeting's attendance list, in the minutes' words. */
  readonly attendanceCorrections?: readonly string[];
  /** The text says there was a correction, but not in a form the importer understands. */
  readonly correctionNotUnderstood?: string;
  readonly text: string;
}

export interface ExclusionText {
  readonly legalBasis: string;
  readonly paragraphs: readonly number[];
  readonly text: string;
}
