import type { BackupStatus } from '@/utils/backup/schedule';

const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/**
 * The options page's line about the last backup (pure; `time` formats a timestamp, the page passes the reader's
 * locale). Failures say why in plain words.
 */
export function describeLastBackup(status: BackupStatus, time: (ms: number) => string): string {
  if (status.running) return 'Backing up…';
  const last = status.settings.last;
  if (!last) return 'No backup yet.';
  if (!last.ok) return `Last backup failed (${time(last.at)}): ${last.error ?? 'unknown error'}`;
  if (last.count === 0) return `Last backup: ${time(last.at)} — nothing to back up yet.`;
  return `Last backup: ${time(last.at)} — ${plural(last.count, 'annotation')} saved to ${last.filename}.`;
}

/** "Next backup: …" while automatic backup is on and scheduled, else an empty string. */
export function describeNextBackup(status: BackupStatus, time: (ms: number) => string): string {
  return status.settings.enabled && status.nextAt !== null ? `Next backup: ${time(status.nextAt)}.` : '';
}
