export type ReaderTheme = 'light' | 'dark' | 'sepia';

export interface ReaderSettingsProps {
  theme: ReaderTheme;
  size: number;
  onTheme: (t: ReaderTheme) => void;
  onSize: (px: number) => void;
}

/** Theme (light, dark, sepia) and text size for the reader view. */
export function ReaderSettings({ theme, size, onTheme, onSize }: ReaderSettingsProps) {
  return (
    <div class="row no-print" style={{ marginTop: 0 }}>
      <label style={{ margin: 0 }}>
        Theme{' '}
        <select value={theme} onChange={(e) => onTheme(e.currentTarget.value as ReaderTheme)}>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
          <option value="sepia">Sepia</option>
        </select>
      </label>
      <button type="button" aria-label="A− smaller text" onClick={() => onSize(Math.max(14, size - 1))}>
        A−
      </button>
      <button type="button" aria-label="A+ larger text" onClick={() => onSize(Math.min(28, size + 1))}>
        A+
      </button>
    </div>
  );
}
