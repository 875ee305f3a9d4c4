import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { WhatIf, WhatIfState } from '../../app/whatIfStore';

export const WhatIfContext = createContext<WhatIf | null>(null);

export function useWhatIf(): WhatIf {
  const whatIf = useContext(WhatIfContext);
  if (!whatIf) throw new Error('useWhatIf needs a <SessionHost> above it.');
  return whatIf;
}

export function useWhatIfState<Slice>(select: (state: WhatIfState) => Slice): Slice {
  return useStore(useWhatIf().state, select);
}
