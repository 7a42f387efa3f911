import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TabRequest } from '../../messages';

interface FakeTab {
  id: number;
  windowId: number;
  active: boolean;
  url?: string;
}

/** The part of the extension API the popup's page reading calls; tabs come without URLs, as without the "tabs" permission. */
const fake = {
  tabs: [] as FakeTab[],
  /** What each tab's content script answers; a tab missing here has none. */
  answers: new Map<number, { url: string; mentions: unknown[] }>(),
  sent: [] as [number, TabRequest][],
};

vi.mock('wxt/browser', () => ({
  browser: {
    tabs: {
      get: async (id: number) => fake.tabs.find((t) => t.id === id) ?? Promise.reject(new Error('no tab')),
      getCurrent: async () => undefined,
      query: async (filter: { active?: boolean }) =>
        fake.tabs.filter((t) => filter.active === undefined || t.active === filter.active),
      sendMessage: async (id: number, message: TabRequest) => {
        fake.sent.push([id, message]);
        const answer = fake.answers.get(id);
        if (!answer) throw new Error('Could not establish connection. Receiving end does not exist.');
        return answer;
      },
    },
    windows: { getLastFocused: async () => ({ id: 1 }) },
    storage: {
      local: { get: async () => ({}), set: async () => undefined },
      onChanged: { addListener: () => undefined },
    },
  },
}));

const { createPopupServices } = await import('./popup-services');

const services = (search: string) => {
  const created = createPopupServices({ search, origin: 'chrome-extension://abc' }, Promise.resolve(null));
  // The search index is not what these tests read (and there is no IndexedDB here).
  created.index.catch(() => undefined);
  return created;
};

beforeEach(() => {
  fake.tabs = [
    { id: 7, windowId: 1, active: true },
    { id: 8, windowId: 1, active: false },
    { id: 9, windowId: 1, active: false, url: 'chrome://newtab/' },
  ];
  fake.answers = new Map([
    [
      7,
      {
        url: 'https://www.dawn.com/news/1',
        mentions: [{ entityId: 'place/peshawar', name: 'Peshawar', type: 'place', text: 'Peshawar' }],
      },
    ],
  ]);
  fake.sent = [];
});

describe('readPage', () => {
  it('learns the page’s address from its content script when the tabs API hides it', async () => {
    const page = await services('?tab=7').readPage();
    expect(page?.tab).toEqual({
      id: 7,
      windowId: 1,
      url: 'https://www.dawn.com/news/1',
      active: true,
      origin: 'https://www.dawn.com',
    });
    expect(page?.read).toEqual({ kind: 'mentions', mentions: fake.answers.get(7)!.mentions });
    expect(fake.sent).toEqual([[7, { type: 'backstory:mentions' }]]);
  });

  it('reads the active tab of the window for the toolbar popup', async () => {
    expect((await services('').readPage())?.tab.id).toBe(7);
  });

  it('knows neither address nor names of a tab whose content script does not answer', async () => {
    const page = await services('?tab=8').readPage();
    expect(page?.tab).toMatchObject({ id: 8, url: null, origin: null });
    expect(page?.read).toEqual({ kind: 'unreachable' });
  });

  it('asks nothing of a tab the tabs API names as a browser page', async () => {
    const page = await services('?tab=9').readPage();
    expect(page).toEqual({
      tab: { id: 9, windowId: 1, url: 'chrome://newtab/', active: false, origin: null },
      read: { kind: 'mentions', mentions: [] },
    });
    expect(fake.sent).toEqual([]);
  });

  it('gives null when the tab is gone', async () => {
    expect(await services('?tab=99').readPage()).toBeNull();
  });
});
