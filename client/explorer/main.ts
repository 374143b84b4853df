// The offline GraphQL explorer: GraphiQL, bundled by Vite with its editor (Monaco) and the editor's web workers,
// so that nothing is loaded from outside this server. Served at /graphql to a browser (server/http).
import 'graphiql/style.css';
import 'graphiql/setup-workers/vite';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { createExplorerFetcher } from './fetcher.ts';

/** What a first visit shows: a query that runs as is, and says where to go next. */
const DEFAULT_QUERY = `# The Integration Atlas API. Run this with Ctrl-Enter, open the docs (book icon) for every field.
# Admin operations need the admin token in the field above.
{
  health {
    atlasVersion
    nodeCount
    relationshipCount
  }
}
`;

const tokenInput = document.getElementById('token') as HTMLInputElement;
const fetcher = createExplorerFetcher('/graphql', () => tokenInput.value);

createRoot(document.getElementById('explorer')!).render(
  createElement(
    GraphiQL,
    { fetcher, defaultQuery: DEFAULT_QUERY },
    createElement(GraphiQL.Logo, null, 'Atlas'),
  ),
);
