/** A file dropped anywhere on a page, handed over instead of being opened by the browser in place of the page. */

export interface FileDropHandlers {
  /** A drag of files is over the page (true), or has left it or been dropped (false). */
  dragging(over: boolean): void;
  dropped(file: File): void;
}

/** Listens on `target` until the returned function is called. */
export function listenForFileDrops(target: Window, handlers: FileDropHandlers): () => void {
  const over = (event: DragEvent) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    handlers.dragging(true);
  };
  const leave = (event: DragEvent) => {
    if (event.relatedTarget === null) handlers.dragging(false);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    handlers.dragging(false);
    const file = event.dataTransfer?.files[0];
    if (file) handlers.dropped(file);
  };
  target.addEventListener('dragover', over);
  target.addEventListener('dragleave', leave);
  target.addEventListener('drop', drop);
  return () => {
    target.removeEventListener('dragover', over);
    target.removeEventListener('dragleave', leave);
    target.removeEventListener('drop', drop);
  };
}
