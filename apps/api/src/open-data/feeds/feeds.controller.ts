import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { TokenVerifier } from '@ledger/auth';
import type { Request, Response } from 'express';
import { BodyFeedsService } from './body-feeds.service';
import { decisionsCsv } from './decisions-csv';
import { dateRangeOf, feedLimitOf } from './feed-query';
import { attachment, found, fromQuery, readerOf } from './feed-request';

/**
 * A body's record for feed readers, calendars and spreadsheets, over plain GET. Each answers as the
 * GraphQL API would the same caller: the public (no token) never gets exempt business. Answers vary
 * with the Authorization header, so caches are told so.
 */
@Controller('feeds/bodies/:bodyId')
export class FeedsController {
  constructor(
    private readonly feeds: BodyFeedsService,
    private readonly verifier: TokenVerifier,
  ) {}

  @Get('decisions.atom')
  async decisionsAtom(
    @Param('bodyId') bodyId: string,
    @Query('limit') limit: unknown,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const entries = fromQuery(() => feedLimitOf(limit));
    const atom = found(await this.feeds.decisionsAtom(bodyId, await this.reader(request, response), entries), bodyId);
    response.setHeader('content-type', 'application/atom+xml; charset=utf-8');
    return atom;
  }

  @Get('meetings.ics')
  async meetingsCalendar(
    @Param('bodyId') bodyId: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const calendar = found(await this.feeds.meetingsCalendar(bodyId, await this.reader(request, response)), bodyId);
    response.setHeader('content-type', 'text/calendar; charset=utf-8');
    return calendar;
  }

  @Get('decisions.csv')
  async decisionsCsv(
    @Param('bodyId') bodyId: string,
    @Query() query: Record<string, unknown>,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const range = fromQuery(() => dateRangeOf(query));
    const document = found(await this.feeds.decisionsDocument(bodyId, await this.reader(request, response), range), bodyId);
    response.setHeader('content-type', 'text/csv; charset=utf-8');
    response.setHeader('content-disposition', attachment(bodyId, 'csv'));
    return decisionsCsv(document.decisions);
  }

  @Get('decisions.json')
  async decisionsJson(
    @Param('bodyId') bodyId: string,
    @Query() query: Record<string, unknown>,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const range = fromQuery(() => dateRangeOf(query));
    const document = found(await this.feeds.decisionsDocument(bodyId, await this.reader(request, response), range), bodyId);
    response.setHeader('content-type', 'application/json; charset=utf-8');
    response.setHeader('content-disposition', attachment(bodyId, 'json'));
    return JSON.stringify(document);
  }

  private reader(request: Request, response: Response) {
    response.vary('Authorization');
    return readerOf(request, this.verifier);
  }
}
