import { IsInt, IsOptional, IsString, Min, MinLength } from 'class-validator';
import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { ErrorCode } from '../errors/app-error';
import { createValidationPipe } from './validation.pipe';

class PageArgs {
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'first must be at least 1' })
  first?: number;

  @IsOptional()
  @IsString()
  after?: string;
}

class NameInput {
  @IsString()
  @MinLength(2)
  name!: string;

  @IsOptional()
  @IsString()
  note?: string;
}

const pipe = createValidationPipe();
const as = (metatype: ArgumentMetadata['metatype']): ArgumentMetadata => ({ type: 'body', metatype });

describe('the validation pipe', () => {
  it('answers arguments that give none of their optional properties as their class, unchecked', async () => {
    const checked = jest.spyOn(
      ValidationPipe.prototype as unknown as { validate: () => unknown },
      'validate',
    );
    const page = await pipe.transform({ caseId: 'c-1' }, as(PageArgs));
    expect(page).toBeInstanceOf(PageArgs);
    expect(page).toEqual(Object.assign(new PageArgs(), { caseId: 'c-1' }));
    expect(checked).not.toHaveBeenCalled();
    await pipe.transform({ first: 2 }, as(PageArgs));
    expect(checked).toHaveBeenCalledTimes(1);
    checked.mockRestore();
  });

  it('still checks an optional property once given', async () => {
    await expect(pipe.transform({ first: 0 }, as(PageArgs))).rejects.toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      message: 'first must be at least 1',
    });
    await expect(pipe.transform({ after: 12 }, as(PageArgs))).rejects.toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
    });
    await expect(pipe.transform({ first: 3 }, as(PageArgs))).resolves.toEqual(
      Object.assign(new PageArgs(), { first: 3 }),
    );
  });

  it('checks a class with a required property, even when nothing is given', async () => {
    await expect(pipe.transform({}, as(NameInput))).rejects.toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      message: expect.stringMatching(
        /^name must be longer than or equal to 2 characters; name must be a string$/,
      ),
    });
  });
});
