/**
 * Deterministic UUID-shaped ids for imported records that bring no UUID of their own (Hypothesis rows, foreign
 * Web Annotations): the same input always gives the same id, so importing a file twice updates instead of
 * duplicating. Synchronous and pure (no Web Crypto, which is async): a 128-bit non-cryptographic hash, four
 * 32-bit FNV-1a lanes with distinct seeds, each finished with the MurmurHash3 avalanche step. Collisions are
 * astronomically unlikely for honest input; a hostile file could forge an id, but it could also just write one.
 */

const SEEDS = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b] as const;

function avalanche(h: number): number {
  let x = h;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** 32 hex digits hashed from every UTF-16 unit of `input` (lone surrogates included, nothing is lost). */
export function hash128(input: string): string {
  const lanes = SEEDS.map((seed, lane) => {
    let h: number = seed;
    for (let i = 0; i < input.length; i++) {
      h ^= input.charCodeAt(i) + lane;
      h = Math.imul(h, 0x01000193);
    }
    h ^= input.length;
    return avalanche(h);
  });
  // Mix lanes into each other so a change in any one spreads to all.
  const mixed = lanes.map((h, i) => avalanche(h ^ Math.imul(lanes[(i + 1) % 4], 0x27d4eb2d)));
  return mixed.map((h) => h.toString(16).padStart(8, '0')).join('');
}

/**
 * A UUID (version 8, RFC 9562's "custom" layout) derived from `namespace` and `name`: the version and variant
 * bits are set so it passes any UUID check, the other 122 bits come from `hash128`.
 */
export function stableUuid(namespace: string, name: string): string {
  const hex = hash128(`${namespace}\u0000${name}`).split('');
  hex[12] = '8';
  hex[16] = ((Number.parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
