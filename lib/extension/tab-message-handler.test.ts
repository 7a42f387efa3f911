import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabHandlers } from '../messages';
import { answerTabRequest, handleTabMessages } from './tab-message-handler';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

function handlers(overrides: Partial<TabHandlers> = {}): TabHandlers {
  return {
    'backstory:mentions': async () => ({ url: 'https://example.com/', mentions: [] }),
    'backstory:reload-kb': async () => ({ ok: true }),
    'backstory:reveal': async () => ({ found: true }),
    'backstory:step-mention': async () => ({ found: false }),
    ...overrides,
  };
}

let consoleWarn: MockInstance<typeof console.warn>;
beforeEach(() => {
  consoleWarn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  consoleWarn.mockRestore();
  fakeBrowser.reset();
});

describe('answerTabRequest', () => {
  it('runs the handler of a well-formed request with the checked request', async () => {
    const reveal = vi.fn(async () => ({ found: true }));
    expect(
      await answerTabRequest(handlers({ 'backstory:reveal': reveal }), {
        type: 'backstory:reveal',
        entityId: 'person/x',
      }),
    ).toEqual({ found: true });
    expect(reveal).toHaveBeenCalledWith({ type: 'backstory:reveal', entityId: 'person/x' });
  });

  it('refuses a malformed request with the reason, and never runs its handler', async () => {
    const step = vi.fn(async () => ({ found: true }));
    const tab = handlers({ 'backstory:step-mention': step });
    await expect(answerTabRequest(tab, { type: 'backstory:step-mention', direction: 5 })).rejects.toThrow(
      /Malformed request "backstory:step-mention": direction: /u,
    );
    await expect(answerTabRequest(tab, { type: 'backstory:step-mention' })).rejects.toThrow(/direction/u);
    await expect(answerTabRequest(tab, { type: 'backstory:reveal', entityId: { toString: 'x' } })).rejects.toThrow(
      /entityId/u,
    );
    await expect(answerTabRequest(tab, { type: 'backstory:mentions', url: 'javascript:' })).rejects.toThrow(
      /Malformed request/u,
    );
    expect(step).not.toHaveBeenCalled();
    expect(consoleWarn).toHaveBeenCalledTimes(4);
  });

  it('leaves messages that are not requests to a tab to other listeners', () => {
    expect(answerTabRequest(handlers(), { type: 'backstory:kb-stats' })).toBeUndefined();
    expect(answerTabRequest(handlers(), { type: 'someone-else' })).toBeUndefined();
    expect(answerTabRequest(handlers(), null)).toBeUndefined();
    expect(answerTabRequest(handlers(), { type: 'backstory:constructor' })).toBeUndefined();
  });
});

describe('handleTabMessages', () => {
  it('answers through one runtime listener, which the signal removes', async () => {
    const session = new AbortController();
    handleTabMessages(handlers(), session.signal);
    expect(
      await fakeBrowser.runtime.onMessage.trigger(
        { type: 'backstory:step-mention', direction: 1 },
        {},
        () => undefined,
      ),
    ).toEqual([{ found: false }]);
    await expect(
      fakeBrowser.runtime.onMessage.trigger({ type: 'backstory:step-mention', direction: '1' }, {}, () => undefined),
    ).rejects.toThrow(/Malformed request/u);
    session.abort();
    expect(
      await fakeBrowser.runtime.onMessage.trigger(
        { type: 'backstory:step-mention', direction: 1 },
        {},
        () => undefined,
      ),
    ).toEqual([]);
  });

  it('registers nothing for a session that has already ended', async () => {
    handleTabMessages(handlers(), AbortSignal.abort());
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'backstory:mentions' }, {}, () => undefined)).toEqual(
      [],
    );
  });
});
