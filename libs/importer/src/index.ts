// Importer of ModernGov minutes pages: parse the text, plan the commands, record them with provenance.
export { parseMinutes } from './parse/parse-minutes';
export type * from './parse/minutes-document';
export { planMeeting, type PlanOptions } from './plan/plan-meeting';
export { planImport, sha256Of, type ImportOptions, type ImportPlan, type SourceDocument } from './plan/plan-import';
export type * from './plan/import-plan';
export { importCommandId, importCorrelationId, canonicalJson } from './plan/command-identity';
export { recordImport, type RecordOptions, type RecordSummary, type RefusedCommand } from './record/record-import';
export { renderPlanText } from './render/plan-text';
export { renderSummaryText } from './render/summary-text';
export { renderJson } from './render/plan-json';
export { readPlanFile, writePlanFile } from './plan/plan-file';
export { MinutesFormatError, ImportPlanError, isImportError, MINUTES_FORMAT_ERRORS, IMPORT_PLAN_ERRORS, type ImportError } from './errors';
export type { LineSpan, Located } from './text/span';
export { readMinutesFiles, requirePageAddress } from './read/read-minutes-files';
