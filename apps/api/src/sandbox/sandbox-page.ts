import { FIRST_STEPS } from './first-steps';

// The same GraphiQL release mercurius serves at /graphiql.
const GRAPHIQL = 'https://unpkg.com/graphiql@3.8.3';
const REACT = 'https://unpkg.com/react@18.3.1/umd/react.production.min.js';
const REACT_DOM = 'https://unpkg.com/react-dom@18.3.1/umd/react-dom.production.min.js';

/** JSON for a <script> block: nothing in it can close the tag. */
const inScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** GraphiQL at /graphql for a browser, opened on Parley's first steps (never in production). */
export function sandboxPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Parley GraphQL sandbox</title>
  <link rel="stylesheet" href="${GRAPHIQL}/graphiql.min.css">
  <style>html, body, #sandbox { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="sandbox">Loading the GraphQL sandbox…</div>
  <script src="${REACT}" crossorigin></script>
  <script src="${REACT_DOM}" crossorigin></script>
  <script src="${GRAPHIQL}/graphiql.min.js" crossorigin></script>
  <script>
    ReactDOM.render(
      React.createElement(GraphiQL, {
        fetcher: GraphiQL.createFetcher({ url: window.location.origin + '/graphql' }),
        defaultQuery: ${inScript(FIRST_STEPS)},
        defaultHeaders: ${inScript('{"Authorization": "Bearer <accessToken>"}')},
        defaultEditorToolsVisibility: 'headers',
        shouldPersistHeaders: true,
      }),
      document.getElementById('sandbox'),
    );
  </script>
</body>
</html>`;
}
