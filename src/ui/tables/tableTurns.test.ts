import { describe, expect, it } from 'vitest';
import { TableTurns } from './tableTurns';

/**
 * A line over frames run by hand (`frames()` runs what asked for the next frame, each frame `lateness` ms
 * late), and redraws that write their name into `drawn`.
 */
function lineOfTurns() {
  let queued: ((lateness: number) => void)[] = [];
  const turns = new TableTurns((callback) => void queued.push(callback));
  const drawn: string[] = [];
  return {
    turns,
    drawn,
    redraw: (name: string) => () => void drawn.push(name),
    frames(count: number, lateness = 0) {
      for (let frame = 0; frame < count; frame++) {
        const due = queued;
        queued = [];
        for (const callback of due) callback(lateness);
      }
    },
    get framesAskedFor() {
      return queued.length;
    },
  };
}

describe('TableTurns', () => {
  it('a late frame gives its turn to the next, once: late frames in a row still draw every other one', () => {
    const line = lineOfTurns();
    for (const name of ['a', 'b', 'c']) line.turns.request(line.redraw(name));
    line.frames(1, 10);
    expect(line.drawn).toEqual([]);
    line.frames(1, 10);
    expect(line.drawn).toEqual(['a']);
    line.frames(2, 10);
    expect(line.drawn).toEqual(['a', 'b']);
    line.frames(1, 1);
    expect(line.drawn).toEqual(['a', 'b', 'c']);
    expect(line.framesAskedFor).toBe(0);
  });

  it('runs one redraw per frame, the longest waiting first, but none in the first quiet frame after a change', () => {
    const line = lineOfTurns();
    for (const name of ['a', 'b', 'c']) line.turns.request(line.redraw(name));
    expect(line.framesAskedFor).toBe(1);
    line.frames(1);
    expect(line.drawn).toEqual(['a']);
    line.frames(1);
    expect(line.drawn).toEqual(['a']);
    line.frames(2);
    expect(line.drawn).toEqual(['a', 'b', 'c']);
    expect(line.framesAskedFor).toBe(0);
  });

  it('takes the turns in the frames of the changes when the view changes every other frame', () => {
    const line = lineOfTurns();
    const [a, b] = [line.redraw('a'), line.redraw('b')];
    const drawnAfterEachFrame: number[] = [];
    for (let change = 0; change < 3; change++) {
      line.turns.request(a);
      line.turns.request(b);
      line.frames(1);
      drawnAfterEachFrame.push(line.drawn.length);
      line.frames(1);
      drawnAfterEachFrame.push(line.drawn.length);
    }
    expect(drawnAfterEachFrame).toEqual([1, 1, 2, 2, 3, 3]);
    expect(line.drawn).toEqual(['a', 'b', 'a']);
  });

  it('takes a turn at every frame when the view changes at every frame', () => {
    const line = lineOfTurns();
    const [a, b] = [line.redraw('a'), line.redraw('b')];
    for (let frame = 0; frame < 4; frame++) {
      line.turns.request(a);
      line.turns.request(b);
      line.frames(1);
    }
    expect(line.drawn).toEqual(['a', 'b', 'a', 'b']);
  });

  it('keeps a waiting redraw in its place when it asks again, and runs it once', () => {
    const line = lineOfTurns();
    const [a, b] = [line.redraw('a'), line.redraw('b')];
    line.turns.request(a);
    line.turns.request(b);
    line.turns.request(a);
    line.frames(3);
    expect(line.drawn).toEqual(['a', 'b']);
  });

  it('lets a redraw that asks during its own turn wait behind the others', () => {
    const line = lineOfTurns();
    const a = () => {
      line.drawn.push('a');
      line.turns.request(a);
    };
    line.turns.request(a);
    line.turns.request(line.redraw('b'));
    line.frames(4);
    expect(line.drawn).toEqual(['a', 'b', 'a']);
    expect(line.turns.length).toBe(1);
  });

  it('drops a withdrawn redraw', () => {
    const line = lineOfTurns();
    const [a, b] = [line.redraw('a'), line.redraw('b')];
    line.turns.request(a);
    line.turns.request(b);
    line.turns.withdraw(a);
    line.frames(2);
    expect(line.drawn).toEqual(['b']);
    expect(line.framesAskedFor).toBe(0);
  });
});
