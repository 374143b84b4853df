// Kinds differ by shape as well as colour (WCAG 1.4.1), each colour reaches 3:1 against the white canvas
// (WCAG 1.4.11), and the faded colours are lighter than the full ones.
import { describe, expect, it } from 'vitest';
import { EntityKind } from '../../../../client/src/api/generated/schema-enums.ts';
import {
  blendWithWhite,
  contrastRatio,
  FADE_SHARE,
  KIND_STYLES,
} from '../../../../client/src/graph/kind-style.ts';

describe('kind styles', () => {
  it('has a style for every kind of the schema', () => {
    for (const kind of Object.values(EntityKind)) expect(KIND_STYLES[kind]).toBeDefined();
  });

  it('gives every kind its own shape', () => {
    const shapes = Object.values(KIND_STYLES).map((look) => look.shape);
    expect(new Set(shapes).size).toBe(shapes.length);
  });

  it.each(Object.entries(KIND_STYLES))('%s reaches 3:1 against white', (_kind, look) => {
    expect(contrastRatio(look.colour, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('measures contrast as WCAG does, and fades towards white', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(blendWithWhite('#000000', FADE_SHARE)).toBe('#c7c7c7');
  });
});
