import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  // The dev runner would look for a browser of its own; `npm run demo` launches Chromium itself.
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description: 'Who is who in the news you read: names of people, groups and places explained from a knowledge base on your machine.',
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
            gecko: { id: 'backstory@backstory.invalid', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
