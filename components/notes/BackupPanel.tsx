import { describeLastBackup, describeNextBackup } from '@/utils/backup/describe';
import { type BackupStatus, FREQUENCIES, type Frequency } from '@/utils/backup/schedule';

/** Props of BackupPanel. */
export interface BackupPanelProps {
  /** Null until the background answered. */
  status: BackupStatus | null;
  /** A plain message from the last action (refused permission, an error), or empty. */
  message: string;
  /** Waiting for the permission prompt or the background. */
  pending: boolean;
  onToggle: (on: boolean) => void;
  onFrequency: (frequency: Frequency) => void;
  onRun: () => void;
}

const LABELS: Readonly<Record<Frequency, string>> = { daily: 'Daily', weekly: 'Weekly' };
const time = (ms: number) => new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * The notes page's (the options page's) Backup section: the "Automatic backup" switch, how often, the last backup
 * and its result, and "Back up now". Presentational: the connected half is entrypoints/notes/use-backup.ts.
 */
export function BackupPanel({ status, message, pending, onToggle, onFrequency, onRun }: BackupPanelProps) {
  const enabled = !!status?.settings.enabled;
  const next = status ? describeNextBackup(status, time) : '';
  return (
    <section class="backup" aria-labelledby="backup-title">
      <h2 id="backup-title">Backup</h2>
      <p class="muted">
        Saves all your notes as a JSON file in your downloads folder, under “Quotemark backups”. To restore them (after
        a new profile, say), use Import. Turning this on asks the browser to let Quotemark save files.
      </p>
      <div class="row backup-controls">
        <label class="inline">
          <input
            type="checkbox"
            role="switch"
            checked={enabled}
            aria-checked={enabled}
            disabled={!status || pending}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              e.currentTarget.checked = enabled; // the switch moves when the background says so
              onToggle(on);
            }}
          />
          Automatic backup
        </label>
        <label class="inline">
          Frequency
          <select
            value={status?.settings.frequency ?? 'daily'}
            disabled={!status || pending}
            onChange={(e) => onFrequency(e.currentTarget.value as Frequency)}
          >
            {FREQUENCIES.map((f) => (
              <option key={f} value={f}>
                {LABELS[f]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={!enabled || pending || !!status?.running} onClick={onRun}>
          Back up now
        </button>
      </div>
      <p role="status" id="backup-last">
        {status ? describeLastBackup(status, time) : 'Reading backup settings…'}
      </p>
      {next && <p class="muted">{next}</p>}
      {message && <p role="alert">{message}</p>}
    </section>
  );
}
