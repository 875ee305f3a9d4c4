import { useId } from 'react';
import { PLAYBACK_SPEEDS, type PlaybackSpeed } from '../../timeTravel/playback';
import type { Playback } from './usePlayback';

/** Play and pause, step back and forward, speed and loop: the reference time-travel controls. */
export function PlaybackControls({
  playback,
  disabled,
}: {
  readonly playback: Playback;
  readonly disabled: boolean;
}) {
  const id = useId();
  return (
    <div className="playback" role="group" aria-label="Playback">
      <button type="button" onClick={playback.stepBack} disabled={disabled}>
        Step back
      </button>
      {playback.playing ? (
        <button type="button" onClick={playback.pause}>
          Pause
        </button>
      ) : (
        <button type="button" onClick={playback.play} disabled={disabled}>
          Play
        </button>
      )}
      <button type="button" onClick={playback.stepForward} disabled={disabled}>
        Step forward
      </button>
      <label htmlFor={`${id}-speed`}>Speed</label>
      <select
        id={`${id}-speed`}
        value={playback.speed}
        onChange={(e) => playback.setSpeed(e.target.value as PlaybackSpeed)}
      >
        {PLAYBACK_SPEEDS.map((speed) => (
          <option key={speed} value={speed}>
            {speed}
          </option>
        ))}
      </select>
      <label className="inline-check">
        <input type="checkbox" checked={playback.loop} onChange={(e) => playback.setLoop(e.target.checked)} />
        Loop
      </label>
    </div>
  );
}
