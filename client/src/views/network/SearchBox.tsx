// Search as you type over the API's full-text search; a pick opens the hit's neighbourhood.
import { useTexts } from '../../app/texts.tsx';
import { Combobox } from '../../ui/Combobox.tsx';
import { useSearchSuggest } from './use-search-suggest.ts';

export function SearchBox({ onPick }: { readonly onPick: (id: string) => void }) {
  const t = useTexts();
  return (
    <Combobox
      label={t.search}
      placeholder={t.searchPlaceholder}
      noHit={t.searchNoHit}
      failed={t.apiDown}
      suggest={useSearchSuggest()}
      onPick={(hit) => onPick(hit.id)}
    />
  );
}
