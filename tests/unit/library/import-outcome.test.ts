import { describe, expect, it } from 'vitest';
import { importOutcome } from '@/utils/library';

describe('importOutcome', () => {
  it('says what was new and updated, and mentions identical and kept copies only when there are some', () => {
    const none = { added: 0, replaced: 0, kept: 0, unchanged: 0 };
    expect(importOutcome(6, { ...none, added: 6 })).toBe('Imported 6 annotations: 6 new, 0 updated.');
    expect(importOutcome(6, { ...none, added: 1, replaced: 2, unchanged: 3 })).toBe(
      'Imported 6 annotations: 1 new, 2 updated, 3 already up to date.',
    );
    expect(importOutcome(6, { ...none, unchanged: 5, kept: 1 })).toBe(
      'Imported 6 annotations: 0 new, 0 updated, 5 already up to date, 1 kept as they are (edited here since).',
    );
  });
});
