import 'reflect-metadata';
import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';
import { resolve } from 'node:path';
import { blankToUndefined, toNumber } from './env-values';

/** The environment variables that decide who may do what, and what the GraphQL endpoint accepts. */
class AuthEnvironment {
  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  @MinLength(32, { message: 'AUTH_JWT_SECRET must be at least 32 characters (HS256)' })
  AUTH_JWT_SECRET?: string;

  @IsOptional()
  @Transform(blankToUndefined)
  @Matches(/-----BEGIN PUBLIC KEY-----[\s\S]+-----END PUBLIC KEY-----/, { message: 'AUTH_PUBLIC_KEY must be a PEM public key (RS256)' })
  AUTH_PUBLIC_KEY?: string;

  @IsOptional()
  @Transform(blankToUndefined)
  @Matches(/^https?:\/\/\S+$/, { message: 'AUTH_JWKS_URL must be an http(s) URL' })
  AUTH_JWKS_URL?: string;

  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  AUTH_ISSUER = 'governance-ledger';

  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  AUTH_AUDIENCE = 'governance-ledger';

  @IsOptional()
  @Transform(toNumber)
  @IsInt({ message: 'AUTH_MAX_TOKEN_HOURS must be a whole number of hours from 1 to 8760' })
  @Min(1, { message: 'AUTH_MAX_TOKEN_HOURS must be a whole number of hours from 1 to 8760' })
  @Max(8760, { message: 'AUTH_MAX_TOKEN_HOURS must be a whole number of hours from 1 to 8760' })
  AUTH_MAX_TOKEN_HOURS = 24;

  @IsOptional()
  @Transform(blankToUndefined)
  @Matches(/-----BEGIN PRIVATE KEY-----[\s\S]+-----END PRIVATE KEY-----/, {
    message: 'TREE_HEAD_SIGNING_KEY must be a PEM private key (PKCS #8, Ed25519)',
  })
  TREE_HEAD_SIGNING_KEY?: string;

  @IsOptional()
  @Transform(blankToUndefined)
  @IsIn(['on', 'off'], { message: 'GRAPHQL_INTROSPECTION must be on or off' })
  GRAPHQL_INTROSPECTION: 'on' | 'off' = 'on';

  @IsOptional()
  @Transform(toNumber)
  @IsInt({ message: 'MAX_QUERY_DEPTH must be a whole number from 2 to 50' })
  @Min(2, { message: 'MAX_QUERY_DEPTH must be a whole number from 2 to 50' })
  @Max(50, { message: 'MAX_QUERY_DEPTH must be a whole number from 2 to 50' })
  MAX_QUERY_DEPTH = 12;

  @IsOptional()
  @Transform(toNumber)
  @IsInt({ message: 'MAX_QUERY_COMPLEXITY must be a whole number from 10 to 1000000' })
  @Min(10, { message: 'MAX_QUERY_COMPLEXITY must be a whole number from 10 to 1000000' })
  @Max(1_000_000, { message: 'MAX_QUERY_COMPLEXITY must be a whole number from 10 to 1000000' })
  MAX_QUERY_COMPLEXITY = 20_000;

  @IsOptional()
  @Transform(blankToUndefined)
  @Matches(/^\d+(kb|mb)$/i, { message: 'MAX_BODY_SIZE must be a size such as 512kb or 1mb' })
  MAX_BODY_SIZE = '1mb';
}

const AUTH_VARIABLES = [
  'AUTH_JWT_SECRET',
  'AUTH_PUBLIC_KEY',
  'AUTH_JWKS_URL',
  'AUTH_ISSUER',
  'AUTH_AUDIENCE',
  'AUTH_MAX_TOKEN_HOURS',
  'TREE_HEAD_SIGNING_KEY',
  'GRAPHQL_INTROSPECTION',
  'MAX_QUERY_DEPTH',
  'MAX_QUERY_COMPLEXITY',
  'MAX_BODY_SIZE',
] as const satisfies readonly (keyof AuthEnvironment)[];

export type TokenKey =
  | { readonly kind: 'hs256'; readonly secret: string }
  | { readonly kind: 'rs256'; readonly publicKeyPem: string }
  | { readonly kind: 'jwks'; readonly url: string }
  /** No key configured: a secret generated once and kept in the data folder, for development. */
  | { readonly kind: 'development'; readonly secretFile: string };

/** The Ed25519 key tree heads are signed with: configured, or generated once into the data folder. */
export type TreeHeadKey = { readonly kind: 'pem'; readonly pem: string } | { readonly kind: 'development'; readonly keyFile: string };

export interface AuthSettings {
  readonly key: TokenKey;
  readonly issuer: string;
  readonly audience: string;
  /** A token must expire, and no later than this many hours from when it is presented. */
  readonly maxTokenHours: number;
}

export interface GraphQLLimits {
  readonly introspection: boolean;
  readonly maxDepth: number;
  readonly maxComplexity: number;
  readonly maxBodySize: string;
}

/** Reads the auth and limit settings; returns the problems instead of throwing, to be reported with the rest. */
export function readAuthSettings(
  env: Record<string, string | undefined>,
  dataDir: string,
): { auth?: AuthSettings; limits?: GraphQLLimits; treeHeadKey?: TreeHeadKey; problems: string[] } {
  const relevant = Object.fromEntries(AUTH_VARIABLES.map((key) => [key, env[key]]).filter(([, value]) => value !== undefined));
  const parsed = plainToInstance(AuthEnvironment, relevant, { exposeDefaultValues: true });
  const problems = validateSync(parsed, { stopAtFirstError: true }).flatMap((error) => Object.values(error.constraints ?? {}));
  const keys = [parsed.AUTH_JWT_SECRET, parsed.AUTH_PUBLIC_KEY, parsed.AUTH_JWKS_URL].filter((key) => key !== undefined);
  if (keys.length > 1) problems.push('Set only one of AUTH_JWT_SECRET, AUTH_PUBLIC_KEY and AUTH_JWKS_URL');
  if (problems.length > 0) return { problems };
  const key: TokenKey = parsed.AUTH_JWT_SECRET
    ? { kind: 'hs256', secret: parsed.AUTH_JWT_SECRET }
    : parsed.AUTH_PUBLIC_KEY
      ? { kind: 'rs256', publicKeyPem: parsed.AUTH_PUBLIC_KEY }
      : parsed.AUTH_JWKS_URL
        ? { kind: 'jwks', url: parsed.AUTH_JWKS_URL }
        : { kind: 'development', secretFile: resolve(dataDir, 'development-jwt-secret') };
  return {
    treeHeadKey: parsed.TREE_HEAD_SIGNING_KEY
      ? { kind: 'pem', pem: parsed.TREE_HEAD_SIGNING_KEY }
      : { kind: 'development', keyFile: resolve(dataDir, 'development-tree-head-key.pem') },
    auth: {
      key,
      issuer: parsed.AUTH_ISSUER,
      audience: parsed.AUTH_AUDIENCE,
      maxTokenHours: parsed.AUTH_MAX_TOKEN_HOURS,
    },
    limits: {
      introspection: parsed.GRAPHQL_INTROSPECTION === 'on',
      maxDepth: parsed.MAX_QUERY_DEPTH,
      maxComplexity: parsed.MAX_QUERY_COMPLEXITY,
      maxBodySize: parsed.MAX_BODY_SIZE.toLowerCase(),
    },
    problems,
  };
}
