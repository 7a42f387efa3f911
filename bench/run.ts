/**
 * npm run bench [-- --quick] [--out FILE] [--sizes 100,10000,100000] [--urdu-share 0.33] [--skip-cards] [--skip-search] [--skip-import]
 *
 * Matcher benchmark: a full pass (walk + match + paint) over a page with about
 * 1 MB of text, in Chromium, for 100, 10,000 and 100,000 aliases, with and
 * without mentions on the page, side by side with mark.js and with one big
 * RegExp alternation, in one browser run, contenders alternating round by
 * round; the pass without the linking rules runs right beside Backstory's, in
 * pairs. Prints Markdown tables and writes the raw results as JSON.
 * What is timed, and why, is in docs/BENCHMARKS.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { compileMatcher, type MatcherSource } from '../lib/match/compile';
import { findMentions } from '../lib/match/index';
import { toRuntime } from '../lib/match/runtime';
import { scanText } from '../lib/match/scan';
import { serializeMatcher } from '../lib/match/serialize';
import type { BenchApi, PageKind, PartialTiming, PhaseTiming, SetupInput, Timing, WalkBreakdown } from './page-bench';
import { CHROMIUM_ARGS } from '../tests/support/extension';
import { callBench, pageBenchBundle } from './bench-page';
import { MARK_CHUNK, MARK_OPTIONS } from './mark-options';
import { median, medianInterval, machineInfo } from './stats';
import {
  aliasList,
  aliasTypes,
  makeKnowledgeBase,
  makePage,
  PAGE_SHELL,
  type SyntheticPage,
} from '../tests/fixtures/synthetic';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: argv } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    out: { type: 'string' },
    sizes: { type: 'string', default: '100,10000,100000' },
    /** Share of the aliases written in Urdu script (by default the few of the usual mix). */
    'urdu-share': { type: 'string' },
    'skip-cards': { type: 'boolean', default: false },
    'skip-search': { type: 'boolean', default: false },
    'skip-import': { type: 'boolean', default: false },
  },
});
const QUICK = argv.quick;
const SIZES = argv.sizes.split(',').map((s) => Number(s.trim()));
const URDU_SHARE = argv['urdu-share'] === undefined ? undefined : Number(argv['urdu-share']);
const knowledgeBase = (aliases: number) =>
  makeKnowledgeBase(aliases, 1, URDU_SHARE === undefined ? {} : { urduShare: URDU_SHARE });
const OUT = resolve(root, argv.out ?? (QUICK ? 'bench/results/latest-quick.json' : 'bench/results/latest.json'));
const COMMAND = `npm run bench${QUICK ? ' -- --quick' : ''}`;

const CONFIG = QUICK
  ? {
      rounds: 3,
      rulePairsPerRound: 1,
      markMaxRounds: 3,
      markDeadlineMs: 15_000,
      markBudgetMs: 20_000,
      regexMaxRounds: 3,
      regexDeadlineMs: 15_000,
      regexBudgetMs: 20_000,
      probeTimeoutMs: 10_000,
    }
  : {
      rounds: 7,
      rulePairsPerRound: 5,
      markMaxRounds: 7,
      markDeadlineMs: 60_000,
      markBudgetMs: 60_000,
      regexMaxRounds: 7,
      regexDeadlineMs: 60_000,
      regexBudgetMs: 60_000,
      probeTimeoutMs: 30_000,
    };

/** Letters and digits of the scripts on the page, for the RegExp's word boundaries (no `u` flag: see the doc). */
const WORD_CHARS = 'A-Za-z0-9\\u00C0-\\u024F\\u0600-\\u06FF';
const REGEX_FLAGS = 'gi';
const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

const LAUNCH_ARGS = [...CHROMIUM_ARGS];

type Contender = 'backstory' | 'norules' | 'phases' | 'regex' | 'markjs';
const CONTENDERS: Contender[] = ['backstory', 'norules', 'regex', 'markjs', 'phases'];
/**
 * What one round runs, in turn: Backstory and the pass without the linking rules always side by side (the
 * rules' cost is a small difference between two passes, and the machine drifts over the seconds a mark.js
 * pass takes), their order alternating pair by pair.
 */
type Slot = 'rules pair' | Exclude<Contender, 'backstory' | 'norules'>;
const SLOTS: Slot[] = ['rules pair', 'regex', 'markjs', 'phases'];

const log = (...parts: unknown[]): void => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...parts);

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function launch(): Promise<{ browser: Browser; context: BrowserContext }> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: LAUNCH_ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // Nothing on these pages needs the network.
  await context.route('**/*', (route) => route.abort());
  return { browser, context };
}

async function openBenchPage(context: BrowserContext, scripts: string[]): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  await page.setContent(PAGE_SHELL);
  for (const content of scripts) await page.addScriptTag({ content });
  const cdp = await context.newCDPSession(page);
  return { page, cdp };
}

const call = callBench;

async function collectGarbage(cdp: CDPSession): Promise<void> {
  await cdp.send('HeapProfiler.collectGarbage');
}

interface HeapUsage {
  usedSize: number;
  totalSize: number;
  embedderHeapUsedSize?: number;
  backingStorageSize?: number;
}
async function heapUsage(cdp: CDPSession): Promise<HeapUsage> {
  await collectGarbage(cdp);
  await collectGarbage(cdp);
  return await cdp.send('Runtime.getHeapUsage');
}

// ---------------------------------------------------------------------------

interface RunRecord {
  round: number;
  /** Backstory and the pass without the rules: the pair the run belongs to. */
  pair?: number;
  contender: Contender;
  timing: Timing | PhaseTiming | PartialTiming;
}

interface ContenderSummary {
  runs: number;
  passMs: number;
  toFrameMs: number;
  scriptMs: number;
  layoutMs: number;
  count: number;
  walkMs?: number;
  matchMs?: number;
  paintMs?: number;
  compileMs?: number;
  /** RegExp only: median of (pass − compile). */
  passWithoutCompileMs?: number;
  /** Median of (to next frame − pass): the frame that paints, including the wait for it. */
  frameAfterPassMs: number;
  /** False when the one run was stopped at the deadline. */
  finished: boolean;
  /** For a run stopped at the deadline: share of the work done, and the linear estimate of the whole. */
  doneShare?: number;
  estimatedMs?: number;
}

interface PageResult {
  kind: PageKind;
  textNodes: number;
  chars: number;
  mentionsWritten: number;
  mentionsFoundInNode: number;
  runs: RunRecord[];
  summary: Partial<Record<Contender, ContenderSummary>>;
  ratios: {
    regexOverBackstory: RatioSummary | null;
    /** The same with the RegExp's compile taken out of its pass. */
    regexWithoutCompileOverBackstory: RatioSummary | null;
    markOverBackstory: RatioSummary | null;
    /** Backstory without the linking rules over Backstory: below 1 by what the rules cost. */
    withoutRulesOverBackstory: RatioSummary | null;
  };
}

interface RatioSummary {
  /** median(contender) / median(Backstory). */
  ofMedians: number;
  /** Median of the per-round ratios (rounds where both ran); for the pass without the rules, of the per-pair ratios. */
  perRoundMedian: number | null;
  /** The 95 % interval of that median (`medianInterval`), null for fewer than six rounds or pairs. */
  perRoundInterval: [number, number] | null;
  /** True when the contender did not finish: the ratio is a lower bound. */
  lowerBound: boolean;
}

interface SizeResult {
  aliases: number;
  entities: number;
  compileMsNode: number;
  trieNodes: number;
  serializedBytes: number;
  serializedTypedArrayBytes: number;
  serializedEntityBytes: number;
  deserializeMs: number;
  toRuntimeMs: number;
  typedArrayBytes: number;
  runtimeExtraBytes: number;
  regexSourceChars: number;
  regexProbe: {
    compiled: boolean;
    constructMs?: number;
    compileMs?: number;
    firstLongExecMs?: number;
    timeoutMs: number;
    error?: string;
  };
  pages: PageResult[];
  /** Diagnostic split of the walk (independent of the alias count, so measured at the first size only). */
  walk?: { kind: PageKind; runs: WalkBreakdown[]; median: WalkBreakdown }[];
}

function medianOf<T extends object>(rows: T[]): T {
  const out: Record<string, number> = {};
  for (const key of Object.keys(rows[0]!)) out[key] = median(rows.map((r) => (r as Record<string, number>)[key]!));
  return out as T;
}

function summarise(runs: RunRecord[], contender: Contender): ContenderSummary | undefined {
  const mine = runs.filter((r) => r.contender === contender);
  if (mine.length === 0) return undefined;
  const t = mine.map((r) => r.timing);
  const pick = (f: (x: Timing & Partial<PartialTiming>) => number | undefined): number | undefined => {
    const xs = t
      .map((x) => f(x as Timing & Partial<PartialTiming>))
      .filter((x): x is number => typeof x === 'number' && !Number.isNaN(x));
    return xs.length ? median(xs) : undefined;
  };
  const partial = t as Partial<PartialTiming>[];
  const unfinished = partial.find((x) => x.finished === false);
  const summary: ContenderSummary = {
    runs: mine.length,
    passMs: pick((x) => x.passMs)!,
    toFrameMs: pick((x) => x.toFrameMs)!,
    scriptMs: pick((x) => x.scriptMs)!,
    layoutMs: pick((x) => x.layoutMs)!,
    count: pick((x) => x.count)!,
    walkMs: pick((x) => x.walkMs),
    matchMs: pick((x) => x.matchMs),
    paintMs: pick((x) => x.paintMs),
    compileMs: pick((x) => x.compileMs),
    passWithoutCompileMs: pick((x) => (x.compileMs === undefined ? undefined : x.passMs - x.compileMs)),
    frameAfterPassMs: pick((x) => x.toFrameMs - x.passMs)!,
    finished: !unfinished,
  };
  if (unfinished && unfinished.done !== undefined && unfinished.total) {
    summary.doneShare = unfinished.done / unfinished.total;
    summary.estimatedMs = summary.doneShare > 0 ? unfinished.scriptMs! / summary.doneShare : undefined;
  }
  return summary;
}

function ratio(
  runs: RunRecord[],
  summary: PageResult['summary'],
  other: Contender,
  withoutCompile = false,
): RatioSummary | null {
  const a = summary.backstory;
  const b = summary[other];
  if (!a || !b) return null;
  const cost = (t: Timing): number => t.passMs - (withoutCompile ? ((t as Partial<PhaseTiming>).compileMs ?? 0) : 0);
  const perRound: number[] = [];
  for (const r of runs.filter((x) => x.contender === other)) {
    const mine = runs.find(
      (x) => x.contender === 'backstory' && (r.pair === undefined ? x.round === r.round : x.pair === r.pair),
    );
    if (mine) perRound.push(cost(r.timing) / mine.timing.passMs);
  }
  const mid = withoutCompile ? (b.passWithoutCompileMs ?? b.passMs) : b.passMs;
  return {
    ofMedians: mid / a.passMs,
    perRoundMedian: perRound.length ? median(perRound) : null,
    perRoundInterval: medianInterval(perRound),
    lowerBound: !b.finished,
  };
}

/** Compiles the RegExp in a browser of its own: V8 can spend minutes compiling a large alternation, and that cannot be interrupted. */
async function probeRegex(bundle: string, source: string): Promise<SizeResult['regexProbe']> {
  const { browser, context } = await launch();
  let constructMs: number | undefined;
  try {
    const { page } = await openBenchPage(context, [bundle]);
    await call(page, 'setRegex', source, REGEX_FLAGS);
    const constructed = await withTimeout(call(page, 'constructRegex'), CONFIG.probeTimeoutMs, 'new RegExp');
    constructMs = constructed.constructMs;
    const r = await withTimeout(call(page, 'compileRegex'), CONFIG.probeTimeoutMs, 'RegExp compile (first exec)');
    return { compiled: true, constructMs, ...r, timeoutMs: CONFIG.probeTimeoutMs };
  } catch (e) {
    return { compiled: false, constructMs, timeoutMs: CONFIG.probeTimeoutMs, error: (e as Error).message };
  } finally {
    await browser.close().catch(() => undefined);
  }
}

/** Checks the synthetic data in Node before use: no alias on the page without mentions, and every written mention found. */
function verify(
  kb: MatcherSource[],
  none: SyntheticPage,
  withMentions: SyntheticPage,
  regexSource: string,
  aliases: number,
): number {
  const runtime = toRuntime(compileMatcher(kb).matcher);
  const raw: number[] = [];
  for (const text of none.blocks) {
    scanText(runtime, text, raw);
    if (raw.length > 0)
      throw new Error(`the page without mentions names "${text.slice(raw[0], raw[1])}" (${aliases} aliases)`);
  }
  const found = findMentions(runtime, withMentions.blocks).length;
  if (found !== withMentions.mentions)
    log(`note: ${withMentions.mentions} mentions written, ${found} found by the matcher in Node (${aliases} aliases)`);
  // The RegExp cross-check only where V8 compiles it quickly.
  if (aliases <= 1000) {
    const re = new RegExp(regexSource, REGEX_FLAGS);
    let inNone = 0;
    let inMentions = 0;
    for (const t of none.blocks) inNone += t.match(re)?.length ?? 0;
    for (const t of withMentions.blocks) inMentions += t.match(re)?.length ?? 0;
    if (inNone > 0) throw new Error(`the RegExp finds ${inNone} matches on the page without mentions`);
    if (inMentions !== withMentions.mentions)
      log(`note: the RegExp finds ${inMentions} of ${withMentions.mentions} mentions in Node (${aliases} aliases)`);
  }
  return found;
}

async function benchSize(
  context: BrowserContext,
  scripts: string[],
  bundle: string,
  aliases: number,
  none: SyntheticPage,
  diagnoseWalk: boolean,
): Promise<SizeResult> {
  log(`${aliases} aliases: generating and compiling`);
  const kb = knowledgeBase(aliases);
  const list = aliasList(kb);
  if (list.length !== aliases) throw new Error(`knowledge base has ${list.length} aliases, wanted ${aliases}`);
  const t0 = performance.now();
  const { matcher } = compileMatcher(kb);
  const compileMsNode = performance.now() - t0;
  const serialized = serializeMatcher(matcher);
  const serializedJson = JSON.stringify(serialized);
  const serializedEntityBytes = Buffer.byteLength(JSON.stringify(serialized.entities));
  const withMentions = makePage({ kb });
  const longestFirst = [...list].sort((a, b) => b.length - a.length);
  const regexSource = `(?<![${WORD_CHARS}])(?:${longestFirst.map(escapeRegex).join('|')})(?![${WORD_CHARS}])`;
  const mentionsFound = verify(kb, none, withMentions, regexSource, aliases);

  log(`${aliases} aliases: RegExp compile probe (up to ${CONFIG.probeTimeoutMs / 1000} s)`);
  const regexProbe = await probeRegex(bundle, regexSource);
  log(
    `${aliases} aliases: RegExp ${regexProbe.compiled ? `compiled in ${regexProbe.compileMs!.toFixed(1)} ms` : `did not compile: ${regexProbe.error}`}`,
  );

  const { page, cdp } = await openBenchPage(context, scripts);
  const input: SetupInput = {
    serializedJson,
    regexSource,
    regexFlags: REGEX_FLAGS,
    aliasTypes: aliasTypes(kb),
    markAliases: longestFirst,
    pages: { mentions: withMentions.bodyHtml, none: none.bodyHtml },
  };
  const setup = await call(page, 'setup', input);

  const result: SizeResult = {
    aliases,
    entities: kb.length,
    compileMsNode,
    trieNodes: matcher.nodeKey.length,
    serializedBytes: Buffer.byteLength(serializedJson),
    serializedTypedArrayBytes: Buffer.byteLength(serializedJson) - serializedEntityBytes,
    serializedEntityBytes,
    ...setup,
    regexSourceChars: regexSource.length,
    regexProbe,
    pages: [],
  };

  for (const kind of ['mentions', 'none'] as PageKind[]) {
    const written = kind === 'mentions' ? withMentions.mentions : 0;
    const shape = (await call(page, 'load', kind, true))!;
    log(`${aliases} aliases, page ${kind}: ${shape.textNodes} text nodes, ${shape.chars} characters; warm-up`);
    // Warm-up (not recorded): JIT for every code path, mark.js on its first 10 aliases.
    await call(page, 'runBackstory');
    await call(page, 'load', kind);
    await call(page, 'runBackstoryWithoutRules');
    await call(page, 'load', kind);
    await call(page, 'runBackstoryPhases');
    await call(page, 'load', kind);
    await call(page, 'runMark', 10_000, 10);
    if (regexProbe.compiled) {
      await call(page, 'load', kind);
      await withTimeout(call(page, 'runRegex', 5_000), 5_000 + 120_000, 'RegExp warm-up');
    }

    const runs: RunRecord[] = [];
    const spent: Record<Contender, number> = { backstory: 0, norules: 0, phases: 0, regex: 0, markjs: 0 };
    const stopped: Record<Contender, boolean> = {
      backstory: false,
      norules: false,
      phases: false,
      regex: !regexProbe.compiled,
      markjs: false,
    };
    const limits: Record<Contender, { rounds: number; budget: number }> = {
      backstory: { rounds: CONFIG.rounds * CONFIG.rulePairsPerRound, budget: Infinity },
      norules: { rounds: CONFIG.rounds * CONFIG.rulePairsPerRound, budget: Infinity },
      phases: { rounds: CONFIG.rounds, budget: Infinity },
      regex: { rounds: CONFIG.regexMaxRounds, budget: CONFIG.regexBudgetMs },
      markjs: { rounds: CONFIG.markMaxRounds, budget: CONFIG.markBudgetMs },
    };
    let pairs = 0;
    for (let round = 0; round < CONFIG.rounds; round++) {
      const order = SLOTS.map((_, i) => SLOTS[(i + round) % SLOTS.length]!).flatMap((slot): [Contender, number?][] => {
        if (slot !== 'rules pair') return [[slot]];
        return Array.from({ length: CONFIG.rulePairsPerRound }, () => pairs++).flatMap((pair): [Contender, number][] =>
          pair % 2 === 0
            ? [
                ['backstory', pair],
                ['norules', pair],
              ]
            : [
                ['norules', pair],
                ['backstory', pair],
              ],
        );
      });
      for (const [contender, pair] of order) {
        const done = runs.filter((r) => r.contender === contender).length;
        if (stopped[contender] || done >= limits[contender].rounds || spent[contender] >= limits[contender].budget)
          continue;
        await call(page, 'load', kind);
        await collectGarbage(cdp);
        let timing: Timing;
        if (contender === 'backstory') timing = await call(page, 'runBackstory');
        else if (contender === 'norules') timing = await call(page, 'runBackstoryWithoutRules');
        else if (contender === 'phases') timing = await call(page, 'runBackstoryPhases');
        else if (contender === 'regex')
          timing = await withTimeout(
            call(page, 'runRegex', CONFIG.regexDeadlineMs),
            CONFIG.regexDeadlineMs + 300_000,
            'RegExp pass',
          );
        else
          timing = await withTimeout(
            call(page, 'runMark', CONFIG.markDeadlineMs),
            CONFIG.markDeadlineMs + 300_000,
            'mark.js pass',
          );
        runs.push({ round, pair, contender, timing });
        spent[contender] += timing.passMs;
        if ((timing as Partial<PartialTiming>).finished === false) stopped[contender] = true;
        const extra =
          (timing as Partial<PartialTiming>).finished === false
            ? ` (stopped at the deadline, ${(timing as PartialTiming).done}/${(timing as PartialTiming).total})`
            : '';
        log(
          `${aliases} aliases, page ${kind}, round ${round + 1}: ${contender} ${timing.passMs.toFixed(1)} ms, ${timing.count} painted${extra}`,
        );
      }
    }
    const summary: PageResult['summary'] = {};
    for (const c of CONTENDERS) {
      const s = summarise(runs, c);
      if (s) summary[c] = s;
    }
    result.pages.push({
      kind,
      textNodes: shape.textNodes,
      chars: shape.chars,
      mentionsWritten: written,
      mentionsFoundInNode: kind === 'mentions' ? mentionsFound : 0,
      runs,
      summary,
      ratios: {
        regexOverBackstory: ratio(runs, summary, 'regex'),
        regexWithoutCompileOverBackstory: ratio(runs, summary, 'regex', true),
        markOverBackstory: ratio(runs, summary, 'markjs'),
        withoutRulesOverBackstory: ratio(runs, summary, 'norules'),
      },
    });
    if (diagnoseWalk) {
      const walkRuns: WalkBreakdown[] = [];
      await call(page, 'walkBreakdown');
      for (let round = 0; round < CONFIG.rounds; round++) {
        await call(page, 'load', kind);
        await collectGarbage(cdp);
        walkRuns.push(await call(page, 'walkBreakdown'));
      }
      (result.walk ??= []).push({ kind, runs: walkRuns, median: medianOf(walkRuns) });
      log(`${aliases} aliases, page ${kind}: walk breakdown ${JSON.stringify(medianOf(walkRuns))}`);
    }
  }
  await page.close();
  return result;
}

interface MemoryResult {
  aliases: number;
  serializedBytes: number;
  typedArrayBytes: number;
  runtimeExtraBytes: number;
  /** JS heap (usedSize) and array-buffer backing stores, after GC. */
  baseline: HeapUsage;
  /** While the message (JSON string) and the decoded matcher are both alive. */
  withMessage: HeapUsage;
  /** The decoded runtime matcher alone, the message dropped. */
  matcherOnly: HeapUsage;
  /** The message string alone, before decoding. */
  messageOnly: HeapUsage;
}

async function measureMemory(context: BrowserContext, bundle: string, aliases: number): Promise<MemoryResult> {
  log(`memory at ${aliases} aliases`);
  const { matcher } = compileMatcher(knowledgeBase(aliases));
  const json = JSON.stringify(serializeMatcher(matcher));
  const { page, cdp } = await openBenchPage(context, [bundle]);
  const baseline = await heapUsage(cdp);
  await page.evaluate((j) => {
    (window as unknown as { message: string | null }).message = j;
  }, json);
  const messageOnly = await heapUsage(cdp);
  const bytes = await page.evaluate(() => {
    const w = window as unknown as { message: string | null; backstoryBench: BenchApi };
    return w.backstoryBench.holdMatcher(w.message!);
  });
  const withMessage = await heapUsage(cdp);
  await page.evaluate(() => {
    (window as unknown as { message: string | null }).message = null;
  });
  const matcherOnly = await heapUsage(cdp);
  await page.close();
  return {
    aliases,
    serializedBytes: Buffer.byteLength(json),
    ...bytes,
    baseline,
    messageOnly,
    withMessage,
    matcherOnly,
  };
}

// ---------------------------------------------------------------------------

const ms = (x: number | undefined): string =>
  x === undefined || Number.isNaN(x) ? '–' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
const times = (r: RatioSummary | null): string =>
  !r ? '–' : `${r.lowerBound ? '≥ ' : ''}${r.ofMedians >= 100 ? r.ofMedians.toFixed(0) : r.ofMedians.toFixed(1)}×`;
const roundRatio = (r: RatioSummary | null): string =>
  !r || r.perRoundMedian === null || r.lowerBound ? '' : ` (${r.perRoundMedian.toFixed(1)}×)`;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
const pageName = (k: PageKind): string => (k === 'mentions' ? 'with mentions' : 'no mention');

function contenderCell(s: ContenderSummary | undefined, probe?: SizeResult['regexProbe']): string {
  if (!s) return probe && !probe.compiled ? `did not compile within ${probe.timeoutMs / 1000} s` : '–';
  if (!s.finished)
    return `did not finish within ${(s.scriptMs / 1000).toFixed(0)} s (${((s.doneShare ?? 0) * 100).toFixed(1)}% done, ≈ ${((s.estimatedMs ?? NaN) / 1000).toFixed(0)} s est.)`;
  return `${ms(s.passMs)} (n=${s.runs})`;
}

function regexRatio(size: SizeResult, p: PageResult): string {
  if (!size.regexProbe.compiled) {
    const bs = p.summary.backstory!.passMs;
    return `≥ ${(size.regexProbe.timeoutMs / bs).toFixed(0)}×`;
  }
  return times(p.ratios.regexOverBackstory) + roundRatio(p.ratios.regexOverBackstory);
}

function report(sizes: SizeResult[], memory: MemoryResult | null): string {
  const lines: string[] = [];
  lines.push(
    'Full pass, median ms (runs); ratio = median(contender) / median(Backstory), median of per-round ratios in brackets.',
    '',
  );
  lines.push(
    '| aliases | page | Backstory | RegExp | RegExp / Backstory | same, RegExp compile left out | mark.js | mark.js / Backstory |',
  );
  lines.push('|---:|---|---:|---:|---:|---:|---:|---:|');
  for (const s of sizes) {
    for (const p of s.pages) {
      lines.push(
        `| ${s.aliases.toLocaleString('en-US')} | ${pageName(p.kind)} | ${contenderCell(p.summary.backstory)} | ${contenderCell(p.summary.regex, s.regexProbe)} | ${regexRatio(s, p)} | ${s.regexProbe.compiled ? times(p.ratios.regexWithoutCompileOverBackstory) + roundRatio(p.ratios.regexWithoutCompileOverBackstory) : '–'} | ${contenderCell(p.summary.markjs)} | ${times(p.ratios.markOverBackstory)}${roundRatio(p.ratios.markOverBackstory)} |`,
      );
    }
  }
  lines.push(
    '',
    'What the page-wide linking rules cost: the same pass with the rules switched off (`Annotator` option `rules: false`), run right beside Backstory in pairs; cost = Backstory / without rules − 1: the median of the per-pair costs, its 95 % interval, and the cost of the medians.',
    '',
  );
  lines.push(
    '| aliases | page | Backstory | without rules | painted (with / without) | rules cost (pairs) | 95 % interval | of the medians |',
  );
  lines.push('|---:|---|---:|---:|---:|---:|---:|---:|');
  for (const s of sizes) {
    for (const p of s.pages) {
      const r = p.ratios.withoutRulesOverBackstory;
      const cost = (x: number | null | undefined): string => (x ? `${((1 / x - 1) * 100).toFixed(1)} %` : '–');
      // The ratio is "without rules / Backstory": its upper end is the lower end of the cost.
      const interval = r?.perRoundInterval ? `${cost(r.perRoundInterval[1])} – ${cost(r.perRoundInterval[0])}` : '–';
      lines.push(
        `| ${s.aliases.toLocaleString('en-US')} | ${pageName(p.kind)} | ${contenderCell(p.summary.backstory)} | ${contenderCell(p.summary.norules)} | ${p.summary.backstory?.count ?? '–'} / ${p.summary.norules?.count ?? '–'} | ${cost(r?.perRoundMedian)} | ${interval} | ${cost(r?.ofMedians)} |`,
      );
    }
  }
  lines.push(
    '',
    'Where the time goes, median ms: walk (readPageText) / match (scan + resolve, or RegExp) / paint (ranges + highlights) / forced layout; then the frame after the pass (to next frame − pass, includes waiting for it).',
    '',
  );
  lines.push(
    '| aliases | page | Backstory walk | match | paint | layout | frame after | RegExp compile | walk | match | paint | frame after | mark.js frame after |',
  );
  lines.push('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const s of sizes) {
    for (const p of s.pages) {
      const b = p.summary.phases;
      const r = p.summary.regex;
      const m = p.summary.markjs;
      lines.push(
        `| ${s.aliases.toLocaleString('en-US')} | ${pageName(p.kind)} | ${ms(b?.walkMs)} | ${ms(b?.matchMs)} | ${ms(b?.paintMs)} | ${ms(b?.layoutMs)} | ${ms(p.summary.backstory?.frameAfterPassMs)} | ${ms(r?.compileMs)} | ${ms(r?.walkMs)} | ${ms(r?.matchMs)} | ${ms(r?.paintMs)} | ${r?.finished ? ms(r.frameAfterPassMs) : '–'} | ${m?.finished ? ms(m.frameAfterPassMs) : '–'} |`,
      );
    }
  }
  const walk = sizes[0]?.walk;
  if (walk) {
    lines.push('', 'The walk alone, median ms (diagnostic; same DOM for every alias count):', '');
    lines.push(
      '| page | readPageText | body.textContent alone | bare TreeWalker alone (text nodes and lengths) | cuts decided up front | text nodes |',
    );
    lines.push('|---|---:|---:|---:|---:|---:|');
    for (const w of walk) {
      const m = w.median;
      lines.push(
        `| ${pageName(w.kind)} | ${ms(m.readPageTextMs)} | ${ms(m.textContentMs)} | ${ms(m.bareTextWalkMs)} | ${m.knownCuts} | ${m.textNodes} |`,
      );
    }
  }
  lines.push('', 'Setup per alias count (not in the pass):', '');
  lines.push(
    '| aliases | entities | compile in Node | trie nodes | message (JSON) | of which entities | deserialise in page | toRuntime | typed arrays | RegExp source | RegExp compile (probe) |',
  );
  lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const s of sizes) {
    const probe = s.regexProbe.compiled
      ? `${ms(s.regexProbe.constructMs)} ms new + ${ms(s.regexProbe.compileMs)} ms first exec + ${ms(s.regexProbe.firstLongExecMs)} ms first long exec`
      : `${s.regexProbe.constructMs === undefined ? '' : `${ms(s.regexProbe.constructMs)} ms new, then `}first exec did not finish within ${s.regexProbe.timeoutMs / 1000} s`;
    lines.push(
      `| ${s.aliases.toLocaleString('en-US')} | ${s.entities.toLocaleString('en-US')} | ${ms(s.compileMsNode)} ms | ${s.trieNodes.toLocaleString('en-US')} | ${mb(s.serializedBytes)} | ${mb(s.serializedEntityBytes)} | ${ms(s.deserializeMs)} ms | ${ms(s.toRuntimeMs)} ms | ${mb(s.typedArrayBytes)} | ${(s.regexSourceChars / 1024).toFixed(0)} KB | ${probe} |`,
    );
  }
  if (memory) {
    const d = (a: HeapUsage, b: HeapUsage): string =>
      `JS heap +${mb(a.usedSize - b.usedSize)}, array buffers +${mb((a.backingStorageSize ?? 0) - (b.backingStorageSize ?? 0))}`;
    lines.push(
      '',
      `Tab memory for the matcher at ${memory.aliases.toLocaleString('en-US')} aliases (CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage, difference to an empty page):`,
      '',
    );
    lines.push(
      `- message as received (JSON string): ${mb(memory.serializedBytes)}; ${d(memory.messageOnly, memory.baseline)}`,
    );
    lines.push(`- message and decoded matcher both alive: ${d(memory.withMessage, memory.baseline)}`);
    lines.push(`- decoded matcher kept, message dropped: ${d(memory.matcherOnly, memory.baseline)}`);
    lines.push(
      `- of which typed arrays: ${mb(memory.typedArrayBytes)} compiled + ${mb(memory.runtimeExtraBytes)} runtime tables (charInfo, rootChild, entityRegion)`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const started = Date.now();
  const loadAverageAtStart = os.loadavg();
  const require = createRequire(import.meta.url);
  const markJs = readFileSync(require.resolve('mark.js/dist/mark.js'), 'utf8');
  const markVersion = (JSON.parse(readFileSync(require.resolve('mark.js/package.json'), 'utf8')) as { version: string })
    .version;
  const bundle = await pageBenchBundle();
  log(`bundle ${(bundle.length / 1024).toFixed(0)} KB; generating the page without mentions`);
  const none = makePage({ kb: null });

  const { browser, context } = await launch();
  const chromiumVersion = (() => {
    try {
      return execFileSync('/usr/bin/chromium', ['--version'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    } catch {
      return browser.version();
    }
  })();
  const browserVersion = browser.version();
  const sizes: SizeResult[] = [];
  let memory: MemoryResult;
  try {
    for (const [i, n] of SIZES.entries())
      sizes.push(await benchSize(context, [markJs, bundle], bundle, n, none, i === 0));
    memory = await measureMemory(context, bundle, Math.max(...SIZES));
  } finally {
    await browser.close();
  }

  const table = report(sizes, memory);
  const results = {
    command: COMMAND,
    date: new Date().toISOString(),
    durationS: Math.round((Date.now() - started) / 1000),
    machine: {
      ...machineInfo(loadAverageAtStart),
      memoryGB: Math.round(os.totalmem() / 1024 ** 3),
      platform: `${os.type()} ${os.release()}`,
      chromium: chromiumVersion,
      browserVersion,
      markJs: markVersion,
    },
    config: {
      ...CONFIG,
      sizes: SIZES,
      urduShare: URDU_SHARE ?? null,
      markChunk: MARK_CHUNK,
      markOptions: MARK_OPTIONS,
      regexFlags: REGEX_FLAGS,
      regexWordChars: WORD_CHARS,
    },
    pages: {
      none: {
        textChars: none.textChars,
        words: none.words,
        blocks: none.blocks.length,
        htmlBytes: Buffer.byteLength(none.bodyHtml),
      },
    },
    sizes,
    memory,
    table,
  };
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(results, null, 1)}\n`);
  console.log(table);
  console.log(
    `\nRaw results: ${OUT.replace(`${root}/`, '')} (${results.durationS} s, ${chromiumVersion}, ${os.cpus().length} cores)`,
  );
  console.log(`Command: ${COMMAND}`);
  if (!argv['skip-cards']) await cards();
  if (!argv['skip-search']) await popupSearch();
  if (!argv['skip-import']) await importBundles();
}

/** Card latency with the built extension (bench/card-bench.ts); figures in docs/BENCHMARKS.md, "Hover card". */
async function cards(): Promise<void> {
  const { benchCards, cardTable } = await import('./card-bench');
  const samples = await benchCards(QUICK ? 1 : 3);
  const out = OUT.replace(/\.json$/u, '-cards.json');
  writeFileSync(out, `${JSON.stringify(samples)}\n`);
  console.log(`\n## Hover card\n\n${cardTable(samples)}\nRaw samples: ${out.replace(`${root}/`, '')}`);
}

/** Popup search per keystroke and popup time to interactive (bench/search-bench.ts); figures in docs/BENCHMARKS.md, "Popup search". */
async function popupSearch(): Promise<void> {
  const { benchPopupSearch, searchTable } = await import('./search-bench');
  const result = await benchPopupSearch({ quick: QUICK, command: COMMAND });
  const out = OUT.replace(/\.json$/u, '-search.json');
  writeFileSync(out, `${JSON.stringify(result)}\n`);
  console.log(`\n## Popup search\n\n${searchTable(result)}\nRaw results: ${out.replace(`${root}/`, '')}`);
}

/** Bundle import at 10,000 and 100,000 entities (bench/import-bench.ts); figures in docs/BENCHMARKS.md, "Import". */
async function importBundles(): Promise<void> {
  const { benchImport, importTable } = await import('./import-bench');
  const result = await benchImport({
    sizes: QUICK ? [10_000] : [10_000, 100_000],
    baselineCapMs: QUICK ? 20_000 : 60_000,
    command: COMMAND,
  });
  const out = OUT.replace(/\.json$/u, '-import.json');
  writeFileSync(out, `${JSON.stringify(result, null, 1)}\n`);
  console.log(`\n## Import\n\n${importTable(result)}\nRaw results: ${out.replace(`${root}/`, '')}`);
}

await main();
