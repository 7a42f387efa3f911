/**
 * Wires the hover card into a page: hit-tests the pointer against painted
 * mentions, runs hover intent, and shows the card of the entity in the card's
 * host, next to the hovered line. Every listener and timer is the content
 * script context's (`ctx`), so nothing of it outlives the context.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CardDialog } from '../../components/CardDialog';
import { ask } from '../../lib/extension/background-client';
import { notePaintTime } from '../../lib/dom/bench-hooks';
import { CardHost } from '../../lib/dom/card/card-host';
import { positionCard } from '../../lib/dom/card/card-position';
import { DetailCache } from '../../lib/card/detail-cache';
import { lineUnderPointer, type Rect } from '../../lib/card/placement';
import { warmUpFonts, warmUpRender } from '../../lib/dom/card/warm-up';
import type { EntityDetail } from '../../lib/extension/kb/entity-detail';
import { showsReason } from '../../lib/match/reasons';
import type { PageMention } from '../../lib/dom/page/annotator';
import { mentionAtPoint, rectsOf } from '../../lib/dom/page/hit-test';
import { HoverIntent, hoverTimings } from '../../lib/dom/page/hover-intent';
import { pageTheme } from '../../lib/dom/page/page-theme';
import { LOADING_GRACE_MS, NO_RECT, type Shown, type Target } from './card-state';
import type { PageSession } from './page-session';
import { foldForSearch } from '../../lib/search/fold';
import { addWrongLink, DEFAULT_SETTINGS, onSettingsChanged, readSettings } from '../../lib/extension/settings';

export class HoverCards {
  private host: CardHost | null = null;
  private shown: Shown | null = null;
  private readonly details = new DetailCache((id) => ask({ type: 'backstory:entity', id }));
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
    this.intent = new HoverIntent<Target>(hoverTimings(DEFAULT_SETTINGS.hoverDelayMs), {
      prefetch: (t) => void this.details.load(t.entityId),
      open: (t) => void this.open(t),
      close: () => this.hide(),
    });
  }

  async start(): Promise<void> {
    this.ctx.onInvalidated(onSettingsChanged((s) => this.intent.setTimings(hoverTimings(s.hoverDelayMs))));
    const { hoverDelayMs } = await readSettings();
    this.intent.setTimings(hoverTimings(hoverDelayMs));
    this.host = await CardHost.create(this.ctx);
    // The hover timers and the pointer's frame run many times a second: instead of `ctx.setTimeout` and
    // `ctx.requestAnimationFrame`, which each leave a listener on the context until it ends, one listener cancels them.
    this.ctx.onInvalidated(() => {
      this.intent.close();
      cancelAnimationFrame(this.frame);
    });
    this.ctx.addEventListener(window, 'pointermove', (e) => this.onPointerMove(e), { capture: true, passive: true });
    this.ctx.addEventListener(window, 'keydown', (e) => this.onKeyDown(e), { capture: true });
    this.ctx.addEventListener(window, 'scroll', () => this.reposition(), { capture: true, passive: true });
    this.ctx.addEventListener(window, 'resize', () => this.reposition(), { passive: true });
  }

  /** Called when the page is painted afresh (knowledge base changed, paused, resumed). */
  reset(): void {
    this.details.clear();
    this.intent.close();
  }

  /**
   * Once, in idle time after the page is painted: draws the card's fonts, and
   * renders the card of the first name painted off the page (which also has its
   * data ready for the hover), so that the first real card pays for neither.
   */
  warmUpWhenIdle(): void {
    if (this.warmed) return;
    this.warmed = true;
    this.ctx.requestIdleCallback(
      () => {
        warmUpFonts(document);
        const first = this.session.current?.firstPainted();
        if (first) void this.warmUpCard(this.targetOf(first));
        else this.warmed = false;
      },
      { timeout: 2000 },
    );
  }

  private async warmUpCard(target: Target): Promise<void> {
    // A failed load only means no warm-up here: the cache forgets it, and the hover itself reports it.
    const detail = await this.details.load(target.entityId).catch(() => null);
    if (!detail || !this.ctx.isValid) return;
    const offPage = { ...target, detail, error: null, openedAt: 0, line: 0, anchor: NO_RECT, rtl: false };
    warmUpRender(document, this.dialog(offPage));
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
      // Asking also notices an extension that went away (updated, reloaded, removed) and ends the context.
      if (!this.ctx.isValid) return;
      const annotator = this.session.current;
      if (!annotator) return;
      if (this.host?.isHost(document.elementFromPoint(this.pointer.x, this.pointer.y))) return;
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
    if (
      event.altKey &&
      event.shiftKey &&
      !event.ctrlKey &&
      !event.metaKey &&
      (event.code === 'KeyN' || event.code === 'KeyP')
    ) {
      event.preventDefault();
      this.session.step(event.code === 'KeyN' ? 1 : -1);
    }
  }

  private async open(target: Target): Promise<void> {
    const openedAt = performance.now();
    const hovered = this.anchorOf(target);
    const anchor = hovered?.rect ?? this.shown?.anchor;
    if (!anchor) return;
    const rtl = target.mention
      ? getComputedStyle(target.mention.range.startContainer.parentElement ?? document.body).direction === 'rtl'
      : (this.shown?.rtl ?? false);
    this.shown = { ...target, detail: null, error: null, openedAt, line: hovered?.index ?? 0, anchor, rtl };
    const cached = this.details.peek(target.entityId);
    if (cached.hit) {
      // Cached: paint in this very task.
      this.settle(target, cached.detail);
      return;
    }
    const pending = this.details.load(target.entityId);
    // A fetch that answers quickly paints once; a slow one shows "Looking it up…" meanwhile.
    const grace = new Promise<false>((resolve) => this.ctx.setTimeout(() => resolve(false), LOADING_GRACE_MS));
    const quick = await Promise.race([
      pending.then(
        () => true,
        () => true,
      ),
      grace,
    ]);
    if (!quick && this.showing(target)) this.draw();
    try {
      this.settle(target, await pending);
    } catch (error) {
      const shown = this.showing(target);
      if (!shown) return;
      this.shown = {
        ...shown,
        error: `Backstory could not read its knowledge base: ${error instanceof Error ? error.message : String(error)}`,
      };
      this.draw();
    }
  }

  /** The card, if it still shows `target`'s entity: while its details load, the reader may have moved on or closed it. */
  private showing(target: Target): Shown | null {
    return this.shown?.entityId === target.entityId ? this.shown : null;
  }

  private settle(target: Target, detail: EntityDetail | null): void {
    const shown = this.showing(target);
    if (!shown) return;
    this.shown = { ...shown, detail, error: detail ? null : 'Backstory has no entry for this name any more.' };
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
    this.host?.remove();
    const focus = this.returnFocus;
    this.returnFocus = null;
    focus?.focus({ preventScroll: true });
  }

  private draw(): void {
    const host = this.host;
    const shown = this.shown;
    if (!host || !shown || !this.ctx.isValid) return;
    const card = host.render(this.dialog(shown));
    positionCard(card, shown.anchor, shown.rtl);
    if (this.returnFocus && !host.hasFocus()) card.focus({ preventScroll: true });
    if (shown.detail) notePaintTime(card, shown.openedAt, (callback) => this.ctx.requestAnimationFrame(callback));
  }

  /** The card of `shown`, as Preact elements. */
  private dialog(shown: Shown) {
    return (
      <CardDialog
        theme={pageTheme(document)}
        onPointerInside={(inside) => (inside ? this.intent.enterCard() : this.intent.leaveCard())}
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
    );
  }

  private reposition(): void {
    const shown = this.shown;
    const card = this.host?.card;
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
    positionCard(card, line, shown.rtl);
  }

  /** The reason line of a hovered mention that is not its entity's full name. */
  private reasonOf(mention: PageMention | null): string | null {
    const annotator = this.session.current;
    if (!mention || !annotator || !showsReason(mention.kind)) return null;
    return annotator.reasonOf(mention);
  }

  private async markWrongLink(shown: Shown): Promise<void> {
    if (!shown.mention) return;
    const alias = foldForSearch(shown.mention.text);
    this.intent.close();
    await addWrongLink(location.origin, alias);
  }
}
