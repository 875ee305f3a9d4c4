import { useEffect, useState } from 'react';
import { emptyLedgerFact } from '../../projections/ledgerFact';
import { nextPlaybackPosition, playbackDelay, type PlaybackSpeed } from '../../timeTravel/playback';
import { useSession, useView } from '../SessionContext';

export interface Playback {
  readonly playing: boolean;
  readonly speed: PlaybackSpeed;
  readonly loop: boolean;
  play(): void;
  pause(): void;
  toggle(): void;
  stepBack(): void;
  stepForward(): void;
  setSpeed(speed: PlaybackSpeed): void;
  setLoop(loop: boolean): void;
}

/** Steps the time machine through the log at a speed; it pauses at the end unless looping. */
export function usePlayback(): Playback {
  const session = useSession();
  const position = useView((view) => view.position);
  const head = useView((view) => view.head);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<PlaybackSpeed>('1×');
  const [loop, setLoop] = useState(false);

  // Playback stops by itself at the end (unless looping): there is simply no next position to go to.
  const next = nextPlaybackPosition(position, head, loop);
  const active = playing && next !== null;

  useEffect(() => {
    if (!playing) return;
    if (next === null) {
      // At the end: stop for good, so that a later jump into the past does not resume playing by itself.
      const stop = setTimeout(() => setPlaying(false), 0);
      return () => clearTimeout(stop);
    }

    const timeOf = (at: number) =>
      at >= 1 && at <= session.log.length ? session.log.factAt(at, emptyLedgerFact()).recordedAt : undefined;
    const delay = playbackDelay(speed, timeOf(position), timeOf(next) ?? 0);
    const timer = setTimeout(() => session.seek(next), delay);
    return () => clearTimeout(timer);
  }, [playing, next, position, speed, session]);

  const play = () => {
    if (position >= head) session.seek(0);
    setPlaying(head > 0);
  };
  const step = (delta: number) => {
    setPlaying(false);
    session.seek(Math.min(head, Math.max(0, position + delta)));
  };
  return {
    playing: active,

    speed,
    loop,
    play,
    pause: () => setPlaying(false),
    toggle: () => (active ? setPlaying(false) : play()),

    stepBack: () => step(-1),
    stepForward: () => step(1),
    setSpeed,
    setLoop,
  };
}
