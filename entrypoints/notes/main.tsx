import { render } from 'preact';
import '@/components/theme.css';
import '@/components/notes/notes.css';
import { App } from '@/entrypoints/notes/App';

render(<App />, document.getElementById('app')!);
