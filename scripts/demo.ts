/**
 * npm run demo: serves the seed articles as a small news site on 127.0.0.1 and
 * opens Chromium with the built extension loaded on its front page.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { renderNewsSite } from '../tests/fixtures/news-site';

const EXTENSION_DIR = resolve(import.meta.dirname, '../.output/chrome-mv3');
const PORT = Number(process.env.PORT ?? 4173);

function findChromium(): string | null {
  const candidates = [
    process.env.CHROMIUM,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ];
  return candidates.find((c): c is string => !!c && existsSync(c)) ?? null;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', fail);
      done((server.address() as AddressInfo).port);
    });
  });
}

async function main(): Promise<void> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error('The extension is not built: run `npm run build` first.');
  const { pages, index } = await renderNewsSite();
  const routes = new Map<string, string>([
    ['/', index],
    ...pages.map((p): [string, string] => [`/${p.slug}.html`, p.html]),
  ]);
  const server = createServer((request, response) => {
    const body = routes.get(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (body === undefined) response.writeHead(404).end('Not found');
    else response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  const port = await listen(server, PORT).catch(async (error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    console.log(`Port ${PORT} is taken; using a free one.`);
    return listen(server, 0);
  });
  const url = `http://127.0.0.1:${port}/`;
  console.log(`Demo news site: ${url} (${pages.length} articles). Ctrl+C stops it.`);

  const chromium = findChromium();
  const profile = await mkdtemp(join(tmpdir(), 'backstory-demo-'));
  const args = [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    '--no-first-run',
    '--disable-background-networking',
    `${url}${pages[0]!.slug}.html`,
  ];
  if (!chromium) {
    console.log('No Chromium found: install it (sudo apt-get install chromium) or set CHROMIUM=/path/to/chrome.');
    return;
  }
  // Chromium refuses to start as root without this.
  if (process.getuid?.() === 0) args.unshift('--no-sandbox');
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.log(`No display here. On a desktop, run:\n  ${chromium} ${args.map((a) => JSON.stringify(a)).join(' ')}`);
    return;
  }
  const browser = spawn(chromium, args, { stdio: 'ignore' });
  browser.on('exit', () => {
    console.log('Chromium closed; stopping the demo site.');
    server.close();
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
