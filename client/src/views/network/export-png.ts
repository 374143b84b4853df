// The view as a PNG that stands on its own: the graph as drawn, and beside it the title, the as-of date, the
// question (focus or region), the filters, the legend with counts, and the sources of the ties on screen — a
// picture in a report still says what it shows and where it comes from.
import type { Core } from 'cytoscape';

export interface PngInfo {
  readonly title: string;
  /** Date, question, filters: one line each. */
  readonly lines: readonly string[];
  readonly legend: readonly { label: string; colour: string; count: string }[];
  readonly sourcesTitle: string;
  readonly sources: readonly string[];
}

const SIDE = 360;
const PAD = 16;
const LINE = 18;

function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line === '' ? word : `${line} ${word}`;
    if (ctx.measureText(next).width > width && line !== '') {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

export async function viewPng(cy: Core, info: PngInfo): Promise<Blob> {
  const graph = await cy.png({
    output: 'blob-promise',
    full: true,
    scale: 1.5,
    bg: '#ffffff',
    maxWidth: 2400,
  });
  const image = await createImageBitmap(graph);
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  ctx.font = '13px sans-serif';
  const text: { text: string; bold?: boolean; colour?: string }[] = [{ text: info.title, bold: true }];
  for (const line of info.lines)
    for (const part of wrap(ctx, line, SIDE - 2 * PAD)) text.push({ text: part });
  text.push({ text: '' });
  for (const row of info.legend) text.push({ text: `${row.label}: ${row.count}`, colour: row.colour });
  text.push({ text: '' }, { text: info.sourcesTitle, bold: true });
  for (const part of wrap(ctx, info.sources.join(', ') || '—', SIDE - 2 * PAD)) text.push({ text: part });
  canvas.width = image.width + SIDE;
  canvas.height = Math.max(image.height, PAD * 2 + text.length * LINE);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(image, 0, 0);
  ctx.fillStyle = '#c9ced6';
  ctx.fillRect(image.width, 0, 1, canvas.height);
  text.forEach((line, i) => {
    const y = PAD + (i + 1) * LINE;
    let x = image.width + PAD;
    if (line.colour) {
      ctx.fillStyle = line.colour;
      ctx.fillRect(x, y - 11, 12, 12);
      x += 18;
    }
    ctx.fillStyle = '#1d2430';
    ctx.font = `${line.bold ? 'bold ' : ''}13px sans-serif`;
    ctx.fillText(line.text, x, y);
  });
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png'),
  );
}

export function download(blob: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
