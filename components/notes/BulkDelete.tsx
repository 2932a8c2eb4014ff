import { useState } from 'preact/hooks';

/** Props of BulkDelete. */
export interface BulkDeleteProps {
  /** How many annotations are shown (and would be deleted). */
  count: number;
  onDelete: () => void;
}

/** "Delete shown": asks once, inline, before deleting every annotation the list shows (undoable afterwards). */
export function BulkDelete({ count, onDelete }: BulkDeleteProps) {
  const [asking, setAsking] = useState(false);
  if (count === 0) return null;
  if (!asking) {
    return (
      <button type="button" class="danger" onClick={() => setAsking(true)}>
        Delete shown…
      </button>
    );
  }
  const label = `Delete ${count} annotation${count === 1 ? '' : 's'}`;
  return (
    <span class="row">
      <span>{label}?</span>
      <button
        type="button"
        class="danger"
        onClick={() => {
          setAsking(false);
          onDelete();
        }}
      >
        {label}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}
