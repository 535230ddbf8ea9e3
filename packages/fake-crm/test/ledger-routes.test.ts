import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeCrm, type SeededTeam, seedTeam, startFakeCrm } from '../src/index.js';
import { type Answer, call, HUBSPOT_HOST, json } from './client.js';
import { recordedAnswer } from './recorded.js';

const team: SeededTeam = seedTeam({ start: '2026-08-01', days: 5, noise: false });
const { manager, outsider } = team;
const rep = team.reps[0] as SeededTeam['reps'][number];
const V = '/services/data/v66.0';

let crm: FakeCrm;
beforeAll(async () => {
  crm = await startFakeCrm({ port: 0, seed: team, searchRequestsPerSecond: 0 });
});
afterAll(() => crm.close());
beforeEach(() => crm.reset());

type Row = Record<string, unknown> & { ContentDocument?: Record<string, unknown> };

function soql(token: string, query: string): Promise<Answer> {
  return call(crm, { path: `${V}/query?q=${encodeURIComponent(query)}`, token });
}

async function upload(token: string, text: string, documentId?: string): Promise<string> {
  const answer = await call(crm, {
    path: `${V}/sobjects/ContentVersion`,
    token,
    json: {
      Title: 'op-0123456789abcdef0123456789abcdef',
      PathOnClient: 'op-0123456789abcdef0123456789abcdef.txt',
      VersionData: Buffer.from(text).toString('base64'),
      ...(documentId === undefined ? {} : { ContentDocumentId: documentId }),
    },
  });
  expect(answer.status, answer.body).toBe(201);
  const body = json<{ id: string; success: boolean; errors: unknown[] }>(answer);
  expect(body).toMatchObject({ success: true, errors: [] });
  expect(body.id).toMatch(/^068/);
  return body.id;
}

async function documentOf(token: string, versionId: string): Promise<string> {
  const answer = await soql(token, `SELECT ContentDocumentId FROM ContentVersion WHERE Id = '${versionId}'`);
  const row = json<{ records: Row[] }>(answer).records[0];
  return row?.ContentDocumentId as string;
}

function links(token: string, userId: string): Promise<Answer> {
  return soql(
    token,
    'SELECT ContentDocumentId, ContentDocument.Title, ContentDocument.LatestPublishedVersionId, ContentDocument.OwnerId ' +
      `FROM ContentDocumentLink WHERE LinkedEntityId = '${userId}'`,
  );
}

describe('Salesforce Files', () => {
  it('uploads, versions, shares as viewer, and lets only the owner and the shared user read', async () => {
    const first = await upload(manager.salesforceSessionId, 'version one');
    const documentId = await documentOf(manager.salesforceSessionId, first);
    expect(documentId).toMatch(/^069/);
    // Not shared yet: the rep sees nothing, and cannot download.
    expect(
      json<{ totalSize: number }>(await links(rep.salesforceSessionId, rep.salesforceUserId)).totalSize,
    ).toBe(0);
    const hidden = await call(crm, {
      path: `${V}/sobjects/ContentVersion/${first}/VersionData`,
      token: rep.salesforceSessionId,
    });
    expect(hidden.status).toBe(404);
    expect(json(hidden)).toEqual([
      { message: 'The requested resource does not exist', errorCode: 'NOT_FOUND' },
    ]);

    const shared = await call(crm, {
      path: `${V}/sobjects/ContentDocumentLink`,
      token: manager.salesforceSessionId,
      json: {
        ContentDocumentId: documentId,
        LinkedEntityId: rep.salesforceUserId,
        ShareType: 'V',
        Visibility: 'AllUsers',
      },
    });
    expect(shared.status, shared.body).toBe(201);
    const second = await upload(manager.salesforceSessionId, 'version two', documentId);

    const seen = json<{ totalSize: number; records: Row[] }>(
      await links(rep.salesforceSessionId, rep.salesforceUserId),
    );
    expect(seen.totalSize).toBe(1);
    expect(seen.records[0]?.ContentDocument).toMatchObject({
      attributes: { type: 'ContentDocument' },
      LatestPublishedVersionId: second,
      OwnerId: manager.salesforceUserId,
      Title: 'op-0123456789abcdef0123456789abcdef',
    });
    const body = await call(crm, {
      path: `${V}/sobjects/ContentVersion/${second}/VersionData`,
      token: rep.salesforceSessionId,
    });
    expect(body.status).toBe(200);
    expect(body.body).toBe('version two');
    // The owner's own link comes back for the owner.
    const own = json<{ records: Row[] }>(await links(manager.salesforceSessionId, manager.salesforceUserId));
    expect(own.records.map((row) => row.ContentDocumentId)).toEqual([documentId]);
    // Someone else in the org sees nothing.
    const theirs = await links(outsider.salesforceSessionId, outsider.salesforceUserId);
    expect(json<{ totalSize: number }>(theirs).totalSize).toBe(0);
  });

  it('refuses a version or a share from a viewer, a duplicate share, and a link query without its filter', async () => {
    const version = await upload(manager.salesforceSessionId, 'v1');
    const documentId = await documentOf(manager.salesforceSessionId, version);
    const share = {
      ContentDocumentId: documentId,
      LinkedEntityId: rep.salesforceUserId,
      ShareType: 'V',
      Visibility: 'AllUsers',
    };
    await call(crm, {
      path: `${V}/sobjects/ContentDocumentLink`,
      token: manager.salesforceSessionId,
      json: share,
    });
    const again = await call(crm, {
      path: `${V}/sobjects/ContentDocumentLink`,
      token: manager.salesforceSessionId,
      json: share,
    });
    expect(again.status).toBe(400);
    expect(json<{ errorCode: string }[]>(again)[0]?.errorCode).toBe('DUPLICATE_VALUE');

    const byViewer = await call(crm, {
      path: `${V}/sobjects/ContentVersion`,
      token: rep.salesforceSessionId,
      json: { PathOnClient: 'x.txt', VersionData: 'eA==', ContentDocumentId: documentId },
    });
    expect(byViewer.status).toBe(400);
    expect(json<{ errorCode: string }[]>(byViewer)[0]?.errorCode).toBe('INSUFFICIENT_ACCESS_OR_READONLY');

    const missing = await call(crm, {
      path: `${V}/sobjects/ContentVersion`,
      token: manager.salesforceSessionId,
      json: { Title: 'x' },
    });
    expect(json(missing)).toEqual([
      {
        message: 'Required fields are missing: [VersionData, PathOnClient]',
        errorCode: 'REQUIRED_FIELD_MISSING',
        fields: ['VersionData', 'PathOnClient'],
      },
    ]);

    const unfiltered = await soql(manager.salesforceSessionId, 'SELECT Id FROM ContentDocumentLink');
    expect(unfiltered.status).toBe(400);
    expect(json<{ errorCode: string }[]>(unfiltered)[0]?.errorCode).toBe('MALFORMED_QUERY');

    const expired = await links('00Dnot-a-session', rep.salesforceUserId);
    expect(expired.status).toBe(401);
  });

  it('lets an admin alter, replace, unshare and delete a file', async () => {
    const version = await upload(
      manager.salesforceSessionId,
      'onpace1.op-0123456789abcdef0123456789abcdef.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    );
    const documentId = await documentOf(manager.salesforceSessionId, version);
    await call(crm, {
      path: `${V}/sobjects/ContentDocumentLink`,
      token: manager.salesforceSessionId,
      json: { ContentDocumentId: documentId, LinkedEntityId: rep.salesforceUserId, ShareType: 'V' },
    });
    const title = 'op-0123456789abcdef0123456789abcdef';
    const before = crm.files()[0]?.latest as string;
    crm.adminFile({ action: 'alter', title, byte: 5 });
    const altered = crm.files()[0]?.latest as string;
    expect(altered).not.toBe(before);
    expect(altered.length).toBe(before.length);
    expect(altered.startsWith('onpace1.op-0123456789abcdef0123456789abcdef.')).toBe(true);

    crm.adminFile({ action: 'replace', title, versionData: Buffer.from('rewritten').toString('base64') });
    expect(crm.files()[0]).toMatchObject({
      versions: 2,
      latest: 'rewritten',
      sharedWith: [rep.salesforceUserId],
    });

    crm.adminFile({ action: 'unshare', title, userId: rep.salesforceUserId });
    expect(
      json<{ totalSize: number }>(await links(rep.salesforceSessionId, rep.salesforceUserId)).totalSize,
    ).toBe(0);
    crm.adminFile({ action: 'delete', title });
    expect(
      json<{ totalSize: number }>(await links(manager.salesforceSessionId, manager.salesforceUserId))
        .totalSize,
    ).toBe(0);
    const onDeleted = await call(crm, {
      path: `${V}/sobjects/ContentVersion`,
      token: manager.salesforceSessionId,
      json: { PathOnClient: 'x.txt', VersionData: 'eA==', ContentDocumentId: documentId },
    });
    expect(json<{ errorCode: string }[]>(onDeleted)[0]?.errorCode).toBe('ENTITY_IS_DELETED');
  });
});

describe('HubSpot notes', () => {
  function createNote(token: string, body: string, ownerId?: string): Promise<Answer> {
    return call(crm, {
      host: HUBSPOT_HOST,
      path: '/crm/v3/objects/notes',
      token,
      json: {
        properties: {
          hs_timestamp: '2026-11-18T21:05:00.000Z',
          hs_note_body: body,
          ...(ownerId === undefined ? {} : { hubspot_owner_id: ownerId }),
        },
      },
    });
  }

  function search(token: string, filters: unknown[] = []): Promise<Answer> {
    return call(crm, {
      host: HUBSPOT_HOST,
      path: '/crm/v3/objects/notes/search',
      token,
      json: {
        filterGroups: filters.length === 0 ? [] : [{ filters }],
        sorts: [{ propertyName: 'hs_lastmodifieddate', direction: 'ASCENDING' }],
        properties: ['hs_note_body'],
        limit: 100,
      },
    });
  }

  it('creates a note in the v3 shape and finds it by modification time', async () => {
    const created = await createNote(manager.hubspotToken, 'onpace1.hello', rep.hubspotOwnerId);
    expect(created.status, created.body).toBe(201);
    const note = json<{ id: string; properties: Record<string, string | null>; archived: boolean }>(created);
    expect(note).toMatchObject({
      archived: false,
      properties: { hs_note_body: 'onpace1.hello', hubspot_owner_id: rep.hubspotOwnerId },
    });
    const since = Date.parse(note.properties.hs_createdate as string);
    const found = json<{
      total: number;
      results: { id: string; properties: Record<string, string | null> }[];
    }>(
      await search(manager.hubspotToken, [
        { propertyName: 'hs_lastmodifieddate', operator: 'GTE', value: String(since) },
      ]),
    );
    expect(found.results.map((result) => result.id)).toEqual([note.id]);
    expect(found.results[0]?.properties.hs_note_body).toBe('onpace1.hello');
    const later = json<{ total: number }>(
      await search(manager.hubspotToken, [
        { propertyName: 'hs_lastmodifieddate', operator: 'GT', value: String(since + 1) },
      ]),
    );
    expect(later.total).toBe(0);
  });

  it('shows a user token only the notes its user wrote or may see; the portal token sees all', async () => {
    await createNote(manager.hubspotToken, 'for the rep', rep.hubspotOwnerId);
    await createNote(outsider.hubspotToken, 'the outsider’s own', outsider.hubspotOwnerId);
    const bodies = async (token: string) =>
      json<{ results: { properties: Record<string, string | null> }[] }>(await search(token)).results.map(
        (result) => result.properties.hs_note_body,
      );
    expect(await bodies(rep.hubspotToken)).toEqual(['for the rep']);
    expect(await bodies(outsider.hubspotToken)).toEqual(['the outsider’s own']);
    expect(await bodies(team.hubspot.token)).toHaveLength(2);
  });

  it('refuses a body over 65,536 characters and an unknown token', async () => {
    const long = await createNote(manager.hubspotToken, 'x'.repeat(65_537));
    expect(long.status).toBe(400);
    expect(json<{ category: string }>(long).category).toBe('VALIDATION_ERROR');
    expect((await createNote(manager.hubspotToken, 'x'.repeat(65_536))).status).toBe(201);
    expect((await createNote('not-a-token', 'x')).status).toBe(401);
  });
});

describe('the ledger routes answer in the recorded shapes', () => {
  /** Every field the recording has, the fake has too, at the top and in the first record. */
  function expectShape(fake: unknown, recorded: unknown): void {
    if (Array.isArray(recorded)) {
      expect(Array.isArray(fake)).toBe(true);
      if (recorded.length > 0) expectShape((fake as unknown[])[0], recorded[0]);
      return;
    }
    if (typeof recorded !== 'object' || recorded === null) return;
    expect(typeof fake).toBe('object');
    const fakeRecord = fake as Record<string, unknown>;
    expect(Object.keys(fakeRecord)).toEqual(expect.arrayContaining(Object.keys(recorded)));
    for (const [key, value] of Object.entries(recorded)) {
      if (typeof value === 'object' && value !== null && key !== 'properties')
        expectShape(fakeRecord[key], value);
    }
  }

  it('Salesforce Files calls and errors', async () => {
    const token = manager.salesforceSessionId;
    const version = await call(crm, {
      path: `${V}/sobjects/ContentVersion`,
      token,
      json: { Title: 'op-0123456789abcdef0123456789abcdef', PathOnClient: 'a.txt', VersionData: 'eA==' },
    });
    expect(version.status).toBe(recordedAnswer('salesforce/contentversion-insert.json').status);
    expectShape(json(version), recordedAnswer('salesforce/contentversion-insert.json').body);
    const versionId = json<{ id: string }>(version).id;
    const document = await soql(
      token,
      `SELECT ContentDocumentId FROM ContentVersion WHERE Id = '${versionId}'`,
    );
    expectShape(json(document), recordedAnswer('salesforce/query-contentversion-document.json').body);
    const documentId = await documentOf(token, versionId);
    const share = {
      ContentDocumentId: documentId,
      LinkedEntityId: rep.salesforceUserId,
      ShareType: 'V',
      Visibility: 'AllUsers',
    };
    const link = await call(crm, { path: `${V}/sobjects/ContentDocumentLink`, token, json: share });
    expectShape(json(link), recordedAnswer('salesforce/contentdocumentlink-insert.json').body);
    const byDocument = await soql(
      token,
      `SELECT LinkedEntityId FROM ContentDocumentLink WHERE ContentDocumentId = '${documentId}'`,
    );
    expectShape(
      json(byDocument),
      recordedAnswer('salesforce/query-contentdocumentlink-by-document.json').body,
    );
    expectShape(
      json(await links(rep.salesforceSessionId, rep.salesforceUserId)),
      recordedAnswer('salesforce/query-contentdocumentlink-by-user.json').body,
    );
    const duplicate = await call(crm, { path: `${V}/sobjects/ContentDocumentLink`, token, json: share });
    expect(duplicate.status).toBe(recordedAnswer('salesforce/error-duplicate-value.json').status);
    expectShape(json(duplicate), recordedAnswer('salesforce/error-duplicate-value.json').body);
    const unfiltered = await soql(token, 'SELECT Id FROM ContentDocumentLink');
    expect(json(unfiltered)).toEqual(recordedAnswer('salesforce/error-contentdocumentlink-filter.json').body);
    const hidden = await call(crm, {
      path: `${V}/sobjects/ContentVersion/${versionId}/VersionData`,
      token: outsider.salesforceSessionId,
    });
    expect(json(hidden)).toEqual(recordedAnswer('salesforce/error-not-found-versiondata.json').body);
  });

  it('HubSpot notes calls and errors', async () => {
    const created = await call(crm, {
      host: HUBSPOT_HOST,
      path: '/crm/v3/objects/notes',
      token: manager.hubspotToken,
      json: {
        properties: {
          hs_timestamp: '2026-11-18T21:05:02.000Z',
          hs_note_body: 'onpace1.x',
          hubspot_owner_id: rep.hubspotOwnerId,
        },
      },
    });
    const recordedCreate = recordedAnswer('hubspot/notes-create.json');
    expect(created.status).toBe(recordedCreate.status);
    expectShape(json(created), recordedCreate.body);
    expect(Object.keys(json<{ properties: object }>(created).properties)).toEqual(
      expect.arrayContaining(Object.keys((recordedCreate.body as { properties: object }).properties)),
    );
    const found = await call(crm, {
      host: HUBSPOT_HOST,
      path: '/crm/v3/objects/notes/search',
      token: manager.hubspotToken,
      json: { properties: ['hs_note_body', 'hs_lastmodifieddate'], limit: 100 },
    });
    expectShape(json(found), recordedAnswer('hubspot/notes-search.json').body);
    const long = await call(crm, {
      host: HUBSPOT_HOST,
      path: '/crm/v3/objects/notes',
      token: manager.hubspotToken,
      json: { properties: { hs_timestamp: '2026-11-18T21:05:02.000Z', hs_note_body: 'x'.repeat(65_537) } },
    });
    const recordedLong = recordedAnswer('hubspot/error-400-note-body-too-long.json');
    expect(long.status).toBe(recordedLong.status);
    expect(json<{ message: string }>(long).message).toBe((recordedLong.body as { message: string }).message);
  });
});
