/**
 * The org's people: its users as `User` rows, its roles as `UserRole` rows, and who may read
 * whose records in a private org (the role hierarchy: a user sees their own records and those of
 * every user in a role below theirs, at any depth; peers in the same role see nothing of each
 * other's).
 */
import type { SalesforceRecord, SalesforceRole, SalesforceSeed, SalesforceUser } from './seed.js';

/** Users and roles are old: their audit stamps are fixed, not the seed's activity dates. */
const USER_STAMP = '2025-01-06T15:00:00.000+0000';

/** Every user of the org: the default session's user first, then the others (no duplicates). */
export function orgUsers(seed: SalesforceSeed): SalesforceUser[] {
  const others = seed.users.filter((user) => user.userId !== seed.user.userId);
  return [seed.user, ...others];
}

export function userRecord(user: SalesforceUser): SalesforceRecord {
  return {
    Id: user.userId,
    Username: user.username,
    Name: `${user.firstName} ${user.lastName}`.trim(),
    FirstName: user.firstName,
    LastName: user.lastName,
    Email: user.email,
    Title: user.title,
    TimeZoneSidKey: user.timeZone,
    LocaleSidKey: user.locale,
    ManagerId: user.managerId,
    UserRoleId: user.roleId,
    IsActive: user.isActive,
    UserType: 'Standard',
    CreatedDate: USER_STAMP,
    LastModifiedDate: USER_STAMP,
    SystemModstamp: USER_STAMP,
  };
}

export function roleRecord(role: SalesforceRole): SalesforceRecord {
  return {
    Id: role.id,
    Name: role.name,
    ParentRoleId: role.parentRoleId,
    SystemModstamp: USER_STAMP,
  };
}

/** The roles strictly below `roleId` in the hierarchy (a cycle in the seed stops the walk). */
function rolesBelow(roles: readonly SalesforceRole[], roleId: string): Set<string> {
  const below = new Set<string>();
  let frontier = [roleId];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const role of roles) {
      if (role.parentRoleId !== null && frontier.includes(role.parentRoleId) && !below.has(role.id)) {
        below.add(role.id);
        next.push(role.id);
      }
    }
    frontier = next;
  }
  below.delete(roleId);
  return below;
}

/** The user ids whose records `userId` may read in a private org: their own and their subordinates'. */
export function visibleOwnerIds(seed: SalesforceSeed, userId: string): Set<string> {
  const visible = new Set([userId]);
  const users = orgUsers(seed);
  const roleId = users.find((user) => user.userId === userId)?.roleId ?? null;
  if (roleId === null) return visible;
  const below = rolesBelow(seed.roles, roleId);
  for (const user of users) if (user.roleId !== null && below.has(user.roleId)) visible.add(user.userId);
  return visible;
}
