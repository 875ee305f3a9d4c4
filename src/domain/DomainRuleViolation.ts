/**
 * A command broke a rule of the domain. It carries a stable `code` for programs and a `message` for people,
 * and it is never a storage failure: nothing was written.
 */
export class DomainRuleViolation<Code extends string = string> extends Error {
  override readonly name = 'DomainRuleViolation';
  constructor(
    readonly code: Code,
    message: string,
  ) {
    super(message);
  }
}

export function isDomainRuleViolation(error: unknown): error is DomainRuleViolation {
  return error instanceof DomainRuleViolation;
}
