import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AccountCommandRequest } from '../commands/account/dispatchAccountCommand';
import { Branch, type BranchOutcome } from '../whatIf/branch';
import type { Hypothesis } from '../whatIf/replayUnderRules';
import { skipEvent } from '../whatIf/skipEvent';
import type { LedgerSession } from './ledgerSession';

export interface WhatIfState {
  /** Branches kept in this session, newest last. */
  readonly branches: readonly Branch[];
  readonly activeBranch: number | null;
  /** The ledger as if one event had not happened. */
  readonly skip: { readonly position: number; readonly hypothesis: Hypothesis } | null;
  /** Bumped when a branch changes (branches fold in place). */
  readonly revision: number;
}

export interface WhatIf {
  readonly state: StoreApi<WhatIfState>;
  branchFrom(position: number): Branch;
  dispatchInBranch(branchId: number, request: AccountCommandRequest, actor: string): BranchOutcome;
  selectBranch(branchId: number | null): void;
  discardBranch(branchId: number): void;
  skip(position: number): void;
  clearSkip(): void;
}

/** Sandboxes over the real timeline: they read it and never write to the log. */
export function createWhatIf(session: LedgerSession, now: () => number = Date.now): WhatIf {
  const state = createStore<WhatIfState>()(() => ({
    branches: [],
    activeBranch: null,
    skip: null,
    revision: 0,
  }));
  let lastId = 0;
  const bump = (patch: Partial<WhatIfState>) =>
    state.setState((current) => ({ ...patch, revision: current.revision + 1 }));
  return {
    state,
    branchFrom(position) {
      const base = session.timeline.seek(position).readModels;
      const branch = new Branch(
        ++lastId,
        base.checkpoint,
        base,
        (stream) => session.log.positionsOfStream(stream, 1, base.checkpoint).length,
      );
      bump({ branches: [...state.getState().branches, branch], activeBranch: branch.id });
      return branch;
    },
    dispatchInBranch(branchId, request, actor) {
      const branch = state.getState().branches.find((candidate) => candidate.id === branchId);
      if (!branch) throw new Error(`There is no branch ${branchId}.`);
      const outcome = branch.dispatch(request, { recordedAt: now(), actor });
      bump({});
      return outcome;
    },
    selectBranch: (branchId) => bump({ activeBranch: branchId }),
    discardBranch(branchId) {
      const branches = state.getState().branches.filter((branch) => branch.id !== branchId);
      bump({ branches, activeBranch: branches.at(-1)?.id ?? null });
    },
    skip: (position) =>
      bump({ skip: { position, hypothesis: skipEvent(session.timeline, session.log, position) } }),
    clearSkip: () => bump({ skip: null }),
  };
}
