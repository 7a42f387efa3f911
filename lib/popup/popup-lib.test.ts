import { describe, expect, it } from 'vitest';
import type { MentionReport } from '../messages';
import { groupPageEntities } from './page-entities';
import { entityParam, pausableOrigin, pickTargetTab, tabParam } from './target-tab';

const ext = 'chrome-extension://abcdefgh/';

describe('pickTargetTab', () => {
  const tabs = [
    { id: 1, url: 'https://dawn.com/a', active: false, windowId: 1, lastAccessed: 300 },
    { id: 2, url: `${ext}popup.html`, active: true, windowId: 1, lastAccessed: 500 },
    { id: 3, url: 'https://tribune.com.pk/b', active: true, windowId: 2, lastAccessed: 200 },
    { id: 4, url: 'chrome-extension://other/page.html', active: false, windowId: 1, lastAccessed: 400 },
  ];

  it('takes the active tab of the focused window when it is a page', () => {
    expect(pickTargetTab(tabs, { extensionOrigin: ext, selfTabId: null, focusedWindowId: 2 })?.id).toBe(3);
  });

  it('skips the popup page itself and every extension page, then takes the most recently used tab', () => {
    expect(pickTargetTab(tabs, { extensionOrigin: ext, selfTabId: 2, focusedWindowId: 1 })?.id).toBe(1);
  });

  it('gives null when no page is open', () => {
    expect(pickTargetTab([tabs[1]!], { extensionOrigin: ext, selfTabId: 2, focusedWindowId: 1 })).toBeNull();
  });
});

describe('popup URL parameters', () => {
  it('reads ?tab= and #entity=', () => {
    expect(tabParam('?tab=42')).toBe(42);
    expect(tabParam('?tab=x')).toBeNull();
    expect(tabParam('')).toBeNull();
    expect(entityParam('#entity=person%2Fimran-khan')).toBe('person/imran-khan');
    expect(entityParam('#entity=person/imran-khan')).toBe('person/imran-khan');
    expect(entityParam('#other')).toBeNull();
  });

  it('pauses web origins only', () => {
    expect(pausableOrigin('https://www.dawn.com/news/1?x=1')).toBe('https://www.dawn.com');
    expect(pausableOrigin('http://127.0.0.1:4173/a.html')).toBe('http://127.0.0.1:4173');
    expect(pausableOrigin('chrome://newtab/')).toBeNull();
    expect(pausableOrigin(undefined)).toBeNull();
  });
});

describe('groupPageEntities', () => {
  const m = (entityId: string, type: MentionReport['type']): MentionReport => ({
    entityId,
    name: entityId.split('/')[1]!,
    type,
    text: 'x',
    reason: 'x: named in full',
  });
  it('counts mentions per entity and groups people, groups, places, most mentioned first', () => {
    const groups = groupPageEntities([
      m('place/kabul', 'place'),
      m('person/a', 'person'),
      m('person/b', 'person'),
      m('person/b', 'person'),
      m('place/quetta', 'place'),
    ]);
    expect(groups.map((g) => [g.type, g.entities.map((e) => `${e.name}:${e.count}`)])).toEqual([
      ['person', ['b:2', 'a:1']],
      ['place', ['kabul:1', 'quetta:1']],
    ]);
    expect(groupPageEntities([])).toEqual([]);
  });
});
