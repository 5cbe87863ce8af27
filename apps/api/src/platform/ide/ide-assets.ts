import { dirname, join } from 'node:path';

const packageFolder = (name: string) => dirname(require.resolve(`${name}/package.json`));

/**
 * The browser files of the IDE, served from the project's own node_modules (no CDN). GraphiQL 4 is the
 * last major that publishes a ready-built browser bundle (UMD, with its editor and graphql bundled in);
 * GraphiQL 5 ships ES modules with bare imports of React and Monaco that need a bundler or an import
 * map pointing at a CDN. Its UMD expects React 18's UMD builds (React 19 ships none).
 */
export function ideAssetFiles(): Record<'react.js' | 'react-dom.js' | 'graphiql.js' | 'graphiql.css', string> {
  const react = packageFolder('react');
  const reactDom = packageFolder('react-dom');
  const graphiql = packageFolder('graphiql');
  return {
    'react.js': join(react, 'umd', 'react.production.min.js'),
    'react-dom.js': join(reactDom, 'umd', 'react-dom.production.min.js'),
    'graphiql.js': join(graphiql, 'graphiql.min.js'),
    'graphiql.css': join(graphiql, 'graphiql.min.css'),
  };
}

/**
 * Boots GraphiQL against this server's /graphql with the example operations of docs/queries as tabs
 * (`?example=<file name>` puts one first). Plain browser JavaScript, served as it is: React, ReactDOM and
 * GraphiQL are globals from their UMD files.
 */
export const IDE_BOOT_SCRIPT = `(function () {
  'use strict';
  var examples = JSON.parse(document.getElementById('ide-examples').textContent);
  var endpoint = new URL('/graphql', window.location.href).href;
  var fetcher = GraphiQL.createFetcher({ url: endpoint, subscriptionUrl: endpoint.replace(/^http/, 'ws') });
  var tabs = examples.map(function (example) {
    return { query: example.document, variables: example.variables ? JSON.stringify(example.variables, null, 2) : undefined };
  });
  var wanted = new URLSearchParams(window.location.search).get('example');
  var first = examples.findIndex(function (example) { return example.name === wanted; });
  if (first > 0) tabs.unshift(tabs.splice(first, 1)[0]);
  var props = { fetcher: fetcher, defaultTabs: tabs.length > 0 ? tabs : undefined, defaultEditorToolsVisibility: 'variables' };
  // GraphiQL fills the active tab from the query and variables props (or what it stored), not from
  // defaultTabs: give it the first example on a first visit, or when one is asked for by name.
  var firstVisit = window.localStorage.getItem('graphiql:tabState') === null;
  if (tabs.length > 0 && (first >= 0 || firstVisit)) {
    props.query = tabs[0].query;
    props.variables = tabs[0].variables;
  }
  ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, props));
})();
`;
