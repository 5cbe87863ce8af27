import 'reflect-metadata';
import { plainToInstance, Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, ValidateIf, validateSync } from 'class-validator';
import { resolve } from 'node:path';
import { type AuthSettings, type GraphQLLimits, readAuthSettings, type TreeHeadKey } from './auth-config';
import { type CorsSettings, readCorsSettings } from './cors-config';
import { blankToUndefined, toNumber } from './env-values';

export const STORE_KINDS = ['pglite', 'postgres', 'eventstoredb'] as const;
export type StoreKindSetting = (typeof STORE_KINDS)[number];
export const LOG_FORMATS = ['json', 'text'] as const;
export const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
export type LogLevelSetting = (typeof LOG_LEVELS)[number];

const PORT_RULE = 'PORT must be a whole number from 0 to 65535';
const READY_MAX_LAG_RULE = 'READY_MAX_LAG_EVENTS must be a whole number of events, 0 or more';
const DEFAULT_READY_MAX_LAG_EVENTS = 1000;
const CATCH_UP_BATCH_RULE = 'PROJECTION_CATCH_UP_BATCH must be a whole number of events from 1 to 10000';
/** As `DEFAULT_CATCH_UP_BATCH` in the projections (this library imports none of them). */
const DEFAULT_CATCH_UP_BATCH = 5000;
const AUTO_REBUILD_RULE = 'READ_MODEL_AUTO_REBUILD_MAX_EVENTS must be a whole number of events, 0 or more';
/** As `DEFAULT_AUTO_REBUILD_MAX_EVENTS` in the projections. */
const DEFAULT_AUTO_REBUILD_MAX_EVENTS = 100_000;

/** The environment variables the ledger reads, as documented in the README. */
class LedgerEnvironment {
  @IsOptional()
  @Transform(blankToUndefined)
  @IsIn(STORE_KINDS, { message: `STORE must be one of ${STORE_KINDS.join(', ')}` })
  STORE: StoreKindSetting = 'pglite';

  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  DATA_DIR = './.data';

  @ValidateIf((env: LedgerEnvironment) => env.STORE === 'postgres' || env.DATABASE_URL !== undefined)
  @Transform(blankToUndefined)
  @Matches(/^postgres(ql)?:\/\/\S+$/, {
    message: 'DATABASE_URL must be a postgres:// connection string (it is required when STORE=postgres)',
  })
  DATABASE_URL?: string;

  @ValidateIf((env: LedgerEnvironment) => env.STORE === 'eventstoredb' || env.EVENTSTORE_CONNECTION_STRING !== undefined)
  @Transform(blankToUndefined)
  // @eventstore/db-client 6 reads esdb:// and esdb+discover:// only (kurrentdb:// is the later KurrentDB client's).
  @Matches(/^esdb(\+discover)?:\/\/\S+$/, {
    message:
      'EVENTSTORE_CONNECTION_STRING must be an esdb:// or esdb+discover:// connection string (it is required when STORE=eventstoredb)',
  })
  EVENTSTORE_CONNECTION_STRING?: string;

  @IsOptional()
  @Transform(blankToUndefined)
  @Matches(/^[a-z_][a-z0-9_]{0,62}$/, { message: 'DATABASE_SCHEMA must be lower-case letters, digits and underscores' })
  DATABASE_SCHEMA = 'ledger';

  @IsOptional()
  @Transform(blankToUndefined)
  @Type(() => Number)
  @IsInt({ message: PORT_RULE })
  @Min(0, { message: PORT_RULE })
  @Max(65535, { message: PORT_RULE })
  PORT = 3000;

  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  HOST = '127.0.0.1';

  @IsOptional()
  @Transform(blankToUndefined)
  @Matches(/^[\w.@:-]{1,128}$/, { message: 'LOCAL_PRINCIPAL must be 1 to 128 letters, digits or . @ : _ -' })
  LOCAL_PRINCIPAL = 'local-clerk';

  @IsOptional()
  @Transform(blankToUndefined)
  @IsIn(['on', 'off'], { message: 'SAMPLE_DATA must be on or off' })
  SAMPLE_DATA: 'on' | 'off' = 'on';

  @IsOptional()
  @Transform(blankToUndefined)
  @IsIn(LOG_FORMATS, { message: `LOG_FORMAT must be one of ${LOG_FORMATS.join(', ')}` })
  LOG_FORMAT: (typeof LOG_FORMATS)[number] = 'json';

  @IsOptional()
  @Transform(blankToUndefined)
  @IsIn(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL: LogLevelSetting = 'log';

  @IsOptional()
  @Transform(toNumber)
  @IsInt({ message: READY_MAX_LAG_RULE })
  @Min(0, { message: READY_MAX_LAG_RULE })
  @Max(Number.MAX_SAFE_INTEGER, { message: READY_MAX_LAG_RULE })
  READY_MAX_LAG_EVENTS?: number = DEFAULT_READY_MAX_LAG_EVENTS;

  @IsOptional()
  @Transform(toNumber)
  @IsInt({ message: CATCH_UP_BATCH_RULE })
  @Min(1, { message: CATCH_UP_BATCH_RULE })
  @Max(10_000, { message: CATCH_UP_BATCH_RULE })
  PROJECTION_CATCH_UP_BATCH?: number = DEFAULT_CATCH_UP_BATCH;

  @IsOptional()
  @Transform(toNumber)
  @IsInt({ message: AUTO_REBUILD_RULE })
  @Min(0, { message: AUTO_REBUILD_RULE })
  @Max(Number.MAX_SAFE_INTEGER, { message: AUTO_REBUILD_RULE })
  READ_MODEL_AUTO_REBUILD_MAX_EVENTS?: number = DEFAULT_AUTO_REBUILD_MAX_EVENTS;
}

const ENVIRONMENT_VARIABLES = [
  'STORE',
  'DATA_DIR',
  'DATABASE_URL',
  'EVENTSTORE_CONNECTION_STRING',
  'DATABASE_SCHEMA',
  'PORT',
  'HOST',
  'LOG_FORMAT',
  'LOG_LEVEL',
  'LOCAL_PRINCIPAL',
  'SAMPLE_DATA',
  'READY_MAX_LAG_EVENTS',
  'PROJECTION_CATCH_UP_BATCH',
  'READ_MODEL_AUTO_REBUILD_MAX_EVENTS',
] as const satisfies readonly (keyof LedgerEnvironment)[];

export type StoreSettings =
  | { readonly kind: 'pglite'; readonly dataDir: string; readonly schema: string }
  | { readonly kind: 'postgres'; readonly connectionString: string; readonly schema: string }
  | { readonly kind: 'eventstoredb'; readonly connectionString: string };

/** The SQL database of the read models and checkpoints: the event log's own, or beside EventStoreDB. */
export type DatabaseSettings =
  | { readonly kind: 'pglite'; readonly dataDir: string; readonly schema: string }
  | { readonly kind: 'postgres'; readonly connectionString: string; readonly schema: string };

export interface LedgerConfig {
  readonly store: StoreSettings;
  readonly database: DatabaseSettings;
  readonly http: { readonly port: number; readonly host: string };
  readonly log: { readonly format: 'json' | 'text'; readonly level: LogLevelSetting };
  /** Who is recorded as having sent commands, until callers authenticate. */
  readonly localPrincipal: { readonly id: string; readonly role: 'clerk' };
  /** Whether an empty embedded store is filled with the bundled sample minutes at start. */
  readonly sampleData: boolean;
  /** How bearer tokens are verified. */
  readonly auth: AuthSettings;
  /** The key signing the Merkle tree heads of the log. */
  readonly treeHeadKey: TreeHeadKey;
  readonly graphql: GraphQLLimits;
  /** When `/health/ready` says the instance can serve: how many unprojected events the read models may lag by. */
  readonly readiness: { readonly maxLagEvents: number };
  /**
   * Events per transaction while the read models catch up with a backlog; how many events read models
   * stored under an older shape may hold for the API to rebuild them as it starts.
   */
  readonly projection: { readonly catchUpBatch: number; readonly autoRebuildMaxEvents: number };
  /** Which web pages may call the GraphQL endpoint from a browser (CORS). */
  readonly cors: CorsSettings;
}

export class ConfigurationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigurationError';
  }
}

/** Reads and checks the configuration; throws ConfigurationError listing every problem at once. */
export function loadLedgerConfig(env: NodeJS.ProcessEnv | Record<string, string | undefined>): LedgerConfig {
  const relevant = Object.fromEntries(ENVIRONMENT_VARIABLES.map((key) => [key, env[key]]).filter(([, value]) => value !== undefined));
  const parsed = plainToInstance(LedgerEnvironment, relevant, { exposeDefaultValues: true });
  const errors = validateSync(parsed, { forbidUnknownValues: true, stopAtFirstError: true });
  const { auth, limits, treeHeadKey, problems } = readAuthSettings(env, parsed.DATA_DIR);
  const { cors, problems: corsProblems } = readCorsSettings(env);
  if (errors.length > 0 || problems.length > 0 || corsProblems.length > 0) {
    throw new ConfigurationError([...errors.flatMap((error) => Object.values(error.constraints ?? {})), ...problems, ...corsProblems]);
  }
  const store = storeSettings(parsed);
  return {
    store,
    database: databaseSettings(parsed, store),
    http: { port: parsed.PORT, host: parsed.HOST },
    log: { format: parsed.LOG_FORMAT, level: parsed.LOG_LEVEL },
    localPrincipal: { id: parsed.LOCAL_PRINCIPAL, role: 'clerk' },
    sampleData: parsed.SAMPLE_DATA === 'on',
    auth: auth!,
    treeHeadKey: treeHeadKey!,
    graphql: limits!,
    readiness: { maxLagEvents: parsed.READY_MAX_LAG_EVENTS ?? DEFAULT_READY_MAX_LAG_EVENTS },
    projection: {
      catchUpBatch: parsed.PROJECTION_CATCH_UP_BATCH ?? DEFAULT_CATCH_UP_BATCH,
      autoRebuildMaxEvents: parsed.READ_MODEL_AUTO_REBUILD_MAX_EVENTS ?? DEFAULT_AUTO_REBUILD_MAX_EVENTS,
    },
    cors: cors!,
  };
}

function storeSettings(env: LedgerEnvironment): StoreSettings {
  switch (env.STORE) {
    case 'pglite':
      return { kind: 'pglite', dataDir: resolve(env.DATA_DIR, 'pglite'), schema: env.DATABASE_SCHEMA };
    case 'postgres':
      return { kind: 'postgres', connectionString: env.DATABASE_URL!, schema: env.DATABASE_SCHEMA };
    case 'eventstoredb':
      return { kind: 'eventstoredb', connectionString: env.EVENTSTORE_CONNECTION_STRING! };
  }
}

function databaseSettings(env: LedgerEnvironment, store: StoreSettings): DatabaseSettings {
  if (store.kind !== 'eventstoredb') return store;
  return env.DATABASE_URL
    ? { kind: 'postgres', connectionString: env.DATABASE_URL, schema: env.DATABASE_SCHEMA }
    : { kind: 'pglite', dataDir: resolve(env.DATA_DIR, 'pglite'), schema: env.DATABASE_SCHEMA };
}

/** A connection string fit for a log line: the password replaced. */
export function redactConnectionString(connectionString: string): string {
  return connectionString.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}
