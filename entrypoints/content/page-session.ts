/**
 * One page's Backstory: fetches the compiled matcher from the background,
 * paints the page, keeps painting what is added later, answers the tab's
 * messages, and stops at once when the reader pauses it. Everything it
 * registers hangs on the signal given to `start`: when that aborts (the
 * content script's context is invalidated), nothing of it is left in the page.
 */
import { deserializeMatcher } from '../../lib/match/serialize';
import { toRuntime } from '../../lib/match/runtime';
import { ask } from '../../lib/extension/background-client';
import type { MentionReport, TabHandlers } from '../../lib/messages';
import { foldForSearch } from '../../lib/search/fold';
import { isActiveOn, onSettingsChanged, readSettings, type Settings } from '../../lib/extension/settings';
import { handleTabMessages } from '../../lib/extension/tab-message-handler';
import { Annotator, type PageMention } from '../../lib/dom/page/annotator';
import { pageBody } from '../../lib/dom/page/page-root';
import { watchPage } from '../../lib/dom/page/watch';

const FLASH_HIGHLIGHT = 'backstory-flash';
const FLASH_MS = 1600;

export interface SessionHooks {
  /** True for nodes of Backstory's own interface (the card's host), which are never read. */
  isOwnUi: (node: Node) => boolean;
  /** Called when painting starts or stops (the card closes when it stops). */
  onAnnotator?: (annotator: Annotator | null) => void;
  /** Opens the card of a mention (keyboard stepping). */
  openCard?: (mention: PageMention) => void;
}

export class PageSession {
  private annotator: Annotator | null = null;
  private stopWatching: (() => void) | null = null;
  private settings: Settings | null = null;
  private stepIndex = -1;
  private generation = 0;
  private signal: AbortSignal | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly doc: Document,
    private readonly hooks: SessionHooks,
  ) {}

  /**
   * Starts listening to the settings and the tab's messages, and paints the page.
   * @param signal - ends the session: removes the listeners, the highlights and the pending work
   */
  async start(signal: AbortSignal): Promise<void> {
    if (signal.aborted) return;
    this.signal = signal;
    const stopSettings = onSettingsChanged((settings) => void this.apply(settings));
    handleTabMessages(this.handlers(), signal);
    signal.addEventListener(
      'abort',
      () => {
        stopSettings();
        this.stop();
      },
      { once: true },
    );
    await this.apply(await readSettings());
  }

  get current(): Annotator | null {
    return this.annotator;
  }

  private get origin(): string {
    return this.doc.location.origin;
  }

  private async apply(settings: Settings): Promise<void> {
    // Settings that arrive after the session ended change nothing.
    if (this.signal?.aborted) return;
    const wasActive = this.settings !== null && isActiveOn(this.settings, this.origin);
    const wrongLinksChanged =
      JSON.stringify(this.settings?.wrongLinks[this.origin] ?? []) !==
      JSON.stringify(settings.wrongLinks[this.origin] ?? []);
    this.settings = settings;
    const active = isActiveOn(settings, this.origin);
    if (!active) this.stop();
    else if (!wasActive || wrongLinksChanged) await this.restart();
  }

  /** Removes every highlight at once and stops scanning. */
  stop(): void {
    this.generation++;
    this.clearFlash();
    this.stopWatching?.();
    this.stopWatching = null;
    this.annotator?.clear();
    this.annotator = null;
    this.hooks.onAnnotator?.(null);
  }

  /** Fetches the current matcher and paints the page from scratch. */
  async restart(): Promise<void> {
    this.stop();
    const generation = this.generation;
    const { matcher } = await ask({ type: 'backstory:matcher' });
    if (
      generation !== this.generation ||
      this.signal?.aborted ||
      !this.settings ||
      !isActiveOn(this.settings, this.origin)
    )
      return;
    const runtime = toRuntime(deserializeMatcher(matcher));
    const wrong = new Set(this.settings.wrongLinks[this.origin] ?? []);
    const annotator = new Annotator(this.doc, runtime, {
      isOwnUi: this.hooks.isOwnUi,
      skip: wrong.size > 0 ? (_, text) => wrong.has(foldForSearch(text)) : undefined,
    });
    this.annotator = annotator;
    const body = pageBody(this.doc);
    if (body) annotator.scan(body);
    this.stopWatching = watchPage(
      body ?? this.doc.documentElement,
      ({ added, changed }) => {
        for (const element of changed) {
          annotator.forget(element);
          annotator.scan(element);
        }
        for (const node of added) annotator.scan(node);
      },
      this.hooks.isOwnUi,
    );
    this.hooks.onAnnotator?.(annotator);
  }

  mentionReports(): MentionReport[] {
    const annotator = this.annotator;
    if (!annotator) return [];
    return annotator.mentions().map((m) => {
      const entity = annotator.matcher.entities[m.entity]!;
      return { entityId: entity.id, name: entity.name, type: entity.type, text: m.text, reason: annotator.reasonOf(m) };
    });
  }

  /** The tab's side of the protocol (lib/messages.ts); requests arrive checked. */
  private handlers(): TabHandlers {
    return {
      'backstory:mentions': async () => ({ url: this.doc.location.href, mentions: this.mentionReports() }),
      'backstory:reload-kb': async () => {
        if (this.annotator) await this.restart();
        return { ok: true };
      },
      'backstory:reveal': async ({ entityId }) => ({ found: this.reveal(entityId) }),
      'backstory:step-mention': async ({ direction }) => ({ found: this.step(direction) }),
    };
  }

  /** Scrolls to the first mention of an entity and flashes it. */
  reveal(entityId: string): boolean {
    const mention = this.annotator?.mentions().find((m) => this.annotator!.matcher.entities[m.entity]!.id === entityId);
    if (!mention) return false;
    this.scrollTo(mention);
    this.clearFlash();
    CSS.highlights.set(FLASH_HIGHLIGHT, new Highlight(mention.range));
    this.flashTimer = setTimeout(() => this.clearFlash(), FLASH_MS);
    return true;
  }

  private clearFlash(): void {
    clearTimeout(this.flashTimer);
    this.flashTimer = undefined;
    CSS.highlights.delete(FLASH_HIGHLIGHT);
  }

  /** Moves to the next (or previous) mention on the page and opens its card. */
  step(direction: 1 | -1): boolean {
    const mentions = this.annotator?.mentions() ?? [];
    if (mentions.length === 0) return false;
    this.stepIndex = (this.stepIndex + direction + mentions.length) % mentions.length;
    const mention = mentions[this.stepIndex]!;
    this.scrollTo(mention);
    this.hooks.openCard?.(mention);
    return true;
  }

  private scrollTo(mention: PageMention): void {
    const range = this.doc.createRange();
    range.setStart(mention.range.startContainer, mention.range.startOffset);
    range.setEnd(mention.range.endContainer, mention.range.endOffset);
    const rect = range.getBoundingClientRect();
    const win = this.doc.defaultView;
    if (!win) return;
    if (rect.top < 0 || rect.bottom > win.innerHeight) {
      win.scrollBy({
        top: rect.top - win.innerHeight / 3,
        behavior: win.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
      });
    }
  }
}
