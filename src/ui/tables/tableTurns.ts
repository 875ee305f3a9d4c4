/**
 * Tables on screen take turns to redraw: at most one redraw runs per animation frame, the one that has waited
 * longest first. A drag of the time-travel slider changes the view at every frame; were every table drawn in
 * the same frame, that frame's layout and paint would be the sum of all of them and miss the display's
 * refresh. Taking turns, a frame carries one table's work, and each table trails the slider by as many
 * frames as there are tables waiting (then catches up when the slider stops).
 */
export class TableTurns {
  /** Redraws waiting, in the order they first asked (a Set keeps insertion order). */
  private readonly waiting = new Set<() => void>();
  private scheduled = false;

  /** `nextFrame` runs its callback at the next animation frame (`requestAnimationFrame` in the app). */
  constructor(private readonly nextFrame: (callback: () => void) => void) {}

  /** Asks for `redraw` to run at a coming frame. A redraw already waiting keeps its place in the line. */
  request(redraw: () => void): void {
    this.waiting.add(redraw);
    if (this.scheduled) return;
    this.scheduled = true;
    this.nextFrame(this.takeTurn);
  }

  /** Takes a waiting redraw out of the line (its table has left the screen, or the page). */
  withdraw(redraw: () => void): void {
    this.waiting.delete(redraw);
  }

  /** How many redraws wait for their turn. */
  get length(): number {
    return this.waiting.size;
  }

  private readonly takeTurn = (): void => {
    this.scheduled = false;
    const [next] = this.waiting;
    if (!next) return;
    this.waiting.delete(next);
    if (this.waiting.size > 0) {
      this.scheduled = true;
      this.nextFrame(this.takeTurn);
    }
    next();
  };
}

/** The app's line: one table redrawn per animation frame. */
export const tableTurns = new TableTurns((callback) => requestAnimationFrame(() => callback()));
