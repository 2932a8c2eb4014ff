/**
 * Records the names a sentence mentions (people and organisations), so later surnames, pronouns, roles
 * and organisation nouns can be resolved. A person needs evidence to be used for pronouns: a title or
 * role ("Transport Minister", "his father, Hori Parata"), an age or "who" after the name ("Sarah Kemp,
 * who runs …"), or being quoted. A nickname in quotes inside a name is skipped ("Lorenzo «Lollo» Bianchi").
 * Trade-off: names with no evidence still serve surname look-ups, never pronouns.
 */
import type { EntityRegistry } from './entities';
import { FEMALE, MALE, NAME_STOP, PLACE_WORDS, ROLE_NOUNS, TITLES } from './lexicon';
import { CONNECTORS, isNameWord, isParticle } from './noun-phrase';
import { genderOf, orgName, rolesOf } from './speakers';
import type { Token } from './types';

const bare = (t: Token): string => t.lower.replace(/\.$/, '');

/** Registers every capitalised name run of `tokens`; `isNickname` tells a short quote inside a name. */
export function registerMentions(tokens: Token[], registry: EntityRegistry, isNickname: (t: Token) => boolean): void {
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens[i])) {
      i++;
      continue;
    }
    const next = tokens[i + 1];
    const single =
      !next ||
      (next.kind === 'w' ? !isNameWord(next) && !isParticle(next) && !CONNECTORS.has(next.lower) : next.kind !== 'q');
    if (single) {
      const known = registry.findPerson([tokens[i].text], tokens[i].start);
      if (known) registry.note(known, tokens[i].start);
      i++;
      continue;
    }
    const run: Token[] = [];
    let j = i;
    for (; j < tokens.length; j++) {
      const t = tokens[j];
      const between = isNameWord(tokens[j - 1]) && isNameWord(tokens[j + 1]);
      if (isNameWord(t) || (between && (isParticle(t) || CONNECTORS.has(t.lower)))) run.push(t);
      else if (between && t.kind === 'q' && isNickname(t)) continue;
      else break;
    }
    register(tokens, i, j, run, registry);
    i = j + 1;
  }
}

function register(tokens: Token[], from: number, to: number, run: Token[], registry: EntityRegistry): void {
  while (run.length && NAME_STOP.has(run[0].lower)) run.shift();
  if (run.length < 2) return; // a lone capitalised word names nobody new
  const pos = run[0].start;
  const org = orgName(run);
  if (org) {
    if (org.length >= 2) registry.add(org, 'org', pos);
    return;
  }
  // A person's name never spans "of"/"and": "Jamie Werner of Ngātiwai".
  const cut = run.findIndex((t) => !t.cap && CONNECTORS.has(t.lower));
  const part = cut > 0 ? run.slice(0, cut) : run;
  let title = -1;
  part.forEach((t, k) => {
    if (k < part.length - 1 && TITLES.has(bare(t))) title = k;
  });
  const name = part.slice(title + 1);
  if (name.some((t) => PLACE_WORDS.has(t.lower) || (t.text.length > 1 && t.text === t.text.toUpperCase()))) return;
  const before = context(tokens, from - 1, -1);
  const after = context(tokens, to, 1);
  const roles = [...rolesOf(part.slice(0, title + 1)), ...before.filter((w) => ROLE_NOUNS.has(w))];
  if (after[0] === ',') roles.push(...after.slice(1).filter((w) => ROLE_NOUNS.has(w)));
  const cues = [...part.slice(0, title + 1).map(bare), ...before];
  const gender = genderOf(part) ?? (cues.some((w) => MALE.has(w)) ? 'm' : cues.some((w) => FEMALE.has(w)) ? 'f' : null);
  const evidenced =
    title >= 0 || roles.length > 0 || (after[0] === ',' && /^(\d+|who|a|an|the|one)$/.test(after[1] ?? ''));
  const texts = name.map((t) => t.text);
  if (name.length >= 2) registry.add(texts, 'person', pos, { gender, roles, evidenced });
  else if (title >= 0) {
    const known = registry.findPerson(texts, pos, gender);
    if (known) registry.note(known, pos, { gender, roles });
  }
}

/** Up to four lower-case words next to a run (leftwards when `step` is -1), with a comma kept. */
function context(tokens: Token[], from: number, step: 1 | -1): string[] {
  const out: string[] = [];
  for (let k = from; k >= 0 && k < tokens.length && out.length < 4; k += step) {
    const t = tokens[k];
    if (t.kind === 'p' && t.text !== ',') break;
    if (t.kind === 'q') break;
    out.push(t.lower);
  }
  return out;
}
