import { ValidationError, ValidationPipe } from '@nestjs/common';
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

/**
 * Validates every input object (class-validator) before a resolver runs, so bad input is refused with
 * one readable BAD_USER_INPUT listing each problem, and nothing is written.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const problems = [...new Set(messagesOf(errors))];
      return new BadInputError(problems.join('; '), { problems });
    },
  });
}
