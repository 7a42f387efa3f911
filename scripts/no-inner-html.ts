/**
 * A build step for the extension: Preact's one assignment to `innerHTML`
 * (the `dangerouslySetInnerHTML` prop) becomes an error. Backstory renders every
 * string as text and never uses that prop; without the assignment the bundle
 * carries no HTML sink, and Firefox's add-on linter (`web-ext lint`, what a
 * store reviewer reads) has nothing to warn about.
 */
import type { Plugin } from 'vite';

const PREACT = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/u;
const ASSIGNMENT = /\b(\w+)\.innerHTML=(\w+)\.__html\b/gu;
const REFUSAL = '(()=>{throw new Error("Backstory renders no HTML (dangerouslySetInnerHTML)")})()';

/**
 * Rewrites Preact's module source; fails when it does not find exactly one assignment.
 * @param code - the source of preact/dist/preact.mjs
 */
export function withoutInnerHtml(code: string): string {
  const found = code.match(ASSIGNMENT)?.length ?? 0;
  // Another Preact may write it differently: the build stops rather than ship an unchecked sink.
  if (found !== 1) throw new Error(`no-inner-html: expected one innerHTML assignment in Preact, found ${found}`);
  return code.replace(ASSIGNMENT, REFUSAL);
}

export function noInnerHtml(): Plugin {
  return {
    name: 'backstory:no-inner-html',
    transform(code, id) {
      if (!PREACT.test(id.split('?')[0]!)) return null;
      return { code: withoutInnerHtml(code), map: null };
    },
  };
}
