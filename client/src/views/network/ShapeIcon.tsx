// A kind's shape and colour as a small SVG for the legend and the table, so both show what the canvas shows.
import type { KindStyle } from '../../graph/kind-style.ts';
import { blendWithWhite, FADE_SHARE } from '../../graph/kind-style.ts';

const POINTS: Partial<Record<KindStyle['shape'], string>> = {
  star: '8,1 10,6 15,6 11,9.5 12.5,15 8,11.5 3.5,15 5,9.5 1,6 6,6',
  diamond: '8,1 15,8 8,15 1,8',
  hexagon: '4,2 12,2 15,8 12,14 4,14 1,8',
  pentagon: '8,1 15,6 12.5,15 3.5,15 1,6',
  octagon: '5,1 11,1 15,5 15,11 11,15 5,15 1,11 1,5',
  rhomboid: '4,3 15,3 12,13 1,13',
  triangle: '8,1 15,15 1,15',
  'round-triangle': '8,2 14,14 2,14',
  vee: '1,2 8,6 15,2 8,15',
  tag: '1,3 11,3 15,8 11,13 1,13',
  'round-tag': '1,3 11,3 15,8 11,13 1,13',
  'cut-rectangle': '4,2 12,2 15,5 15,11 12,14 4,14 1,11 1,5',
};

export function ShapeIcon({ look, faded = false }: { readonly look: KindStyle; readonly faded?: boolean }) {
  const fill = faded ? blendWithWhite(look.colour, FADE_SHARE) : look.colour;
  const points = POINTS[look.shape];
  return (
    <svg className="shape" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {points !== undefined ? (
        <polygon points={points} fill={fill} />
      ) : look.shape === 'ellipse' ? (
        <circle cx="8" cy="8" r="7" fill={fill} />
      ) : (
        <rect
          x="1"
          y={look.shape === 'barrel' ? 3 : 2}
          width="14"
          height={look.shape === 'barrel' ? 10 : 12}
          rx={look.shape === 'rectangle' ? 0 : 3}
          fill={fill}
        />
      )}
    </svg>
  );
}
