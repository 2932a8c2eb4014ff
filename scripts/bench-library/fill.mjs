// Fills the extension's IndexedDB from one of its pages (same origin as the database) with a seeded, realistic
// library: articles from a few dozen outlets, highlights/quotes/claims with speakers, verdicts, tags, notes and
// evidence, spread over two years. Everything is generated inside the page, so nothing large crosses the CDP pipe.

/** Writes `articles * perArticle` annotations and `articles` pages; resolves to the counts written. */
export async function fillLibrary(page, { articles, perArticle, seed }) {
  // The database must exist with the extension's schema: the notes page opens it through Dexie on load.
  await page.waitForFunction(() => document.getElementById('summary') !== null);
  return page.evaluate(
    async ({ articles, perArticle, seed }) => {
      let s = seed >>> 0;
      const rnd = () => {
        s = (s + 0x6d2b79f5) >>> 0;
        let t = s;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
      const pick = (list) => list[Math.floor(rnd() * list.length)];
      const words = `the a of to and in that said minister budget election climate court strike vaccine border
        inflation talks government parliament vote policy report city council police health school energy prices
        workers union market growth crisis war peace deal summit leaders official spokesperson statement data
        survey percent million billion year week month today yesterday new old first last public private national
        local international security economy tax taxes jobs unemployment housing rent transport water flood fire
        storm drought farmers food trade exports imports bank rates interest debt deficit reform law ruling judge
        appeal trial evidence investigation scandal resign campaign poll voters turnout candidate party coalition
        opposition protest rally march hospital doctors nurses patients research scientists study university
        students teachers children families rights freedom press media online platform technology companies`
        .split(/\s+/)
        .filter(Boolean);
      const sentence = (min, max) => {
        const n = min + Math.floor(rnd() * (max - min));
        const out = [];
        for (let i = 0; i < n; i++) out.push(pick(words));
        out[0] = out[0][0].toUpperCase() + out[0].slice(1);
        return `${out.join(' ')}.`;
      };
      const first =
        'Ana Ben Chloé Dmitri Emma Farid Grace Hiro Ines José Kofi Lena Mateo Nadia Omar Priya Quinn Rosa Sven Tariq'.split(
          ' ',
        );
      const last =
        'Alvarez Brown Chen Dubois Eriksen Fischer García Haddad Ito Jansen Kowalski Larsen Müller Nakamura Okafor Petrov Rossi Silva Tanaka Zhou'.split(
          ' ',
        );
      const speakers = Array.from({ length: 400 }, (_, i) => `${first[i % 20]} ${last[Math.floor(i / 20) % 20]}`);
      const sites = Array.from({ length: 60 }, (_, i) => ({
        name: `${pick(['Daily', 'Evening', 'Global', 'City'])} ${pick(['Herald', 'Times', 'Post', 'Chronicle', 'Wire'])} ${i}`,
        host: `news${i}.example.com`,
      }));
      const tags = Array.from({ length: 150 }, (_, i) => `${pick(words)}-${i}`);
      const kinds = ['highlight', 'highlight', 'highlight', 'quote', 'quote', 'claim'];
      const verdicts = ['unverified', 'true', 'mostly-true', 'mixed', 'misleading', 'false', 'unprovable'];
      const colors = ['yellow', 'green', 'blue', 'pink', 'purple'];
      const now = Date.UTC(2025, 5, 1);
      const span = 2 * 365 * 86_400_000;

      const db = await new Promise((ok, fail) => {
        const r = indexedDB.open('quotemark');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      const put = (store, records) =>
        new Promise((ok, fail) => {
          const tx = db.transaction(store, 'readwrite');
          const os = tx.objectStore(store);
          for (const r of records) os.put(r);
          tx.oncomplete = ok;
          tx.onerror = () => fail(tx.error);
        });
      let written = 0;
      let batch = [];
      const pages = [];
      for (let p = 0; p < articles; p++) {
        const site = pick(sites);
        const url = `https://${site.host}/${2023 + Math.floor(rnd() * 3)}/story-${p}`;
        const seen = now - Math.floor(rnd() * span);
        pages.push({
          url,
          urls: [url],
          title: sentence(6, 13).slice(0, -1),
          byline: rnd() < 0.7 ? pick(speakers) : null,
          siteName: rnd() < 0.9 ? site.name : null,
          publishedTime: rnd() < 0.8 ? new Date(seen - 86_400_000).toISOString() : null,
          lang: 'en',
          excerpt: sentence(15, 30),
          firstSeen: seen,
          lastSeen: seen + 3_600_000,
        });
        let at = 0;
        for (let k = 0; k < perArticle; k++) {
          const kind = pick(kinds);
          const quote = sentence(8, 40);
          at += 50 + Math.floor(rnd() * 400);
          const created = seen + k * 60_000;
          const a = {
            id: crypto.randomUUID(),
            pageUrl: url,
            kind,
            quote,
            selectors: [
              {
                type: 'TextQuoteSelector',
                exact: quote,
                prefix: sentence(4, 6).slice(-32),
                suffix: sentence(4, 6).slice(0, 32),
              },
              { type: 'TextPositionSelector', start: at, end: at + quote.length },
            ],
            color: pick(colors),
            note: rnd() < 0.5 ? sentence(5, 30) : '',
            tags: Array.from({ length: Math.floor(rnd() * 4) }, () => pick(tags)),
            createdAt: created,
            updatedAt: created,
            anchor: { status: 'exact', at: created },
          };
          if (kind !== 'highlight') a.speaker = pick(speakers);
          if (kind === 'claim') {
            a.verdict = pick(verdicts);
            a.evidence = [
              {
                url: `https://evidence.example.org/${p}/${k}`,
                stance: pick(['supports', 'refutes', 'context']),
                title: sentence(3, 8),
              },
            ];
          }
          at += quote.length;
          batch.push(a);
        }
        if (batch.length >= 5000) {
          await put('annotations', batch);
          written += batch.length;
          batch = [];
        }
      }
      if (batch.length) await put('annotations', batch);
      written += batch.length;
      await put('pages', pages);
      db.close();
      return { annotations: written, pages: pages.length };
    },
    { articles, perArticle, seed },
  );
}
