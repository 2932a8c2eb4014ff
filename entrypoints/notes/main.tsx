import { render } from 'preact';
import '@/components/theme.css';
import '@/components/notes/notes.css';
import { App } from '@/entrypoints/notes/App';
import { getDb } from '@/utils/db';

render(<App db={getDb()} />, document.getElementById('app')!);
