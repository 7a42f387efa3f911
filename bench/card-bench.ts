/**
 * Card latency in Chromium with the built extension: the time from the hover
 * delay elapsing to the frame that paints the card, with the entity's data
 * cached in the tab, against the same card fetched cold from the background's
 * IndexedDB. Part of `npm run bench`; alone: npx tsx bench/card-bench.ts (after npm run build).
 */
import { renderNewsSite } from '../tests/fixtures/news-site';
import { launchWithExtension, waitFor } from '../tests/support/extension';
import { mentionPoint } from '../tests/support/pages';
import { startServer } from '../tests/support/server';
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { MentionReport } from '../lib/messages';

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export interface CardSamples {
  /** First card of an entity in a fresh browser, with the hover delay at 100 ms so that the fetch starts as the delay ends. */
  cold: number[];
  /** Of those, the first card of each tab (the card's first render in the tab). */
  coldFirstInTab: number[];
  /** The same cards again: the data is in the tab's cache. */
  cached: number[];
  /** First card of an entity at the default delay (450 ms): the data is fetched while the pointer rests. */
  hover: number[];
  /** The cold path's share outside the tab: an entity's details asked of the background from an extension page, every entity once. */
  roundTrip: number[];
}

declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

async function hoverCard(page: Page, name: string): Promise<number> {
  const { x, y } = await mentionPoint(page, name);
  await page.mouse.move(x - 1, y);
  await page.mouse.move(x, y);
  const card = page.locator('backstory-card .card[data-paint-ms]');
  await card.waitFor({ timeout: 10_000 });
  const ms = Number(await card.getAttribute('data-paint-ms'));
  await page.keyboard.press('Escape');
  await page.locator('backstory-card').waitFor({ state: 'detached' });
  await page.mouse.move(1, 1);
  return ms;
}

export async function benchCards(rounds = 3): Promise<CardSamples> {
  const site = await renderNewsSite();
  const server = await startServer(Object.fromEntries(site.pages.map((p) => [`/${p.slug}.html`, p.html])));
  const samples: CardSamples = { cold: [], coldFirstInTab: [], cached: [], hover: [], roundTrip: [] };
  for (let round = 0; round < rounds; round++) {
    for (const delay of [100, 450]) {
      // A fresh browser for each round and delay, so that the first card of each entity is really cold.
      const browser = await launchWithExtension();
      try {
        await browser.worker.evaluate(
          (ms) =>
            chrome.storage.local.set({
              settings: { enabled: true, pausedOrigins: [], hoverDelayMs: ms, wrongLinks: {} },
            }),
          delay,
        );
        for (const newsPage of site.pages) {
          const page = await browser.context.newPage();
          await page.goto(server.url(`/${newsPage.slug}.html`));
          const { mentions } = await waitFor(async () => {
            const r = await browser.askTab<{ mentions: MentionReport[] }>(page, { type: 'backstory:mentions' });
            return r.mentions.length > 0 ? r : undefined;
          }, 'mentions');
          const names = [...new Map(mentions.map((m) => [m.entityId, m.text])).values()]
            .filter((t) => !/\p{Script=Arabic}/u.test(t))
            .slice(0, 8);
          for (const [i, name] of names.entries()) {
            if (delay === 100) {
              const cold = await hoverCard(page, name);
              samples.cold.push(cold);
              if (i === 0) samples.coldFirstInTab.push(cold);
              samples.cached.push(await hoverCard(page, name));
            } else {
              samples.hover.push(await hoverCard(page, name));
            }
          }
          await page.close();
        }
      } finally {
        await browser.close();
      }
    }
  }
  await server.close();
  samples.roundTrip = await roundTrips();
  return samples;
}

/** Times `backstory:entity` for every entity of the knowledge base, from an extension page (message to the service worker, Dexie read, choice of quotes). */
async function roundTrips(): Promise<number[]> {
  const browser = await launchWithExtension();
  try {
    const page = await browser.openExtensionPage('options.html');
    const send = (message: unknown) =>
      page.evaluate(
        (m) =>
          (
            globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
          ).chrome.runtime.sendMessage(m),
        message,
      );
    // Waits for the seed to be loaded; the matcher lists every entity.
    const { value } = (await send({ type: 'backstory:matcher' })) as {
      value: { matcher: { entities: { id: string }[] } };
    };
    const ids = value.matcher.entities.map((e) => e.id);
    return await page.evaluate(async (list) => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } })
        .chrome.runtime;
      const times: number[] = [];
      for (const id of list) {
        const t = performance.now();
        await runtime.sendMessage({ type: 'backstory:entity', id });
        times.push(performance.now() - t);
      }
      return times;
    }, ids);
  } finally {
    await browser.close();
  }
}

/** The Markdown table of card latencies and the cold/cached ratio. */
export function cardTable({ cold, coldFirstInTab, cached, hover, roundTrip }: CardSamples): string {
  const row = (label: string, v: number[]) =>
    `| ${label} | ${v.length} | ${quantile(v, 0.5).toFixed(1)} | ${quantile(v, 0.95).toFixed(1)} | ${Math.max(...v).toFixed(1)} |`;
  return [
    '| card | samples | median ms | p95 ms | max ms |',
    '| --- | --- | --- | --- | --- |',
    row('cached in the tab', cached),
    row('cold: fetched from the background’s IndexedDB as the delay ends', cold),
    row('of which the first card of a tab', coldFirstInTab),
    row('first hover at the default delay (prefetched while resting)', hover),
    '',
    `ratio cold/cached (medians): ${(quantile(cold, 0.5) / quantile(cached, 0.5)).toFixed(1)}×`,
    '',
    `an entity's details asked of the background from an extension page (${roundTrip.length} entities, once each): median ${quantile(roundTrip, 0.5).toFixed(1)} ms, p95 ${quantile(roundTrip, 0.95).toFixed(1)} ms, max ${Math.max(...roundTrip).toFixed(1)} ms`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const samples = await benchCards();
  writeFileSync(new URL('./results/cards.json', import.meta.url), `${JSON.stringify(samples)}\n`);
  console.log(`${cardTable(samples)}\nRaw samples: bench/results/cards.json\nCommand: npx tsx bench/card-bench.ts`);
}
