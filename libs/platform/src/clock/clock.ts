import { Global, Injectable, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';

/**
 * The time, for everything that decides by it (service dates, lateness, deadlines). Injected, so
 * tests move time instead of sleeping; outside tests it is the system clock and cannot be set.
 */
@Injectable()
export class Clock {
  private fixed: Date | null = null;

  constructor(@InjectConfig() private readonly config: AppConfig) {}

  now(): Date {
    return this.fixed ? new Date(this.fixed.getTime()) : new Date();
  }

  /** Tests only: time stands at `instant` until set again; null returns to the system clock. */
  setForTesting(instant: Date | null): void {
    if (this.config.env !== 'test') throw new Error('The clock can only be set in tests');
    this.fixed = instant;
  }
}

@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
