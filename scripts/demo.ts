/**
 * npm run demo: serves the seed articles as a small news site on 127.0.0.1 and
 * opens Chromium with the built extension loaded on its front page.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { renderNewsSite } from '../tests/fixtures/news-site';

const EXTENSION_DIR = resolve(import.meta.dirname, '../.output/chrome-mv3');
const PORT = Number(process.env.PORT ?? 4173);

function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
  return candidates.find((c): c is string => !!c && existsSync(c)) ?? null;
}

async function main(): Promise<void> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('The extension is not built: run `npm run build` first.');
  const { pages, index } = await renderNewsSite();
  const routes = new Map<string, string>([['/', index], ...pages.map((p): [string, string] => [`/${p.slug}.html`, p.html])]);
  const server = createServer((request, response) => {
    const body = routes.get(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (body === undefined) response.writeHead(404).end('Not found');
    else response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((done) => server.listen(PORT, '127.0.0.1', done));
  const url = `http://127.0.0.1:${PORT}/`;
  console.log(`Demo news site: ${url} (${pages.length} articles). Ctrl+C stops it.`);

  const chromium = findChromium();
  const profile = await mkdtemp(join(tmpdir(), 'backstory-demo-'));
  const args = [`--user-data-dir=${profile}`, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, '--no-first-run', '--disable-background-networking', `${url}${pages[0]!.slug}.html`];
  if (!chromium) {
    console.log('No Chromium found: install it (sudo apt-get install chromium) or set CHROMIUM=/path/to/chrome.');
    return;
  }
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.log(`No display here. On a desktop, run:\n  ${chromium} ${args.map((a) => JSON.stringify(a)).join(' ')}`);
    return;
  }
  if (process.getuid?.() === 0) args.unshift('--no-sandbox');
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
