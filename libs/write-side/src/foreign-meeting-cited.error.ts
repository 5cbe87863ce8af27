/** A command for one body cited another body's meeting: refused before anything is decided or written. */
export class ForeignMeetingCitedError extends Error {
  readonly code = 'CITES_ANOTHER_BODYS_MEETING';
  constructor(
    readonly bodyId: string,
    readonly meetingId: string,
    readonly meetingBodyId: string | undefined,
  ) {
    super(
      `A command for ${bodyId} cites meeting ${meetingId}, which is ${meetingBodyId ? `a meeting of ${meetingBodyId}` : 'not a meeting of this body'}; a body's decisions are made at its own meetings`,
    );
    this.name = 'ForeignMeetingCitedError';
  }
}
