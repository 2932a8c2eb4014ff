import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See docs/decisions.md for why each permission is here.
export default defineConfig({
  manifest: ({ browser }) => ({
    name: 'Quotemark',
    description: 'Highlight quotes, annotate claims and keep your notes on the news — on your own machine.',
    permissions: ['contextMenus', 'storage', 'unlimitedStorage', 'activeTab', 'downloads'],
    commands: {
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Highlight selection',
      },
    },
    action: { default_title: 'Quotemark' },
    // The note editor is an iframe on the page; annotator.js is the half of the content script loaded on demand.
    web_accessible_resources: [{ resources: ['editor.html', 'annotator.js'], matches: ['<all_urls>'] }],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'quotemark@quotemark.example', strict_min_version: '140.0' } } }
      : {}),
  }),
  vite: () => ({ plugins: [preact()] }),
});
