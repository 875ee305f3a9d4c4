/**
 * A frame whose callbacks start later than this after it was due is late. The input that moved the slider
 * (the seek and the slider's own redraw, 2–3 ms) runs before them in the frame: anything more is work left
 * over from before.
 */
const LATE_FRAME_MS = 4;

/**
 * Tables on screen take turns to redraw: at most one redraw runs per animation frame, the one that has waited
 * longest first. A drag of the time-travel slider changes the view at every frame; were every table drawn in
 * the same frame, that frame's layout and paint would be the sum of all of them and miss the display's
 * refresh. Taking turns, a frame carries one table's work, and each table trails the slider by as many
 * frames as there are tables waiting, twice as many at most when frames run late (then catches up when the
 * slider stops).
 *
 * A frame gives its turn to the next frame, once, when:
 * - it begins late (the main thread was still busy when it was due: a heavy seek, a collection): a redraw
 *   started then would make it later still, and the next one too;
 * - it is the first frame after one in which the view changed: the turn's redraw renders after the frame
 *   that took the turn (React renders a state update made in an animation-frame callback in a task of its
 *   own) and is painted in the next one, which must not be the slider's next frame. The
 *   browser repaints one rectangle per frame, the smallest that holds every change, so a table painted in
 *   the same frame as the slider (at the top of the page) repaints all of the page between the two: in
 *   software, with every table on screen, that took about 5 ms a frame of the display compositor. So a
 *   table's turn is taken in the slider's frame and painted in the quiet frame after it; under a pointer
 *   that reports every other frame, the slider and the tables are painted in alternate frames.
 * Two such frames in a row still take a turn, so no table waits for ever.
 */
export class TableTurns {
  /** Redraws waiting, in the order they first asked (a Set keeps insertion order). */
  private readonly waiting = new Set<() => void>();
  private scheduled = false;
  /** Whether the last frame gave its turn away. */
  private gaveTurnAway = false;
  /** Whether a redraw was asked for (the view changed) since the last frame, and before it. */
  private askedSinceLastFrame = false;
  private askedBeforeLastFrame = false;

  /**
   * `nextFrame` runs its callback at the next animation frame with how late (ms) that frame's callbacks
   * started after it was due (`requestAnimationFrame` in the app).
   */
  constructor(private readonly nextFrame: (callback: (lateness: number) => void) => void) {}

  /** Asks for `redraw` to run at a coming frame. A redraw already waiting keeps its place in the line. */
  request(redraw: () => void): void {
    this.waiting.add(redraw);
    this.askedSinceLastFrame = true;
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

  private readonly takeTurn = (lateness: number): void => {
    this.scheduled = false;
    const firstQuietFrame = !this.askedSinceLastFrame && this.askedBeforeLastFrame;
    this.askedBeforeLastFrame = this.askedSinceLastFrame;
    this.askedSinceLastFrame = false;
    if ((lateness > LATE_FRAME_MS || firstQuietFrame) && !this.gaveTurnAway && this.waiting.size > 0) {
      this.gaveTurnAway = true;
      this.scheduled = true;
      this.nextFrame(this.takeTurn);
      return;
    }
    this.gaveTurnAway = false;
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
export const tableTurns = new TableTurns((callback) =>
  requestAnimationFrame((due) => callback(performance.now() - due)),
);
