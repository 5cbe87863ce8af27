/** Why a page cannot be read as minutes; each code is stable for scripts and tests. */
export const MINUTES_FORMAT_ERRORS = {
  EMPTY_DOCUMENT: 'the document has no text',
  NOT_TEXT: 'the document is not plain text',
  INVALID_HEADER_DATE: 'the header names a date that does not exist',
  NO_ITEMS: 'no agenda items were found',
  AGENDA_ONLY: 'the page is an agenda, with no minutes',
  ITEM_NUMBERS_OUT_OF_ORDER: 'the printed item numbers go backwards',
} as const;
export type MinutesFormatErrorCode = keyof typeof MINUTES_FORMAT_ERRORS;

/** The page is not minutes this importer can read; nothing is planned and nothing is written. */
export class MinutesFormatError extends Error {
  constructor(
    readonly code: MinutesFormatErrorCode,
    readonly line: number,
    readonly detail: string,
    readonly documentName?: string,
  ) {
    super(`${documentName ? `${documentName}: ` : ''}line ${line}: ${MINUTES_FORMAT_ERRORS[code]}: ${detail}`);
    this.name = 'MinutesFormatError';
  }

  inDocument(documentName: string): MinutesFormatError {
    return new MinutesFormatError(this.code, this.line, this.detail, documentName);
  }
}

export const IMPORT_PLAN_ERRORS = {
  MEETING_DATE_REQUIRED: 'the page has no header with the meeting date',
  INVALID_OPTION: 'an option has an invalid value',
  SAME_MEETING_TWICE: 'two documents describe the same meeting',
  NO_DOCUMENTS: 'no minutes documents were found',
  UNREADABLE_DOCUMENT: 'a document could not be read',
  INVALID_PLAN: 'the plan file cannot be read',
  PLAN_STALE: 'the plan does not match the pages',
  PLAN_REFUSED: 'the edited plan breaks a rule of the ledger',
} as const;
export type ImportPlanErrorCode = keyof typeof IMPORT_PLAN_ERRORS;

/** The page was read, but the import cannot be planned as asked. */
export class ImportPlanError extends Error {
  constructor(
    readonly code: ImportPlanErrorCode,
    readonly detail: string,
    readonly line?: number,
    readonly documentName?: string,
  ) {
    const where = [documentName, line !== undefined ? `line ${line}` : undefined].filter(Boolean).join(': ');
    super(`${where ? `${where}: ` : ''}${IMPORT_PLAN_ERRORS[code]}: ${detail}`);
    this.name = 'ImportPlanError';
  }

  inDocument(documentName: string): ImportPlanError {
    return new ImportPlanError(this.code, this.detail, this.line, documentName);
  }
}

export type ImportError = MinutesFormatError | ImportPlanError;

export function isImportError(error: unknown): error is ImportError {
  return error instanceof MinutesFormatError || error instanceof ImportPlanError;
}
