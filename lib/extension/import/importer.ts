/**
 * Importing a bundle file: check it, preview what it would change, write it in
 * one transaction keeping what was there for a rollback; roll back; export.
 * Nothing is written until `applyImport`, and a rejected or failed import
 * leaves the database exactly as it was.
 */
import { contentHash } from '../../bundle/content-hash';
import type { Bundle } from '../../bundle/schema';
import { validateBundleText, type BundleProblem } from '../../bundle/validate';
import {
  currentMeta,
  previousMeta,
  replaceKnowledgeBase,
  rollBack,
  type BackstoryDb,
  type KbMeta,
  type WriteProgress,
} from '../db';
import { diffBundles, type KbDiff } from '../../import/diff';
import { mergeBundles } from '../../import/merge';
import { readKnowledgeBase } from './read-kb';

export type ImportMode = 'merge' | 'replace';

/** Larger files are refused before they are read: parsing them would take the page's memory. */
export const MAX_BUNDLE_BYTES = 180 * 1024 * 1024;

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: BundleProblem[] };

/** What an import reads: a File in the browser, anything with the same shape in tests. */
export interface BundleFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
const fileProblem = (message: string): Checked<never> => ({ ok: false, problems: [{ path: '(file)', message }] });

export type CheckPhase = 'checking' | 'hashing';

/** Reads and checks a bundle file: size, JSON, format, version, schema, references, plain text, content hash. */
export async function checkBundleFile(
  file: BundleFile,
  onProgress?: (phase: CheckPhase, done: number, total: number) => void,
): Promise<Checked<Bundle>> {
  if (file.size > MAX_BUNDLE_BYTES) {
    return fileProblem(
      `This file is ${megabytes(file.size)}; Backstory imports bundles of up to ${megabytes(MAX_BUNDLE_BYTES)}. Split the knowledge base into smaller bundles and import them one after another with “Merge”.`,
    );
  }
  if (file.size === 0) return fileProblem('The file is empty.');
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return fileProblem(
      `The file could not be read (${error instanceof Error ? error.message : String(error)}). Choose it again.`,
    );
  }
  const checked = validateBundleText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, {
    onProgress: (done, total) => onProgress?.('checking', done, total),
  });
  if (!checked.ok) return checked;
  const bundle = checked.bundle;
  onProgress?.('hashing', 0, 0);
  if ((await contentHash(bundle, (done, total) => onProgress?.('hashing', done, total))) !== bundle.contentHash) {
    return {
      ok: false,
      problems: [
        {
          path: 'contentHash',
          message:
            'The content does not match the bundle’s contentHash: the file was changed or damaged after it was made. Make the bundle again, or download it again.',
        },
      ],
    };
  }
  return { ok: true, value: bundle };
}

interface BundleSummary {
  name: string;
  version: number;
  createdAt: string;
  entities: number;
  articles: number;
  evidence: number;
}

export interface ImportPreview {
  fileName: string;
  fileSize: number;
  bundle: BundleSummary;
  /** The knowledge base now; null when none is stored. */
  current: KbMeta | null;
  diffs: Record<ImportMode, KbDiff>;
}

export interface PreparedImport {
  preview: ImportPreview;
  incoming: Bundle;
  /** What a merge would leave; null when there is nothing to merge into. */
  merged: Omit<Bundle, 'contentHash'> | null;
  /** The knowledge base the preview was made against: applying is refused if another has been written since. */
  previousMeta: KbMeta | null;
}

function summarize(bundle: Bundle): BundleSummary {
  return {
    name: bundle.name,
    version: bundle.version,
    createdAt: bundle.createdAt,
    entities: bundle.entities.length,
    articles: bundle.articles.length,
    evidence: bundle.entities.reduce((n, e) => n + e.evidence.length, 0),
  };
}

/** Works out what merging and replacing would each change. Reads the database; writes nothing. */
export async function prepareImport(
  db: BackstoryDb,
  file: Pick<BundleFile, 'name' | 'size'>,
  incoming: Bundle,
): Promise<PreparedImport> {
  const { meta, previous } = await db.transaction('r', [db.meta, db.shards], async () => ({
    meta: await currentMeta(db),
    previous: await readKnowledgeBase(db),
  }));
  const merged = previous ? mergeBundles(previous, incoming) : null;
  return {
    preview: {
      fileName: file.name,
      fileSize: file.size,
      bundle: summarize(incoming),
      current: meta,
      diffs: { merge: diffBundles(previous, merged ?? incoming), replace: diffBundles(previous, incoming) },
    },
    incoming,
    merged,
    previousMeta: meta,
  };
}

/** How an import writes: merged or replacing, with progress for the reader. */
type WriteChoice = [mode: ImportMode, onProgress?: (progress: WriteProgress) => void];

/**
 * Writes the chosen plan in one transaction and keeps the knowledge base it
 * replaces for a rollback. Closing the page or killing the browser before the
 * transaction commits leaves the previous knowledge base as it was.
 */
export async function applyImport(
  db: BackstoryDb,
  prepared: PreparedImport,
  ...[mode, onProgress]: WriteChoice
): Promise<Checked<KbMeta>> {
  // Hashed before the transaction opens: an await on anything but the database would end it.
  const plan =
    mode === 'merge' && prepared.merged
      ? { ...prepared.merged, contentHash: await contentHash(prepared.merged) }
      : prepared.incoming;
  return db.transaction('rw', [db.meta, db.shards], async (): Promise<Checked<KbMeta>> => {
    const now = await currentMeta(db);
    if (now?.generation !== prepared.previousMeta?.generation) {
      return {
        ok: false,
        problems: [
          {
            path: '(knowledge base)',
            message:
              'The knowledge base changed after this preview was made (another import?). Nothing was written; choose the file again.',
          },
        ],
      };
    }
    return { ok: true, value: await replaceKnowledgeBase(db, plan, 'import', { keepPrevious: true, onProgress }) };
  });
}

/** The knowledge base that a rollback would bring back, if an import can be rolled back. */
export const rollbackTarget = previousMeta;

/** Makes the knowledge base from before the last import current again, in one transaction; once. */
export async function rollbackLastImport(db: BackstoryDb): Promise<Checked<KbMeta>> {
  const restored = await rollBack(db);
  return restored
    ? { ok: true, value: restored }
    : { ok: false, problems: [{ path: '(knowledge base)', message: 'There is no import to roll back.' }] };
}

/** The current knowledge base as a bundle file that imports back to the same state. */
export async function exportKnowledgeBase(db: BackstoryDb): Promise<{ fileName: string; json: string } | null> {
  const bundle = await readKnowledgeBase(db);
  if (!bundle) return null;
  const slug =
    bundle.name
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/gu, '')
      .slice(0, 60) || 'knowledge-base';
  return {
    fileName: `backstory-${slug}-${new Date().toISOString().slice(0, 10)}.json`,
    json: `${JSON.stringify(bundle)}\n`,
  };
}

/** Check, prepare and apply in one go, for callers with no reader to ask (benchmarks, tests). */
export async function importBundleFile(
  db: BackstoryDb,
  file: BundleFile,
  ...write: WriteChoice
): Promise<Checked<KbMeta>> {
  const checked = await checkBundleFile(file);
  if (!checked.ok) return checked;
  return applyImport(db, await prepareImport(db, file, checked.value), ...write);
}
