import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See the README for why each permission is here, and docs/decisions.md for the rest.
const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'self' http: https:",
  "form-action 'none'",
  "frame-src 'none'",
  "connect-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' https: data:",
  "media-src 'none'",
].join('; ');

export default defineConfig({
  // QUOTEMARK_OUT_DIR: a private build folder, so several builds in one checkout don't replace each other's output.
  outDir: process.env.QUOTEMARK_OUT_DIR ?? '.output',
  manifest: ({ browser }) => ({
    name: 'Quotemark',
    description: 'Highlight quotes, annotate claims and keep your notes on the news — on your own machine.',
    // alarms: the automatic backup's schedule; offscreen (Chrome): its file is built in an offscreen document.
    permissions: [
      'contextMenus',
      'unlimitedStorage',
      'activeTab',
      'alarms',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    // The every-page script is a plain bundled script (entrypoints/content-lite), declared here by hand: WXT's
    // content-script wrapper alone cost about as much main-thread time as the script itself.
    content_scripts: [{ matches: ['<all_urls>'], js: ['content-lite.js'], run_at: 'document_idle', all_frames: true }],
    // Asked for only when the reader turns automatic backup on (the notes page's Backup section).
    optional_permissions: ['downloads'],
    commands: {
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Highlight selection',
      },
      'open-reader': {
        suggested_key: { default: 'Alt+Shift+E' },
        description: 'Open the reader view',
      },
    },
    action: { default_title: 'Quotemark' },
    // The notes page doubles as the extension's options page (reachable from the extensions list).
    options_ui: { page: 'notes.html', open_in_tab: true },
    // The note editor is an iframe on the page; annotator.js is the half of the content script loaded on demand.
    web_accessible_resources: [{ resources: ['editor.html', 'annotator.js'], matches: ['<all_urls>'] }],
    // Extension pages run only our own scripts and load nothing remote but the reader view's article images.
    content_security_policy: browser === 'firefox' ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'quotemark@quotemark.example',
              strict_min_version: '142.0',
              // Nothing leaves the reader's machine.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({ plugins: [preact()] }),
});
