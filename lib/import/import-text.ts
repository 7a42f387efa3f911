/** Every label and message the options page's import panel shows about the work, in one place. */
import type { KbMeta } from '../extension/db';
import type { ImportMode } from '../extension/import/importer';
import type { ImportPhase } from './protocol';

export const PHASES: Record<ImportPhase, string> = {
  reading: 'Reading the file',
  checking: 'Checking the bundle',
  hashing: 'Checking that the content is intact',
  comparing: 'Comparing it with your knowledge base',
  writing: 'Writing the knowledge base',
  'rolling-back': 'Restoring the previous knowledge base',
  exporting: 'Preparing the export',
};

export const formatNumber = (n: number) => n.toLocaleString('en-US');
export const formatDay = (iso: string) =>
  new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
const formatWhen = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
export const formatSize = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** How far a phase has got, after its label (empty while the amount of work is not known). */
export function progressDetail(phase: ImportPhase, done: number, total: number): string {
  if (total === 0) return '';
  if (phase === 'reading') return ` ${formatSize(done)} of ${formatSize(total)}`;
  if (phase === 'checking' || phase === 'hashing')
    return ` ${formatNumber(done)} of ${formatNumber(total)} entities and articles`;
  return ` ${formatNumber(done)} of ${formatNumber(total)} parts`;
}

/** "installed 3 Mar 2026, 10:00" or "imported …": where a stored knowledge base came from, and when. */
export const originAndDate = (meta: KbMeta) =>
  `${meta.origin === 'seed' ? 'installed' : 'imported'} ${formatWhen(meta.importedAt)}`;

export const IMPORT_TEXT = {
  imported: (bundleName: string, mode: ImportMode) =>
    `Imported “${bundleName}” (${mode === 'merge' ? 'merged' : 'replaced'}).`,
  rolledBack: (bundleName: string) => `Rolled back to “${bundleName}”.`,
  exported: (fileName: string) => `Exported the knowledge base as ${fileName}.`,
  openPagesUpdated: (what: string) => `${what} Open pages use it now.`,
  openPagesNotUpdated: (what: string, reason: string) => `${what} Reload open pages to use it (${reason}).`,
} as const;
