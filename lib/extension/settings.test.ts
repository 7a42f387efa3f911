import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hoverTimings } from '../dom/page/hover-intent';
import { addWrongLink, DEFAULT_SETTINGS, readSettings, removeWrongLink } from './settings';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

afterEach(() => fakeBrowser.reset());

describe('wrong links', () => {
  it('adds an alias once per site and removes it again', async () => {
    await addWrongLink('https://a.example', 'khan');
    await addWrongLink('https://a.example', 'khan');
    await addWrongLink('https://b.example', 'asif');
    expect((await readSettings()).wrongLinks).toEqual({ 'https://a.example': ['khan'], 'https://b.example': ['asif'] });
    await removeWrongLink('https://a.example', 'khan');
    expect((await readSettings()).wrongLinks).toEqual({ 'https://a.example': [], 'https://b.example': ['asif'] });
  });
});

describe('hover timings', () => {
  it('follow the one default hover delay, and never fetch later than they open', () => {
    expect(hoverTimings(DEFAULT_SETTINGS.hoverDelayMs)).toEqual({
      prefetchMs: 150,
      openMs: DEFAULT_SETTINGS.hoverDelayMs,
      closeMs: 300,
    });
    expect(hoverTimings(100).prefetchMs).toBe(100);
  });
});
