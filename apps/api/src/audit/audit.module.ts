import { Module } from '@nestjs/common';
import { LedgerVerificationResolver } from './ledger-verification.resolver';
import { StreamEventsResolver } from './stream-events.resolver';

@Module({ providers: [StreamEventsResolver, LedgerVerificationResolver] })
export class AuditModule {}
