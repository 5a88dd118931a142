// Starts GraphiQL on the page MapGraphQL serves. Queries and mutations go over HTTP to the endpoint;
// subscriptions over WebSocket (graphql-transport-ws) to the same path, connected only when one runs.
(function () {
  'use strict';
  var root = document.getElementById('graphiql');
  var endpoint = new URL(root.getAttribute('data-endpoint'), window.location.href);
  var socket = new URL(endpoint.href);
  socket.protocol = endpoint.protocol === 'https:' ? 'wss:' : 'ws:';
  var fetcher = GraphiQL.createFetcher({
    url: endpoint.href,
    wsClient: graphqlWs.createClient({ url: socket.href, lazy: true }),
  });
  ReactDOM.createRoot(root).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultEditorToolsVisibility: true,
      shouldPersistHeaders: false,
      defaultQuery: '# Welcome to the International Patient Center API.\n# Sign in: put {"Authorization": "Bearer <token>"} in Headers below.\n\n{\n  __typename\n}\n',
    }));
})();
