// What every view receives: the page state and the way to change it.
import type { UpdateState } from './use-atlas-state.ts';
import type { AtlasState } from './url-state.ts';

export interface ViewProps {
  readonly state: AtlasState;
  readonly update: UpdateState;
}
