/**
 * Turns a speaker noun phrase into a speaker string: titles and roles stripped ("Kremlin spokesperson
 * Dmitry Peskov" → "Dmitry Peskov"), surnames, pronouns, roles and organisation nouns resolved through
 * the entity registry, and anything unresolved kept as written ("officials", "the ministry").
 * Trade-off: a single capitalised word that names no known person ("Russia", "Brightloop") is returned
 * as it stands; the detector does not try to tell countries from companies.
 */
import { type Entity, type EntityRegistry, type Gender, nameKey } from './entities';
import { FEMALE, GROUP_NOUNS, MALE, ORG_HEADS, ORG_NOUNS, PLACE_WORDS, PRONOUNS, ROLE_NOUNS, TITLES } from './lexicon';
import { CONNECTORS, DETS, isNameWord, isParticle, PREPOSITIONS } from './noun-phrase';
import type { Token } from './types';

/** What a noun phrase names. */
export type PhraseMeaning =
  | { type: 'pronoun'; word: string }
  | { type: 'name'; name: string[]; roles: string[]; gender: Gender }
  | { type: 'org'; name: string[] }
  | { type: 'generic'; text: string; head: string; words: string[]; gender: Gender };

/** How a speaker was found; used for confidence. */
export type Resolution = 'name' | 'surname' | 'pronoun' | 'role' | 'org' | 'generic';

/** A resolved speaker. */
export interface Speaker {
  name: string;
  entity: Entity | null;
  via: Resolution;
}

const bare = (t: Token): string => t.lower.replace(/\.$/, '');

/** Gender a phrase's honorifics and role words imply ("Mr", "spokeswoman", "her husband"). */
export function genderOf(tokens: Token[]): Gender {
  for (const t of tokens) {
    if (MALE.has(t.lower)) return 'm';
    if (FEMALE.has(t.lower)) return 'f';
  }
  return null;
}

/** Role words of a phrase ("Foreign Minister" → minister). */
export const rolesOf = (tokens: Token[]): string[] => tokens.map(bare).filter((w) => ROLE_NOUNS.has(w));

/** The trailing run of capitalised words of `tokens` that ends in an organisation head, if any. */
export function orgName(tokens: Token[]): string[] | null {
  let a = tokens.length - 1;
  while (a > 0 && (isNameWord(tokens[a - 1]) || (CONNECTORS.has(tokens[a - 1].lower) && isNameWord(tokens[a - 2]))))
    a--;
  const run = tokens.slice(a).filter((t, k) => k > 0 || !DETS.has(t.lower));
  if (!run.length || !isNameWord(run[run.length - 1])) return null;
  const isOrg = run.some(
    (t, k) => ORG_HEADS.has(t.lower) && (k === run.length - 1 || CONNECTORS.has(run[k + 1].lower)),
  );
  return isOrg ? run.map((t) => t.text) : null;
}

/** Reads a noun phrase: pronoun, person's name (titles stripped), organisation, or a generic phrase. */
export function meaningOf(np: Token[]): PhraseMeaning | null {
  if (!np.length) return null;
  if (np.length === 1 && PRONOUNS.has(np[0].lower)) return { type: 'pronoun', word: np[0].lower };
  const org = orgName(np);
  if (org) return { type: 'org', name: org };
  // "The leader of Ennahda" is about the leader; "fact checker and staff writer David Emery" is David Emery.
  const endsInName = isNameWord(np[np.length - 1]);
  const cut = np.findIndex(
    (t, k) => k > 0 && !t.cap && (PREPOSITIONS.has(t.lower) || (t.lower === 'and' && !endsInName)),
  );
  const core = cut > 0 ? np.slice(0, cut) : np;
  const gender = genderOf(core);
  const last = core[core.length - 1];
  if (isNameWord(last)) {
    let a = core.length - 1;
    while (a > 0 && (isNameWord(core[a - 1]) || isParticle(core[a - 1]))) a--;
    const run = core.slice(a);
    let title = -1;
    run.forEach((t, k) => {
      if (k < run.length - 1 && TITLES.has(bare(t))) title = k;
    });
    if (TITLES.has(bare(last)) && title === run.length - 2) title = run.length - 1;
    const name = run.slice(title + 1).map((t) => t.text.replace(/['’]s$/, ''));
    if (name.length) return { type: 'name', name, roles: rolesOf(core), gender };
  }
  const words = core.filter((t) => !DETS.has(t.lower)).map((t) => t.lower);
  const text = np.map((t, k) => (k === 0 && DETS.has(t.lower) ? t.lower : t.text)).join(' ');
  return { type: 'generic', text, head: bare(last), words, gender };
}

/** Resolves a speaker phrase at text offset `pos`; null for I/we and unresolvable pronouns. */
export function resolveSpeaker(np: Token[] | null, registry: EntityRegistry, pos: number): Speaker | null {
  const m = np ? meaningOf(np) : null;
  if (!m) return null;
  if (m.type === 'pronoun') {
    const e = registry.resolvePronoun(m.word, pos);
    return e ? { name: e.name, entity: e, via: 'pronoun' } : null;
  }
  if (m.type === 'org') {
    const known = registry.findOrg(m.name.map(nameKey), pos);
    const e = known && known.keys.length >= m.name.length ? known : registry.add(m.name, 'org', pos);
    registry.note(e, pos);
    return { name: e.name, entity: e, via: 'org' };
  }
  if (m.type === 'name') {
    const info = { gender: m.gender, roles: m.roles, evidenced: true };
    if (m.name.length >= 2 && !m.name.some((w) => PLACE_WORDS.has(w.toLowerCase()))) {
      const known = registry.findPerson(m.name, pos, m.gender);
      const e = known ?? registry.add(m.name, 'person', pos, info);
      registry.note(e, pos, info);
      return { name: e.name, entity: e, via: 'name' };
    }
    const e = registry.findPerson(m.name, pos, m.gender);
    if (e) registry.note(e, pos, info);
    return e ? { name: e.name, entity: e, via: 'surname' } : { name: m.name.join(' '), entity: null, via: 'name' };
  }
  if (ROLE_NOUNS.has(m.head)) {
    const e = registry.findRole(m.head, pos);
    if (e) return { name: e.name, entity: e, via: 'role' };
  }
  if (ORG_NOUNS.has(m.head)) {
    const e = registry.findOrg(m.words, pos);
    if (e) return { name: e.name, entity: e, via: 'org' };
  }
  const group = GROUP_NOUNS.has(m.head);
  const e = group || ORG_NOUNS.has(m.head) ? registry.add([m.text], group ? 'group' : 'org', pos) : null;
  return { name: m.text, entity: e, via: 'generic' };
}
