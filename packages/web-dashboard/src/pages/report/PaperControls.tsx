import { useState } from 'react';

export type Paper = 'A4' | 'letter';

/** US and Canadian locales print on Letter; everyone else on A4. */
export function defaultPaper(locale: string | undefined): Paper {
  const region = new Intl.Locale(locale ?? navigator.language).maximize().region;
  return region === 'US' || region === 'CA' ? 'letter' : 'A4';
}

/**
 * Paper size and a print button (not printed). The layout fits both papers; the choice only sets
 * `@page size` so the browser's print preview starts on the right paper.
 */
export function PaperControls({ locale }: { readonly locale: string | undefined }) {
  const [paper, setPaper] = useState<Paper>(() => defaultPaper(locale));
  return (
    <div className="paper-controls no-print">
      <style>{`@page { size: ${paper === 'A4' ? 'A4' : 'letter'}; margin: 14mm 12mm; }`}</style>
      <label htmlFor="paper">Paper</label>
      <select
        id="paper"
        data-onpace="paper"
        value={paper}
        onChange={(event) => setPaper(event.currentTarget.value as Paper)}
      >
        <option value="A4">A4</option>
        <option value="letter">Letter</option>
      </select>
      <button type="button" onClick={() => window.print()}>
        Print
      </button>
    </div>
  );
}
