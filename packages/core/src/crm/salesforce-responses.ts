/** The Salesforce REST answers a sync reads besides records: a query page, and who the user is. */
import { z } from 'zod';
import { isValidTimeZone } from '../calendar/time-zone.js';
import { SalesforceId } from './salesforce-values.js';

/**
 * One page of `GET /services/data/vXX.X/query` (or `queryAll`): at most 2,000 records; while
 * `done` is false, `nextRecordsUrl` (`/services/data/vXX.X/query/01g…-2000`) gives the next.
 * Records stay unknown here: the mapping reads and reports each one.
 */
export const SalesforceQueryPage = z
  .object({
    totalSize: z.number().int().min(0),
    done: z.boolean(),
    nextRecordsUrl: z.string().startsWith('/services/data/').optional(),
    records: z.array(z.unknown()),
  })
  .superRefine((page, ctx) => {
    if (!page.done && page.nextRecordsUrl === undefined) {
      ctx.addIssue({ code: 'custom', path: ['nextRecordsUrl'], message: 'is required while done is false' });
    }
  });
export type SalesforceQueryPage = z.infer<typeof SalesforceQueryPage>;

/**
 * Who the session belongs to. `GET /services/oauth2/userinfo` (OpenID Connect) names the zone
 * `zoneinfo`; the identity URL (`/id/{orgId}/{userId}`) names it `timezone`. Both are accepted.
 */
export const SalesforceUserInfo = z
  .object({
    user_id: SalesforceId,
    organization_id: z.string().min(1),
    zoneinfo: z.string().nullish(),
    timezone: z.string().nullish(),
    email: z.string().nullish(),
    preferred_username: z.string().nullish(),
    username: z.string().nullish(),
  })
  .transform((info) => {
    const zone = info.zoneinfo ?? info.timezone ?? null;
    return {
      userId: info.user_id,
      organizationId: info.organization_id,
      /** Null when absent or not an IANA zone this runtime knows. */
      timeZone: zone !== null && isValidTimeZone(zone) ? zone : null,
      email: info.email ?? null,
      username: info.preferred_username ?? info.username ?? null,
    };
  });
export type SalesforceUserInfo = z.infer<typeof SalesforceUserInfo>;
