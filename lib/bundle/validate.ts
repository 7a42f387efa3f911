/**
 * Validates untrusted bundle input (an imported file, the shipped seed) and
 * explains every problem with the JSON path where it sits. Nothing here
 * writes anything: a bundle is either fully valid or rejected.
 */
import * as v from 'valibot';
import {
  ArticleSchema,
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  BundleSchema,
  EntitySchema,
  type Article,
  type Bundle,
  type Entity,
} from './schema';

export interface BundleProblem {
  /** JSON path such as `entities[3].evidence[0].articleId`, or `(file)` for the file as a whole. */
  path: string;
  message: string;
}

export type BundleValidation = { ok: true; bundle: Bundle } | { ok: false; problems: BundleProblem[] };

export const MAX_REPORTED_PROBLEMS = 20;

/** The bundle's own fields, its lists taken as they come: each item is checked on its own below. */
const EnvelopeSchema = v.strictObject({
  ...BundleSchema.entries,
  articles: v.array(v.unknown()),
  entities: v.array(v.unknown()),
});

/** Items checked between two progress reports. */
const PROGRESS_EVERY = 2_000;

export interface ValidateOptions {
  /** Called as articles and entities are checked, one by one: a large bundle takes seconds. */
  onProgress?: (checked: number, total: number) => void;
}

/** Validates already-parsed JSON. */
export function validateBundle(input: unknown, options: ValidateOptions = {}): BundleValidation {
  const envelopeProblem = checkEnvelope(input);
  if (envelopeProblem) return { ok: false, problems: [envelopeProblem] };

  const envelope = v.safeParse(EnvelopeSchema, input, { abortPipeEarly: true });
  if (!envelope.success)
    return { ok: false, problems: envelope.issues.slice(0, MAX_REPORTED_PROBLEMS).map((issue) => problemOf(issue)) };

  const { articles: rawArticles, entities: rawEntities } = envelope.output;
  const total = rawArticles.length + rawEntities.length;
  const problems: BundleProblem[] = [];
  let checked = 0;
  const each = <T>(list: 'articles' | 'entities', items: unknown[], schema: v.GenericSchema<unknown, T>): T[] => {
    const out: T[] = [];
    for (let i = 0; i < items.length && problems.length < MAX_REPORTED_PROBLEMS; i++) {
      const parsed = v.safeParse(schema, items[i], { abortPipeEarly: true });
      if (parsed.success) out.push(parsed.output);
      else for (const issue of parsed.issues) problems.push(problemOf(issue, `${list}[${i}]`));
      if (++checked % PROGRESS_EVERY === 0) options.onProgress?.(checked, total);
    }
    return out;
  };
  const articles = each<Article>('articles', rawArticles, ArticleSchema);
  const entities = each<Entity>('entities', rawEntities, EntitySchema);
  options.onProgress?.(total, total);
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_REPORTED_PROBLEMS) };

  const bundle: Bundle = { ...envelope.output, articles, entities };
  const more = [...crossReferences(bundle), ...markupProblems(bundle)];
  return more.length > 0 ? { ok: false, problems: more.slice(0, MAX_REPORTED_PROBLEMS) } : { ok: true, bundle };
}

/** Parses and validates a file's text. */
export function validateBundleText(text: string, options: ValidateOptions = {}): BundleValidation {
  if (text.trim().length === 0) return fail('(file)', 'The file is empty.');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // A file cut off anywhere fails at its very end, whatever the parser expected there ("Expected ':'
    // after property name … at position N" when the cut falls after a key).
    const position = /position (\d+)/u.exec(reason);
    const truncated =
      /end of (JSON )?input|Unterminated/iu.test(reason) ||
      (position !== null && Number(position[1]) >= text.trimEnd().length);
    return fail(
      '(file)',
      truncated ? `The file ends too early: it looks cut off (${reason}).` : `The file is not JSON (${reason}).`,
    );
  }
  return validateBundle(json, options);
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
    return {
      path: 'format',
      message: `This is not a Backstory bundle: format is ${JSON.stringify(format ?? null)}, expected "${BUNDLE_FORMAT}".`,
    };
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

/** A schema issue as a problem: its JSON path (under `prefix`, the item's place in the bundle) and a sentence. */
function problemOf(issue: v.BaseIssue<unknown>, prefix = ''): BundleProblem {
  const path = (issue.path ?? []).reduce<string>(
    (at, item) =>
      typeof item.key === 'number' ? `${at}[${item.key}]` : at ? `${at}.${String(item.key)}` : String(item.key),
    prefix,
  );
  return { path: path || '(bundle)', message: sentence(issue.message) };
}

function crossReferences(bundle: Bundle): BundleProblem[] {
  const problems: BundleProblem[] = [];
  const articleIds = new Set<string>();
  bundle.articles.forEach((article, i) => {
    if (articleIds.has(article.id))
      problems.push({ path: `articles[${i}].id`, message: `Duplicate article id "${article.id}".` });
    articleIds.add(article.id);
  });
  const entityIds = new Set<string>();
  bundle.entities.forEach((entity, i) => {
    if (entityIds.has(entity.id))
      problems.push({ path: `entities[${i}].id`, message: `Duplicate entity id "${entity.id}".` });
    entityIds.add(entity.id);
  });
  bundle.entities.forEach((entity, i) => {
    entity.evidence.forEach((evidence, j) => {
      if (!articleIds.has(evidence.articleId)) {
        problems.push({
          path: `entities[${i}].evidence[${j}].articleId`,
          message: `Evidence points to article "${evidence.articleId}", which the bundle does not contain.`,
        });
      }
    });
    entity.related.forEach((related, j) => {
      if (!entityIds.has(related.entityId)) {
        problems.push({
          path: `entities[${i}].related[${j}].entityId`,
          message: `Related entity "${related.entityId}" is not in the bundle.`,
        });
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
      problems.push({
        path,
        message: `Holds HTML or script (${JSON.stringify(shown)}); a bundle holds plain text only.`,
      });
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
