import { Module } from '@nestjs/common';
import { AnswerErrorsPlugin } from './answer-errors.plugin';

/** The GraphQL side of the HTTP conventions (see useHttpConventions): which answers carry errors. */
@Module({ providers: [AnswerErrorsPlugin] })
export class HttpConventionsModule {}
