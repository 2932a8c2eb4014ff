import type { ImportSummary } from '@/utils/library';

/** Where an import stands. */
export type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; name: string; loaded: number; total: number }
  | { step: 'checking'; name: string }
  | { step: 'review'; name: string; summary: ImportSummary }
  /** `sent` of `parts` messages answered; the last one's answer comes once everything is stored. */
  | { step: 'saving'; name: string; count: number; sent: number; parts: number }
  | { step: 'done'; message: string }
  | { step: 'failed'; message: string };

/** Props of ImportPanel. */
export interface ImportPanelProps {
  state: ImportState;
  onFile: (file: File) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Problems listed before "and N more". */
const SHOWN_PROBLEMS = 200;

/**
 * The "Import" file input, progress while a file is read and checked, then the review: every problem with its
 * place, and an import button only when there is something valid to import.
 */
export function ImportPanel({ state, onFile, onConfirm, onCancel }: ImportPanelProps) {
  const busy = state.step === 'reading' || state.step === 'checking' || state.step === 'saving';
  return (
    <div class="panel">
      <label class="file-button">
        Import
        <input
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          disabled={busy}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) onFile(file);
          }}
        />
      </label>
      {state.step !== 'idle' && (
        <section class="panel-body" aria-label="Import file">
          {state.step === 'reading' && (
            <>
              <p>Reading {state.name}…</p>
              <progress aria-label="Import progress" value={state.loaded} max={state.total || 1} />
            </>
          )}
          {state.step === 'checking' && (
            <>
              <p>Checking every record in {state.name}…</p>
              <progress aria-label="Import progress" />
            </>
          )}
          {state.step === 'saving' && (
            <>
              <p>Saving {state.count} annotations…</p>
              <progress aria-label="Import progress" value={state.sent} max={state.parts} />
            </>
          )}
          {state.step === 'review' && (
            <>
              <p role="status">{state.summary.headline}</p>
              {state.summary.problems.length > 0 && (
                <ul class="problems" aria-label="Problems">
                  {state.summary.problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
                    <li key={i}>{p}</li>
                  ))}
                  {state.summary.problems.length > SHOWN_PROBLEMS && (
                    <li>and {state.summary.problems.length - SHOWN_PROBLEMS} more</li>
                  )}
                </ul>
              )}
              <div class="row">
                {state.summary.action && (
                  <button type="button" class="primary" onClick={onConfirm}>
                    {state.summary.action}
                  </button>
                )}
                <button type="button" onClick={onCancel}>
                  {state.summary.action ? 'Cancel' : 'Close'}
                </button>
              </div>
            </>
          )}
          {(state.step === 'done' || state.step === 'failed') && (
            <div class="row">
              <p role={state.step === 'failed' ? 'alert' : 'status'}>{state.message}</p>
              <button type="button" onClick={onCancel}>
                Close
              </button>
            </div>
          )}
        </section>
      )}
    </div>
  );
}
