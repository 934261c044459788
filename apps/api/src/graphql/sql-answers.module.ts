import { Module } from '@nestjs/common';
import { DiscoveryModule as NestDiscoveryModule } from '@nestjs/core';
import { AccountsModule } from '@parley/accounts';
import { CasesModule } from '@parley/cases';
import { SqlAnswerer } from './sql-answerer';

/** The SqlAnswerer, for the GraphQL options (its plans) and the HTTP hook (its answers). */
@Module({
  imports: [NestDiscoveryModule, AccountsModule, CasesModule],
  providers: [SqlAnswerer],
  exports: [SqlAnswerer],
})
export class SqlAnswersModule {}
