import { Card, type CardProps } from './Card';

export interface CardDialogProps extends CardProps {
  /** The page's light or dark look, which the card follows. */
  theme: 'light' | 'dark';
  /** The pointer entered or left the card (it stays open while the pointer is in it). */
  onPointerInside(inside: boolean): void;
}

/** The hover card as a non-modal dialog: the frame that the card's host places on the page. */
export function CardDialog(props: CardDialogProps) {
  const { theme, onPointerInside, ...card } = props;
  return (
    <div
      class={`card theme-${theme}`}
      role="dialog"
      aria-modal="false"
      aria-labelledby="backstory-card-title"
      tabIndex={-1}
      dir="ltr"
      onMouseEnter={() => onPointerInside(true)}
      onMouseLeave={() => onPointerInside(false)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') card.onClose();
      }}
    >
      <Card {...card} />
    </div>
  );
}
