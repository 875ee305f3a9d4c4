import { useSession } from '../SessionContext';

/**
 * A position that takes the time machine there when clicked. `inGrid`: the button sits in a row of an ARIA
 * grid, which is one Tab stop with its own keys, so the button is left out of the Tab order.
 */
export function JumpButton({
  position,
  inGrid = false,
}: {
  readonly position: number;
  readonly inGrid?: boolean;
}) {
  const session = useSession();
  return (
    <button
      type="button"
      className="jump"
      aria-label={`Jump to event ${position}`}
      tabIndex={inGrid ? -1 : undefined}
      onClick={() => session.seek(position)}
    >
      {position}
    </button>
  );
}
