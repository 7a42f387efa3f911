/**
 * Wires the hover card into a page: hit-tests the pointer against painted
 * mentions, runs hover intent, fetches and caches entity data from the
 * background, and shows the card in a shadow root placed next to the hovered
 * line. The shadow host exists in the page only while a card is open.
 *
 * What the first card of a tab would pay for (compiling the card's code,
 * Preact's first render, finding the card's fonts) is done in idle time once
 * the page is painted, off the page: nothing is added to the page's DOM before
 * the reader hovers a name.
 */
import { render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ask } from '../lib/background-client';
import { placeCard, lineUnderPointer, type Rect } from '../lib/card/placement';
import type { EntityDetail } from '../lib/kb/entity-detail';
import { showsReason } from '../lib/match/reasons';
import type { PageMention } from '../lib/page/annotator';
import { mentionAtPoint, rectsOf } from '../lib/page/hit-test';
import { DEFAULT_TIMINGS, HoverIntent } from '../lib/page/hover-intent';
import { pageTheme } from '../lib/page/page-theme';
import type { PageSession } from '../lib/page/session';
import { foldForSearch } from '../lib/search/fold';
import { onSettingsChanged, readSettings, updateSettings } from '../lib/settings';
import { Card } from './Card';
import cardCss from './card.css?inline';

export const CARD_HOST_TAG = 'backstory-card';
/** Taller content scrolls inside the card. */
const MAX_CARD_HEIGHT = 520;
/** How long a fetch may take before the card shows that it is looking the name up. */
const LOADING_GRACE_MS = 60;
/** The card's font stack (card.css): the first text drawn in it makes the browser look its fonts up. */
const CARD_FONTS = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Naskh Arabic', sans-serif";
/** Sizes and weights the card uses (card.css), with a Latin and an Urdu sample each. */
const WARM_UP_TEXT: readonly [font: string, text: string][] = [
  [`14px ${CARD_FONTS}`, 'Minister “quoted” · Dawn'],
  [`650 17px ${CARD_FONTS}`, 'Imran Khan'],
  [`15px ${CARD_FONTS}`, 'عمران خان'],
  [`650 11px ${CARD_FONTS}`, 'PERSON'],
  [`12px ${CARD_FONTS}`, 'Dec 7, 2025'],
];
/** A card that is rendered once off the page, to compile its code before the first hover. */
const WARM_UP_DETAIL: EntityDetail = {
  entity: {
    id: 'person/warm-up' as EntityDetail['entity']['id'],
    name: 'Warm-up',
    type: 'person',
    role: 'Not shown',
    nativeName: 'نمونہ',
    aliases: ['Warm-up'],
    shortForms: [],
    contextual: false,
    region: null,
    mentionCount: 1,
    firstSeen: null,
    lastSeen: null,
    related: [],
  },
  quotes: [{ sentence: 'A sentence that names Warm-up.', start: 22, end: 29, articleId: 'a-warm-up', headline: 'Not shown', source: null, date: '2025-01-01' }],
  evidenceCount: 1,
  related: [{ id: 'group/warm-up', name: 'Not shown', type: 'group', weight: 1 }],
};

interface Target {
  entityId: string;
  /** The hovered mention; null for a card opened from a related chip. */
  mention: PageMention | null;
}

interface Shown extends Target {
  detail: EntityDetail | null;
  error: string | null;
  openedAt: number;
  /** Index of the mention's line that the card is anchored to. */
  line: number;
  /** Where the card stood before it was replaced by a related entity's card. */
  anchor: Rect;
  /** The mention sits in right-to-left text: the card aligns with its right end. */
  rtl: boolean;
}

export class CardController {
  private ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  private shown: Shown | null = null;
  private readonly cache = new Map<string, Promise<EntityDetail | null>>();
  /** Answers already received, so that a cached card paints without waiting a microtask. */
  private readonly loaded = new Map<string, EntityDetail | null>();
  private readonly intent: HoverIntent<Target>;
  private readonly targets = new WeakMap<PageMention, Target>();
  private pointer = { x: -1, y: -1 };
  private frame = 0;
  private returnFocus: HTMLElement | null = null;
  private warmed = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly session: PageSession,
  ) {
    this.intent = new HoverIntent<Target>(DEFAULT_TIMINGS, {
      prefetch: (t) => void this.load(t.entityId),
      open: (t) => void this.open(t),
      close: () => this.hide(),
    });
  }

  async start(): Promise<void> {
    const delay = (await readSettings()).hoverDelayMs;
    this.intent.setTimings({ ...DEFAULT_TIMINGS, openMs: delay, prefetchMs: Math.min(DEFAULT_TIMINGS.prefetchMs, delay) });
    onSettingsChanged((s) => this.intent.setTimings({ ...DEFAULT_TIMINGS, openMs: s.hoverDelayMs, prefetchMs: Math.min(DEFAULT_TIMINGS.prefetchMs, s.hoverDelayMs) }));
    this.ui = await createShadowRootUi(this.ctx, {
      name: CARD_HOST_TAG,
      position: 'inline',
      // On <html>, not <body>: a transform on the body would otherwise become the card's containing block.
      anchor: () => document.documentElement,
      append: 'last',
      css: cardCss,
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: (container) => container,
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
    this.ctx.addEventListener(window, 'pointermove', (e) => this.onPointerMove(e), { capture: true, passive: true });
    this.ctx.addEventListener(window, 'keydown', (e) => this.onKeyDown(e), { capture: true });
    this.ctx.addEventListener(window, 'scroll', () => this.reposition(), { capture: true, passive: true });
    this.ctx.addEventListener(window, 'resize', () => this.reposition(), { passive: true });
  }

  /** Called when the page is painted afresh (knowledge base changed, paused, resumed). */
  reset(): void {
    this.cache.clear();
    this.loaded.clear();
    this.intent.close();
  }

  /**
   * Once, in idle time after the page is painted: renders a card off the page
   * and draws the card's fonts on a canvas that is never attached, so that the
   * first real card does not pay for either.
   */
  warmUpWhenIdle(): void {
    if (this.warmed) return;
    this.warmed = true;
    const run = () => {
      if (!this.ctx.isValid) return;
      const canvas = document.createElement('canvas').getContext('2d');
      if (canvas) {
        for (const [font, text] of WARM_UP_TEXT) {
          canvas.font = font;
          canvas.measureText(text);
        }
      }
      const scratch = document.createElement('div');
      const shown: Shown = { entityId: WARM_UP_DETAIL.entity.id, mention: null, detail: WARM_UP_DETAIL, error: null, openedAt: 0, line: 0, anchor: { left: 0, top: 0, width: 0, height: 0 }, rtl: false };
      render(this.tree(shown), scratch);
      render(null, scratch);
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
    else setTimeout(run, 300);
  }

  /** Opens the card of a mention from the keyboard, and moves focus into it. */
  openFromKeyboard(mention: PageMention): void {
    const active = document.activeElement;
    if (!this.shown) this.returnFocus = active instanceof HTMLElement ? active : null;
    this.intent.show(this.targetOf(mention));
    this.intent.setPinned(true);
  }

  private targetOf(mention: PageMention): Target {
    let target = this.targets.get(mention);
    if (!target) {
      const entity = this.session.current?.matcher.entities[mention.entity];
      target = { entityId: entity?.id ?? '', mention };
      this.targets.set(mention, target);
    }
    return target;
  }

  private onPointerMove(event: PointerEvent): void {
    this.pointer = { x: event.clientX, y: event.clientY };
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const annotator = this.session.current;
      if (!annotator) return;
      const host = this.ui?.shadowHost;
      const overCard = host?.isConnected && document.elementFromPoint(this.pointer.x, this.pointer.y) === host;
      if (overCard) return;
      const hit = mentionAtPoint(document, annotator, this.pointer.x, this.pointer.y);
      this.intent.pointerOver(hit ? this.targetOf(hit.mention) : null);
    });
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.shown) {
      event.stopPropagation();
      this.intent.close();
      return;
    }
    // The same keys as the browser command, for when the browser left the command unbound
    // (a bound command never reaches the page, so the two cannot both fire).
    if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && (event.code === 'KeyN' || event.code === 'KeyP')) {
      event.preventDefault();
      this.session.step(event.code === 'KeyN' ? 1 : -1);
    }
  }

  private load(entityId: string): Promise<EntityDetail | null> {
    let detail = this.cache.get(entityId);
    if (!detail) {
      detail = ask({ type: 'backstory:entity', id: entityId });
      this.cache.set(entityId, detail);
      detail.then(
        (value) => this.loaded.set(entityId, value),
        () => this.cache.delete(entityId),
      );
    }
    return detail;
  }

  private async open(target: Target): Promise<void> {
    const openedAt = performance.now();
    const hovered = this.anchorOf(target);
    const anchor = hovered?.rect ?? this.shown?.anchor;
    if (!anchor) return;
    const rtl = target.mention ? getComputedStyle(target.mention.range.startContainer.parentElement ?? document.body).direction === 'rtl' : (this.shown?.rtl ?? false);
    this.shown = { ...target, detail: null, error: null, openedAt, line: hovered?.index ?? 0, anchor, rtl };
    if (this.loaded.has(target.entityId)) {
      // Cached: paint in this very task.
      this.settle(target, this.loaded.get(target.entityId) ?? null);
      return;
    }
    const pending = this.load(target.entityId);
    // A fetch that answers quickly paints once; a slow one shows "Looking it up…" meanwhile.
    const quick = await Promise.race([pending.then(() => true, () => true), new Promise<false>((r) => setTimeout(() => r(false), LOADING_GRACE_MS))]);
    if (!quick && this.shown?.entityId === target.entityId) this.draw();
    try {
      this.settle(target, await pending);
    } catch (error) {
      if (this.shown?.entityId !== target.entityId) return;
      this.shown = { ...this.shown, error: `Backstory could not read its knowledge base: ${error instanceof Error ? error.message : String(error)}` };
      this.draw();
    }
  }

  private settle(target: Target, detail: EntityDetail | null): void {
    if (this.shown?.entityId !== target.entityId) return;
    this.shown = { ...this.shown, detail, error: detail ? null : 'Backstory has no entry for this name any more.' };
    this.draw();
  }

  /** The line of the mention under the pointer (the first line when opened from the keyboard). */
  private anchorOf(target: Target): { rect: Rect; index: number } | null {
    if (!target.mention) return null;
    const rects = rectsOf(document, target.mention.range);
    if (rects.length === 0) return null;
    const underPointer = this.pointer.x >= 0 ? lineUnderPointer(rects, this.pointer.x, this.pointer.y) : null;
    const index = underPointer ? rects.indexOf(underPointer) : 0;
    return { rect: rects[index]!, index };
  }

  private hide(): void {
    this.shown = null;
    if (this.ui?.mounted) this.ui.remove();
    const focus = this.returnFocus;
    this.returnFocus = null;
    focus?.focus({ preventScroll: true });
  }

  private draw(): void {
    const ui = this.ui;
    const shown = this.shown;
    if (!ui || !shown) return;
    if (!ui.mounted) ui.mount();
    const container = ui.mounted!;
    render(this.tree(shown), container);
    const card = container.firstElementChild as HTMLElement;
    this.place(card, shown.anchor, shown.rtl);
    if (this.returnFocus && card !== container.ownerDocument.activeElement && !card.contains(ui.shadow.activeElement)) card.focus({ preventScroll: true });
    if (shown.detail) {
      const openedAt = shown.openedAt;
      requestAnimationFrame(() => card.setAttribute('data-paint-ms', (performance.now() - openedAt).toFixed(2)));
    }
  }

  /** The card of `shown`, as Preact elements. */
  private tree(shown: Shown) {
    const theme = pageTheme(document);
    return (
      <div
        class={`card theme-${theme}`}
        role="dialog"
        aria-modal="false"
        aria-labelledby="backstory-card-title"
        tabIndex={-1}
        dir="ltr"
        onMouseEnter={() => this.intent.enterCard()}
        onMouseLeave={() => this.intent.leaveCard()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') this.intent.close();
        }}
      >
        <Card
          detail={shown.detail}
          error={shown.error}
          mentionText={shown.mention?.text ?? null}
          reason={this.reasonOf(shown.mention)}
          pinned={this.intent.isPinned}
          onPin={(pinned) => {
            this.intent.setPinned(pinned);
            this.draw();
          }}
          onClose={() => this.intent.close()}
          onRelated={(id) => this.intent.show({ entityId: id, mention: null })}
          onWrongLink={() => void this.markWrongLink(shown)}
          onAllMentions={(id) => void ask({ type: 'backstory:open-entity', id })}
        />
      </div>
    );
  }

  private place(card: HTMLElement, anchor: Rect, rtl: boolean): void {
    card.style.maxHeight = '';
    const size = { width: card.offsetWidth, height: Math.min(card.scrollHeight, MAX_CARD_HEIGHT) };
    const placement = placeCard(anchor, size, { width: document.documentElement.clientWidth, height: window.innerHeight }, rtl);
    card.style.left = `${placement.left}px`;
    card.style.top = `${placement.top}px`;
    card.style.maxHeight = `${Math.min(placement.maxHeight, MAX_CARD_HEIGHT)}px`;
    card.dataset.side = placement.side;
  }

  private reposition(): void {
    const shown = this.shown;
    const card = this.ui?.mounted?.firstElementChild as HTMLElement | null | undefined;
    if (!shown?.mention || !card) return;
    const rects = rectsOf(document, shown.mention.range);
    const line = rects[Math.min(shown.line, rects.length - 1)];
    if (!line) return;
    const visible = line.top + line.height > 0 && line.top < window.innerHeight;
    if (!visible && !this.intent.isPinned) {
      this.intent.close();
      return;
    }
    shown.anchor = line;
    this.place(card, line, shown.rtl);
  }

  /** The reason line of a hovered mention that is not its entity's full name. */
  private reasonOf(mention: PageMention | null): string | null {
    const annotator = this.session.current;
    if (!mention || !annotator || !showsReason(mention.kind)) return null;
    return annotator.reasonOf(mention);
  }

  private async markWrongLink(shown: Shown): Promise<void> {
    if (!shown.mention) return;
    const origin = location.origin;
    const alias = foldForSearch(shown.mention.text);
    this.intent.close();
    await updateSettings((s) => ({ ...s, wrongLinks: { ...s.wrongLinks, [origin]: [...new Set([...(s.wrongLinks[origin] ?? []), alias])] } }));
  }
}
