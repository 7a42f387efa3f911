import { describe, expect, it, vi } from 'vitest';
import type { EntityDetail } from '../extension/kb/entity-detail';
import { DetailCache } from './detail-cache';

const detail = { entity: { id: 'person/x' } } as unknown as EntityDetail;

describe('DetailCache', () => {
  it('fetches an entity once, and has it without waiting once it arrived', async () => {
    const fetch = vi.fn(async () => detail);
    const cache = new DetailCache(fetch);
    expect(cache.peek('person/x')).toEqual({ hit: false });
    const [a, b] = await Promise.all([cache.load('person/x'), cache.load('person/x')]);
    expect(a).toBe(detail);
    expect(b).toBe(detail);
    expect(fetch).toHaveBeenCalledOnce();
    expect(cache.peek('person/x')).toEqual({ hit: true, detail });
    cache.clear();
    expect(cache.peek('person/x')).toEqual({ hit: false });
  });

  it('forgets a failed fetch, so that the next hover asks again', async () => {
    const fetch = vi.fn().mockRejectedValueOnce(new Error('gone')).mockResolvedValueOnce(null);
    const cache = new DetailCache(fetch);
    await expect(cache.load('person/x')).rejects.toThrow('gone');
    expect(await cache.load('person/x')).toBeNull();
    expect(cache.peek('person/x')).toEqual({ hit: true, detail: null });
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
