import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessages } from './extension/message-handler';
import type { KbCounts } from './extension/db';
import {
  BackstoryError,
  checkRequest,
  dispatch,
  isBackgroundRequest,
  TabRequestSchema,
  unwrap,
  type BackgroundHandlers,
} from './messages';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const stats: KbCounts = { entities: 3, articles: 1, evidence: 4, aliases: 5, meta: null };

function handlers(overrides: Partial<BackgroundHandlers> = {}): BackgroundHandlers {
  const unused = async () => {
    throw new Error('not used in this test');
  };
  return {
    'backstory:kb-stats': async () => stats,
    'backstory:matcher': unused,
    'backstory:entity': unused,
    'backstory:kb-changed': unused,
    'backstory:open-entity': unused,
    ...overrides,
  };
}

let consoleError: MockInstance<typeof console.error>;
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  consoleError.mockRestore();
  fakeBrowser.reset();
});

describe('dispatch', () => {
  it('wraps a handler’s value in an ok result', async () => {
    expect(await dispatch(handlers(), { type: 'backstory:kb-stats' }, {})).toEqual({ ok: true, value: stats });
  });

  it('passes the request and the sender to the handler', async () => {
    const entity = vi.fn(async () => null);
    await dispatch(
      handlers({ 'backstory:entity': entity }),
      { type: 'backstory:entity', id: 'person/x' },
      { tabId: 7 },
    );
    expect(entity).toHaveBeenCalledWith({ type: 'backstory:entity', id: 'person/x' }, { tabId: 7 });
  });

  it('keeps the code and message of a BackstoryError, and logs it', async () => {
    const failing = handlers({
      'backstory:entity': async () => {
        throw new BackstoryError('not-found', 'That name is no longer in the knowledge base.');
      },
    });
    expect(await dispatch(failing, { type: 'backstory:entity', id: 'person/x' }, {})).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That name is no longer in the knowledge base.' },
    });
    expect(consoleError).toHaveBeenCalledOnce();
  });

  it('turns any other exception into an internal error, and logs it', async () => {
    const failing = handlers({
      'backstory:kb-stats': async () => {
        throw new TypeError('db closed');
      },
    });
    expect(await dispatch(failing, { type: 'backstory:kb-stats' }, {})).toEqual({
      ok: false,
      error: { code: 'internal', message: 'db closed' },
    });
    expect(consoleError).toHaveBeenCalledOnce();
  });

  it('answers an unknown request type with bad-request', async () => {
    const request = { type: 'backstory:nonsense' };
    expect(await dispatch(handlers(), request, {})).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
});

describe('isBackgroundRequest and unwrap', () => {
  it('recognises only objects with a backstory: type', () => {
    expect(isBackgroundRequest({ type: 'backstory:kb-stats' })).toBe(true);
    expect(isBackgroundRequest({ type: 'other:kb-stats' })).toBe(false);
    expect(isBackgroundRequest('backstory:kb-stats')).toBe(false);
    expect(isBackgroundRequest(null)).toBe(false);
  });

  it('returns the value of an ok result and throws the error of a failed one', () => {
    expect(unwrap({ ok: true, value: 1 }, 'x')).toBe(1);
    expect(() => unwrap({ ok: false, error: { code: 'not-found', message: 'gone' } }, 'x')).toThrow('gone');
    expect(() => unwrap(undefined, 'the request backstory:kb-stats')).toThrow(
      /did not answer the request backstory:kb-stats/u,
    );
  });
});

describe('handleMessages', () => {
  it('answers Backstory requests through one runtime listener and leaves other messages alone', async () => {
    const remove = handleMessages(handlers());
    const sender = { tab: { id: 3 } } as Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];
    expect(
      await fakeBrowser.runtime.onMessage.trigger({ type: 'backstory:kb-stats' }, sender, () => undefined),
    ).toEqual([{ ok: true, value: stats }]);
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'someone-else' }, sender, () => undefined)).toEqual([
      undefined,
    ]);
    expect(
      await fakeBrowser.runtime.onMessage.trigger({ type: 'backstory:mentions' }, sender, () => undefined),
    ).toEqual([undefined]);
    remove();
    expect(
      await fakeBrowser.runtime.onMessage.trigger({ type: 'backstory:kb-stats' }, sender, () => undefined),
    ).toEqual([]);
  });
});

describe('requests checked when they arrive at the background', () => {
  it('refuses a malformed request with the reason, and never runs its handler', async () => {
    const entity = vi.fn(async () => null);
    const consoleWarn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const refused = await dispatch(handlers({ 'backstory:entity': entity }), { type: 'backstory:entity', id: 7 }, {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(!refused.ok && refused.error.message).toMatch(/backstory:entity.*id/u);
    expect(await dispatch(handlers({ 'backstory:entity': entity }), { type: 'backstory:entity' }, {})).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(await dispatch(handlers(), { type: 'backstory:kb-stats', extra: 'smuggled' }, {})).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(entity).not.toHaveBeenCalled();
    consoleWarn.mockRestore();
  });

  it('answers a malformed request through the runtime listener with a failed result', async () => {
    const consoleWarn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const remove = handleMessages(handlers());
    const sender = { tab: { id: 3 } } as Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];
    const [answer] = (await fakeBrowser.runtime.onMessage.trigger(
      { type: 'backstory:open-entity', id: ['person/x'] },
      sender,
      () => undefined,
    )) as [unknown];
    expect(answer).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringMatching(/id/u) } });
    expect(() => unwrap(answer as Parameters<typeof unwrap>[0], 'x')).toThrow(/Malformed request/u);
    remove();
    consoleWarn.mockRestore();
  });
});

describe('checkRequest', () => {
  it('returns a well-formed tab request, and the reason for a malformed one', () => {
    expect(checkRequest(TabRequestSchema, { type: 'backstory:step-mention', direction: -1 })).toEqual({
      ok: true,
      request: { type: 'backstory:step-mention', direction: -1 },
    });
    const refused = checkRequest(TabRequestSchema, { type: 'backstory:step-mention', direction: 2 });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.reason).toMatch(/^Malformed request "backstory:step-mention": direction: /u);
    expect(checkRequest(TabRequestSchema, 'backstory:mentions')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/Malformed request/u),
    });
  });
});
