import type { Plan } from '@onpace/core/schemas';
import { useState } from 'react';
import type { ExportPurpose } from '../messaging/drafts';
import type { Failure } from '../messaging/result';
import type { ImportReport, MergeCounts } from '../messaging/views';
import { request } from '../pages/client';
import { Notice } from '../pages/Notice';
import { downloadText } from './download';
import { planChoiceName } from './plan-choice-name';

const NAMES: readonly [keyof ImportReport, string, string][] = [
  ['plans', 'plan', 'plans'],
  ['activities', 'activity', 'activities'],
  ['notes', 'note', 'notes'],
  ['checkIns', 'check-in', 'check-ins'],
  ['acknowledgments', 'acknowledgment', 'acknowledgments'],
];

/** "Added 1 plan, 42 activities; updated 1 note." or a sentence saying nothing was new. */
export function describeReport(report: ImportReport): string {
  const part = (kind: keyof MergeCounts) =>
    NAMES.filter(([key]) => report[key][kind] > 0).map(
      ([key, one, many]) => `${report[key][kind]} ${report[key][kind] === 1 ? one : many}`,
    );
  const added = part('added');
  const updated = part('updated');
  if (added.length === 0 && updated.length === 0)
    return 'Nothing new: everything in this file is already here.';
  const sentences: string[] = [];
  if (added.length > 0) sentences.push(`Added ${added.join(', ')}`);
  if (updated.length > 0) sentences.push(`${added.length > 0 ? 'updated' : 'Updated'} ${updated.join(', ')}`);
  return `${sentences.join('; ')}.`;
}

export function ImportExportSection({
  plans,
  myPlanId,
  onChanged,
}: {
  readonly plans: readonly Plan[];
  readonly myPlanId: string | null;
  readonly onChanged: () => void;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [failedFile, setFailedFile] = useState<string>('');
  const [exportId, setExportId] = useState<string>('');
  const selected = exportId || myPlanId || plans[0]?.id || '';

  async function importFile(file: File) {
    setMessage(null);
    const response = await request({ type: 'bundle/import', text: await file.text() });
    if (!response.ok) {
      setFailure(response);
      setFailedFile(file.name);
      return;
    }
    setFailure(null);
    setMessage(`${file.name}: ${describeReport(response.report)}`);
    onChanged();
  }

  async function exportPlan(purpose: ExportPurpose) {
    const response = await request({ type: 'bundle/export', planId: selected, purpose });
    if (!response.ok) {
      setFailure(response);
      setFailedFile('');
      return;
    }
    setFailure(null);
    downloadText(response.fileName, response.text);
    setMessage(`Saved ${response.fileName}.`);
  }

  return (
    <section aria-labelledby="files-heading" className="card stack">
      <h2 id="files-heading">Import and export</h2>
      <p className="small muted">
        Plans travel as OnPace bundle files: the manager exports a plan with its shared notes and check-ins,
        the rep imports it, and exports it back with their activity and acknowledgments. Importing a newer
        revision updates the plan in place and keeps everything recorded here.
      </p>
      <label className="field">
        <span>Import a bundle file</span>
        <input
          type="file"
          accept=".json,application/json"
          data-onpace="import-bundle"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </label>
      {failure?.problems && failure.problems.length > 0 ? (
        <div className="notice notice-problem" role="alert" data-onpace="import-error">
          <p>Nothing was imported: {failedFile} has problems.</p>
          <ul>
            {failure.problems.map((problem) => (
              <li key={`${problem.path}:${problem.message}`}>
                <code>{problem.path}</code> {problem.message}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <Notice failure={failure} />
      )}
      {plans.length > 0 ? (
        <div className="stack">
          <label className="field">
            <span>Export a plan</span>
            <select value={selected} onChange={(event) => setExportId(event.target.value)}>
              {plans.map((plan) => (
                <option key={plan.id} value={plan.id}>
                  {planChoiceName(plan)}
                </option>
              ))}
            </select>
          </label>
          <div className="row wrap">
            <button type="button" onClick={() => void exportPlan('share')}>
              Export to share
            </button>
            <button type="button" onClick={() => void exportPlan('backup')}>
              Export a backup (with private notes)
            </button>
          </div>
          <p className="small muted">Shared exports never include private notes. Keep backups to yourself.</p>
        </div>
      ) : null}
      <Notice message={message} />
    </section>
  );
}
