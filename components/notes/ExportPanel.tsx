import { useEffect, useRef, useState } from 'preact/hooks';
import type { ExportFormat } from '@/utils/export';
import { EXPORT_FORMATS } from '@/utils/library';

/** Which annotations an export covers. */
export type ExportScope = 'shown' | 'all';

/** Props of ExportPanel. */
export interface ExportPanelProps {
  shown: number;
  total: number;
  /** Whether a search or filter narrows the list (then "shown" is the default scope). */
  narrowed: boolean;
  /** Line under the buttons ("Exported 12 annotations as CSV"). */
  status: string;
  busy: boolean;
  onExport: (format: ExportFormat, scope: ExportScope, to: 'download' | 'copy') => void;
}

/**
 * "Export" opens the choice of what (the annotations shown, or everything) and how: one button per format
 * downloads a file, the "Copy" beside it puts the same text on the clipboard. Escape or a click elsewhere closes it.
 */
export function ExportPanel({ shown, total, narrowed, status, busy, onExport }: ExportPanelProps) {
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState<ExportScope | null>(null);
  const scope = picked ?? (narrowed ? 'shown' : 'all');
  const root = useRef<HTMLDivElement>(null);
  // A click anywhere else closes it (it floats over the filters).
  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);
  return (
    <div class="panel" ref={root}>
      <button type="button" aria-expanded={open} aria-controls="export-panel" onClick={() => setOpen(!open)}>
        Export
      </button>
      {open && (
        <div
          id="export-panel"
          class="panel-body"
          role="dialog"
          aria-label="Export options"
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            setOpen(false);
            (e.currentTarget.previousElementSibling as HTMLElement | null)?.focus();
          }}
        >
          <fieldset class="plain">
            <legend>What to export</legend>
            <label class="inline">
              <input type="radio" name="export-scope" checked={scope === 'shown'} onChange={() => setPicked('shown')} />
              Shown ({shown})
            </label>
            <label class="inline">
              <input type="radio" name="export-scope" checked={scope === 'all'} onChange={() => setPicked('all')} />
              Everything ({total})
            </label>
          </fieldset>
          <ul class="export-formats">
            {EXPORT_FORMATS.map(({ format, label }) => (
              <li key={format} class="row">
                <button type="button" disabled={busy} onClick={() => onExport(format, scope, 'download')}>
                  {label}
                </button>
                <button
                  type="button"
                  disabled={busy}
                  aria-label={`Copy ${label}`}
                  onClick={() => onExport(format, scope, 'copy')}
                >
                  Copy
                </button>
              </li>
            ))}
          </ul>
          <p role="status" class="muted">
            {status}
          </p>
        </div>
      )}
    </div>
  );
}
