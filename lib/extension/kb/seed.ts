/** The knowledge base that ships with the extension, loaded on first start. */
import { browser } from 'wxt/browser';
import { BackstoryError } from '../../messages';
import type { Bundle } from '../../bundle/schema';
import { validateBundle } from '../../bundle/validate';

const SEED_BUNDLE_PATH = '/seed-bundle.json';

export async function fetchSeedBundle(): Promise<Bundle> {
  const response = await fetch(browser.runtime.getURL(SEED_BUNDLE_PATH as '/seed-bundle.json'));
  const result = validateBundle(await response.json());
  if (!result.ok) {
    const first = result.problems[0];
    throw new BackstoryError(
      'internal',
      `The shipped knowledge base is damaged (${first?.path}: ${first?.message}). Reinstall Backstory.`,
    );
  }
  return result.bundle;
}
