// The graph's twin: the nodes on screen as a sortable table with the same emphasis and selection, and a CSV
// download. It is also the text alternative for the canvas.
import { useMemo, useState } from 'react';
import { useLabels } from '../../app/labels.tsx';
import { useTexts } from '../../app/texts.tsx';
import { KIND_STYLES } from '../../graph/kind-style.ts';
import { toCsv } from './csv.ts';
import { download } from './export-png.ts';
import { ShapeIcon } from './ShapeIcon.tsx';
import { kindOf, type ViewModel } from './view-model.ts';

type Column = 'name' | 'kind' | 'distance' | 'degree';

interface Props {
  readonly model: ViewModel;
  readonly hide: boolean;
  readonly selected: string | null;
  readonly onSelect: (id: string) => void;
}

export function NodeTable({ model, hide, selected, onSelect }: Props) {
  const t = useTexts();
  const labels = useLabels();
  const [sort, setSort] = useState<{ column: Column; ascending: boolean }>({
    column: 'distance',
    ascending: true,
  });
  const rows = useMemo(() => {
    const shown = model.nodes.filter((n) => !(hide && model.faded.has(n.id)));
    const value = (n: (typeof shown)[number]): string | number => {
      switch (sort.column) {
        case 'name':
          return n.name;
        case 'kind':
          return labels.kind(kindOf(n));
        case 'distance':
          return n.distance ?? 0;
        case 'degree':
          return model.degree.get(n.id) ?? 0;
      }
    };
    return [...shown].sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      const order =
        typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'de');
      return (sort.ascending ? order : -order) || a.name.localeCompare(b.name, 'de');
    });
  }, [model, hide, sort, labels]);

  const header = (column: Column, label: string) => (
    <th
      scope="col"
      aria-sort={sort.column === column ? (sort.ascending ? 'ascending' : 'descending') : 'none'}
    >
      <button
        type="button"
        onClick={() => setSort((s) => ({ column, ascending: s.column === column ? !s.ascending : true }))}
      >
        {label}
      </button>
    </th>
  );

  const downloadCsv = () => {
    const csv = toCsv(
      ['id', t.name, t.kind, t.distance, t.connections],
      rows.map((n) => [n.id, n.name, labels.kind(kindOf(n)), n.distance ?? 0, model.degree.get(n.id) ?? 0]),
    );
    download(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }), 'integration-atlas-netzwerk.csv');
  };

  return (
    <div className="node-table">
      <button type="button" onClick={downloadCsv}>
        {t.csv}
      </button>
      <table>
        <caption>{t.nodesShown(rows.length, model.edges.length)}</caption>
        <thead>
          <tr>
            {header('name', t.name)}
            {header('kind', t.kind)}
            {header('distance', t.distance)}
            {header('degree', t.connections)}
          </tr>
        </thead>
        <tbody>
          {rows.map((n) => (
            <tr
              key={n.id}
              className={`${model.faded.has(n.id) ? 'faded' : ''} ${selected === n.id ? 'selected' : ''}`}
              aria-selected={selected === n.id}
            >
              <th scope="row">
                <button type="button" onClick={() => onSelect(n.id)}>
                  {n.name}
                </button>
              </th>
              <td>
                <ShapeIcon look={KIND_STYLES[kindOf(n)]} /> {labels.kind(kindOf(n))}
              </td>
              <td>{n.distance ?? 0}</td>
              <td>{model.degree.get(n.id) ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
