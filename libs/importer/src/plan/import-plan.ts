import type {
  ContactOfficer,
  DecisionEffect,
  DecisionEffectKind,
  DecisionKind,
  DomainCommand,
  ItemKind,
  MeetingLocation,
} from '@ledger/domain';
import type { LineSpan } from '../text/span';

/** What importing one minutes document would record, and everything it read but could not record. */
export interface MeetingPlan {
  readonly document: {
    readonly name?: string;
    readonly sha256: string;
    /** The public address of the page, when the importer was given it. */
    readonly url?: string;
    readonly mediaType: string;
    readonly lineCount: number;
    readonly layout: 'numbered' | 'unnumbered';
  };
  readonly bodyId: string;
  readonly meetingId: string;
  readonly meeting: PlannedMeeting;
  readonly items: readonly PlannedItem[];
  readonly declarations: readonly PlannedDeclaration[];
  readonly noDeclarations?: { readonly itemNumber: string; readonly lines: LineSpan };
  readonly previousMinutes: readonly PlannedConfirmation[];
  readonly exclusions: readonly PlannedExclusion[];
  /** Chairs the minutes attest: "X in the Chair" (from an item on), or "The Chairman X …". */
  readonly chairs: readonly {
    readonly chair: string;
    readonly fromItemNumber?: string;
    readonly itemNumber: string;
    readonly lines: LineSpan;
  }[];
  readonly orderOfBusiness?: PlannedOrderOfBusiness;
  readonly effects: readonly PlannedEffect[];
  readonly unclassified: readonly UnclassifiedPassage[];
  readonly notes: readonly PlanNote[];
  readonly counts: PlanCounts;
  readonly commands: readonly PlannedCommand[];
  /** The meeting's commands decided in memory against an empty history: what the domain would refuse. */
  readonly domainCheck: { readonly refusals: readonly PlannedRefusal[] };
}

export interface PlannedMeeting {
  readonly date: string;
  readonly dateFrom: 'header' | 'option';
  /** Absent when the page does not print the time: the meeting is recorded for its day only. */
  readonly startsAt?: string;
  /** Absent when the page does not print them: recorded as unknown, never guessed. */
  readonly location?: MeetingLocation;
  readonly contactOfficer?: ContactOfficer;
  /** The clock the meeting's business is recorded at: its start, or the start of its day. */
  readonly businessRecordedAt: string;
  /** The body's name as the page's header prints it (ModernGov prints the current name on old pages too). */
  readonly bodyNameAsPrinted?: string;
  readonly lines: LineSpan;
}

export interface PlannedItem {
  /** The item's id within the meeting: its printed minute number, else its agenda number. */
  readonly number: string;
  /** Its place among the items as the page prints them, from 1. */
  readonly positionOnPage: number;
  /** The number printed beside it, when the page prints one. */
  readonly printedNumber?: string;
  /** Its number on the agenda, when the minutes print a different (minute) number as `number`. */
  readonly agendaNumber?: string;
  readonly title: string;
  readonly titlePrinted: boolean;
  readonly kind: ItemKind;
  readonly kindAssumed: boolean;
  readonly report?: { readonly title: string; readonly sizeKb: number; readonly author?: string };
  /** Whom the agenda listed to present. */
  readonly presenter?: { readonly name: string; readonly role?: string };
  /** What the minutes say happened. */
  readonly presentedBy?: readonly { readonly name: string; readonly role?: string }[];
  readonly unableToAttend?: readonly { readonly name: string; readonly role?: string }[];
  readonly exempt?: { readonly paragraphs: readonly number[] };
  readonly lines: LineSpan;
  readonly minute: { readonly paragraphs: number; readonly points: readonly string[]; readonly recorded: boolean };
  readonly resolution?: {
    readonly lines: LineSpan;
    readonly form: string;
    readonly parts: readonly PlannedPart[];
    readonly recorded: boolean;
  };
}

export interface PlannedPart {
  readonly label?: string;
  readonly text: string;
  readonly lines: LineSpan;
  /** Absent when the wording does not settle the kind: the part is then kept as minute text. */
  readonly kind?: DecisionKind;
  readonly recorded: boolean;
  readonly truncatedAtSource?: boolean;
  readonly effects: readonly PlannedEffect[];
}

export interface PlannedEffect {
  readonly itemNumber: string;
  readonly part?: string;
  readonly kind: DecisionEffectKind;
  readonly summary: string;
  readonly lines: LineSpan;
  /** Included in the recorded resolution (the process manager carries it out), or held back. */
  readonly status: 'included' | 'held-back';
  readonly reason?: string;
  readonly effect?: DecisionEffect;
}

export interface PlannedDeclaration {
  readonly itemNumber: string;
  readonly member: string;
  readonly nature: string;
  readonly concerningItemNumber?: string;
  readonly concerning?: string;
  readonly concerningAsPrinted?: string;
  readonly detail?: string;
  readonly lines: LineSpan;
}

export interface PlannedConfirmation {
  readonly itemNumber: string;
  readonly previousMeetingId: string;
  readonly previousMeetingHeldOn: string;
  readonly corrections: readonly {
    readonly itemNumber: string;
    readonly point?: string;
    readonly paragraph?: number;
    readonly correctedText: string;
    readonly replacedText?: string;
  }[];
  readonly attendanceCorrections?: readonly string[];
  readonly lines: LineSpan;
}

export interface PlannedExclusion {
  readonly itemNumber: string;
  readonly forItemNumbers: readonly string[];
  /** The minutes' words for business the page does not show ("the following item of business"). */
  readonly forBusinessAsPrinted?: string;
  readonly legalBasis: string;
  readonly paragraphs: readonly number[];
  readonly lines: LineSpan;
}

export interface PlannedOrderOfBusiness {
  readonly itemNumber?: string;
  readonly positionOnPage?: number;
  /** The minute's printed title, when it is a procedural minute rather than an item of the agenda. */
  readonly title?: string;
  readonly text: string;
  readonly order?: readonly string[];
  readonly recorded: boolean;
  readonly lines: LineSpan;
}

export interface UnclassifiedPassage {
  readonly itemNumber?: string;
  readonly text: string;
  readonly reason: string;
  readonly lines: LineSpan;
  /** Whether the text is still recorded, as minute text. */
  readonly keptAsMinuteText: boolean;
}

export interface PlanNote {
  readonly message: string;
  readonly lines?: LineSpan;
}

export interface PlannedCommand {
  readonly commandId: string;
  readonly command: DomainCommand;
  readonly lines: LineSpan;
  readonly summary: string;
  /** A person changed what the importer planned (import --from-plan): its events say so. */
  readonly editedByHand?: boolean;
}

export interface PlannedRefusal {
  readonly commandId: string;
  readonly commandType: string;
  readonly code: string;
  readonly message: string;
  readonly lines: LineSpan;
}

export interface PlanCounts {
  readonly items: number;
  readonly resolutionParts: number;
  readonly partsByKind: Readonly<Record<DecisionKind, number>>;
  readonly declarations: number;
  readonly deferrals: number;
  readonly requests: number;
  readonly followUps: number;
  readonly effects: Readonly<Partial<Record<DecisionEffectKind, number>>>;
  readonly heldBackEffects: number;
  readonly unclassified: number;
  readonly previousMinutesConfirmed: number;
  readonly corrections: number;
  readonly exclusions: number;
  readonly chairs: number;
  readonly orderOfBusinessVaried: boolean;
  readonly futureMeetingDates: number;
  readonly commands: number;
}
