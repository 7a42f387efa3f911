import { browser } from 'wxt/browser';
import { BackstoryDb, countKnowledgeBase, loadIfEmpty } from '../lib/extension/db';
import { entityDetail } from '../lib/extension/kb/entity-detail';
import { MatcherService } from '../lib/extension/kb/matcher-service';
import { fetchSeedBundle } from '../lib/extension/kb/seed';
import { handleMessages } from '../lib/extension/message-handler';
import { loadSearchIndex } from '../lib/extension/search/search-cache';
import type { BackgroundHandlers } from '../lib/messages';
import { askTab } from '../lib/extension/tab-client';

export default defineBackground(() => {
  const db = new BackstoryDb();
  const matchers = new MatcherService(db);
  // Only an empty database gets the seed: an upgrade of the extension keeps what the reader imported.
  const ready = loadIfEmpty(db, fetchSeedBundle).catch((error: unknown) =>
    console.error('Backstory: loading the shipped knowledge base failed', error),
  );
  // The popup's search index is built here once per knowledge base, so that opening the popup only reads it.
  const cacheSearchIndex = () =>
    loadSearchIndex(db)
      .then((loaded) => loaded.saved)
      .catch((error: unknown) =>
        console.warn('Backstory: the search index was not cached; the popup will build it', error),
      );
  void ready.then(cacheSearchIndex);
  // The first card a reader asks for should not also pay for the database's first read and the code's first run.
  void ready
    .then(async () => {
      const id = (await matchers.get()).matcher.entities[0]?.id;
      if (id !== undefined) await entityDetail(db, id);
    })
    .catch((error: unknown) =>
      console.warn('Backstory: warming up the card data failed; the first card will be slower', error),
    );

  const notifyTabs = async (): Promise<number> => {
    const tabs = await browser.tabs.query({});
    const sent = await Promise.allSettled(
      tabs.map((tab) => (tab.id === undefined ? Promise.reject() : askTab(tab.id, { type: 'backstory:reload-kb' }))),
    );
    return sent.filter((s) => s.status === 'fulfilled').length;
  };

  const handlers: BackgroundHandlers = {
    'backstory:kb-stats': async () => (await ready, countKnowledgeBase(db)),
    'backstory:matcher': async () => (await ready, matchers.get()),
    'backstory:entity': async ({ id }) => (await ready, entityDetail(db, id)),
    'backstory:kb-changed': async () => {
      matchers.invalidate();
      await matchers.get();
      void cacheSearchIndex();
      return { tabsNotified: await notifyTabs() };
    },
    'backstory:open-entity': async ({ id }) => {
      // Widened: WXT types only the pages that exist when types are generated, and the popup is one of them.
      const pageUrl = browser.runtime.getURL as (path: string) => string;
      await browser.tabs.create({ url: `${pageUrl('/popup.html')}#entity=${encodeURIComponent(id)}` });
      return { opened: true };
    },
  };

  handleMessages(handlers);

  const stepMention = async (command: string) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const direction = command === 'previous-mention' ? -1 : 1;
    await askTab(tab.id, { type: 'backstory:step-mention', direction }).catch((error: unknown) => {
      console.warn('Backstory: this tab has no names to step through', error);
    });
  };
  browser.commands.onCommand.addListener((command) => void stepMention(command));
});
