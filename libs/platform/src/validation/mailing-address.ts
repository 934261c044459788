import { applyDecorators } from '@nestjs/common';
import { TextLimit } from '../graphql/text-limits';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export const MAILING_ADDRESS_HELP =
  'The lines below the name, as on an envelope (for a prisoner: inmate number, institution, box, city); one line per row.';

/** Trimmed lines, blank ones dropped: an address prints on a certificate of service line by line. */
export const MailingAddress = () =>
  applyDecorators(
    Transform(({ value }) =>
      typeof value === 'string'
        ? value
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean)
            .join('\n')
        : value,
    ),
    IsString(),
    IsNotEmpty({ message: 'mailingAddress must not be empty' }),
    MaxLength(TextLimit.ADDRESS),
  );
