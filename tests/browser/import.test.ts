import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHash } from '../../lib/bundle/content-hash';
import type { Bundle } from '../../lib/bundle/schema';
import type { MentionReport } from '../../lib/messages';
import { seedBundle, updatedBundle } from '../fixtures/bundles';
import { renderNewsSite } from '../fixtures/news-site';
import { launchWithExtension, waitFor, type ExtensionBrowser } from '../support/extension';
import { writeKnowledgeBase } from '../support/knowledge-base';
import { mentionPoint } from '../support/pages';
import { startServer, type TestServer } from '../support/server';

const UPDATE_DIR = resolve(import.meta.dirname, '../fixtures/update');

/**
 * Every row of every store of the extension's database, read with plain
 * IndexedDB from an extension page. With `content`, shards are dumped without
 * the generation they were written in: the same knowledge base written twice dumps the same.
 */
function dumpDb(page: Page, content = false): Promise<string> {
  return page.evaluate(async (contentOnly) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const open = indexedDB.open('backstory');
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    const names = [...db.objectStoreNames].sort();
    const tx = db.transaction(names, 'readonly');
    const out: [string, unknown[]][] = [];
    for (const name of names) {
      const store = tx.objectStore(name);
      const rows = await new Promise<unknown[]>((ok, fail) => {
        const all = store.getAll();
        all.onsuccess = () => ok(all.result);
        all.onerror = () => fail(all.error);
      });
      if (contentOnly && name === 'shards')
        out.push([name, rows.map((row) => JSON.stringify({ ...(row as object), generation: undefined })).sort()]);
      else out.push([name, rows]);
    }
    db.close();
    return JSON.stringify(out);
  }, content);
}

async function rehashed(bundle: Bundle): Promise<Bundle> {
  return { ...bundle, contentHash: await contentHash(bundle) };
}

describe('importing bundles on the options page', () => {
  let browser: ExtensionBrowser;
  let server: TestServer;
  let dir: string;
  let seed: Bundle;
  let updated: Bundle;
  let updatedFile: string;
  let newsPath: string;
  /** A profile kept across a browser restart, deleted at the end. */
  let restartedProfile: string | null = null;

  const mentionsOf = (page: Page) =>
    browser.askTab<{ mentions: MentionReport[] }>(page, { type: 'backstory:mentions' });
  const entityIdsOn = async (page: Page) => new Set((await mentionsOf(page)).mentions.map((m) => m.entityId));

  async function openOptions(): Promise<Page> {
    const page = await browser.openExtensionPage('options.html');
    await page.getByTestId('kb-entities').waitFor();
    return page;
  }
  /** Waits for the notice of a finished import, rollback or export to say `pattern` (an earlier notice may still be showing). */
  async function notice(page: Page, pattern: RegExp): Promise<string> {
    return waitFor(
      async () => {
        const done = page.getByTestId('import-done');
        const text = (await done.count()) > 0 ? await done.textContent() : null;
        return text !== null && pattern.test(text) ? text : undefined;
      },
      `a notice matching ${pattern}`,
      30_000,
    );
  }
  async function chooseFile(page: Page, path: string): Promise<void> {
    await page.getByTestId('import-file').setInputFiles(path);
  }
  async function importThrough(page: Page, path: string, mode: 'merge' | 'replace'): Promise<void> {
    await chooseFile(page, path);
    await page.getByTestId('import-preview').waitFor();
    await page.getByTestId(`mode-${mode}`).check();
    await page.getByTestId('import-apply').click();
    await notice(page, /Imported/);
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'backstory-import-'));
    seed = await seedBundle();
    updated = await updatedBundle();
    updatedFile = join(dir, 'week-10.json');
    await writeFile(updatedFile, JSON.stringify(updated));
    const site = await renderNewsSite(UPDATE_DIR);
    newsPath = `/${site.pages[0]!.slug}.html`;
    server = await startServer({ [newsPath]: site.pages[0]!.html });
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await rm(dir, { recursive: true, force: true });
    if (restartedProfile) await rm(restartedProfile, { recursive: true, force: true });
  });

  it('previews an updated bundle, merges it, and a page open before paints the new names without a reload', async () => {
    const news = await browser.context.newPage();
    await news.goto(server.url(newsPath));
    await news.evaluate(() => Object.assign(window, { loadedOnce: true }));
    const before = await waitFor(async () => {
      const ids = await entityIdsOn(news);
      return ids.has('place/islamabad') ? ids : undefined;
    }, 'the seed names on the news page');
    expect(before.has('person/maryam-nawaz')).toBe(false);

    const options = await openOptions();
    expect(await options.getByTestId('kb-entities').textContent()).toBe(String(seed.entities.length));
    await chooseFile(options, updatedFile);
    const preview = options.getByTestId('import-preview');
    await preview.waitFor();
    expect(await preview.locator('h3').textContent()).toBe('“Pakistan security and politics, week 10”');
    expect(await options.getByTestId('preview-bundle').textContent()).toMatch(
      /Version 1, made .*2026: 97 entities, 7 articles/,
    );
    // Merge is proposed first when a knowledge base exists; the table follows the choice.
    expect(await options.getByTestId('mode-merge').isChecked()).toBe(true);
    const cell = (row: string, kind: string) =>
      options.getByTestId(`diff-${row}`).locator(`[data-kind="${kind}"]`).textContent();
    expect(await cell('entities', 'added')).toBe('3');
    expect(await cell('entities', 'removed')).toBe('0');
    expect(await cell('articles', 'added')).toBe('1');
    expect(await options.getByTestId('diff-examples').locator('[data-kind="added"]').textContent()).toMatch(
      /Maryam Nawaz/,
    );
    await options.getByTestId('mode-replace').check();
    expect(await options.locator('.diff caption').textContent()).toBe('What replacing changes');
    expect(Number(await cell('entities', 'changed'))).toBeGreaterThan(0);
    await options.getByTestId('mode-merge').check();

    await options.getByTestId('import-apply').click();
    await notice(options, /Imported “Pakistan security and politics, week 10” \(merged\)\. Open pages use it now\./);
    await waitFor(
      async () => ((await options.getByTestId('kb-entities').textContent()) === '97' ? true : undefined),
      'the new figures',
    );

    const after = await waitFor(async () => {
      const ids = await entityIdsOn(news);
      return ids.has('person/maryam-nawaz') ? ids : undefined;
    }, 'Maryam Nawaz painted on the open page');
    expect(after.has('place/lahore')).toBe(true);
    expect(await news.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce)).toBe(true);
    const names = (await mentionsOf(news)).mentions
      .filter((m) => m.entityId === 'person/maryam-nawaz')
      .map((m) => m.text);
    expect(names).toContain('Maryam Nawaz');

    // Rolled back in one click: the database is the seed again, and the page drops the new names.
    await options.getByTestId('rollback').click();
    await notice(options, /Rolled back to “Backstory seed/);
    await waitFor(
      async () => ((await entityIdsOn(news)).has('person/maryam-nawaz') ? undefined : true),
      'Maryam Nawaz gone after the rollback',
    );
    expect(await options.getByTestId('kb-entities').textContent()).toBe(String(seed.entities.length));
    expect(await options.getByTestId('rollback').count()).toBe(0);
    await options.close();
    await news.close();
  });

  it('imports a bundle made by the curator’s loop (propose, review, accept), and a page open before paints the accepted names', async () => {
    // The curator's three commands, run as a curator runs them, on a copy of the seeds plus the update's article.
    const work = join(dir, 'curator');
    const articles = join(work, 'articles');
    await mkdir(articles, { recursive: true });
    const seeds = resolve(import.meta.dirname, '../../seeds');
    for (const name of (await readdir(seeds)).filter((n) => n.endsWith('.txt')))
      await copyFile(join(seeds, name), join(articles, name));
    for (const name of (await readdir(UPDATE_DIR)).filter((n) => n.endsWith('.txt')))
      await copyFile(join(UPDATE_DIR, name), join(articles, name));
    await copyFile(join(seeds, 'registry.json'), join(work, 'registry.json'));
    const kbBuild = (...args: string[]) =>
      execFileSync(
        process.execPath,
        [
          '--import',
          'tsx',
          resolve(import.meta.dirname, '../../scripts/kb-build.ts'),
          '--articles',
          articles,
          '--registry',
          join(work, 'registry.json'),
          '--out',
          join(work, 'accepted.json'),
          '--name',
          'Accepted proposals',
          ...args,
        ],
        { stdio: 'pipe' },
      );
    kbBuild('--propose', join(work, 'proposals.json'));
    const proposals = await readFile(join(work, 'proposals.json'), 'utf8');
    expect(proposals).toMatch(/"name":"Maryam Nawaz","type":"person"/u);
    // Review: the curator refuses Punjab by deleting its line.
    await writeFile(
      join(work, 'proposals.json'),
      proposals
        .split('\n')
        .filter((line) => !line.includes('"name":"Punjab"'))
        .join('\n'),
    );
    kbBuild('--accept', join(work, 'proposals.json'));
    const registry = JSON.parse(await readFile(join(work, 'registry.json'), 'utf8')) as { entities: { id: string }[] };
    expect(registry.entities.map((e) => e.id)).toContain('person/maryam-nawaz');
    expect(registry.entities.map((e) => e.id)).not.toContain('place/punjab');

    const news = await browser.context.newPage();
    await news.goto(server.url(newsPath));
    await news.evaluate(() => Object.assign(window, { loadedOnce: true }));
    await waitFor(
      async () => ((await entityIdsOn(news)).has('place/islamabad') ? true : undefined),
      'the seed names on the news page',
    );
    expect((await entityIdsOn(news)).has('person/maryam-nawaz')).toBe(false);

    const options = await openOptions();
    await importThrough(options, join(work, 'accepted.json'), 'merge');
    const after = await waitFor(async () => {
      const ids = await entityIdsOn(news);
      return ids.has('person/maryam-nawaz') ? ids : undefined;
    }, 'Maryam Nawaz painted on the open page');
    expect(after.has('place/lahore')).toBe(true);
    expect(after.has('place/punjab')).toBe(false);
    expect(await news.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce)).toBe(true);

    await options.getByTestId('rollback').click();
    await notice(options, /Rolled back/);
    await options.close();
    await news.close();
  });

  it('imports a file dropped on the page', async () => {
    const options = await openOptions();
    const text = JSON.stringify(updated);
    await options.evaluate((json) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([json], 'dropped.json', { type: 'application/json' }));
      const zone = document.querySelector('[data-testid="drop-zone"]')!;
      zone.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
      zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    }, text);
    await options.getByTestId('import-preview').waitFor();
    expect(await options.getByTestId('preview-bundle').textContent()).toMatch(/File dropped\.json/);
    await options.getByRole('button', { name: 'Cancel' }).click();
    expect(await options.getByTestId('import-preview').count()).toBe(0);
    await options.close();
  });

  it('refuses each bad file with a message a reader understands, and leaves the database as it was', async () => {
    const options = await openOptions();
    const broken = structuredClone(seed);
    broken.articles = broken.articles.slice(1);
    const scripted = structuredClone(seed);
    scripted.entities[0]!.name = 'Imran Khan<img src=x onerror="document.title=\'pwned\'">';
    const files: [string, string | null, RegExp][] = [
      ['empty.json', '', /empty/],
      ['notes.json', 'Imran Khan met Achakzai in Islamabad.', /not JSON/],
      ['truncated.json', JSON.stringify(seed).slice(0, 40_000), /cut off/],
      [
        'package.json',
        JSON.stringify({ name: 'backstory', version: '0.1.0', dependencies: {} }),
        /not a Backstory bundle.*format/,
      ],
      ['future.json', JSON.stringify({ ...seed, version: 2 }), /version 2, newer than this Backstory understands/],
      [
        'schema.json',
        JSON.stringify({
          ...seed,
          entities: [{ ...seed.entities[0], type: 'animal', mentionCount: -1 }, ...seed.entities.slice(1)],
        }),
        /entities\[0\]\.type.*person.*group.*place/s,
      ],
      [
        'duplicates.json',
        JSON.stringify({ ...seed, entities: [...seed.entities, seed.entities[5]] }),
        /Duplicate entity id "person\//,
      ],
      [
        'missing-article.json',
        JSON.stringify(await rehashed(broken)),
        /Evidence points to article "a-[0-9a-f]+", which the bundle does not contain/,
      ],
      ['markup.json', JSON.stringify(await rehashed(scripted)), /entities\[0\]\.name.*HTML or script/s],
      ['huge.json', null, /This file is 200 MB; Backstory imports bundles of up to 180 MB/],
    ];
    const before = await dumpDb(options);
    for (const [name, text, message] of files) {
      const path = join(dir, name);
      if (text === null) {
        // A sparse file: 200 MB by its size, no disk used. Refused before it is read.
        await writeFile(path, '');
        await truncate(path, 200 * 1024 * 1024);
      } else await writeFile(path, text);
      await chooseFile(options, path);
      const problems = options.getByTestId('import-problems');
      await waitFor(
        async () => ((await problems.count()) > 0 && (await problems.textContent())!.includes(name) ? true : undefined),
        `the message for ${name}`,
      );
      const shown = (await problems.textContent())!;
      expect(shown, name).toMatch(message);
      expect(shown, name).toMatch(/Your knowledge base is unchanged/);
      expect(await options.title()).toBe('Backstory options');
    }
    expect(await dumpDb(options)).toBe(before);
    await options.close();
  });

  it('exports a bundle that imports back to the same state', async () => {
    const options = await openOptions();
    await importThrough(options, updatedFile, 'replace');
    const state = await dumpDb(options, true);
    const downloadEvent = options.waitForEvent('download');
    await options.getByTestId('export').click();
    const download = await downloadEvent;
    expect(download.suggestedFilename()).toMatch(
      /^backstory-pakistan-security-and-politics-week-10-\d{4}-\d{2}-\d{2}\.json$/,
    );
    const exported = join(dir, download.suggestedFilename());
    await download.saveAs(exported);
    // Something else in between, then the export back.
    await options.getByTestId('rollback').click();
    await notice(options, /Rolled back/);
    await waitFor(
      async () =>
        (await options.getByTestId('kb-entities').textContent()) === String(seed.entities.length) ? true : undefined,
      'the rollback',
    );
    await importThrough(options, exported, 'replace');
    const withoutSnapshot = (dump: string) =>
      JSON.stringify(
        (JSON.parse(dump) as [string, unknown[]][]).filter(
          ([name]) => !['snapshots', 'meta', 'searchCache', 'matcherCache'].includes(name),
        ),
      );
    expect(withoutSnapshot(await dumpDb(options, true))).toBe(withoutSnapshot(state));
    await options.close();
  });

  it('renders strings as text even when the database holds markup (written there by something other than an import)', async () => {
    const tampered = structuredClone(seed);
    const markup = `<img src=x onerror="document.title='pwned'"><b>Capital</b> of Pakistan`;
    tampered.entities.find((e) => e.id === 'place/islamabad')!.role = markup;
    const options = await openOptions();
    await writeKnowledgeBase(options, await rehashed(tampered));

    const news = await browser.context.newPage();
    await news.goto(server.url(newsPath));
    await waitFor(
      async () => ((await entityIdsOn(news)).has('place/islamabad') ? true : undefined),
      'Islamabad painted',
    );
    const { x, y } = await mentionPoint(news, 'Islamabad');
    await news.mouse.move(x - 2, y);
    await news.mouse.move(x, y);
    const card = news.locator('backstory-card .card');
    await card.locator('h2').waitFor({ state: 'visible' });
    expect(await card.innerText()).toContain(markup);
    expect(await card.locator('img, b').count()).toBe(0);

    const popup = await browser.openExtensionPage('popup.html#entity=place/islamabad');
    await waitFor(
      async () => ((await popup.locator('body').innerText()).includes(markup) ? true : undefined),
      'the role in the popup’s detail view',
    );
    expect(await popup.locator('main img, main b').count()).toBe(0);
    expect(await news.title()).not.toBe('pwned');
    expect(await popup.title()).not.toBe('pwned');
    await popup.close();
    await news.close();
    await options.close();
  });

  it('keeps the previous knowledge base when the options page is closed or the browser killed midway', async () => {
    const { makeImportBundle } = await import('../fixtures/import-synthetic');
    const big = await makeImportBundle(40_000);
    const bigFile = join(dir, 'big.json');
    await writeFile(bigFile, JSON.stringify(big));

    const startWriting = async (): Promise<Page> => {
      const options = await openOptions();
      await chooseFile(options, bigFile);
      await options.getByTestId('import-preview').waitFor({ timeout: 60_000 });
      await options.getByTestId('mode-replace').check();
      await options.getByTestId('import-apply').click();
      // Checked at every frame in the page: the write takes a few seconds.
      await options.waitForFunction(
        () => {
          const bar = document.querySelector<HTMLProgressElement>(
            '[data-testid="import-progress"][data-phase="writing"] progress',
          );
          return bar !== null && bar.max > 1 && bar.value / bar.max > 0.02 && bar.value / bar.max < 0.8;
        },
        undefined,
        { polling: 'raf', timeout: 120_000 },
      );
      return options;
    };

    const inspector = await openOptions();
    const before = await dumpDb(inspector);
    const entitiesBefore = await inspector.getByTestId('kb-entities').textContent();
    const closing = await startWriting();
    await closing.close();
    expect(await dumpDb(inspector)).toBe(before);

    await startWriting();
    const { userDataDir } = browser;
    const pids = execFileSync('pgrep', ['-f', `user-data-dir=${userDataDir}`], { encoding: 'utf8' })
      .trim()
      .split('\n');
    execFileSync('kill', ['-KILL', ...pids]);
    await browser.context.close().catch(() => undefined);
    restartedProfile = userDataDir;
    browser = await launchWithExtension({ userDataDir });
    const restarted = await openOptions();
    expect(await dumpDb(restarted)).toBe(before);
    expect(await restarted.getByTestId('kb-entities').textContent()).toBe(entitiesBefore);
  }, 240_000);
});
