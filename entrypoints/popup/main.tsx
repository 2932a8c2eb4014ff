import { render } from 'preact';
import '@/components/theme.css';
import { App } from '@/entrypoints/popup/App';

// Tests (and the notes page) may name the tab: popup.html?tab=ID. Otherwise the popup works on the active tab.
const tabParam = new URLSearchParams(location.search).get('tab');
render(<App tabId={tabParam ? Number(tabParam) : null} />, document.getElementById('app')!);
performance.mark('quotemark:first-render');
