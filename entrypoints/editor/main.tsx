import { render } from 'preact';
import '@/components/theme.css';
import { EditorApp } from '@/entrypoints/editor/EditorApp';

const id = new URLSearchParams(location.search).get('id') ?? '';
render(<EditorApp id={id} />, document.getElementById('app')!);
