/**
 * The in-page half of the matcher benchmark. bench/run.ts bundles this file
 * with esbuild into an IIFE, injects it (and mark.js) into a Chromium page and
 * calls the functions it puts on `window.backstoryBench`.
 *
 * Every contender's timed section is the same shape:
 *   t0 → [contender's own work: walk + match + paint] → t1
 *      → document.body.getBoundingClientRect() (forces style and layout) → t2
 *      → requestAnimationFrame + setTimeout(0) (the frame that paints it) → t3
 * `passMs` = t2 − t0 is the figure compared; `toFrameMs` = t3 − t0 is reported too.
 * Restoring the page (`load`) and garbage collection happen outside it.
 */
import type { EntityType } from '../lib/bundle/schema';
import { LinkKind, PageLinker, type TextLayout } from '../lib/match/linker';
import { toRuntime, type RuntimeMatcher } from '../lib/match/runtime';
import { scanText } from '../lib/match/scan';
import { deserializeMatcher, type SerializedMatcher } from '../lib/match/serialize';
import { Annotator, HIGHLIGHT_NAMES, PageMention, textOf } from '../lib/dom/page/annotator';
import {
  dropUnread,
  staticRangeOf,
  makeVisibilityCheck,
  readPageText,
  type PageText,
  type TextBlock,
} from '../lib/dom/page/text-blocks';
import { MARK_CHUNK, MARK_OPTIONS } from './mark-options';

export type PageKind = 'mentions' | 'none';

export interface SetupInput {
  /** `JSON.stringify(serializeMatcher(compiled))`: what an extension message carries. */
  serializedJson: string;
  regexSource: string;
  regexFlags: string;
  /** Lower-cased alias -> entity type, to paint a RegExp match in its colour. */
  aliasTypes: Record<string, EntityType>;
  /** The alias list for mark.js, longest first. */
  markAliases: string[];
  pages: Record<PageKind, string>;
}

export interface Timing {
  /** Own work plus forced style and layout: the compared figure. */
  passMs: number;
  /** Own work only (script). */
  scriptMs: number;
  /** The forced style and layout after it. */
  layoutMs: number;
  /** From t0 until after the next frame. */
  toFrameMs: number;
  /** Mentions painted or marked. */
  count: number;
}

export interface PhaseTiming extends Timing {
  walkMs: number;
  matchMs: number;
  paintMs: number;
  /** RegExp only: construction plus a first exec on a one-character string. */
  compileMs?: number;
  textNodes: number;
  chars: number;
}

export interface PartialTiming extends PhaseTiming {
  finished: boolean;
  /** How far it got: aliases processed (mark.js) or characters scanned (RegExp). */
  done: number;
  total: number;
}

interface MarkOptions {
  separateWordSearch: boolean;
  accuracy: { value: 'exactly'; limiters: string[] };
  diacritics: boolean;
  acrossElements: boolean;
  caseSensitive: boolean;
  exclude: string[];
  done: (count: number) => void;
}
declare const Mark: new (context: Element) => { mark(keywords: string[], options: MarkOptions): void };

let pages: Record<PageKind, string> = { mentions: '', none: '' };
let runtime: RuntimeMatcher | null = null;
let annotator: Annotator | null = null;
let regexSource = '';
let regexFlags = '';
let types: Record<string, EntityType> = {};
let markAliases: string[] = [];
let regexRound = 0;
const own = new Map<EntityType, Highlight>();

const now = (): number => performance.now();
const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const forceLayout = (): void => {
  document.body.getBoundingClientRect();
};

function setup(input: SetupInput): {
  deserializeMs: number;
  toRuntimeMs: number;
  typedArrayBytes: number;
  runtimeExtraBytes: number;
} {
  pages = input.pages;
  regexSource = input.regexSource;
  regexFlags = input.regexFlags;
  types = input.aliasTypes;
  markAliases = input.markAliases;
  const t0 = now();
  const compiled = deserializeMatcher(JSON.parse(input.serializedJson) as SerializedMatcher);
  const t1 = now();
  runtime = toRuntime(compiled);
  const t2 = now();
  return { deserializeMs: t1 - t0, toRuntimeMs: t2 - t1, ...matcherBytes(runtime) };
}

/** Bytes of the typed arrays of the compiled matcher, and of those `toRuntime` adds. */
function matcherBytes(m: RuntimeMatcher): { typedArrayBytes: number; runtimeExtraBytes: number } {
  const compiled = [
    m.childStart,
    m.edgeClass,
    m.nodeKey,
    m.startWords,
    m.keyCandidates,
    m.keyCaseSensitive,
    m.candidateEntity,
    m.candidateShort,
  ];
  return {
    typedArrayBytes: compiled.reduce((sum, a) => sum + a.byteLength, 0),
    runtimeExtraBytes: m.charInfo.byteLength + m.rootChild.byteLength + m.entityRegion.byteLength,
  };
}

/** Puts a fresh copy of a page in the body and drops every highlight (not timed). With `describe`, also reads its text. */
async function load(kind: PageKind, describe = false): Promise<{ textNodes: number; chars: number } | null> {
  annotator = null;
  own.clear();
  CSS.highlights.clear();
  document.body.innerHTML = pages[kind];
  forceLayout();
  await frame();
  await frame();
  if (!describe) return null;
  const { block } = readPageText(document.body, runtime!);
  return { textNodes: block.nodes.length, chars: block.text.length };
}

export interface WalkBreakdown {
  /** readPageText as shipped (text, text nodes, the cuts that split a word). */
  readPageTextMs: number;
  /** `document.body.textContent` alone. */
  textContentMs: number;
  /** A TreeWalker over text nodes only, no filter, collecting them and their lengths. */
  bareTextWalkMs: number;
  /** Cuts decided up front (where a word runs across two text nodes of different blocks). */
  knownCuts: number;
  textNodes: number;
  /** Characters of `textContent`. */
  chars: number;
}

/** Splits the walk: readPageText against the two native steps under it (diagnostic, not a contender). */
function walkBreakdown(): WalkBreakdown {
  const body = document.body;
  let t = now();
  const page = readPageText(body, runtime!);
  const readPageTextMs = now() - t;

  t = now();
  const text = body.textContent;
  const textContentMs = now() - t;

  t = now();
  const textNodes = bareTextWalk(body);
  const bareTextWalkMs = now() - t;
  return {
    readPageTextMs,
    textContentMs,
    bareTextWalkMs,
    knownCuts: page.cuts.known.length,
    textNodes,
    chars: text.length,
  };
}

async function finish(t0: number, t1: number, count: number): Promise<Timing> {
  forceLayout();
  const t2 = now();
  await frame();
  const t3 = now();
  return { passMs: t2 - t0, scriptMs: t1 - t0, layoutMs: t2 - t1, toFrameMs: t3 - t0, count };
}

/** Contender A: the product's own path. */
function runBackstory(): Promise<Timing> {
  return runAnnotator(true);
}

/** Contender A without the page-wide linking rules (the switch the product keeps for this comparison). */
function runBackstoryWithoutRules(): Promise<Timing> {
  return runAnnotator(false);
}

async function runAnnotator(rules: boolean): Promise<Timing> {
  const t0 = now();
  annotator?.clear();
  annotator = new Annotator(document, runtime!, { rules });
  const count = annotator.scan(document.body);
  const t1 = now();
  return finish(t0, t1, count);
}

/** Registers one Highlight per entity type under the product's names, as the Annotator's constructor does. */
function ownHighlights(): Map<EntityType, Highlight> {
  for (const type of Object.keys(HIGHLIGHT_NAMES) as EntityType[]) {
    own.get(type)?.clear();
    const highlight = new Highlight();
    own.set(type, highlight);
    CSS.highlights.set(HIGHLIGHT_NAMES[type], highlight);
  }
  return own;
}

/** The page's block boundaries and unread text, as the linker asks for them (what `Annotator.scan` passes). */
function layoutOf(page: PageText): TextLayout {
  return { isCut: (start, end) => page.cuts.firstInside(start, end) >= 0, isRead: page.isReadAt };
}

/** Paints one match: the same calls as `Annotator.paint` (the hit-test index is built on the first hover, not in the pass). */
function paintInto(
  highlights: Map<EntityType, Highlight>,
  all: PageMention[],
  block: TextBlock,
  start: number,
  end: number,
  entity: number,
  type: EntityType,
  kind: LinkKind,
): void {
  const range = staticRangeOf(block, start, end);
  const mention = new PageMention(entity, range, kind);
  all.push(mention);
  highlights.get(type)!.add(range);
}

/**
 * Contender A split into phases: the Annotator's work re-done step by step with
 * the same library calls (readPageText; scanText + dropUnread + PageResolver; paint), each timed.
 */
async function runBackstoryPhases(): Promise<PhaseTiming> {
  const m = runtime!;
  const t0 = now();
  const highlights = ownHighlights();
  const page = readPageText(document.body, m);
  const tWalk = now();
  const linker = new PageLinker<TextBlock>(m);
  const raw: number[] = [];
  scanText(m, page.block.text, raw, page.cuts);
  dropUnread(page, raw);
  const decided = linker.add(page.block, page.block.text, raw, layoutOf(page));
  const tMatch = now();
  const all: PageMention[] = [];
  for (const d of decided)
    paintInto(highlights, all, d.block, d.start, d.end, d.entity, m.entities[d.entity]!.type, d.kind);
  const t1 = now();
  const timing = await finish(t0, t1, all.length);
  return {
    ...timing,
    walkMs: tWalk - t0,
    matchMs: tMatch - tWalk,
    paintMs: t1 - tMatch,
    textNodes: page.block.nodes.length,
    chars: page.block.text.length,
  };
}

/**
 * Contender B: one RegExp alternation of every alias over the same text
 * (`readPageText`, the same walk), painted the same way. A fresh pattern
 * string each round (an empty group repeated a round-dependent number of
 * times) defeats V8's RegExp cache, so each timed pass includes compiling it,
 * as the first pass in a tab would. It stops at `deadlineMs`, between two
 * chunks of the text.
 */
async function runRegex(deadlineMs: number): Promise<PartialTiming> {
  regexRound++;
  const t0 = now();
  const highlights = ownHighlights();
  const re = new RegExp(`${regexSource}(?:){0,${regexRound}}`, regexFlags);
  re.exec(' ');
  const tCompile = now();
  const page = readPageText(document.body, runtime!);
  const tWalk = now();
  const text = page.block.text;
  const total = text.length;
  const found: { start: number; end: number; type: EntityType }[] = [];
  let done = 0;
  let finished = true;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    found.push({ start: m.index, end: m.index + m[0].length, type: types[m[0].toLowerCase()] ?? 'person' });
    done = re.lastIndex;
    if ((found.length & 63) === 0 && now() - t0 > deadlineMs) {
      finished = false;
      break;
    }
  }
  if (finished) done = total;
  const tMatch = now();
  const all: PageMention[] = [];
  for (const f of found) {
    if (page.isReadAt(f.start)) paintInto(highlights, all, page.block, f.start, f.end, 0, f.type, LinkKind.Name);
  }
  const t1 = now();
  const timing = await finish(t0, t1, all.length);
  return {
    ...timing,
    compileMs: tCompile - t0,
    walkMs: tWalk - tCompile,
    matchMs: tMatch - tWalk,
    paintMs: t1 - tMatch,
    textNodes: page.block.nodes.length,
    chars: total,
    finished,
    done,
    total,
  };
}

/**
 * Contender C: mark.js marking the same alias list (longest first), in calls
 * of MARK_CHUNK aliases; it stops between two calls once `deadlineMs` has
 * passed. `limit` marks only the first aliases (warm-up).
 */
async function runMark(deadlineMs: number, limit?: number): Promise<PartialTiming> {
  const aliases = limit === undefined ? markAliases : markAliases.slice(0, limit);
  let count = 0;
  let done = 0;
  const t0 = now();
  const marker = new Mark(document.body);
  for (let i = 0; i < aliases.length; i += MARK_CHUNK) {
    if (now() - t0 > deadlineMs) break;
    const chunk = aliases.slice(i, i + MARK_CHUNK);
    marker.mark(chunk, { ...MARK_OPTIONS, done: (n: number) => (count += n) });
    done += chunk.length;
  }
  const t1 = now();
  const timing = await finish(t0, t1, count);
  return {
    ...timing,
    walkMs: NaN,
    matchMs: NaN,
    paintMs: NaN,
    textNodes: 0,
    chars: 0,
    finished: done === aliases.length,
    done,
    total: aliases.length,
  };
}

/** Reads every character of `text` and its class once: the least any scanner in JS does. */
function readEveryCharacter(m: RuntimeMatcher, text: string): number {
  const info = m.charInfo;
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + (info[text.charCodeAt(i)]! & 7)) | 0;
  return sum;
}

/** Every text node under `root` and its length, by a TreeWalker with no filter: the least a pass that places a match in the DOM reads. */
function bareTextWalk(root: Node): number {
  const nodes: Text[] = [];
  const lengths: number[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node as Text);
    lengths.push((node as Text).length);
  }
  return nodes.length;
}

/** Every character read from the text nodes' own `data`, without `textContent`: the other way to get the text. */
function readFromTextNodes(m: RuntimeMatcher, root: Node): number {
  let sum = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    sum = (sum + readEveryCharacter(m, (node as Text).data)) | 0;
  return sum;
}

export type StepTimes = Record<string, number>;

/**
 * Each step of the Annotator's pass, and the work it leaves for later (a
 * mention's text, whether it is rendered), timed on its own with the same
 * library calls: a diagnostic for bench/pass-steps.ts, not a contender.
 */
function passSteps(): StepTimes {
  const m = runtime!;
  const body = document.body;
  const t: StepTimes = {};
  let s = now();
  const text = body.textContent;
  t.textContentMs = now() - s;
  s = now();
  readEveryCharacter(m, text);
  t.readEveryCharacterMs = now() - s;
  // Floors: what reading the page costs whatever the design.
  s = now();
  bareTextWalk(body);
  t.bareTextWalkMs = now() - s;
  s = now();
  readFromTextNodes(m, body);
  t.textFromNodesMs = now() - s;
  s = now();
  t.innerTextChars = body.innerText.length;
  t.innerTextMs = now() - s;

  s = now();
  const page = readPageText(body, m);
  t.readPageTextMs = now() - s;
  s = now();
  const raw: number[] = [];
  scanText(m, page.block.text, raw, page.cuts);
  t.scanMs = now() - s;
  s = now();
  scanText(m, page.block.text, [], page.cuts);
  t.scanAgainMs = now() - s;
  s = now();
  dropUnread(page, raw);
  t.dropUnreadMs = now() - s;
  s = now();
  const decided = new PageLinker<TextBlock>(m).add(page.block, page.block.text, raw, layoutOf(page));
  t.resolveMs = now() - s;
  s = now();
  const ranges = decided.map((d) => staticRangeOf(d.block, d.start, d.end));
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

let probe: RegExp | null = null;

/** The probe's first step: only `new RegExp` (V8 parses the pattern here). */
function constructRegex(): { constructMs: number } {
  const t0 = now();
  probe = new RegExp(regexSource, regexFlags);
  return { constructMs: now() - t0 };
}

/** The probe's second step: first exec on one character (V8 compiles here), then on a long string. */
function compileRegex(): { compileMs: number; firstLongExecMs: number } {
  const re = probe!;
  const t0 = now();
  re.exec(' ');
  const t1 = now();
  re.lastIndex = 0;
  re.exec('x '.repeat(600));
  return { compileMs: t1 - t0, firstLongExecMs: now() - t1 };
}

let held: RuntimeMatcher | null = null;

/** Decodes a matcher message and keeps the result, nothing else (for the memory measurement). */
function holdMatcher(serializedJson: string): { typedArrayBytes: number; runtimeExtraBytes: number } {
  held = toRuntime(deserializeMatcher(JSON.parse(serializedJson) as SerializedMatcher));
  return matcherBytes(held);
}

function dropMatcher(): void {
  held = null;
}

/** Sets the RegExp alone (for the compile probe, which runs in a browser of its own). */
function setRegex(source: string, flags: string): void {
  regexSource = source;
  regexFlags = flags;
}

const api = {
  setup,
  load,
  walkBreakdown,
  passSteps,
  runBackstory,
  runBackstoryWithoutRules,
  runBackstoryPhases,
  runRegex,
  runMark,
  constructRegex,
  compileRegex,
  setRegex,
  holdMatcher,
  dropMatcher,
};
export type BenchApi = typeof api;
(window as unknown as { backstoryBench: BenchApi }).backstoryBench = api;
