/** Small seeded PRNG (mulberry32) and helpers, so every run samples and mutates the same way. */

/** A function returning floats in [0, 1) from a 32-bit seed. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 32-bit FNV-1a hash of a string (seed per page name). */
export function hash(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Integer in [lo, hi]. */
export const int = (rng, lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
/** One element of a non-empty array. */
export const pickOne = (rng, list) => list[Math.floor(rng() * list.length)];

const WORDS = (
  'agency analysts board budget city council committee county court data deal decision director economy election ' +
  'energy experts families federal figures funding government group health housing industry investigation issue ' +
  'lawmakers leaders market measure members ministry money officials order plan police policy program project ' +
  'proposal public question record region report research residents results review rules schools service ' +
  'spokesperson staff state statement study support system team technology trade value vote water week workers year'
).split(' ');
const VERBS = 'said announced expected approved rejected reviewed described reported confirmed questioned'.split(' ');

/** A plausible news-like sentence built from a fixed vocabulary (for inserted content and word edits). */
export function sentence(rng) {
  const n = int(rng, 6, 14);
  const words = [pickOne(rng, WORDS)];
  for (let i = 1; i < n; i++) words.push(i === 2 ? pickOne(rng, VERBS) : pickOne(rng, WORDS));
  const s = words.join(' ');
  return `${s[0].toUpperCase()}${s.slice(1)}.`;
}

/** A replacement word different from `word`, of similar length. */
export function otherWord(rng, word) {
  for (let i = 0; i < 20; i++) {
    const w = pickOne(rng, WORDS);
    if (w !== word.toLowerCase() && Math.abs(w.length - word.length) <= 3)
      return /^\p{Lu}/u.test(word) ? w[0].toUpperCase() + w.slice(1) : w;
  }
  return `${word}x`;
}
