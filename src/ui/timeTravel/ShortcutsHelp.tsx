import { useEffect, useId, useState } from 'react';
import type { Playback } from './usePlayback';

export const SHORTCUTS: readonly [key: string, action: string][] = [
  ['Space', 'Play or pause'],
  [',', 'Step back one event'],
  ['.', 'Step forward one event'],
  ['Escape', 'Return to the present'],
  ['?', 'Show or hide these shortcuts'],
  ['← → Home End', 'On the slider: step, go to the start, go to the present'],
];

/** Time-machine shortcuts anywhere on the page, except while typing in a field. */
export function useTimeMachineShortcuts(
  playback: Playback,
  returnToPresent: () => void,
  toggleHelp: () => void,
): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (target?.closest('input, select, textarea, button, dialog, [contenteditable="true"]')) return;
      const actions: Record<string, () => void> = {
        ' ': playback.toggle,
        ',': playback.stepBack,
        '.': playback.stepForward,
        Escape: returnToPresent,
        '?': toggleHelp,
      };
      const action = actions[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [playback, returnToPresent, toggleHelp]);
}

/** A disclosure listing the shortcuts. */
export function ShortcutsHelp({ open, onToggle }: { readonly open: boolean; readonly onToggle: () => void }) {
  const id = useId();
  return (
    <div className="shortcuts">
      <button type="button" aria-expanded={open} aria-controls={id} onClick={onToggle}>
        Keyboard shortcuts
      </button>
      {open && (
        <dl id={id} className="shortcuts-list">
          {SHORTCUTS.map(([key, action]) => (
            <div key={key}>
              <dt>
                <kbd>{key}</kbd>
              </dt>
              <dd>{action}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}

export function useToggle(initial = false): [boolean, () => void] {
  const [on, setOn] = useState(initial);
  return [on, () => setOn((value) => !value)];
}
