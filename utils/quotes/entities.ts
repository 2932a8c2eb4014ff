/**
 * The people, organisations and groups an article has mentioned so far, and what later references
 * resolve to: a surname or first name to the full name ("Fidan" → "Hakan Fidan"), a pronoun to the last
 * subject of that gender, a role ("the president") to the last person holding it, an organisation noun
 * ("the ministry") to the last organisation with that head.
 * Trade-off: only mentions before the reference count (articles introduce people first); an ambiguous
 * surname goes to the person introduced first, which is the article's usual convention.
 */

/** Grammatical gender, when known. */
export type Gender = 'm' | 'f' | null;

/** A person, organisation or group the article mentioned. */
export interface Entity {
  name: string;
  keys: string[];
  kind: 'person' | 'org' | 'group';
  gender: Gender;
  roles: Set<string>;
  firstPos: number;
  lastPos: number;
  /** The text shows it is a person (title, role, age, "who", speaker of a quote). */
  evidenced: boolean;
}

/** What is known about a new mention. */
export interface MentionInfo {
  gender?: Gender;
  roles?: Iterable<string>;
  evidenced?: boolean;
}

/** Comparison key of a name token: lower case, no Arabic article prefix, no possessive, no final dot. */
export const nameKey = (token: string): string =>
  !/[-'’.]/.test(token)
    ? token.toLowerCase()
    : token
        .toLowerCase()
        .replace(/^(al|el|ad|ar|as|ash|at|az)-/, '')
        .replace(/['’]s$/, '')
        .replace(/\.$/, '');

function isSubsequence(part: string[], whole: string[]): boolean {
  let k = 0;
  for (const w of whole) if (k < part.length && part[k] === w) k++;
  return k === part.length;
}

/** Mentions of one article, in reading order. */
export class EntityRegistry {
  private readonly entities: Entity[] = [];
  private readonly subjects: { pos: number; entity: Entity }[] = [];
  /** Entities by each key of their name, and persons by role: look-ups stay fast on long pages. */
  private readonly byKey = new Map<string, Entity[]>();
  private readonly byRole = new Map<string, Entity[]>();

  private withKey(key: string): Entity[] {
    return this.byKey.get(key) ?? [];
  }

  private index(e: Entity): void {
    for (const k of e.keys) {
      const list = this.byKey.get(k);
      if (!list) this.byKey.set(k, [e]);
      else if (!list.includes(e)) list.push(e);
    }
  }

  /** Records a named mention; a name contained in a known one (or containing it) is the same entity. */
  add(tokens: string[], kind: Entity['kind'], pos: number, info: MentionInfo = {}): Entity {
    const keys = tokens.map(nameKey);
    const sameLast = (e: Entity) => kind !== 'person' || e.keys[e.keys.length - 1] === keys[keys.length - 1];
    const same = (x: Entity) =>
      x.kind === kind && sameLast(x) && (isSubsequence(keys, x.keys) || isSubsequence(x.keys, keys));
    let e: Entity | undefined;
    for (const k of keys) {
      e = this.withKey(k).find(same);
      if (e) break;
    }
    if (!e) {
      e = {
        name: tokens.join(' '),
        keys,
        kind,
        gender: null,
        roles: new Set(),
        firstPos: pos,
        lastPos: pos,
        evidenced: false,
      };
      this.entities.push(e);
      this.index(e);
    } else if (keys.length > e.keys.length) {
      e.name = tokens.join(' ');
      e.keys = keys;
      this.index(e);
    }
    this.note(e, pos, info);
    return e;
  }

  /** Updates a known entity with a new mention. */
  note(e: Entity, pos: number, info: MentionInfo = {}): void {
    e.lastPos = Math.max(e.lastPos, pos);
    if (info.gender && !e.gender) e.gender = info.gender;
    for (const r of info.roles ?? []) {
      if (e.roles.has(r)) continue;
      e.roles.add(r);
      const list = this.byRole.get(r);
      if (list) list.push(e);
      else this.byRole.set(r, [e]);
    }
    if (info.evidenced) e.evidenced = true;
  }

  /** The person a partial name refers to ("Fidan", "Te Kaurinui"), of a compatible gender. */
  findPerson(tokens: string[], pos: number, gender: Gender = null): Entity | null {
    const keys = tokens.map(nameKey);
    let best: Entity | null = null;
    for (const e of this.withKey(keys[0])) {
      if (e.kind !== 'person' || e.firstPos > pos || !isSubsequence(keys, e.keys)) continue;
      if (gender && e.gender && e.gender !== gender) continue;
      if (!best || rank(e, gender) > rank(best, gender)) best = e;
    }
    return best;
  }

  /** The organisation last mentioned whose name holds every word of `words` ("conservation department"). */
  findOrg(words: string[], pos: number): Entity | null {
    const candidates = this.withKey(words[words.length - 1]);
    return latest(candidates, (e) => e.kind === 'org' && e.firstPos <= pos && words.every((w) => e.keys.includes(w)));
  }

  /** The person last mentioned with this role ("president"). */
  findRole(role: string, pos: number): Entity | null {
    return latest(this.byRole.get(role) ?? [], (e) => e.kind === 'person' && e.firstPos <= pos);
  }

  /** Records that `e` is the subject of a sentence or the speaker of a quote at `pos`. */
  noteSubject(e: Entity, pos: number): void {
    let i = this.subjects.length;
    while (i > 0 && this.subjects[i - 1].pos > pos) i--;
    this.subjects.splice(i, 0, { pos, entity: e });
    this.note(e, pos);
  }

  /** The entity a pronoun at `pos` stands for: the last subject of matching kind and gender. */
  resolvePronoun(pronoun: string, pos: number): Entity | null {
    const want = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null;
    const fits = (e: Entity) => {
      if (pronoun === 'it') return e.kind === 'org';
      if (pronoun === 'they') return e.kind === 'group' || e.kind === 'org';
      return e.kind === 'person' && (!e.gender || e.gender === want);
    };
    for (let i = this.subjects.length - 1; i >= 0; i--) {
      const { pos: at, entity } = this.subjects[i];
      if (at >= pos || !fits(entity)) continue;
      if (want && !entity.gender) entity.gender = want;
      return entity;
    }
    if (!want) return null;
    // No subject yet ("From the deck of his schooner, skipper Wade Bassi has …"): the last person mentioned.
    const other = want === 'm' ? 'f' : 'm';
    const e = latest(this.entities, (x) => x.kind === 'person' && x.evidenced && x.lastPos < pos && x.gender !== other);
    if (e && !e.gender) e.gender = want;
    return e;
  }
}

/** Preference among people a partial name fits: the right gender, then evidence of being a person. */
const rank = (e: Entity, gender: Gender): number => (gender && e.gender === gender ? 2 : 0) + (e.evidenced ? 1 : 0);

function latest(list: Entity[], test: (e: Entity) => boolean): Entity | null {
  let best: Entity | null = null;
  for (const e of list) if (test(e) && (!best || e.lastPos > best.lastPos)) best = e;
  return best;
}
