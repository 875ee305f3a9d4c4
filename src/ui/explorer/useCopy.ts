import { useState } from 'react';

export interface CopyOutcome {
  readonly ok: boolean;
  readonly message: string;
}

/**
 * Copies text to the clipboard and says how it went: a confirmation, or, when the browser refuses (no
 * permission, not a secure page, no clipboard at all), what happened and how to copy by hand.
 */
export function useCopy(): {
  readonly outcome: CopyOutcome | null;
  readonly copy: (text: string, what: string) => Promise<void>;
  readonly clear: () => void;
} {
  const [outcome, setOutcome] = useState<CopyOutcome | null>(null);
  const copy = async (text: string, what: string) => {
    try {
      if (!navigator.clipboard) throw new Error('this page has no access to the clipboard');
      await navigator.clipboard.writeText(text);
      setOutcome({ ok: true, message: `Copied ${what} to the clipboard.` });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setOutcome({
        ok: false,
        message: `Could not copy ${what}: the browser refused (${reason}). Select the text and copy it by hand.`,
      });
    }
  };
  return { outcome, copy, clear: () => setOutcome(null) };
}
