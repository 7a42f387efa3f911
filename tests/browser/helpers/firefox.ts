/**
 * Launches Debian's Firefox ESR with the built Firefox extension installed as a
 * temporary add-on (puppeteer-core over WebDriver BiDi: no browser download, no
 * geckodriver), and sends every request for another machine to a proxy that
 * refuses it and writes it down. Firefox's own calls home are turned off by
 * preferences, so that anything the proxy sees is a request to tell about.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/firefox-mv2');
const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
/** The add-on id of the Firefox manifest (`browser_specific_settings.gecko.id`). */
export const FIREFOX_ADDON_ID = 'backstory@backstory.invalid';
/**
 * The extension's internal UUID, which Firefox otherwise draws at random per
 * profile: fixed so that the tests know the moz-extension:// origin of its pages.
 */
const FIREFOX_EXTENSION_UUID = '3c1a6a52-7d5b-4f57-9a0e-5b1d0d7c2e41';

export interface FirefoxWithExtension {
  browser: Browser;
  extensionOrigin: string;
  /** Requests to anywhere but this machine, refused by the proxy. */
  outsideRequests: string[];
  close(): Promise<void>;
}

/** A proxy that refuses everything and records what was asked of it. */
async function refusingProxy(seen: string[]): Promise<Server> {
  const proxy = createServer((request, response) => {
    seen.push(request.url ?? '');
    response.writeHead(403).end();
  });
  proxy.on('connect', (request, socket) => {
    seen.push(`CONNECT ${request.url ?? ''}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  return proxy;
}

/** @param options.colorScheme - what pages see as the reader's light or dark setting (light by default) */
export async function launchFirefoxWithExtension(
  options: { colorScheme?: 'light' | 'dark' } = {},
): Promise<FirefoxWithExtension> {
  const seen: string[] = [];
  const proxy = await refusingProxy(seen);
  const { port } = proxy.address() as AddressInfo;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Lets WebDriver BiDi open moz-extension:// pages, which it refuses by default.
    args: ['--remote-allow-system-access'],
    // Lets the preference below move Firefox's remote settings (which it fetches at start) off Mozilla's server.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      // 0 dark, 1 light: what prefers-color-scheme answers in pages, extension pages included.
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_EXTENSION_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '127.0.0.1,localhost',
      'network.proxy.allow_hijacking_localhost': false,
      'services.settings.server': 'http://127.0.0.1:9/v1',
      'network.dns.disablePrefetch': true,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  const id = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  if (id !== FIREFOX_ADDON_ID)
    throw new Error(`Firefox installed the extension as ${id}, expected ${FIREFOX_ADDON_ID}`);
  return {
    browser,
    extensionOrigin: `moz-extension://${FIREFOX_EXTENSION_UUID}`,
    outsideRequests: seen,
    async close() {
      await browser.close();
      await new Promise<void>((done) => proxy.close(() => done()));
    },
  };
}
