import { useSession } from '../SessionContext';
import { BalancesOf } from '../tables/BalancesOf';
import { formatMoney } from '../format';
import { useWhatIf, useWhatIfState } from '../timeTravel/whatIfContext';
import { BranchCommands } from './BranchCommands';
import { ExportBranchButton } from './ExportBranchButton';

/** Branches and skipped events: hypothetical timelines beside the real one, which they never touch. */
export function WhatIfPanel() {
  const session = useSession();
  const whatIf = useWhatIf();
  const branches = useWhatIfState((state) => state.branches);
  const active = useWhatIfState((state) => state.activeBranch);
  const skip = useWhatIfState((state) => state.skip);
  const revision = useWhatIfState((state) => state.revision);
  const branch = branches.find((candidate) => candidate.id === active);
  if (branches.length === 0 && !skip) return null;
  return (
    <section aria-label="What if" className="panel what-if-panel hypothetical">
      <h2>What if… (hypothetical: the real log is untouched)</h2>
      {branches.length > 0 && (
        <div role="group" aria-label="Branches" className="button-row">
          {branches.map((candidate) => (
            <button
              key={candidate.id}
              type="button"
              aria-pressed={candidate.id === active}
              onClick={() => whatIf.selectBranch(candidate.id)}
            >
              Branch {candidate.id} from #{candidate.basePosition}
            </button>
          ))}
        </div>
      )}
      {branch && (
        <div className="branch">
          <BranchCommands branch={branch} accounts={[...branch.readModels.models.balances.keys()].sort()} />
          <div className="side-by-side">
            <BalancesOf
              label={`Real ledger at #${branch.basePosition}`}
              model={session.timeline.seek(branch.basePosition).readModels.models.balances}
              revision={revision}
            />
            <BalancesOf
              label={`Branch ${branch.id}`}
              model={branch.readModels.models.balances}
              revision={revision}
            />
          </div>
          <div className="button-row">
            <ExportBranchButton branch={branch} />
            <button type="button" onClick={() => whatIf.discardBranch(branch.id)}>
              Discard branch {branch.id}
            </button>
          </div>
        </div>
      )}
      {skip && (
        <div className="skip">
          <h3>As if event #{skip.position} had never happened</h3>
          <BalancesOf
            label={`Without event #${skip.position}`}
            model={skip.hypothesis.readModels.models.balances}
            revision={revision}
          />
          {skip.hypothesis.refused.length === 0 ? (
            <p>Every later event would still have been allowed.</p>
          ) : (
            <ul aria-label="Events the rules would refuse" className="refused-events">
              {skip.hypothesis.refused.map((refusal) => (
                <li key={refusal.position}>
                  #{refusal.position} {refusal.type} {refusal.accountId} {formatMoney(refusal.amount)} would
                  be refused: {refusal.reason}
                </li>
              ))}
            </ul>
          )}
          <button type="button" onClick={whatIf.clearSkip}>
            Close the skip
          </button>
        </div>
      )}
    </section>
  );
}
