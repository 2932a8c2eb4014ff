import type { DetectedQuote, SpeakerGroup } from '@/utils/quotes';

export interface QuotesPanelProps {
  groups: SpeakerGroup[];
  /** Highlights one detected quotation on the page as a quote or a claim, with its speaker filled in. */
  onAnnotate: (quote: DetectedQuote, kind: 'quote' | 'claim') => void;
}

const KIND_TEXT = { direct: 'Direct quote', partial: 'Partial quote', reported: 'Reported claim' } as const;

const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

/** "Quotes in this article": what the detector found, grouped by speaker, each one click from being annotated. */
export function QuotesPanel({ groups, onAnnotate }: QuotesPanelProps) {
  const count = groups.reduce((n, g) => n + g.quotes.length, 0);
  return (
    <section aria-labelledby="quotes-heading">
      <h2 id="quotes-heading" style={{ fontSize: '13px', margin: '10px 0 0' }}>
        Quotes in this article ({count})
      </h2>
      {count === 0 && <p class="muted">No quotations found.</p>}
      {groups.map((g) => (
        <fieldset key={g.speaker ?? '(none)'} style={{ border: 0, padding: 0, margin: '8px 0 0' }}>
          <legend style={{ fontSize: '12px', fontWeight: 'bold', padding: 0 }}>{g.speaker ?? 'Unattributed'}</legend>
          <ul style={{ padding: 0, margin: 0 }}>
            {g.quotes.map((q) => (
              <li key={q.start} style={{ listStyle: 'none', margin: '4px 0' }}>
                <q>{q.quote}</q>
                <div class="row" style={{ marginTop: '2px' }}>
                  <span class="muted" style={{ fontSize: '12px' }}>
                    {KIND_TEXT[q.kind]} · {Math.round(q.confidence * 100)}% sure
                  </span>
                  <button
                    type="button"
                    aria-label={`Highlight as quote: ${short(q.quote)}`}
                    onClick={() => onAnnotate(q, 'quote')}
                  >
                    Highlight as quote
                  </button>
                  <button
                    type="button"
                    aria-label={`Mark as claim: ${short(q.quote)}`}
                    onClick={() => onAnnotate(q, 'claim')}
                  >
                    Mark as claim
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
    </section>
  );
}
