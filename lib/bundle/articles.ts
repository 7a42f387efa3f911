/**
 * Turns article files into articles: splits a file that holds several,
 * removes page furniture ("Short Url", "Follow", mastheads, repeated
 * headlines), reads the headline, the source and the publication date where
 * the text has them, and stores an article that appears in two files once.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { findDates, isDateLine } from './dates';

export interface SourceFile {
  name: string;
  text: string;
}

export interface ParsedArticle {
  /** Stable id from the article's text, so the same article in two files is one article. */
  id: string;
  headline: string;
  source: string | null;
  publishedAt: string | null;
  /** Body paragraphs, cleaned of links and page furniture; the headline is not one of them. */
  paragraphs: string[];
  files: string[];
}

const FURNITURE = /^(short url|follow|share|key highlights|advertisement)$/iu;
const MASTHEAD = /^\|?\s*welcome to\s+(.+?)\s*$/iu;
const LINK = /\b(?:https?:\/\/|pic\.twitter\.com\/)\S+/gu;
const BULLET = /^[•·▪◦*-]\s+/u;
const MAX_HEADLINE = 120;

/** Articles in the order they first appear, each once. */
export async function parseArticles(files: readonly SourceFile[]): Promise<ParsedArticle[]> {
  const byId = new Map<string, ParsedArticle>();
  for (const file of files) {
    for (const chunk of splitChunks(file.text)) {
      const article = await parseChunk(chunk);
      if (!article) continue;
      const seen = byId.get(article.id);
      if (seen) seen.files.push(file.name);
      else byId.set(article.id, { ...article, files: [file.name] });
    }
  }
  return [...byId.values()];
}

/**
 * Articles one at a time as the files arrive, each once (only the ids seen are kept), so that a folder of
 * thousands of files streams through. An article's `files` holds the file it was first read from.
 */
export async function* readArticles(
  files: Iterable<SourceFile> | AsyncIterable<SourceFile>,
): AsyncGenerator<ParsedArticle> {
  const seen = new Set<string>();
  for await (const file of files) {
    for (const chunk of splitChunks(file.text)) {
      const article = await parseChunk(chunk);
      if (!article || seen.has(article.id)) continue;
      seen.add(article.id);
      yield { ...article, files: [file.name] };
    }
  }
}

/** Two or more blank lines separate articles within one file. */
export function splitChunks(text: string): string[] {
  return text
    .replace(/\r\n?/gu, '\n')
    .split(/\n[ \t]*\n(?:[ \t]*\n)+/u)
    .filter((chunk) => chunk.trim().length > 0);
}

async function parseChunk(chunk: string): Promise<Omit<ParsedArticle, 'files'> | null> {
  const lines = chunk
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  let source: string | null = null;
  let stampedDate: string | null = null;
  const kept: string[] = [];
  for (const line of lines) {
    const masthead = MASTHEAD.exec(line);
    if (masthead) {
      source = masthead[1]!;
      continue;
    }
    if (isDateLine(line)) {
      stampedDate ??= findDates(line)[0] ?? null;
      continue;
    }
    if (FURNITURE.test(line)) continue;
    const cleaned = line
      .replace(LINK, '')
      .replace(BULLET, '')
      .replace(/\s{2,}/gu, ' ')
      .trim();
    if (cleaned.length > 0) kept.push(cleaned);
  }
  const [first, ...rest] = kept;
  if (first === undefined) return null;
  const isHeadline = first.length <= 200 && !/[.!?]$/u.test(first);
  const headline = isHeadline ? first : clip(first);
  // Pages often print the headline twice (above and below the picture).
  const paragraphs = (isHeadline ? rest : kept).filter((p) => p !== headline);
  // The masthead names the publication: keep it as a line of its own so that the name is found.
  if (source) paragraphs.unshift(`Welcome to ${source}`);
  if (paragraphs.length === 0 || (source && paragraphs.length === 1)) return null;
  const body = paragraphs.join('\n');
  const dates = findDates(body);
  const publishedAt = stampedDate ?? (dates.length > 0 ? dates.reduce((a, b) => (a > b ? a : b)) : null);
  return { id: await articleId(headline, body), headline, source, publishedAt, paragraphs };
}

function clip(text: string): string {
  const sentence = /^.+?[.!?](?=\s|$)/u.exec(text)?.[0] ?? text;
  if (sentence.length <= MAX_HEADLINE) return sentence.replace(/[.]$/u, '');
  const cut = sentence.slice(0, MAX_HEADLINE);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

async function articleId(headline: string, body: string): Promise<string> {
  const canonical = `${headline}\n${body}`.normalize('NFC').replace(/\s+/gu, ' ').toLowerCase();
  return `a-${(await sha256Hex(canonical)).slice(0, 16)}`;
}

/** Hex SHA-256 of a string, with the same implementation as the bundle's content hash. */
async function sha256Hex(text: string): Promise<string> {
  return bytesToHex(sha256(new TextEncoder().encode(text)));
}
