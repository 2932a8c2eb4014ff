import type { Annotation, Color, Verdict } from '@/utils/types';

/**
 * Highlight colours: translucent so text stays readable on light and dark pages. The name of each CSS highlight is
 * `quotemark-<paint>`; the page's scripts can see these names and ranges, never any note text.
 */
export const HIGHLIGHT_CSS: Record<Color, string> = {
  yellow: 'rgba(255, 214, 0, 0.45)',
  green: 'rgba(0, 200, 120, 0.35)',
  blue: 'rgba(0, 140, 255, 0.30)',
  pink: 'rgba(255, 64, 160, 0.30)',
  purple: 'rgba(150, 80, 255, 0.30)',
};

/**
 * Claims are painted by verdict with the Okabe–Ito palette, distinguishable with the common forms of colour blindness.
 * The verdict is always written out too (popup, editor, exports): colour is never its only carrier.
 */
export const VERDICT_CSS: Record<Verdict, string> = {
  unverified: 'rgba(204, 121, 167, 0.35)',
  true: 'rgba(0, 158, 115, 0.35)',
  'mostly-true': 'rgba(86, 180, 233, 0.40)',
  mixed: 'rgba(240, 228, 66, 0.55)',
  misleading: 'rgba(230, 159, 0, 0.45)',
  false: 'rgba(213, 94, 0, 0.45)',
  unprovable: 'rgba(153, 153, 153, 0.40)',
};

/** Reader-facing colour names (for labels: colour is never the only carrier of meaning). */
export const COLOR_LABELS: Record<Color, string> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
  purple: 'Purple',
};

/** What an annotation is painted with: its verdict for a claim that has one, else its own colour. */
export type Paint = Color | `verdict-${Verdict}`;

/** The paint of one annotation (verdict colour for claims by default). */
export function paintOf(a: Pick<Annotation, 'kind' | 'verdict' | 'color'>): Paint {
  return a.kind === 'claim' && a.verdict ? `verdict-${a.verdict}` : a.color;
}

/** Every paint with its CSS background. */
export const PAINT_CSS: Record<Paint, string> = {
  ...HIGHLIGHT_CSS,
  ...(Object.fromEntries(Object.entries(VERDICT_CSS).map(([v, css]) => [`verdict-${v}`, css])) as Record<
    `verdict-${Verdict}`,
    string
  >),
};

/** Name of the CSS highlight that paints annotations of one paint. */
export const highlightName = (paint: Paint | 'focus'): string => `quotemark-${paint}`;
