import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInviteCode, type PlanInvite, parseInviteCode } from '../../src/ledger-transport/invite-code';

function sampleInvite(planId = 'plan-jordan-90'): PlanInvite {
  return {
    planId,
    key: crypto.getRandomValues(new Uint8Array(32)),
    channel: Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
      byte.toString(16).padStart(2, '0'),
    ).join(''),
  };
}

describe('invite codes', () => {
  it('round-trip the plan id, key and channel', async () => {
    const invite = sampleInvite();
    const code = await formatInviteCode(invite);
    expect(code).toMatch(/^ONPACE1(-[0-9A-HJKMNP-TV-Z]{1,5})+$/);
    const parsed = await parseInviteCode(code);
    expect(parsed).toEqual({ ok: true, invite });
  });

  it('round-trip any plan id and key (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }),
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.uint8Array({ minLength: 16, maxLength: 16 }),
        async (planId, key, channelBytes) => {
          fc.pre(new TextEncoder().encode(planId).length <= 200);
          const channel = Array.from(channelBytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
          const parsed = await parseInviteCode(await formatInviteCode({ planId, key, channel }));
          expect(parsed).toEqual({ ok: true, invite: { planId, key, channel } });
        },
      ),
      { numRuns: 50 },
    );
  });

  it('forgive case, spaces, missing dashes and the look-alike letters', async () => {
    const invite = sampleInvite();
    const code = await formatInviteCode(invite);
    const retyped = ` ${code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l')} `;
    expect(await parseInviteCode(retyped)).toEqual({ ok: true, invite });
  });

  it('refuse any single mistyped character with a typo message', async () => {
    const code = await formatInviteCode(sampleInvite());
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    const positions = [...code]
      .map((char, index) => ({ char, index }))
      .filter(({ index }) => index > 8 && code[index] !== '-');
    for (const { char, index } of positions.filter((_, at) => at % 7 === 0)) {
      const swapped = alphabet[(alphabet.indexOf(char) + 1) % alphabet.length] as string;
      const typo = code.slice(0, index) + swapped + code.slice(index + 1);
      const parsed = await parseInviteCode(typo);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error).toMatch(/typo|damaged/);
    }
  });

  it('refuse a cut code, a foreign character and something else pasted', async () => {
    const code = await formatInviteCode(sampleInvite());
    expect(await parseInviteCode(code.slice(0, 30))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/too short|typo/),
    });
    expect(await parseInviteCode(`${code.slice(0, 20)}U${code.slice(21)}`)).toMatchObject({
      ok: false,
      error: expect.stringContaining('"U"'),
    });
    expect(await parseInviteCode('https://example.com/invite')).toMatchObject({
      ok: false,
      error: expect.stringContaining('not an OnPace invite code'),
    });
  });
});
