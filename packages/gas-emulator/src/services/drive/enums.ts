/**
 * DriveApp.Access and DriveApp.Permission, as Apps Script exposes them: each member's value is its
 * name, so String(DriveApp.Access.PRIVATE) is 'PRIVATE' and values compare with ===.
 * developers.google.com/apps-script/reference/drive/access
 * developers.google.com/apps-script/reference/drive/permission
 */
import type { AccessName, PermissionName } from './store';

function enumOf<T extends string>(...names: T[]): Readonly<Record<T, T>> {
  const result = {} as Record<T, T>;
  for (const name of names) result[name] = name;
  return Object.freeze(result);
}

export const Access = enumOf<AccessName>(
  'ANYONE',
  'ANYONE_WITH_LINK',
  'DOMAIN',
  'DOMAIN_WITH_LINK',
  'PRIVATE',
);

export const Permission = enumOf<PermissionName>(
  'VIEW',
  'EDIT',
  'COMMENT',
  'OWNER',
  'ORGANIZER',
  'NONE',
);

export function isAccess(value: unknown): value is AccessName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(Access, value);
}

export function isPermission(value: unknown): value is PermissionName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(Permission, value);
}
