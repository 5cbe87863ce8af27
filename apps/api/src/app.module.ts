import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { GraphQLModule } from '@nestjs/graphql';
import type { LedgerConfig } from '@ledger/config';
import type { Storage } from '@ledger/event-store';
import { TokenVerifier } from '@ledger/auth';
import { AuthModule } from './platform/auth/auth.module';
import { LEDGER_CONFIG } from './platform/config/ledger-config.token';
import { GraphQLExceptionFilter } from './platform/graphql/graphql-exception.filter';
import { OperationLimitsPlugin } from './platform/graphql/operation-limits.plugin';
import { requestContextFactory } from './platform/graphql/request-context';
import { InputValidationPipe } from './platform/graphql/validation.pipe';
import { AuditModule } from './audit/audit.module';
import { HealthModule } from './platform/health/health.module';
import { MetricsModule } from './platform/metrics/metrics.module';
import { ProcessManagerModule } from './process-manager/process-manager.module';
import { LiveModule } from './live/live.module';
import { QueriesModule } from './queries/queries.module';
import { PeopleModule } from './people/people.module';
import { MutationsModule } from './commands/mutations.module';
import { SampleDataModule } from './sample-data/sample-data.module';
import { ServerInfoModule } from './platform/server-info/server-info.module';
import { IdeModule } from './platform/ide/ide.module';
import { HttpConventionsModule } from './platform/http/http-conventions.module';
import { StorageModule } from './platform/storage/storage.module';
import { TransparencyModule } from './transparency/transparency.module';
import { OParlModule } from './open-data/oparl/oparl.module';
import { ChangesModule } from './open-data/changes/changes.module';
import { FeedsModule } from './open-data/feeds/feeds.module';

@Global()
@Module({})
export class AppModule {
  static forRoot(config: LedgerConfig, storage: Storage): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CqrsModule.forRoot(),
        StorageModule.with(storage),
        AuthModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [TokenVerifier],
          useFactory: (verifier: TokenVerifier) => ({
            autoSchemaFile: true,
            sortSchema: true,
            // The IDE Apollo and Nest offer loads from a CDN, which many council networks block.
            playground: false,
            graphiql: false,
            introspection: config.graphql.introspection,
            // "Did you mean …" in validation errors would spell out the schema that introspection hides.
            hideSchemaDetailsFromClientErrors: !config.graphql.introspection,
            context: requestContextFactory(verifier),
            subscriptions: { 'graphql-ws': true },
            // Errors are made safe by GraphQLExceptionFilter; never send stack traces, in any environment.
            includeStacktraceInErrorResponses: false,
            // Apollo's check would also hold up plain GET queries; refuseCrossSiteForgeries (platform/http) checks POSTs instead.
            csrfPrevention: false,
            // Apollo's cache-control plugin wraps every field resolver to gather HTTP cache hints that
            // this API never sets; answers about a ledger that moves are not cached by hints.
            // (Cast: Nest's driver types name Apollo's ESM declarations, this CommonJS build its CJS ones.)
            plugins: [ApolloServerPluginCacheControlDisabled() as unknown as NonNullable<ApolloDriverConfig['plugins']>[number]],
          }),
        }),
        MutationsModule,
        ProcessManagerModule,
        SampleDataModule,
        AuditModule,
        TransparencyModule,
        QueriesModule,
        PeopleModule,
        OParlModule,
        ChangesModule,
        FeedsModule,
        LiveModule,
        HealthModule,
        MetricsModule,
        ServerInfoModule,
        IdeModule,
        HttpConventionsModule,
      ],
      providers: [
        { provide: LEDGER_CONFIG, useValue: config },
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_FILTER, useClass: GraphQLExceptionFilter },
        OperationLimitsPlugin,
      ],
      exports: [LEDGER_CONFIG],
    };
  }
}
