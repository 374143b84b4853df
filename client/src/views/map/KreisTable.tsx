// The map's text alternative: every Kreis of the answer with its numbers, sortable by name or value; a Kreis's
// name opens its gap matrix (the keyboard route to what a click on the map does).
import { useState } from 'react';
import type { NumberFormats } from '../gaps/matrix-model.ts';
import { kreisValue, type KreisEntry } from './map-model.ts';
import type { MapTexts } from './map-texts.ts';

type SortKey = 'name' | 'count' | 'perCapita';

interface Props {
  readonly entries: readonly KreisEntry[];
  readonly caption: string;
  readonly formats: NumberFormats;
  readonly texts: MapTexts;
  readonly lang: string;
  readonly onOpen: (kreisId: string) => void;
}

export function KreisTable({ entries, caption, formats, texts: m, lang, onOpen }: Props) {
  const [sort, setSort] = useState<SortKey>('name');
  const rows = [...entries];
  if (sort === 'name') rows.sort((a, b) => a.region.name.localeCompare(b.region.name, lang));
  else {
    const perCapita = sort === 'perCapita';
    // Highest first; Kreise without a value last.
    rows.sort((a, b) => (kreisValue(b, perCapita) ?? -1) - (kreisValue(a, perCapita) ?? -1));
  }
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort === key ? (key === 'name' ? 'ascending' : 'descending') : undefined}>
      <button type="button" className="sort" title={m.sortBy(label)} onClick={() => setSort(key)}>
        {label}
      </button>
    </th>
  );
  return (
    <table className="kreis-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {header('name', m.kreis)}
          {header('count', m.count)}
          <th scope="col">{m.full}</th>
          <th scope="col">{m.partial}</th>
          <th scope="col">{m.population}</th>
          {header('perCapita', m.perHundredThousand)}
        </tr>
      </thead>
      <tbody>
        {rows.map((entry) => (
          <tr key={entry.region.id} data-region={entry.region.id}>
            <th scope="row">
              <button type="button" className="link-button" onClick={() => onOpen(entry.region.id)}>
                {entry.region.name}
              </button>
            </th>
            <td className={entry.count === 0 ? 'num zero' : 'num'}>{formats.count.format(entry.count)}</td>
            <td className="num">{formats.count.format(entry.full)}</td>
            <td className="num">{formats.count.format(entry.partial)}</td>
            <td className="num">
              {entry.population === null ? '–' : formats.count.format(entry.population)}
            </td>
            <td className="num">
              {entry.perHundredThousand === null ? '–' : formats.rate.format(entry.perHundredThousand)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
