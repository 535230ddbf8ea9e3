import { describe, expect, it } from 'vitest';
import { checkHubSpotForm, formProblems } from '../../src/options/hubspot-form';

const TOKEN = 'pat-na1-11111111-2222-3333-4444-555555555555';

describe('the HubSpot fields of the Connections section', () => {
  it('saves a typed token (trimmed) and email', () => {
    expect(checkHubSpotForm(` ${TOKEN}\n`, 'riley@acme.test', false)).toEqual({
      ok: true,
      token: TOKEN,
      email: 'riley@acme.test',
    });
  });

  it('keeps the saved token when its field is left blank, and removes a cleared email', () => {
    expect(checkHubSpotForm('', '', true)).toEqual({ ok: true, token: null, email: null });
  });

  it('names each bad field with the sync schemas’ words', () => {
    expect(checkHubSpotForm('two words', 'riley', false)).toEqual({
      ok: false,
      problems: [
        { path: 'hubspot.token', message: 'must be the token alone, with no spaces' },
        { path: 'hubspot.email', message: 'must be an email address' },
      ],
    });
    expect(checkHubSpotForm('', '', false)).toEqual({
      ok: false,
      problems: [{ path: 'hubspot.token', message: 'paste your HubSpot private-app token' }],
    });
  });

  it('puts the background’s problems on the form’s fields', () => {
    expect(formProblems([{ path: 'token', message: 'refused' }])).toEqual([
      { path: 'hubspot.token', message: 'refused' },
    ]);
    expect(formProblems(undefined)).toEqual([]);
  });
});
