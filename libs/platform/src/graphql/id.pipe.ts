import { PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { BadInputError } from '../errors/app-error';

/** Ids are UUIDs; anything else is a typo or a probe, answered as bad input before any query runs. */
export class IdPipe implements PipeTransform<unknown, string> {
  constructor(private readonly name = 'id') {}

  transform(value: unknown): string {
    if (typeof value !== 'string' || !isUUID(value)) {
      throw new BadInputError(`${this.name} must be an id given out by Parley (a UUID).`);
    }
    return value.toLowerCase();
  }
}

/** A list of ids, each checked as IdPipe does, with a cap on how many. */
export class IdListPipe implements PipeTransform<unknown, string[] | undefined> {
  private readonly one: IdPipe;

  constructor(
    private readonly name = 'ids',
    private readonly max = 200,
  ) {
    this.one = new IdPipe(`each of ${name}`);
  }

  transform(value: unknown): string[] | undefined {
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value)) throw new BadInputError(`${this.name} must be a list of ids.`);
    if (value.length > this.max) throw new BadInputError(`${this.name} may hold at most ${this.max} ids.`);
    return value.map((v) => this.one.transform(v));
  }
}
