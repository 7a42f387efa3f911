/**
 * The in-page half of bench/pass-steps.ts: each step of the Annotator's pass,
 * and the work it leaves for later (a mention's text, whether it is rendered),
 * timed on its own with the same library calls. A diagnostic, not a contender.
 */
import { PageResolver } from '../lib/match/resolve';
import { scanText, toRuntime, type RuntimeMatcher } from '../lib/match/scan';
import { deserializeMatcher, type SerializedMatcher } from '../lib/match/serialize';
import { textOf } from '../lib/page/annotator';
import { dropUnread, locate, makeVisibilityCheck, readPageText, type TextBlock } from '../lib/page/text-blocks';

let runtime: RuntimeMatcher | null = null;
const now = (): number => performance.now();

function setup(serializedJson: string): void {
  runtime = toRuntime(deserializeMatcher(JSON.parse(serializedJson) as SerializedMatcher));
}

function load(html: string): void {
  CSS.highlights.clear();
  document.body.innerHTML = html;
  document.body.getBoundingClientRect();
}

/** Reads every character of `text` and its class once: the least any scanner in JS does. */
function readEveryCharacter(m: RuntimeMatcher, text: string): number {
  const info = m.charInfo;
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + (info[text.charCodeAt(i)]! & 7)) | 0;
  return sum;
}

export type StepTimes = Record<string, number>;

function steps(): StepTimes {
  const m = runtime!;
  const body = document.body;
  const t: StepTimes = {};
  let s = now();
  const text = body.textContent ?? '';
  t.textContentMs = now() - s;
  s = now();
  readEveryCharacter(m, text);
  t.readEveryCharacterMs = now() - s;

  s = now();
  const page = readPageText(body, m);
  t.readPageTextMs = now() - s;
  s = now();
  const raw: number[] = [];
  scanText(m, page.block.text, raw, page.cuts);
  t.scanMs = now() - s;
  s = now();
  dropUnread(page, raw);
  t.dropUnreadMs = now() - s;
  s = now();
  const decided = new PageResolver<TextBlock>(m).add(page.block, raw);
  t.resolveMs = now() - s;
  s = now();
  const ranges = decided.map((d) => {
    const from = locate(d.block, d.start, false);
    const to = locate(d.block, d.end, true);
    return new StaticRange({ startContainer: from.node, startOffset: from.offset, endContainer: to.node, endOffset: to.offset });
  });
  t.locateAndStaticRangeMs = now() - s;
  s = now();
  const highlight = new Highlight();
  for (const range of ranges) highlight.add(range);
  CSS.highlights.set('backstory-person', highlight);
  t.highlightAddMs = now() - s;

  // Left out of the pass, done when asked:
  s = now();
  let characters = 0;
  for (const range of ranges) characters += textOf(range).length;
  t.everyMentionTextMs = now() - s;
  s = now();
  const isVisible = makeVisibilityCheck();
  let rendered = 0;
  for (const range of ranges) if (isVisible(range.startContainer.parentElement!)) rendered++;
  t.everyMentionRenderedMs = now() - s;
  t.mentions = ranges.length;
  t.rendered = rendered;
  t.mentionCharacters = characters;
  t.textNodes = page.block.nodes.length;
  return t;
}

(window as unknown as { passSteps: unknown }).passSteps = { setup, load, steps };
