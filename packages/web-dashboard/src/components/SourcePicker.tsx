import type { SourceKind } from '../app/sources';

export interface SourcePickerProps {
  readonly source: SourceKind | null;
  readonly storedPlans: number;
  readonly onChange: (source: SourceKind) => void;
}

/** Demo team or the user's own plans; the benchmark team appears only when the URL asks for it. */
export function SourcePicker({ source, storedPlans, onChange }: SourcePickerProps) {
  return (
    <fieldset className="field source-field" data-onpace="data-source">
      <legend>Showing</legend>
      <label>
        <input type="radio" name="source" checked={source === 'demo'} onChange={() => onChange('demo')} />{' '}
        Demo team
      </label>
      <label>
        <input type="radio" name="source" checked={source === 'mine'} onChange={() => onChange('mine')} />{' '}
        Your plans ({storedPlans})
      </label>
      {source === 'bench' ? (
        <label>
          <input type="radio" name="source" checked readOnly /> Benchmark team
        </label>
      ) : null}
    </fieldset>
  );
}
