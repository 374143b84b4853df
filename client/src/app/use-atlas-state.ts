// The page state as a React hook, kept in the URL: every change writes the query string (a new history entry for
// a change of view, focus or region, so Back goes back; a replace for the rest), and Back/Forward restore it.
import { useCallback, useEffect, useState } from 'react';
import { formatState, parseState, type AtlasState } from './url-state.ts';

export type UpdateState = (patch: Partial<AtlasState>) => void;

const NAVIGATING: readonly (keyof AtlasState)[] = ['view', 'focus', 'region', 'pathTo'];

export function useAtlasState(): [AtlasState, UpdateState] {
  const [state, setState] = useState(() => parseState(window.location.search));
  useEffect(() => {
    const restore = () => setState(parseState(window.location.search));
    window.addEventListener('popstate', restore);
    return () => window.removeEventListener('popstate', restore);
  }, []);
  const update = useCallback<UpdateState>((patch) => {
    setState((old) => {
      const next = { ...old, ...patch };
      const url = `${window.location.pathname}${formatState(next)}`;
      const navigates = NAVIGATING.some((key) => key in patch && patch[key] !== old[key]);
      if (navigates) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
      return next;
    });
  }, []);
  return [state, update];
}
