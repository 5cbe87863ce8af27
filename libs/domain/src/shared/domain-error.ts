import {
  DOMAIN_ERRORS,
  type DomainErrorCategory,
  type DomainErrorCode,
  type DomainRuleCode,
  type InvalidValueCode,
} from './domain-error-codes';

export type AggregateKind = 'body' | 'meeting' | 'follow-up' | 'action' | 'people';

/** Every refusal of a command. Nothing is written when a decider throws one. */
export abstract class DomainError extends Error {
  abstract readonly code: DomainErrorCode;

  protected constructor(
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }

  get category(): DomainErrorCategory {
    return DOMAIN_ERRORS[this.code].category;
  }

  get rule(): string {
    return DOMAIN_ERRORS[this.code].rule;
  }
}

/** A business rule of the board's governance was broken. */
export class RuleViolated extends DomainError {
  constructor(
    readonly code: DomainRuleCode,
    message: string,
    details?: Readonly<Record<string, unknown>>,
  ) {
    super(message, details);
  }
}

/** A value in the command is malformed (a blank name, a date that is not a date). */
export class InvalidValue extends DomainError {
  constructor(
    readonly code: InvalidValueCode,
    readonly field: string,
    message: string,
  ) {
    super(message, { field });
  }
}

export class AggregateNotFound extends DomainError {
  readonly code = 'AGGREGATE_NOT_FOUND';
  constructor(
    readonly aggregate: AggregateKind,
    readonly aggregateId: string,
    readonly commandType: string,
  ) {
    super(`No ${aggregate} "${aggregateId}" exists, so ${commandType} cannot act on it`, {
      aggregate,
      aggregateId,
      commandType,
    });
  }
}

export class AggregateAlreadyExists extends DomainError {
  readonly code = 'AGGREGATE_ALREADY_EXISTS';
  constructor(
    readonly aggregate: AggregateKind,
    readonly aggregateId: string,
    readonly commandType: string,
  ) {
    super(`The ${aggregate} "${aggregateId}" already exists, so ${commandType} cannot create it again`, {
      aggregate,
      aggregateId,
      commandType,
    });
  }
}

export function violation(code: DomainRuleCode, message: string, details?: Readonly<Record<string, unknown>>): RuleViolated {
  return new RuleViolated(code, message, details);
}
