/**
 * Launches Debian's Chromium with the built extension loaded (playwright-core,
 * no browser download) and blocks every request that leaves this machine.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inspect } from 'node:util';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { MentionReport } from '../../lib/messages';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  userDataDir: string;
  /** Requests to anywhere but this machine, which were blocked. */
  outsideRequests: string[];
  /** Opens an extension page (popup.html, options.html) in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** The tab id of `page`, found by asking each tab's content script for its address (the extension cannot read tab URLs). */
  tabIdOf(page: Page): Promise<number>;
  /** Sends a message to the content script of the tab showing `page`, from the service worker. */
  askTab<T>(page: Page, message: unknown): Promise<T>;
  /** Closes Chromium; deletes the profile unless the caller passed it in. */
  close(): Promise<void>;
}

/** The slice of the extension API that tests call inside the service worker. */
declare const chrome: {
  tabs: {
    query(filter: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

const LOCAL = /^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|chrome-extension:\/\/|data:|about:|blob:)/u;

/** Chromium flags for these machines: no sandbox as root, no GPU, and no look-up or connection of any outside host. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

/**
 * Launches Chromium with the built extension.
 * @param options.userDataDir - an existing profile to start again (a browser restart); by default a fresh one
 */
export async function launchWithExtension(
  options: { colorScheme?: 'light' | 'dark'; userDataDir?: string } = {},
): Promise<ExtensionBrowser> {
  const ownProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'backstory-test-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, ...CHROMIUM_ARGS],
  });
  const outsideRequests: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (LOCAL.test(url)) return route.continue();
    outsideRequests.push(url);
    return route.abort('blockedbyclient');
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    worker,
    extensionId,
    userDataDir,
    outsideRequests,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    tabIdOf: (page) => tabIdOf(worker, page.url()),
    async askTab<T>(page: Page, message: unknown): Promise<T> {
      const tabId = await tabIdOf(worker, page.url());
      return worker.evaluate(([id, msg]) => chrome.tabs.sendMessage(id, msg), [tabId, message] as const) as Promise<T>;
    },
    async close() {
      await context.close();
      if (ownProfile) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The tab showing `url`. Backstory asks for no "tabs" permission, so the
 * service worker cannot read tab URLs: each tab's content script says where it is.
 */
function tabIdOf(worker: Worker, url: string): Promise<number> {
  return worker.evaluate(async (wanted) => {
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined) continue;
      const reply = (await chrome.tabs.sendMessage(tab.id, { type: 'backstory:mentions' }).catch(() => null)) as {
        url?: string;
      } | null;
      if (reply?.url === wanted) return tab.id;
    }
    throw new Error(`no tab with a content script at ${wanted}`);
  }, url);
}

/** Runs `fn` inside the extension's service worker; `arg` and the result cross as JSON-like values. */
export function evalInWorker<R, A>(worker: Worker, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  // Playwright's own signature cannot be satisfied generically (it unboxes `arg`); callers pass plain data.
  return worker.evaluate<R, A>(fn as never, arg);
}

/** Polls `probe` until it returns a value that is not undefined, or fails after `timeoutMs`. */
export async function waitFor<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(
    `Timed out waiting for ${what}${lastError ? ` (last error: ${lastError instanceof Error ? String(lastError) : inspect(lastError)})` : ''}`,
  );
}

/** A browser that can ask a tab's content script: the Chromium launch here, or a browser under test. */
interface TabAsker<P> {
  askTab<T>(page: P, message: unknown): Promise<T>;
}

/** Waits until the content script in `page` reports painted mentions, and returns them. */
export function waitForMentions<P>(browser: TabAsker<P>, page: P, what: string): Promise<MentionReport[]> {
  return waitFor(async () => {
    const { mentions } = await browser.askTab<{ mentions: MentionReport[] }>(page, { type: 'backstory:mentions' });
    return mentions.length > 0 ? mentions : undefined;
  }, what);
}
