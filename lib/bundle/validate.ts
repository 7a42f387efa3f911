/**
 * Validates untrusted bundle input (an imported file, the shipped seed) and
 * explains every problem with the JSON path where it sits. Nothing here
 * writes anything: a bundle is either fully valid or rejected.
 */
import * as v from 'valibot';
import { BUNDLE_FORMAT, BUNDLE_VERSION, BundleSchema, type Bundle } from './schema';

export interface BundleProblem {
  /** JSON path such as `entities[3].evidence[0].articleId`, or `(file)` for the file as a whole. */
  path: string;
  message: string;
}

export type BundleValidation = { ok: true; bundle: Bundle } | { ok: false; problems: BundleProblem[] };

export const MAX_REPORTED_PROBLEMS = 20;

/** Validates already-parsed JSON. */
export function validateBundle(input: unknown): BundleValidation {
  const envelope = checkEnvelope(input);
  if (envelope) return { ok: false, problems: [envelope] };

  const parsed = v.safeParse(BundleSchema, input, { abortPipeEarly: true });
  if (!parsed.success) {
    return { ok: false, problems: parsed.issues.slice(0, MAX_REPORTED_PROBLEMS).map((issue) => ({ path: pathOf(issue), message: sentence(issue.message) })) };
  }
  const problems = [...crossReferences(parsed.output), ...markupProblems(parsed.output)];
  return problems.length > 0 ? { ok: false, problems: problems.slice(0, MAX_REPORTED_PROBLEMS) } : { ok: true, bundle: parsed.output };
}

/** Parses and validates a file's text. */
export function validateBundleText(text: string): BundleValidation {
  if (text.trim().length === 0) return fail('(file)', 'The file is empty.');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const truncated = /end of (JSON )?input|Unterminated/iu.test(reason);
    return fail('(file)', truncated ? `The file ends too early: it looks cut off (${reason}).` : `The file is not JSON (${reason}).`);
  }
  return validateBundle(json);
}

/** Schema messages read as sentences: "an entity id looks like…" becomes "An entity id looks like…." */
function sentence(message: string): string {
  const capitalised = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/u.test(capitalised) ? capitalised : `${capitalised}.`;
}

function fail(path: string, message: string): BundleValidation {
  return { ok: false, problems: [{ path, message }] };
}

function checkEnvelope(input: unknown): BundleProblem | null {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { path: '(file)', message: 'This is not a Backstory bundle: the file holds no JSON object.' };
  }
  const { format, version } = input as { format?: unknown; version?: unknown };
  if (format !== BUNDLE_FORMAT) {
    return { path: 'format', message: `This is not a Backstory bundle: format is ${JSON.stringify(format ?? null)}, expected "${BUNDLE_FORMAT}".` };
  }
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { path: 'version', message: `The bundle version ${JSON.stringify(version ?? null)} is not a whole number.` };
  }
  if (version !== BUNDLE_VERSION) {
    return {
      path: 'version',
      message:
        version > BUNDLE_VERSION
          ? `This bundle is version ${version}, newer than this Backstory understands (${BUNDLE_VERSION}). Update Backstory to import it.`
          : `This bundle is version ${version}, which is no longer supported (expected ${BUNDLE_VERSION}).`,
    };
  }
  return null;
}

function pathOf(issue: v.BaseIssue<unknown>): string {
  if (!issue.path || issue.path.length === 0) return '(bundle)';
  return issue.path
    .map((item) => item.key)
    .reduce<string>((path, key) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${String(key)}` : String(key)), '');
}

function crossReferences(bundle: Bundle): BundleProblem[] {
  const problems: BundleProblem[] = [];
  const articleIds = new Set<string>();
  bundle.articles.forEach((article, i) => {
    if (articleIds.has(article.id)) problems.push({ path: `articles[${i}].id`, message: `Duplicate article id "${article.id}".` });
    articleIds.add(article.id);
  });
  const entityIds = new Set<string>();
  bundle.entities.forEach((entity, i) => {
    if (entityIds.has(entity.id)) problems.push({ path: `entities[${i}].id`, message: `Duplicate entity id "${entity.id}".` });
    entityIds.add(entity.id);
  });
  bundle.entities.forEach((entity, i) => {
    entity.evidence.forEach((evidence, j) => {
      if (!articleIds.has(evidence.articleId)) {
        problems.push({ path: `entities[${i}].evidence[${j}].articleId`, message: `Evidence points to article "${evidence.articleId}", which the bundle does not contain.` });
      }
    });
    entity.related.forEach((related, j) => {
      if (!entityIds.has(related.entityId)) {
        problems.push({ path: `entities[${i}].related[${j}].entityId`, message: `Related entity "${related.entityId}" is not in the bundle.` });
      }
    });
  });
  return problems;
}

/** A tag (`<img …>`, `</p>`), a comment, CDATA or a `javascript:` URL: what a string of plain text never holds. */
const MARKUP = /<\s*\/?\s*[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?\s*>|<!--|<!\[CDATA\[|\bjavascript\s*:/iu;

/**
 * Bundles hold plain text. Backstory renders every string as text anyway, but a
 * bundle whose names or sentences carry HTML or script was made wrongly or made
 * to attack, and is refused whole.
 */
function markupProblems(bundle: Bundle): BundleProblem[] {
  const problems: BundleProblem[] = [];
  const check = (path: string, text: string | null) => {
    const found = text === null ? null : MARKUP.exec(text);
    if (found) {
      const shown = found[0].length > 40 ? `${found[0].slice(0, 40)}…` : found[0];
      problems.push({ path, message: `Holds HTML or script (${JSON.stringify(shown)}); a bundle holds plain text only.` });
    }
  };
  check('name', bundle.name);
  bundle.articles.forEach((article, i) => {
    check(`articles[${i}].headline`, article.headline);
    check(`articles[${i}].source`, article.source);
  });
  bundle.entities.forEach((entity, i) => {
    check(`entities[${i}].name`, entity.name);
    check(`entities[${i}].role`, entity.role);
    check(`entities[${i}].nativeName`, entity.nativeName);
    entity.aliases.forEach((alias, j) => check(`entities[${i}].aliases[${j}]`, alias));
    entity.shortForms.forEach((form, j) => check(`entities[${i}].shortForms[${j}]`, form));
    entity.evidence.forEach((evidence, j) => check(`entities[${i}].evidence[${j}].sentence`, evidence.sentence));
  });
  return problems;
}
