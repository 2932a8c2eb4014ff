import { render } from 'preact';
import '@/components/theme.css';
import '@/entrypoints/reader/reader.css';
import { ReaderApp } from '@/entrypoints/reader/ReaderApp';

// reader.html?tab=ID reads the live tab's article; reader.html?page=URL shows the stored snapshot of a page.
const params = new URLSearchParams(location.search);
const tab = params.get('tab');
render(<ReaderApp tabId={tab ? Number(tab) : null} pageUrl={params.get('page')} />, document.getElementById('app')!);
