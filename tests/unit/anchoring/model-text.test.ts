/** Pure pieces of the text model and of block agreement: raw text → model text, blocks, and the repetition mark. */
import { blockAgreement, blockSpan } from '@/utils/anchoring/block-agreement';
import { markOf, markRepetition, prefixRule, suffixRule } from '@/utils/anchoring/context-rule';
import { BLOCK_MARK as M, modelText } from '@/utils/anchoring/model-text';
import { rawAt } from '@/utils/anchoring/segments';

describe('modelText', () => {
  test.each([
    ['single spaces of any kind become plain spaces', 'a\nb\tc\u00a0d', 'a b c d', []],
    ['whitespace runs collapse to one space', 'a  \n  b', 'a b', []],
    ['a block mark between words is a space and starts a block', `one${M}two`, 'one two', [4]],
    ['a mark inside whitespace adds no second space', `one ${M}\n two`, 'one two', [4]],
    [
      'invisible characters are dropped, also next to a mark',
      `in\u00adcred\u200bible${M}\u200bx`,
      'incredible x',
      [11],
    ],
    ['leading and trailing gaps are dropped', `  ${M} a b ${M}  `, 'a b', []],
    ['nothing but gaps is no text', ` ${M}\u200b `, '', []],
  ])('%s', (_name, raw, text, blocks) => {
    const m = modelText(raw);
    expect(m.text).toBe(text);
    expect([...m.blockStarts]).toEqual(blocks);
  });

  test('every model character maps back to a raw character it stands for', () => {
    const raw = `  Hello \n\u00adworld${M}next\u200b line  `;
    const m = modelText(raw);
    const model = { text: m.text, segments: m.segments } as Parameters<typeof rawAt>[0];
    for (let i = 0; i < m.text.length; i++) {
      const c = raw[rawAt(model, i)];
      if (m.text[i] === ' ') expect(/\s|\ufdd0/.test(c) || c === 'n').toBe(true);
      else expect(c).toBe(m.text[i]);
    }
  });
});

describe('blockAgreement', () => {
  // Three blocks: "aaa one two three", "Quote here tail words", "zzz end".
  const text = 'aaa one two three Quote here tail words zzz end';
  const blocks = Int32Array.from([18, 40]);
  const at = text.indexOf('here');

  test('the block around a span runs from its block start to the space before the next block', () => {
    expect(blockSpan(blocks, text.length, at, at + 4)).toEqual([18, 39]);
  });

  test.each([
    [
      'context agreeing up to both block edges (and past them) is complete',
      'three Quote ',
      ' tail words zzz',
      17,
      true,
    ],
    ['context that differs inside the block is not', 'three Quota ', ' tail words zzz', 12, false],
    ['context shorter than the block only has to agree where it reaches', 'uote ', ' tai', 9, true],
    ['a new neighbour outside the block does not matter', 'xxxxx Quote ', ' tail words yyy', 17, true],
  ])('%s', (_name, prefix, suffix, chars, complete) => {
    expect(blockAgreement(text, blocks, prefix, suffix, at, at + 4)).toEqual({ chars, complete });
  });
});

describe('repetition mark', () => {
  const text =
    'Officials met on Monday. The committee said the budget review would take place next week, after a vote.';
  const start = text.indexOf('budget');
  const end = start + 'budget review'.length;
  const rules: [number, number] = [prefixRule(text, start), suffixRule(text, end)];
  const room: [number, number] = [start, text.length - end];

  test.each([
    ['unique', false],
    ['repeated', false],
    ['repeated', true],
    ['twinned', true],
  ] as const)('level %s with block twin %s survives the round trip', (level, twin) => {
    const [p, s] = markRepetition(rules, rules, room, level, twin);
    const mark = markOf(text.slice(start, end), text.slice(start - p, start), text.slice(end, end + s));
    expect(mark).toEqual({ level, blockTwin: twin });
  });
});
