export interface UndoBarProps {
  message: string;
  onUndo: () => void;
}

/** "Deleted. [Undo]" — shown after a delete so nothing is lost to a slip. */
export function UndoBar({ message, onUndo }: UndoBarProps) {
  return (
    <div class="row" role="status">
      <span>{message}</span>
      <button type="button" onClick={onUndo}>
        Undo
      </button>
    </div>
  );
}
