/**
 * One small driver over the two browsers Backstory is tested in, so that a test
 * body is written once and run in each: Chromium (playwright-core, the MV3
 * build) and Firefox ESR (puppeteer-core over WebDriver BiDi, the MV2 build).
 * Only what the shared tests need is here; Chromium-only tests use Playwright directly.
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { launchWithExtension } from '../../support/extension';
import { launchFirefoxWithExtension } from './firefox';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/** A tab, in either browser. */
export interface TestPage {
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page; `arg` and the result cross as JSON-like values. */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Evaluates a script's source in the page (over the automation protocol, so a page's script policy does not apply). */
  evaluateSource(source: string): Promise<void>;
  /** Runs `fn` in every document this tab loads from now on, before the page's scripts. */
  beforeLoad(fn: () => void): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  /** Presses a key with modifiers, written `Alt+Shift+N`. */
  press(keys: string): Promise<void>;
  click(selector: string): Promise<void>;
  fill(selector: string, text: string): Promise<void>;
  upload(selector: string, path: string): Promise<void>;
  /** Waits until an element matching `selector` is visible. */
  waitFor(selector: string, timeoutMs?: number): Promise<void>;
  focus(selector: string): Promise<void>;
  bringToFront(): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  screenshot(path: string, clip?: { x: number; y: number; width: number; height: number }): Promise<void>;
  close(): Promise<void>;
}

/** The extension API as the tests call it: `browser` in Firefox, `chrome` in Chromium, both promise-based here. */
interface ExtensionApi {
  tabs: {
    query(filter: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
  runtime: { sendMessage(message: unknown): Promise<unknown>; getURL(path: string): string };
}

export interface BrowserUnderTest {
  name: BrowserName;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`. */
  extensionOrigin: string;
  newPage(): Promise<TestPage>;
  /** Opens an extension page (popup.html, options.html) in a tab of its own. */
  openExtensionPage(path: string): Promise<TestPage>;
  /**
   * Runs `fn` with the extension API in one of the extension's own contexts:
   * Chromium's service worker, or in Firefox an extension page kept open for it
   * (WebDriver BiDi does not reach an MV2 background page).
   */
  inExtension<R, A>(fn: (api: ExtensionApi, arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** The tab id of a page; the page's content script tells its address (the extension cannot read tab URLs). */
  tabIdOf(page: TestPage): Promise<number>;
  /** Sends a message to the content script of the tab showing `page`. */
  askTab<T>(page: TestPage, message: unknown): Promise<T>;
  /** Requests to anywhere but this machine, which were blocked. */
  readonly outsideRequests: string[];
  close(): Promise<void>;
}

/** A serialisable call of `fn` with the extension API of the context it runs in. */
const callWithApi = <R, A>(fn: (api: ExtensionApi, arg: A) => R | Promise<R>, arg: A): string =>
  `(${fn.toString()})(globalThis.browser ?? globalThis.chrome, ${JSON.stringify(arg ?? null)})`;

const SPLIT_KEYS = /\+(?!$)/u;

function playwrightPage(page: PlaywrightPage): TestPage {
  return {
    goto: async (url) => {
      await page.goto(url);
    },
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate<R, A>(fn as never, arg),
    evaluateSource: async (source) => {
      await page.evaluate(source);
    },
    beforeLoad: async (fn) => {
      await page.addInitScript(fn);
    },
    mouseMove: (x, y) => page.mouse.move(x, y),
    press: (keys) => page.keyboard.press(keys),
    click: (selector) => page.locator(selector).first().click(),
    fill: (selector, text) => page.locator(selector).fill(text),
    upload: (selector, path) => page.locator(selector).setInputFiles(path),
    waitFor: (selector, timeout) => page.locator(selector).first().waitFor({ state: 'visible', timeout }),
    focus: (selector) => page.focus(selector),
    bringToFront: () => page.bringToFront(),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    screenshot: async (path, clip) => {
      await page.screenshot({ path, clip });
    },
    close: () => page.close(),
  };
}

function puppeteerPage(page: PuppeteerPage): TestPage {
  // Key names as puppeteer spells them: a letter is its key code ("KeyN").
  const key = (name: string) =>
    (/^[A-Z]$/u.test(name) ? `Key${name}` : name) as Parameters<PuppeteerPage['keyboard']['press']>[0];
  return {
    goto: async (url) => {
      if (!url.startsWith('moz-extension:')) {
        await page.goto(url);
        return;
      }
      // Puppeteer does not see a tab's navigation into the extension's process end: wait for the document instead.
      void page.goto(url).catch(() => undefined);
      const deadline = Date.now() + 15_000;
      while (
        (await page.evaluate(() => `${document.URL} ${document.readyState}`).catch(() => '')) !== `${url} complete`
      ) {
        if (Date.now() > deadline) throw new Error(`Firefox did not open ${url}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as never, arg),
    evaluateSource: async (source) => {
      await page.evaluate(source);
    },
    beforeLoad: async (fn) => {
      await page.evaluateOnNewDocument(fn);
    },
    mouseMove: (x, y) => page.mouse.move(x, y),
    async press(keys) {
      const parts = keys.split(SPLIT_KEYS);
      const last = parts.pop()!;
      for (const modifier of parts) await page.keyboard.down(key(modifier));
      await page.keyboard.press(key(last));
      for (const modifier of parts.reverse()) await page.keyboard.up(key(modifier));
    },
    click: (selector) => page.locator(selector).click(),
    fill: (selector, text) => page.locator(selector).fill(text),
    async upload(selector, path) {
      const input = await page.waitForSelector(selector);
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(path);
    },
    waitFor: async (selector, timeout) => {
      await page.waitForSelector(selector, { visible: true, timeout });
    },
    focus: (selector) => page.focus(selector),
    bringToFront: () => page.bringToFront(),
    setViewport: (width, height) => page.setViewport({ width, height }),
    screenshot: async (path, clip) => {
      await page.screenshot({ path, clip });
    },
    close: () => page.close(),
  };
}

async function chromium(options: LaunchOptions): Promise<BrowserUnderTest> {
  const launched = await launchWithExtension(options);
  const inExtension = <R, A>(fn: (api: ExtensionApi, arg: A) => R | Promise<R>, arg: A) =>
    launched.worker.evaluate<R>(callWithApi(fn, arg));
  // Tabs are found and asked by the Chromium launch itself, on the Playwright page behind each wrapped one.
  const pages = new WeakMap<TestPage, PlaywrightPage>();
  const wrap = (page: PlaywrightPage) => {
    const wrapped = playwrightPage(page);
    pages.set(wrapped, page);
    return wrapped;
  };
  const under: BrowserUnderTest = {
    name: 'chromium',
    extensionOrigin: `chrome-extension://${launched.extensionId}`,
    newPage: async () => wrap(await launched.context.newPage()),
    openExtensionPage: async (path) => wrap(await launched.openExtensionPage(path)),
    inExtension,
    tabIdOf: (page) => launched.tabIdOf(pages.get(page)!),
    askTab: <T>(page: TestPage, message: unknown) => launched.askTab<T>(pages.get(page)!, message),
    get outsideRequests() {
      return launched.outsideRequests;
    },
    close: () => launched.close(),
  };
  return under;
}

async function firefox(options: LaunchOptions): Promise<BrowserUnderTest> {
  const launched = await launchFirefoxWithExtension(options);
  const urls = new WeakMap<TestPage, () => Promise<string>>();
  const wrap = (page: PuppeteerPage) => {
    const wrapped = puppeteerPage(page);
    urls.set(wrapped, () => page.evaluate(() => document.URL));
    return wrapped;
  };
  const openRaw = async (path: string) => {
    const raw = await launched.browser.newPage();
    const page = wrap(raw);
    await page.setViewport(1280, 900);
    await page.goto(`${launched.extensionOrigin}/${path}`);
    return { raw, page };
  };
  const openExtensionPage = async (path: string) => (await openRaw(path)).page;
  // The extension page the API calls run in. The popup: an options page kept open would take the place of the one
  // the tests open from the popup. Opened first: a tab opened later comes to the front, and Firefox runs no
  // animation in a tab behind another.
  const control = (await openRaw('popup.html')).raw;
  const inExtension = <R, A>(fn: (api: ExtensionApi, arg: A) => R | Promise<R>, arg: A) =>
    control.evaluate(callWithApi(fn, arg)) as Promise<R>;
  const under: BrowserUnderTest = {
    name: 'firefox',
    extensionOrigin: launched.extensionOrigin,
    async newPage() {
      const page = wrap(await launched.browser.newPage());
      await page.setViewport(1280, 900);
      return page;
    },
    openExtensionPage,
    inExtension,
    tabIdOf: async (page) => inExtension(findTabIn, await urls.get(page)!()),
    askTab: async <T>(page: TestPage, message: unknown) => {
      const tabId = await under.tabIdOf(page);
      return inExtension((api, [id, msg]) => api.tabs.sendMessage(id, msg), [tabId, message] as const) as Promise<T>;
    },
    get outsideRequests() {
      return launched.outsideRequests;
    },
    close: () => launched.close(),
  };
  return under;
}

/**
 * Finds the tab showing `url` by asking each tab's content script where it is.
 * Runs inside the extension, so it names no function inside it: esbuild (under
 * tsx) would wrap one in a helper that the browser does not have.
 */
const findTabIn = async (api: ExtensionApi, url: string): Promise<number> => {
  for (const tab of await api.tabs.query({})) {
    if (tab.id === undefined) continue;
    const reply = (await api.tabs.sendMessage(tab.id, { type: 'backstory:mentions' }).catch(() => null)) as {
      url?: string;
    } | null;
    if (reply?.url === url) return tab.id;
  }
  throw new Error(`no tab with a content script at ${url}`);
};

export interface LaunchOptions {
  /** The reader's light or dark setting, as pages see it; light by default. */
  colorScheme?: 'light' | 'dark';
}

/** Launches the browser with the built extension for it. */
export function launchBrowser(name: BrowserName, options: LaunchOptions = {}): Promise<BrowserUnderTest> {
  return name === 'chromium' ? chromium(options) : firefox(options);
}

/** Polls a probe until it returns a value that is not undefined (shared with the Chromium-only tests). */
export { waitFor, waitForMentions } from '../../support/extension';
