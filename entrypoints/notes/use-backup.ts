import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { BackupPanelProps } from '@/components/notes/BackupPanel';
import { BACKUP_PERMISSION, type BackupStatus, type Frequency } from '@/utils/backup/schedule';
import { send } from '@/utils/messaging/client';

const REFUSED =
  'Automatic backup stays off: Quotemark was not allowed to save files. Turn it on again to be asked again.';

/**
 * The Backup section's state. Turning backup on first asks for the `downloads` permission — in the click itself, as
 * browsers require a user gesture — and only then tells the background; turning it off gives the permission back.
 */
export function useBackup(): BackupPanelProps {
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [message, setMessage] = useState('');
  const [pending, setPending] = useState(false);

  const refresh = async () => {
    const r = await send({ type: 'backup.get' });
    if (r.ok) setStatus(r.data);
    else setMessage(`Backup settings could not be read: ${r.error}`);
  };
  useEffect(() => {
    void refresh();
    const listener = (m: unknown) => {
      if ((m as { type?: string } | null)?.type === 'backup.changed') void refresh();
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, []);

  const configure = async (enabled: boolean, frequency: Frequency) => {
    const r = await send({ type: 'backup.configure', enabled, frequency });
    if (r.ok) setStatus(r.data);
    setMessage(r.ok ? '' : `Automatic backup stays off: ${r.error}`);
  };

  const frequency = status?.settings.frequency ?? 'daily';
  return {
    status,
    message,
    pending,
    onToggle: (on) => {
      if (!on) {
        setPending(true);
        void configure(false, frequency).finally(() => setPending(false));
        return;
      }
      // No await before this call: the permission prompt needs the click's user gesture.
      const asked = browser.permissions.request({ permissions: [BACKUP_PERMISSION] });
      setPending(true);
      setMessage('Waiting for your answer: allow Quotemark to save files in your downloads folder…');
      void asked
        .then((granted) => (granted ? configure(true, frequency) : setMessage(REFUSED)))
        .catch((e: unknown) => setMessage(`Automatic backup stays off: ${e instanceof Error ? e.message : String(e)}`))
        .finally(() => setPending(false));
    },
    onFrequency: (f) => {
      setPending(true);
      void configure(status?.settings.enabled ?? false, f).finally(() => setPending(false));
    },
    onRun: () => {
      setPending(true);
      void send({ type: 'backup.run' })
        .then((r) => (r.ok ? setStatus(r.data) : setMessage(`Backup failed: ${r.error}`)))
        .finally(() => setPending(false));
    },
  };
}
