import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { IDE_BOOT_SCRIPT, ideAssetFiles } from './ide-assets';
import { IdePageMiddleware } from './ide-page.middleware';

/** A GraphQL IDE (GraphiQL) at GET /graphql for browsers, served entirely from this server: no CDN. */
@Module({ providers: [IdePageMiddleware] })
export class IdeModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(IdePageMiddleware).forRoutes({ path: 'graphql', method: RequestMethod.GET });
    for (const [name, file] of Object.entries(ideAssetFiles())) {
      const serveFile = (_request: Request, response: Response, next: NextFunction) =>
        response.sendFile(file, { maxAge: '1h', headers: { 'x-content-type-options': 'nosniff' } }, (error) => error && next(error));
      consumer.apply(serveFile).forRoutes({ path: `ide/assets/${name}`, method: RequestMethod.GET });
    }
    const serveBootScript = (_request: Request, response: Response) =>
      response.type('js').set('cache-control', 'no-cache').set('x-content-type-options', 'nosniff').send(IDE_BOOT_SCRIPT);
    consumer.apply(serveBootScript).forRoutes({ path: 'ide/assets/ide.js', method: RequestMethod.GET });
  }
}
