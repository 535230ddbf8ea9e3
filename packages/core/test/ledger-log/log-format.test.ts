import { describe, expect, it } from 'vitest';
import type { LedgerEventInput } from '../../src/ledger/index.js';
import {
  acceptLogCopy,
  formatSealedBlob,
  LogChunkTooLargeError,
  logName,
  maxPlaintextBytes,
  NOTE_BODY_LIMIT,
  parseLogChunk,
  parseSealedBlob,
  parseSealedFile,
  splitLog,
} from '../../src/ledger-log/index.js';
import { LedgerScript, MANAGER, PLAN_ID, REP } from '../ledger/ledger-helpers.js';

function managerLog(notes: number): LedgerScript {
  const script = new LedgerScript();
  script.issue();
  for (let index = 1; index <= notes; index++) {
    script.write(MANAGER, 'note.added', { note: `n-${index}`, text: `Note number ${index}: call the list.` });
  }
  return script;
}

function eventsOf(chunks: readonly string[]): unknown[] {
  return chunks.flatMap((text) => {
    const parsed = parseLogChunk(text);
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.chunk.events;
  });
}

describe('splitLog', () => {
  it('packs the events into chunks within the byte budget, in seq order, losing none', () => {
    const events = [...managerLog(40).events].reverse();
    const chunks = splitLog({ plan: PLAN_ID, author: MANAGER.id, events }, 1_500);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(new TextEncoder().encode(chunk).length).toBeLessThanOrEqual(1_500);
    const seqs = eventsOf(chunks).map((event) => (event as LedgerEventInput).seq);
    expect(seqs).toEqual(Array.from({ length: 41 }, (_, index) => index + 1));
  });

  it('writes one chunk when the log fits a note', () => {
    const chunks = splitLog(
      { plan: PLAN_ID, author: MANAGER.id, events: managerLog(3).events },
      maxPlaintextBytes(),
    );
    expect(chunks).toHaveLength(1);
  });

  it('refuses an event that no chunk can hold, naming it', () => {
    expect(() => splitLog({ plan: PLAN_ID, author: MANAGER.id, events: managerLog(1).events }, 300)).toThrow(
      LogChunkTooLargeError,
    );
  });
});

describe('parseLogChunk', () => {
  it('names the field that is wrong', () => {
    const bad = JSON.stringify({ format: 'onpace.log', v: 1, plan: PLAN_ID, author: 7, events: [] });
    const parsed = parseLogChunk(bad);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toContain('chunk.author');
      expect(parsed.error).toContain('chunk.events');
    }
  });

  it('refuses text that is not JSON', () => {
    expect(parseLogChunk('{"format":')).toEqual({ ok: false, error: 'chunk: is not JSON' });
  });
});

describe('sealed blobs and files', () => {
  it('a blob at the plaintext budget stays within a HubSpot note body', () => {
    const name = logName('channel-1', MANAGER.id);
    const bytes = maxPlaintextBytes() + 12 + 16;
    const data = Buffer.alloc(bytes, 0xab).toString('base64url');
    const text = formatSealedBlob({ log: name, data });
    expect(text.length).toBeLessThanOrEqual(NOTE_BODY_LIMIT);
    const oneMore = formatSealedBlob({
      log: name,
      data: Buffer.alloc(bytes + 3, 0xab).toString('base64url'),
    });
    expect(oneMore.length).toBeGreaterThan(NOTE_BODY_LIMIT);
    expect(parseSealedBlob(text)).toEqual({ ok: true, value: { log: name, data } });
  });

  it('refuses an ordinary note and names a bad field', () => {
    expect(parseSealedBlob('Call back on Tuesday').ok).toBe(false);
    const parsed = parseSealedBlob('onpace1.op-xyz.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect(parsed).toMatchObject({ ok: false });
    if (!parsed.ok) expect(parsed.error).toContain('blob.log');
    const file = parseSealedFile({ format: 'onpace.sealed-file', v: 1, blobs: [] });
    expect(file).toMatchObject({ ok: false });
    if (!file.ok) expect(file.error).toContain('file.blobs');
  });

  it('log names are opaque, stable, and differ per author and per channel', () => {
    const manager = logName('channel-1', MANAGER.id);
    expect(manager).toBe(logName('channel-1', MANAGER.id));
    expect(manager).not.toBe(logName('channel-1', REP.id));
    expect(manager).not.toBe(logName('channel-2', MANAGER.id));
    expect(manager).toMatch(/^op-[0-9a-f]{32}$/);
    expect(manager).not.toContain(MANAGER.id);
  });
});

describe('acceptLogCopy', () => {
  const base = { plan: PLAN_ID, author: MANAGER.id };

  it('accepts a copy that extends what was seen, adding only the new events', () => {
    const events = managerLog(4).events;
    const result = acceptLogCopy({ ...base, known: events.slice(0, 2), copy: events, whole: true });
    expect(result.status).toBe('extended');
    if (result.status === 'extended') {
      expect(result.added.map((event) => event.seq)).toEqual([3, 4, 5]);
      expect(result.head?.seq).toBe(5);
    }
  });

  it('reports unchanged when the copy holds nothing new', () => {
    const events = managerLog(2).events;
    expect(acceptLogCopy({ ...base, known: events, copy: events, whole: true }).status).toBe('unchanged');
  });

  it('refuses as a fork a copy in which an event already seen was rewritten', () => {
    const seen = managerLog(3).events;
    const rewritten = new LedgerScript();
    rewritten.issue();
    rewritten.write(MANAGER, 'note.added', { note: 'n-1', text: 'A different story.' });
    rewritten.write(MANAGER, 'note.added', { note: 'n-2', text: 'Call the list.' });
    const result = acceptLogCopy({ ...base, known: seen, copy: rewritten.events, whole: true });
    expect(result.status).toBe('refused');
    if (result.status === 'refused') {
      expect(result.problem.code).toBe('fork');
      expect(result.problem.seq).toBe(2);
      expect(result.problem.message).toContain('not applied');
    }
  });

  it('refuses as a fork a whole copy that was cut back before the head already seen', () => {
    const events = managerLog(3).events;
    const result = acceptLogCopy({ ...base, known: events, copy: events.slice(0, 2), whole: true });
    expect(result).toMatchObject({ status: 'refused', problem: { code: 'fork', seq: 4 } });
  });

  it('takes additions only (HubSpot notes since the last look) without the earlier events', () => {
    const events = managerLog(3).events;
    const result = acceptLogCopy({ ...base, known: events.slice(0, 3), copy: events.slice(3), whole: false });
    expect(result).toMatchObject({ status: 'extended', head: { seq: 4 } });
  });

  it('refuses a gap, another plan, another author, and an invalid event', () => {
    const events = managerLog(3).events;
    expect(
      acceptLogCopy({ ...base, known: events.slice(0, 1), copy: events.slice(2), whole: false }),
    ).toMatchObject({
      status: 'refused',
      problem: { code: 'gap' },
    });
    const otherPlan = { ...(events[1] as LedgerEventInput), plan: 'plan-other' };
    expect(acceptLogCopy({ ...base, known: [], copy: [otherPlan], whole: false })).toMatchObject({
      status: 'refused',
      problem: { code: 'plan-mismatch' },
    });
    const script = new LedgerScript();
    script.issue();
    const repEvent = script.write(REP, 'note.added', { note: 'r-1', text: 'Thanks.' });
    expect(acceptLogCopy({ ...base, known: [], copy: [repEvent], whole: false })).toMatchObject({
      status: 'refused',
      problem: { code: 'not-allowed' },
    });
    const invalid = { ...(events[0] as LedgerEventInput), seq: 'one' };
    const result = acceptLogCopy({ ...base, known: [], copy: [invalid], whole: false });
    expect(result).toMatchObject({ status: 'refused', problem: { code: 'invalid' } });
    if (result.status === 'refused') expect(result.problem.message).toContain('seq');
  });
});
