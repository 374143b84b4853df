// "Daten exportieren": the data behind the view through the server's exports, filtered as the view is (region and
// kinds). A disclosure, so it takes one line until opened.
import type { EntityKind } from '../../api/generated/schema-enums.ts';
import { useTexts } from '../../app/texts.tsx';
import { EXPORT_FILES, exportQuery } from './export-links.ts';

interface Props {
  readonly region: string | null;
  readonly kinds: readonly EntityKind[];
}

export function ExportLinks({ region, kinds }: Props) {
  const t = useTexts();
  const query = exportQuery(region, kinds);
  return (
    <details className="export-links">
      <summary>{t.exportData}</summary>
      <p className="hint">{region === null && kinds.length === 0 ? t.exportAll : t.exportFiltered}</p>
      <ul>
        {EXPORT_FILES.map((file) => (
          <li key={file.path}>
            <a href={`${file.path}${query}`} download>
              {file.path.split('/').pop()}
            </a>{' '}
            <span className="hint">({file.format})</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
