import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BACKUP } from '@/utils/backup/schedule';
import { QuotemarkDB, SCHEMA_V1, SCHEMA_V5 } from '@/utils/db/schema';
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
    expect(db.verno).toBe(5);
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
    // v2's [pageUrl+kind] index is gone again since v5 (nothing queried it); the page index answers the popup.
    const onPage = await db.annotations.where('pageUrl').equals(base.pageUrl).toArray();
    expect(
      onPage
        .filter((a) => a.kind === 'claim')
        .map((a) => a.id)
        .sort(),
    ).toEqual(['c', 'c2']);
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
    expect(db.verno).toBe(5);
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
    expect(db.verno).toBe(5);
    expect(await db.annotations.get('q')).toMatchObject({ speaker: 'S', note: 'n' });
    expect(await db.snapshots.get(base.pageUrl)).toMatchObject({ title: 'T' });
    expect(await readBackupSettings(db)).toEqual(DEFAULT_BACKUP);
    await updateBackupSettings(db, (s) => ({ ...s, enabled: true }));
    expect((await readBackupSettings(db)).enabled).toBe(true);
    await db.delete();
  });
});

describe('v4 → v5', () => {
  it('a database written by v4 opens with every record and keeps only the indexes that are queried', async () => {
    const name = `upgrade5-${crypto.randomUUID()}`;
    const v4 = new Dexie(name);
    v4.version(1).stores(SCHEMA_V1);
    v4.version(2).stores({ annotations: `${SCHEMA_V1.annotations}, [pageUrl+kind]` });
    v4.version(3).stores({ snapshots: 'pageUrl, savedAt' });
    v4.version(4).stores({ settings: 'key' });
    const older = { ...base, id: 'old', kind: 'quote', speaker: 'S', createdAt: 1 } as const;
    const newer = { ...base, id: 'new', kind: 'highlight', createdAt: 5 } as const;
    const elsewhere = { ...base, id: 'other', kind: 'highlight', pageUrl: 'https://news.example/b' } as const;
    await v4.table('annotations').bulkAdd([older, newer, elsewhere]);
    await v4.table('pages').add({ url: base.pageUrl, urls: [base.pageUrl], title: 'T', firstSeen: 1, lastSeen: 2 });
    await v4.table('settings').put({ key: 'backup', value: { ...DEFAULT_BACKUP, enabled: true } });
    v4.close();

    const db = new QuotemarkDB(name);
    await db.open();
    expect(db.verno).toBe(5);
    const indexes = (table: 'annotations' | 'pages') =>
      db
        .table(table)
        .schema.indexes.map((i) => i.name)
        .sort();
    expect(indexes('annotations')).toEqual(SCHEMA_V5.annotations.split(', ').slice(1).sort());
    expect(indexes('pages')).toEqual([]);
    // The same indexes in the stored database itself, as a plain IndexedDB reader (the notes page's preview) sees it.
    const raw = db.backendDB().transaction(['annotations', 'pages']);
    expect([...raw.objectStore('annotations').indexNames].sort()).toEqual(['createdAt', 'pageUrl']);
    expect([...raw.objectStore('pages').indexNames]).toEqual([]);
    expect(await db.annotations.get('old')).toEqual(older);
    const onPage = await db.annotations.where('pageUrl').equals(base.pageUrl).primaryKeys();
    expect(onPage.sort()).toEqual(['new', 'old']);
    expect(await db.annotations.orderBy('createdAt').reverse().first()).toEqual(newer);
    expect(await db.pages.get(base.pageUrl)).toMatchObject({ title: 'T' });
    expect((await readBackupSettings(db)).enabled).toBe(true);
    await db.delete();
  });
});
