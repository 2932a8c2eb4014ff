import type { Color } from '@/utils/types';

/**
 * Highlight colours: translucent so text stays readable on light and dark pages. The name of each CSS highlight is
 * `quotemark-<color>`; the page's scripts can see these names and ranges, never any note text.
 */
export const HIGHLIGHT_CSS: Record<Color, string> = {
  yellow: 'rgba(255, 214, 0, 0.45)',
  green: 'rgba(0, 200, 120, 0.35)',
  blue: 'rgba(0, 140, 255, 0.30)',
  pink: 'rgba(255, 64, 160, 0.30)',
  purple: 'rgba(150, 80, 255, 0.30)',
};

/** Reader-facing colour names (for labels: colour is never the only carrier of meaning). */
export const COLOR_LABELS: Record<Color, string> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
  purple: 'Purple',
};

/** Name of the CSS highlight that paints annotations of one colour. */
export const highlightName = (color: Color | 'focus'): string => `quotemark-${color}`;
