import cytoscape from 'cytoscape';
import { request } from './api/graphql-client.ts';
import type { NetworkQuery, NetworkQueryVariables } from './api/generated/operations.ts';
import { NETWORK_QUERY } from './api/operations.ts';
import { graphStyle } from './graph/style.ts';
import { toElements } from './graph/to-elements.ts';

declare global {
  interface Window {
    /** Test handle: browser tests assert on the graph model, not on pixels. */
    __atlas?: { cy: cytoscape.Core; ready: boolean };
  }
}

const status = document.getElementById('status')!;
const container = document.getElementById('graph')!;
const cy = cytoscape({ container, style: graphStyle(), wheelSensitivity: 0.3 });
window.__atlas = { cy, ready: false };

async function load(): Promise<void> {
  try {
    const data = await request<NetworkQuery>(NETWORK_QUERY, { limit: 300 } satisfies NetworkQueryVariables);
    cy.add(toElements(data.network));
    cy.layout({ name: 'cose', animate: false }).run();
    const { nodes, edges, truncated } = data.network;
    status.textContent =
      nodes.length === 0
        ? 'Die Datenbank ist leer.'
        : `${nodes.length} Knoten, ${edges.length} Verbindungen${truncated ? ' (Ausschnitt)' : ''}`;
  } catch (err) {
    status.textContent = `Fehler beim Laden: ${err instanceof Error ? err.message : String(err)}`;
  } finally {
    window.__atlas!.ready = true;
  }
}

void load();
