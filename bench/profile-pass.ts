/**
 * npx tsx bench/profile-pass.ts [aliases=100000] [--no-rules] [--collect]
 *
 * A diagnostic: the CPU profile of Backstory's pass over the benchmark page with mentions in Chromium
 * (CDP Profiler, 20 warm passes), and the functions that took the most time, self and with what they call. With
 * `--collect`, garbage is collected before each pass, as `npm run bench` does (V8 drops optimised code in it).
 */
import { launchBenchChromium, openPassPage, pageBenchBundle, passSetup } from './bench-page';

const aliases = Number(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 100_000);
const rules = !process.argv.includes('--no-rules');
const collect = process.argv.includes('--collect');
const PASSES = 20;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const setup = passSetup(aliases);
const bundle = await pageBenchBundle();
const browser = await launchBenchChromium();
try {
  const { cdp, call } = await openPassPage(browser, bundle, setup);
  const run = rules ? 'runBackstory' : 'runBackstoryWithoutRules';
  for (let i = 0; i < 3; i++) {
    await call('load', 'mentions');
    await call(run);
  }
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const passMs: number[] = [];
  await cdp.send('Profiler.start');
  for (let i = 0; i < PASSES; i++) {
    await call('load', 'mentions');
    if (collect) await cdp.send('HeapProfiler.collectGarbage');
    passMs.push((await call(run)).passMs);
  }
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const name = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}`;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i]!;
    self.set(name(byId.get(id)!), (self.get(name(byId.get(id)!)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const key = name(byId.get(cur)!);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + dt);
    }
  });
  const show = (title: string, map: Map<string, number>) => {
    console.log(`\n${title}, ms per pass:`);
    for (const [key, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, 25))
      console.log(`${(us / 1000 / PASSES).toFixed(2).padStart(8)}  ${key}`);
  };
  console.log(`${rules ? 'with' : 'without'} the rules: pass ${passMs.map((x) => x.toFixed(0)).join(', ')} ms`);
  show('Self', self);
  show('With callees', total);
} finally {
  await browser.close();
}
