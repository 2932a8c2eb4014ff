import { defineWebExtConfig } from 'wxt';

// `wxt dev` must not try to open a browser on a machine with no display; `npm start` drives Chromium itself.
export default defineWebExtConfig({ disabled: true });
