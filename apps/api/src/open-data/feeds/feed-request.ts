import { BadRequestException, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { seesExemptBusiness, type TokenVerifier } from '@ledger/auth';
import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import { callerOf } from '../../platform/auth/caller-of';
import type { FeedReader } from './body-feeds.service';
import { FeedQueryError } from './feed-query';

/** Refusals in the shape the API's other answers take: a message and a stable code. */
const refusal = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

/**
 * Who is reading: the public, or the caller a valid bearer token names, as the GraphQL API decides it
 * (callerOf). A token that does not verify is refused with 401, never read as the public.
 */
export async function readerOf(request: Request, verifier: TokenVerifier): Promise<FeedReader> {
  try {
    return { seesExempt: seesExemptBusiness(await callerOf(request.header('authorization'), verifier)) };
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === 'UNAUTHENTICATED') {
      throw new UnauthorizedException(refusal(error.message, 'UNAUTHENTICATED'));
    }
    throw error;
  }
}

/** Reads the query string with `read`, answering 400 with the reason when it cannot be read. */
export function fromQuery<Value>(read: () => Value): Value {
  try {
    return read();
  } catch (error) {
    if (error instanceof FeedQueryError) throw new BadRequestException(refusal(error.message, 'BAD_USER_INPUT'));
    throw error;
  }
}

/** The answer for a body the ledger holds; 404 for one it does not. */
export function found<Answer>(answer: Answer | undefined, bodyId: string): Answer {
  if (answer === undefined) throw new NotFoundException(refusal(`The ledger holds no body "${bodyId}"`, 'NOT_FOUND'));
  return answer;
}

/** A download's file name: the body's id, kept to characters every file system takes. */
export const attachment = (bodyId: string, extension: string) =>
  `attachment; filename="${bodyId.replace(/[^A-Za-z0-9._-]/g, '-')}-decisions.${extension}"`;
