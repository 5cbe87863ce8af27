import { Global, Module } from '@nestjs/common';
import type { LedgerConfig } from '@ledger/config';
import { TokenVerifier } from '@ledger/auth';
import { LEDGER_CONFIG } from '../config/ledger-config.token';

/** Verifies bearer tokens with the configured key (or the development secret in the data folder). */
@Global()
@Module({
  providers: [{ provide: TokenVerifier, inject: [LEDGER_CONFIG], useFactory: (config: LedgerConfig) => TokenVerifier.create(config.auth) }],
  exports: [TokenVerifier],
})
export class AuthModule {}
