// The coordinators' page: mounts the app. Browser tests read `window.__atlas` (the graph model and whether the
// current view has finished loading) instead of pixels.
import { createRoot } from 'react-dom/client';
import type cytoscape from 'cytoscape';
import { App } from './app/App.tsx';

declare global {
  interface Window {
    /** Test handle: browser tests assert on the graph model, not on pixels. */
    __atlas?: { cy: cytoscape.Core | null; ready: boolean };
  }
}

window.__atlas = { cy: null, ready: false };
createRoot(document.getElementById('app')!).render(<App />);
