import { describe, expect, it } from 'vitest';
import { IMPORT_TEXT, formatSize, progressDetail } from './import-text';

describe('import panel text', () => {
  it('counts what the phase works through', () => {
    expect(progressDetail('reading', 512 * 1024, 3 * 1024 * 1024)).toBe(' 512 KB of 3.0 MB');
    expect(progressDetail('checking', 1200, 10000)).toBe(' 1,200 of 10,000 entities and articles');
    expect(progressDetail('writing', 3, 170)).toBe(' 3 of 170 parts');
    expect(progressDetail('comparing', 0, 0)).toBe('');
  });

  it('gives small files at least 1 KB', () => {
    expect(formatSize(10)).toBe('1 KB');
  });

  it('says how the bundle was imported', () => {
    expect(IMPORT_TEXT.imported('Seed', 'merge')).toBe('Imported “Seed” (merged).');
    expect(IMPORT_TEXT.openPagesNotUpdated('Rolled back to “Seed”.', 'no tab')).toBe(
      'Rolled back to “Seed”. Reload open pages to use it (no tab).',
    );
  });
});
