/** A small news article for table-driven anchoring tests: repeated names, typographic quotes, page furniture. */
export const ARTICLE = `<!doctype html><html><head><title>Talks</title><style>p { color: red }</style></head><body>
<header data-k="nav"><a href="/">World</a> <a href="/p">Politics</a></header>
<script>window.config = { "story": "Fidan said talks would resume" };</script>
<article>
  <h1 data-k="h1">Fidan calls for an end to the “bloody war” as talks resume</h1>
  <p data-k="p1">The third round of negotiations between Russia and Ukraine took place on the evening of July 23 in
    Istanbul, as Turkish Foreign Minister Hakan Fidan urged both sides to end the “bloody war” that has raged for
    over three years.</p>
  <p data-k="p2">“Our goal is to end this bloody war as soon as possible. The ultimate aim is a ceasefire that paves
    the way for peace,” said Fidan during the opening of the talks at the Ciragan Palace.</p>
  <p data-k="p3">Turkey, which maintains strong relations with both neighbours on the Black Sea, has provided drones
    to Ukraine but has not joined Western sanctions against Moscow. Officials in Ankara said Fidan would meet
    both delegations again on Thursday.</p>
  <p data-k="p4" hidden>Fidan hidden note that no reader can see.</p>
  <p data-k="p5">The Ukrainian delegation was led by Rustem Umerov, who said Kyiv was ready for a full ceasefire —
    and for a meeting of the two presidents — before the end of August. Fidan welcomed the proposal.</p>
  <p data-k="p6">The Russian side, headed by Vladimir Medinsky, said the memorandums exchanged in June were “far
    apart” and that work on them would continue. Medinsky did not rule out further prisoner exchanges.</p>
  <p data-k="p7">Analysts in Istanbul said the talks had produced humanitarian results but little political
    progress; Fidan said he remained hopeful that the next round would go further.</p>
  <div style="display: none" data-k="hidden">Fidan said talks would resume, in an invisible teaser.</div>
</article>
<aside data-k="related"><h2>Related</h2><ul><li>Fidan meets Rubio in Washington</li><li>Grain corridor deal extended</li></ul></aside>
<footer data-k="footer">© 2025 RKS NEWS</footer>
</body></html>`;
