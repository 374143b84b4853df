// "Who links us to them?": pick another actor; the view then shows the shortest paths between the two over
// cooperations and memberships (the API's `path`).
import { useTexts } from '../../app/texts.tsx';
import { Combobox } from '../../ui/Combobox.tsx';
import { ACTOR_KINDS } from './actor-kinds.ts';
import { useSearchSuggest } from './use-search-suggest.ts';

export function PathPicker({ onPick }: { readonly onPick: (to: string) => void }) {
  const t = useTexts();
  return (
    <Combobox
      label={t.pathTo}
      placeholder={t.searchPlaceholder}
      noHit={t.searchNoHit}
      failed={t.apiDown}
      suggest={useSearchSuggest(ACTOR_KINDS)}
      onPick={(hit) => onPick(hit.id)}
    />
  );
}
