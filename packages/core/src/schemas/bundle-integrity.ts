/**
 * What the bundle schema cannot say field by field: each record appears once. Two plans with
 * one id, or two versions of one activity, leave the reader to guess which wins (the extension
 * kept the first, the dashboard the last), so a bundle that repeats an id is refused, naming both
 * places. Both apps read bundles through `safeParseBundle`, which runs this check.
 */
import { type Activity, activityKey } from './activity.js';
import { type FieldProblem, type ParseResult, ValidationError } from './validation.js';

/** The parts of a bundle (any version) whose records carry an identity. */
export interface IdentifiedRecords {
  readonly plans: readonly { readonly id: string }[];
  readonly activities: readonly Pick<Activity, 'source' | 'id' | 'metric'>[];
  readonly notes: readonly { readonly id: string }[];
  readonly checkIns: readonly { readonly id: string }[];
  readonly rollups: readonly { readonly planId: string }[];
}

interface Collection<T> {
  readonly field: string;
  readonly records: readonly T[];
  /** The identity, and the field of a record that holds it (`id`, `planId`). */
  readonly key: (record: T) => string;
  readonly keyField: string;
  readonly describe: (record: T) => string;
}

function duplicates<T>(collection: Collection<T>): FieldProblem[] {
  const { field, records, key, keyField, describe } = collection;
  const firstIndex = new Map<string, number>();
  const problems: FieldProblem[] = [];
  records.forEach((record, index) => {
    const identity = key(record);
    const earlier = firstIndex.get(identity);
    if (earlier === undefined) {
      firstIndex.set(identity, index);
      return;
    }
    problems.push({
      path: `${field}[${index}].${keyField}`,
      message: `duplicates ${field}[${earlier}].${keyField} (${describe(record)}): a bundle carries each record once`,
    });
  });
  return problems;
}

const quoted = (id: string) => JSON.stringify(id.length > 80 ? `${id.slice(0, 79)}…` : id);

export function bundleIntegrityProblems(bundle: IdentifiedRecords): FieldProblem[] {
  const byId = { key: (record: { readonly id: string }) => record.id, keyField: 'id' };
  return [
    ...duplicates({ field: 'plans', records: bundle.plans, ...byId, describe: (plan) => quoted(plan.id) }),
    ...duplicates({
      field: 'activities',
      records: bundle.activities,
      key: activityKey,
      keyField: 'id',
      describe: (activity) => `${activity.source} ${quoted(activity.id)} counted as ${activity.metric}`,
    }),
    ...duplicates({ field: 'notes', records: bundle.notes, ...byId, describe: (note) => quoted(note.id) }),
    ...duplicates({
      field: 'checkIns',
      records: bundle.checkIns,
      ...byId,
      describe: (checkIn) => quoted(checkIn.id),
    }),
    ...duplicates({
      field: 'rollups',
      records: bundle.rollups,
      key: (entry) => entry.planId,
      keyField: 'planId',
      describe: (entry) => `plan ${quoted(entry.planId)}`,
    }),
  ];
}

/** A parsed bundle as it was, or refused when it repeats a record. */
export function checkBundleIntegrity<B extends IdentifiedRecords>(result: ParseResult<B>): ParseResult<B> {
  if (!result.success) return result;
  const problems = bundleIntegrityProblems(result.data);
  if (problems.length === 0) return result;
  return { success: false, error: new ValidationError('bundle', problems) };
}
