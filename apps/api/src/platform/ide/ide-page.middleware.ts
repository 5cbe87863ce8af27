import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { LedgerConfig } from '@ledger/config';
import { LEDGER_CONFIG } from '../config/ledger-config.token';
import { type ExampleOperation, loadExampleOperations } from './example-operations';

/** JSON safe to embed in a <script> element: no `</script>` or `<!--` can end it early. */
const embeddable = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function idePage(examples: readonly ExampleOperation[]): string {
  const list = examples.map(({ name, document, variables }) => ({ name, document, variables }));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Governance ledger — GraphQL</title>
<link rel="stylesheet" href="/ide/assets/graphiql.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading the GraphQL IDE…</div>
<script id="ide-examples" type="application/json">${embeddable(list)}</script>
<script src="/ide/assets/react.js"></script>
<script src="/ide/assets/react-dom.js"></script>
<script src="/ide/assets/graphiql.js"></script>
<script src="/ide/assets/ide.js"></script>
</body>
</html>
`;
}

/**
 * GET /graphql from a browser (HTML wanted, no `query` parameter) answers with the IDE; every other
 * request (POST, GET with ?query=, websocket upgrades) goes on to Apollo untouched.
 */
@Injectable()
export class IdePageMiddleware implements NestMiddleware {
  private page?: string;

  constructor(@Inject(LEDGER_CONFIG) private readonly config: LedgerConfig) {}

  use(request: Request, response: Response, next: NextFunction): void {
    const wantsHtml = request.method === 'GET' && request.accepts(['application/json', 'text/html']) === 'text/html';
    // With introspection off the schema is not shown, and neither are the IDE and its example operations.
    if (!wantsHtml || request.query.query !== undefined || !this.config.graphql.introspection) return next();
    this.page ??= idePage(loadExampleOperations());
    response.status(200).type('html').set('cache-control', 'no-cache').send(this.page);
  }
}
