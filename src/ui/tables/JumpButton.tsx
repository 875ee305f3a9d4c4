import { useSession } from '../SessionContext';

/** A position that takes the time machine there when clicked. */
export function JumpButton({ position }: { readonly position: number }) {
  const session = useSession();
  return (
    <button
      type="button"
      className="jump"
      aria-label={`Jump to event ${position}`}
      onClick={() => session.seek(position)}
    >
      {position}
    </button>
  );
}
