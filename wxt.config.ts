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
    // The note editor is shown in an iframe on the page, so the page must be allowed to frame it.
    web_accessible_resources: [{ resources: ['editor.html'], matches: ['<all_urls>'] }],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'quotemark@quotemark.example', strict_min_version: '140.0' } } }
      : {}),
  }),
  vite: () => ({ plugins: [preact()] }),
});
