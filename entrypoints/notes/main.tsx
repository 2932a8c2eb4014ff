import { render } from 'preact';
import '@/components/theme.css';
import '@/components/notes/notes.css';
import { measure } from '@/entrypoints/notes/measure';
import { recentRead } from '@/entrypoints/notes/read-preview';

// The first screen's records are read while the rest of the page's script loads (see docs/decisions.md).
void recentRead((ms) => measure('notes:preview-read', performance.now() - ms));
void import('@/entrypoints/notes/App').then(({ App }) => render(<App />, document.getElementById('app')!));
