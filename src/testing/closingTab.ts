import type { LedgerSession } from '../app/ledgerSession';

/**
 * The session as a tab that closes mid-transfer sees it: deposits are issued but never answered (the tab is
 * gone), so a transfer run through it stops right after its withdrawal.
 */
export function closingTab(session: LedgerSession): LedgerSession {
  return {
    ...session,
    dispatch: (request, context) =>
      request.type === 'DepositMoney' ? new Promise(() => undefined) : session.dispatch(request, context),
  };
}
