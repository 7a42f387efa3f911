import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { noInnerHtml } from './scripts/no-inner-html';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), noInnerHtml()] }),
  // The dev runner would look for a browser of its own; `npm run demo` launches Chromium itself.
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description:
      'Who is who in the news you read: names of people, groups and places explained from a knowledge base on your machine.',
    permissions: ['storage'],
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Open the card of the next name on the page',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Open the card of the previous name on the page',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory.invalid',
              // The CSS Custom Highlight API, which paints every mention, arrived in Firefox 140.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads the data-collection declaration from version 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
