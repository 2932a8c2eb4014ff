import { describe, expect, it } from 'vitest';
import { PART_CHARS, splitPayload } from '@/entrypoints/notes/library-tasks';
import { LIBRARY, PAGES } from './fixtures';

const parse = (parts: string[]) => parts.map((p) => JSON.parse(p) as { annotations: unknown[]; pages: unknown[] });

describe('splitPayload (an import sent in parts)', () => {
  it('is one part when everything fits', () => {
    expect(splitPayload(LIBRARY, PAGES)).toEqual([JSON.stringify({ annotations: LIBRARY, pages: PAGES })]);
    expect(PART_CHARS).toBeLessThan(64 * 1024 * 1024);
  });

  it.each([300, 700, 2000])(
    'keeps parts under %i characters (unless one record is longer) and loses nothing',
    (max) => {
      const parts = splitPayload(LIBRARY, PAGES, max);
      const longest = Math.max(...[...LIBRARY, ...PAGES].map((r) => JSON.stringify(r).length));
      for (const p of parts) expect(p.length).toBeLessThanOrEqual(Math.max(max, longest) + 40);
      const back = parse(parts);
      expect(back.flatMap((p) => p.annotations)).toEqual(LIBRARY);
      expect(back.flatMap((p) => p.pages)).toEqual(PAGES);
      if (max < 1000) expect(parts.length).toBeGreaterThan(1);
    },
  );

  it('still gives one (empty) part for nothing', () => {
    expect(parse(splitPayload([], []))).toEqual([{ annotations: [], pages: [] }]);
  });
});
