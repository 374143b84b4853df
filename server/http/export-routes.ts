import { SECTION_NAMES, type SectionName } from '../domain/atlas-document.ts';
import { CSV_FILE_NAMES } from '../domain/fields.ts';
import { ACTOR_LABELS } from '../domain/node-kinds.ts';
import { AppError } from '../errors/app-error.ts';
import { ErrorCode } from '../errors/error-codes.ts';
import type { ExportFilter } from '../export/select-part.ts';

/**
 * What an export URL asks for: the whole document as JSON or GraphML, the network of actors, programs and measures
 * as GraphML (network-graph.ts), or one section as CSV.
 */
export type ExportTarget =
  | { readonly format: 'json' }
  | { readonly format: 'graphml' }
  | { readonly format: 'network' }
  | { readonly format: 'csv'; readonly section: SectionName };

/** Every export URL, for the README and for the 404 answer to a path that is none of them. */
export const EXPORT_PATHS: readonly string[] = [
  '/export/atlas.json',
  '/export/atlas.graphml',
  '/export/network.graphml',
  ...SECTION_NAMES.map((section) => `/export/csv/${CSV_FILE_NAMES[section]}`),
];

/** The labels `?label=` accepts: what select-ids.cypher filters on. */
export const EXPORT_LABELS: readonly string[] = ['Actor', 'Program', 'Measure', ...ACTOR_LABELS];

const FILTER_PARAMETERS = ['region', 'label'];

export function exportTarget(pathname: string): ExportTarget | undefined {
  if (pathname === '/export/atlas.json') return { format: 'json' };
  if (pathname === '/export/atlas.graphml') return { format: 'graphml' };
  if (pathname === '/export/network.graphml') return { format: 'network' };
  // The importer finds a CSV file's section by its name, so a downloaded file imports as it is.
  const section = SECTION_NAMES.find((s) => pathname === `/export/csv/${CSV_FILE_NAMES[s]}`);
  return section === undefined ? undefined : { format: 'csv', section };
}

/** `?region=<id>&label=<Label>…` → readPart's filter; anything else is a BAD_USER_INPUT naming what is allowed. */
export function exportFilter(params: URLSearchParams): ExportFilter {
  for (const name of params.keys()) {
    if (!FILTER_PARAMETERS.includes(name)) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        `Unknown parameter "${name}"; an export takes region=<region id> and label=<Label> (repeatable).`,
        { parameter: name },
      );
    }
  }
  const regions = params.getAll('region');
  if (regions.length > 1 || regions[0] === '') {
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'Give at most one non-empty region=<region id>.', {
      parameter: 'region',
    });
  }
  const labels = params.getAll('label');
  const unknown = labels.find((label) => !EXPORT_LABELS.includes(label));
  if (unknown !== undefined) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `Unknown label "${unknown}"; use one of ${EXPORT_LABELS.join(', ')}.`,
      { parameter: 'label', allowed: EXPORT_LABELS },
    );
  }
  return { region: regions[0], labels };
}
