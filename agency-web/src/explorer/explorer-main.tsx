// The API explorer (issue 17): GraphiQL bundled from npm and served by the gateway, no CDN.
import './monaco-workers.js';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const wsUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;

// Same origin: requests carry the signed-in user's session cookie. An integrator puts
// {"authorization": "Bearer <access token>"} or {"x-api-key": "<secret>"} in the Headers tab.
const fetcher = createGraphiQLFetcher({ url: '/graphql', subscriptionUrl: wsUrl });

const root = document.getElementById('explorer');
if (root)
  createRoot(root).render(
    <StrictMode>
      <GraphiQL
        fetcher={fetcher}
        defaultQuery={
          '# Signed in as you (session cookie). As an API client, enter in Headers:\n# {"authorization": "Bearer <access token from POST /oauth/token>"}\n{\n  providers(first: 5) {\n    nodes { id name }\n    pageInfo { hasNextPage endCursor }\n  }\n}\n'
        }
      />
    </StrictMode>,
  );
