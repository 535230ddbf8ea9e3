import { type ChangeEvent, useState } from 'react';
import { formatCivilDate } from './dates';

export interface AppProps {
  /** The as-of date the dashboard opens on, `YYYY-MM-DD` (normally today in the browser's zone). */
  initialAsOf: string;
  /** Locale for displayed dates; the browser's locale when omitted. */
  locale?: string;
}

interface SelectedFile {
  name: string;
  size: number;
}

const sizeFormat = (locale: string | undefined) =>
  new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 });

export function App({ initialAsOf, locale }: AppProps) {
  const [asOf, setAsOf] = useState(initialAsOf);
  const [selectedFile, setSelectedFile] = useState<SelectedFile | null>(null);

  const asOfLabel = formatCivilDate(asOf, locale);

  const onAsOfChange = (event: ChangeEvent<HTMLInputElement>) => {
    setAsOf(event.currentTarget.value);
  };

  const onBundleChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    setSelectedFile(file ? { name: file.name, size: file.size } : null);
  };

  return (
    <div className="app">
      <header className="app-header">
        <h1>OnPace — Team</h1>
        <p className="as-of-line">
          As of{' '}
          {asOfLabel === null ? (
            <span data-onpace="as-of-display">no date chosen</span>
          ) : (
            <time data-onpace="as-of-display" dateTime={asOf}>
              {asOfLabel}
            </time>
          )}
        </p>
      </header>

      <main className="app-main">
        <section className="panel" aria-labelledby="team-heading">
          <h2 id="team-heading">Team</h2>
          <p className="empty-state" data-onpace="empty-state">
            No plans yet. Import a bundle file or connect the extension.
          </p>
        </section>

        <section className="panel controls" aria-label="Dashboard controls">
          <div className="field">
            <label htmlFor="as-of">As-of date</label>
            <input id="as-of" type="date" data-onpace="as-of" value={asOf} onChange={onAsOfChange} />
          </div>

          <div className="field">
            <label htmlFor="import-bundle">Bundle file</label>
            <input
              id="import-bundle"
              type="file"
              accept=".json,application/json"
              data-onpace="import-bundle"
              onChange={onBundleChange}
            />
          </div>

          <p className="status" role="status" data-onpace="import-status">
            {selectedFile === null
              ? ''
              : `Selected ${selectedFile.name} (${sizeFormat(locale).format(selectedFile.size / 1000)}). ` +
                'Reading bundle files is not available in this build yet; nothing was imported.'}
          </p>
        </section>
      </main>
    </div>
  );
}
