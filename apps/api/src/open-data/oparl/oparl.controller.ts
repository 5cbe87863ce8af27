import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { parseListQuery } from './oparl-list';
import { listPage } from './oparl-list';
import { OPARL_VERSION } from './oparl-object';
import { InvalidFilterValue } from './oparl-time';
import { OParlUrls } from './oparl-urls';
import { OParlService } from './oparl.service';

export const OPARL_PATH = 'oparl/v1.1';

/**
 * OParl 1.1, read-only, for anonymous clients: the System at /oparl/v1.1, every body's objects and
 * lists below it. Every answer is what the public may read.
 */
@Controller(OPARL_PATH)
export class OParlController {
  constructor(private readonly oparl: OParlService) {}

  @Get()
  async system(@Req() request: Request, @Res() response: Response): Promise<void> {
    send(response, 200, await this.oparl.system(urlsOf(request)));
  }

  @Get('bodies')
  async bodies(@Req() request: Request, @Res() response: Response): Promise<void> {
    const urls = urlsOf(request);
    answerList(request, response, urls.bodies, () => this.oparl.bodies(urls));
  }

  @Get('bodies/:bodyId')
  async body(@Param('bodyId') bodyId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.lookUp(bodyId, request, response);
  }

  @Get('bodies/:bodyId/*path')
  async inBody(@Param('bodyId') bodyId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.lookUp(bodyId, request, response);
  }

  private async lookUp(bodyId: string, request: Request, response: Response): Promise<void> {
    const urls = urlsOf(request);
    const graph = await this.oparl.graph(urls, bodyId, request);
    const address = `${origin(request)}${request.originalUrl.split('?')[0]}`;
    const list = graph?.lists.get(address);
    if (list) return answerList(request, response, address, async () => list);
    const object = graph?.objects.get(address);
    if (object) {
      if (Object.keys(request.query).length > 0) return error(response, 400, 'An object takes no parameters; lists take filters and pages');
      return send(response, 200, object);
    }
    error(response, 404, graph ? `No object of this body is at ${address}` : `The ledger holds no body "${bodyId}"`);
  }
}

async function answerList(
  request: Request,
  response: Response,
  address: string,
  objects: () => Promise<readonly { id: string; created: string; modified: string }[]>,
) {
  let query;
  try {
    query = parseListQuery(request.query as Record<string, unknown>);
  } catch (problem) {
    if (problem instanceof InvalidFilterValue) return error(response, 400, problem.message);
    throw problem;
  }
  send(response, 200, listPage(await objects(), query, address));
}

/** The scheme and host the client reached the API by: every address it is given works from where it is. */
const origin = (request: Request) => `${request.protocol}://${request.get('host')}`;

const urlsOf = (request: Request) => new OParlUrls(`${origin(request)}/${OPARL_PATH}`);

function send(response: Response, status: number, body: unknown): void {
  response.status(status).type('application/json; charset=utf-8').send(JSON.stringify(body));
}

function error(response: Response, status: number, message: string): void {
  send(response, status, { type: `${OPARL_VERSION}Error`, message });
}
