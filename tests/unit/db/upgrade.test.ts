import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BACKUP } from '@/utils/backup/schedule';
import { QuotemarkDB, SCHEMA_V1 } from '@/utils/db/schema';
import { readBackupSettings, updateBackupSettings } from '@/utils/db/settings';
import type { Annotation } from '@/utils/types';

const base = {
  pageUrl: 'https://news.example/a',
  quote: 'q',
  selectors: [{ type: 'TextQuoteSelector', exact: 'q' }],
  color: 'yellow',
  note: 'n',
  tags: ['t'],
  createdAt: 1,
  updatedAt: 2,
} as const;

describe('database upgrades', () => {
  it('v1 → v2: a database written by v1 opens with every record kept and claims/quotes completed', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.table('annotations').bulkAdd([
      { ...base, id: 'h', kind: 'highlight', speaker: 'stray' },
      { ...base, id: 'q', kind: 'quote' },
      { ...base, id: 'c', kind: 'claim', speaker: 'Minister' },
      {
        ...base,
        id: 'c2',
        kind: 'claim',
        verdict: 'false',
        evidence: [{ url: 'https://x.example', stance: 'refutes' }],
      },
    ]);
    await v1.table('pages').add({ url: base.pageUrl, urls: [base.pageUrl], title: 'T', firstSeen: 1, lastSeen: 2 });
    v1.close();

    const db = new QuotemarkDB(name);
    await db.open();
    expect(db.verno).toBe(4);
    const all = Object.fromEntries((await db.annotations.toArray()).map((a) => [a.id, a])) as Record<
      string,
      Annotation
    >;
    expect(Object.keys(all).sort()).toEqual(['c', 'c2', 'h', 'q']);
    expect('speaker' in all.h).toBe(false);
    expect(all.q.speaker).toBeNull();
    expect(all.c).toMatchObject({ speaker: 'Minister', verdict: 'unverified', evidence: [], note: 'n', tags: ['t'] });
    expect(all.c2).toMatchObject({ verdict: 'false', evidence: [{ url: 'https://x.example', stance: 'refutes' }] });
    expect(await db.pages.get(base.pageUrl)).toMatchObject({ title: 'T' });
    // The new index answers the popup's filter.
    const claims = await db.annotations.where('[pageUrl+kind]').equals([base.pageUrl, 'claim']).toArray();
    expect(claims.map((a) => a.id).sort()).toEqual(['c', 'c2']);
    await db.delete();
  });
});

describe('v2 → v3', () => {
  it('a database written by v2 opens with its notes and gains an empty snapshots table', async () => {
    const name = `upgrade3-${crypto.randomUUID()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores({ annotations: `${SCHEMA_V1.annotations}, [pageUrl+kind]` });
    await v2
      .table('annotations')
      .add({ ...base, id: 'c', kind: 'claim', verdict: 'mixed', evidence: [], speaker: null });
    v2.close();

    const db = new QuotemarkDB(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.annotations.get('c')).toMatchObject({ verdict: 'mixed', note: 'n' });
    expect(await db.snapshots.count()).toBe(0);
    await db.snapshots.put({
      pageUrl: base.pageUrl,
      url: base.pageUrl,
      title: 'T',
      byline: null,
      siteName: null,
      publishedTime: null,
      lang: null,
      html: '<p>x</p>',
      text: 'x',
      savedAt: 3,
    });
    expect(await db.snapshots.get(base.pageUrl)).toMatchObject({ text: 'x' });
    await db.delete();
  });
});

describe('v3 → v4', () => {
  it('a database written by v3 opens with its notes and snapshots and gains an empty settings table', async () => {
    const name = `upgrade4-${crypto.randomUUID()}`;
    const v3 = new Dexie(name);
    v3.version(1).stores(SCHEMA_V1);
    v3.version(2).stores({ annotations: `${SCHEMA_V1.annotations}, [pageUrl+kind]` });
    v3.version(3).stores({ snapshots: 'pageUrl, savedAt' });
    await v3.table('annotations').add({ ...base, id: 'q', kind: 'quote', speaker: 'S' });
    await v3.table('snapshots').add({ pageUrl: base.pageUrl, url: base.pageUrl, title: 'T', savedAt: 3 });
    v3.close();

    const db = new QuotemarkDB(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.annotations.get('q')).toMatchObject({ speaker: 'S', note: 'n' });
    expect(await db.snapshots.get(base.pageUrl)).toMatchObject({ title: 'T' });
    expect(await readBackupSettings(db)).toEqual(DEFAULT_BACKUP);
    await updateBackupSettings(db, (s) => ({ ...s, enabled: true }));
    expect((await readBackupSettings(db)).enabled).toBe(true);
    await db.delete();
  });
});
