import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { withoutInnerHtml } from '../../scripts/no-inner-html';

describe('withoutInnerHtml', () => {
  const preact = readFileSync(createRequire(import.meta.url).resolve('preact'), 'utf8');

  it('turns the installed Preact’s one innerHTML assignment into an error, and leaves the reads', () => {
    const rewritten = withoutInnerHtml(preact);
    expect(rewritten).not.toMatch(/\.innerHTML=/u);
    expect(rewritten).toContain('Backstory renders no HTML');
    expect(rewritten.length).toBeGreaterThan(preact.length - 40);
  });

  it('stops the build when Preact writes it another way', () => {
    expect(() => withoutInnerHtml('e.innerHTML = x;')).toThrow(/found 0/u);
    expect(() => withoutInnerHtml('a.innerHTML=b.__html;c.innerHTML=d.__html')).toThrow(/found 2/u);
  });
});
