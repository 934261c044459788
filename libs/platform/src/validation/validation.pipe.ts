import { ValidationError, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage, ValidationTypes, ValidatorOptions } from 'class-validator';
import { BadInputError } from '../errors/app-error';

function messagesOf(errors: ValidationError[], path: string[] = []): string[] {
  return errors.flatMap((error) => {
    const here = [...path, error.property];
    const own = Object.values(error.constraints ?? {}).map((message) =>
      // class-validator starts its messages with the property name; say where it is instead.
      message.startsWith(`${error.property} `)
        ? `${here.join('.')}${message.slice(error.property.length)}`
        : message,
    );
    return [...own, ...messagesOf(error.children ?? [], here)];
  });
}

const optionalOnly = new WeakMap<object, readonly string[] | null>();

/**
 * The properties class-validator checks on instances of `type`, when each of them is @IsOptional (so
 * nothing runs while they are absent); null when any is not. Read once per class: class-validator
 * looks its metadata up again on every call, the most of what a page's arguments cost to check.
 */
function optionalProperties(type: object): readonly string[] | null {
  let properties = optionalOnly.get(type);
  if (properties === undefined) {
    const metadata = getMetadataStorage().getTargetValidationMetadatas(type as () => void, '', true, false);
    const names = new Set(metadata.map((m) => m.propertyName));
    const optional = new Set(
      metadata
        .filter((m) => m.type === ValidationTypes.CONDITIONAL_VALIDATION && m.name === 'isOptional')
        .map((m) => m.propertyName),
    );
    properties = metadata.length > 0 && [...names].every((name) => optional.has(name)) ? [...names] : null;
    optionalOnly.set(type, properties);
  }
  return properties;
}

/**
 * Leaves out the check of an arguments object that gives none of its class's properties when every
 * one of them is optional (a list asked for without `first` or `after`): class-validator would run
 * nothing on it, and finding that out is most of its cost.
 */
class ArgumentsValidationPipe extends ValidationPipe {
  protected override validate(object: object, options?: ValidatorOptions) {
    const optional = optionalProperties(object.constructor);
    const given = (name: string) => (object as Record<string, unknown>)[name] != null;
    if (optional && !optional.some(given)) return [];
    return super.validate(object, options);
  }
}

/**
 * Validates every input object (class-validator) before a resolver runs, so bad input is refused with
 * one readable BAD_USER_INPUT listing each problem, and nothing is written.
 */
export function createValidationPipe(): ValidationPipe {
  return new ArgumentsValidationPipe({
    transform: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const problems = [...new Set(messagesOf(errors))];
      return new BadInputError(problems.join('; '), { problems });
    },
  });
}
