import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const PRODUCT_FOLDERS = ['lib', 'components', 'entrypoints'];

/** The paths the README's layout block names, folders ending in `/`, from its indentation. */
function layoutPaths(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Layout'), readme.indexOf('## Development'));
  const block = section.slice(section.indexOf('```\n') + 4, section.lastIndexOf('```'));
  const folders: string[] = [];
  const paths: string[] = [];
  for (const line of block.split('\n')) {
    if (line.trim() === '') continue;
    const depth = (line.length - line.trimStart().length) / 2;
    const name = line.trim().split(/\s+/)[0]!;
    folders.length = depth;
    const path = [...folders, name].join('');
    paths.push(path);
    if (name.endsWith('/')) folders.push(name);
  }
  return paths;
}

/** The product's modules: TypeScript files outside tests. */
function modules(folder: string): string[] {
  return readdirSync(join(ROOT, folder)).flatMap((name) => {
    const path = `${folder}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) return modules(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the README layout section', () => {
  const listed = layoutPaths();

  it('names every module of the product, one line each', () => {
    const missing = PRODUCT_FOLDERS.flatMap(modules).filter((path) => !listed.includes(path));
    expect(missing).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('names nothing that is not in the tree', () => {
    expect(listed.filter((path) => !existsSync(join(ROOT, path)))).toEqual([]);
  });
});
