import type { Failure } from '../messaging/result';

/** A quiet line under an action: what happened, or what went wrong and what to do. */
export function Notice({
  message,
  failure,
}: {
  readonly message?: string | null;
  readonly failure?: Failure | null;
}) {
  if (failure) {
    return (
      <div className="notice notice-problem" role="alert">
        <p>{failure.error}</p>
      </div>
    );
  }
  if (!message) return null;
  return (
    <p className="notice" role="status">
      {message}
    </p>
  );
}
