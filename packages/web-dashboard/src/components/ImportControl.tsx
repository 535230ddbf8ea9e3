import { type ChangeEvent, type DragEvent, useState } from 'react';
import type { BundleFile } from '../data/import-bundle';

export interface ImportMessage {
  readonly text: string;
  readonly ok: boolean;
}

export interface ImportControlProps {
  readonly onFiles: (files: BundleFile[]) => void;
  readonly messages: readonly ImportMessage[];
  readonly busy: boolean;
}

async function readFiles(list: FileList | null): Promise<BundleFile[]> {
  if (!list) return [];
  return Promise.all(Array.from(list, async (file) => ({ name: file.name, text: await file.text() })));
}

/** Pick or drop one or many bundle files; what happened to each is said in a polite live region. */
export function ImportControl({ onFiles, messages, busy }: ImportControlProps) {
  const [dragging, setDragging] = useState(false);

  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const files = await readFiles(input.files);
    // Cleared so that picking the same file again fires another change.
    input.value = '';
    if (files.length > 0) onFiles(files);
  };

  const onDrop = async (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const files = await readFiles(event.dataTransfer.files);
    if (files.length > 0) onFiles(files);
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a drop target only; the file input inside is the accessible control.
    <div
      className={dragging ? 'field import-field dragging' : 'field import-field'}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <label htmlFor="import-bundle">Bundle files</label>
      <input
        id="import-bundle"
        type="file"
        multiple
        accept=".json,application/json"
        data-onpace="import-bundle"
        onChange={onChange}
        disabled={busy}
      />
      <span className="hint">or drop them here</span>
      <div className="import-status" role="status" data-onpace="import-status">
        {messages.map((message) => (
          <p key={message.text} className={message.ok ? 'import-ok' : 'import-error'}>
            {message.text}
          </p>
        ))}
      </div>
    </div>
  );
}
