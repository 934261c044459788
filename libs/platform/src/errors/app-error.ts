import { IntrinsicException } from '@nestjs/common';

/** The error codes of API.md; every error a client sees carries one in `extensions.code`. */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  RULE_VIOLATION = 'RULE_VIOLATION',
  ESCALATION_GATE = 'ESCALATION_GATE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/**
 * An expected failure whose message is written for the person who caused it. Intrinsic: Nest does not
 * log it as a crash; the GraphQL error formatter turns it into the client's error.
 */
export class AppError extends IntrinsicException {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Please sign in: this needs a valid access token or API token.') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message: string) {
    super(ErrorCode.FORBIDDEN, message);
  }
}

/** Used alike for what is missing and what the caller may not see, so neither can be told apart. */
export class NotFoundError extends AppError {
  constructor(what: string) {
    super(ErrorCode.NOT_FOUND, `${what} was not found.`);
  }
}

export class BadInputError extends AppError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(ErrorCode.BAD_USER_INPUT, message, extensions);
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super(ErrorCode.CONFLICT, message);
  }
}

/** A rule of DOMAIN.md refused the request; `rule` names it (`FRCP 33(a)(1)`). */
export class RuleViolationError extends AppError {
  constructor(
    readonly rule: string,
    message: string,
  ) {
    super(ErrorCode.RULE_VIOLATION, message, { rule });
  }
}

/** The escalation gate refused; `missing` lists every element still lacking (API.md's codes). */
export class EscalationGateError extends AppError {
  constructor(
    readonly missing: string[],
    message: string,
  ) {
    super(ErrorCode.ESCALATION_GATE, message, { missing });
  }
}
