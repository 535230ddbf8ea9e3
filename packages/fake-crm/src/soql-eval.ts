/**
 * Running a parsed SOQL query over seeded records. Fields are typed as in Salesforce, and a
 * literal of the wrong type is refused the way Salesforce refuses it (a quoted datetime, a
 * datetime compared with a date field): a connector that passes here builds valid SOQL.
 */
import { parseInstant } from '@onpace/core/calendar';
import type { SalesforceObject, SalesforceRecord } from './seed.js';
import { type SoqlCondition, SoqlError, type SoqlQuery, type SoqlValue } from './soql-parser.js';

type FieldType = 'id' | 'string' | 'datetime' | 'date' | 'boolean' | 'number';

const COMMON: Record<string, FieldType> = {
  Id: 'id',
  OwnerId: 'id',
  CreatedById: 'id',
  LastModifiedById: 'id',
  CreatedDate: 'datetime',
  LastModifiedDate: 'datetime',
  SystemModstamp: 'datetime',
  IsDeleted: 'boolean',
};

/** The records a query reads: the activity objects, and the org's users and roles. */
export type QueryableObject = SalesforceObject | 'User' | 'UserRole';

const AUDIT: Record<string, FieldType> = {
  Id: 'id',
  CreatedDate: 'datetime',
  LastModifiedDate: 'datetime',
  SystemModstamp: 'datetime',
};

/** The standard fields each object answers to (a subset: those a sync or a test could ask for). */
export const FIELD_TYPES: Readonly<Record<QueryableObject, Readonly<Record<string, FieldType>>>> = {
  User: {
    ...AUDIT,
    Username: 'string',
    Name: 'string',
    FirstName: 'string',
    LastName: 'string',
    Email: 'string',
    Title: 'string',
    TimeZoneSidKey: 'string',
    LocaleSidKey: 'string',
    ManagerId: 'id',
    UserRoleId: 'id',
    IsActive: 'boolean',
    UserType: 'string',
  },
  UserRole: {
    Id: 'id',
    Name: 'string',
    ParentRoleId: 'id',
    SystemModstamp: 'datetime',
  },
  Task: {
    ...COMMON,
    Subject: 'string',
    TaskSubtype: 'string',
    Type: 'string',
    Status: 'string',
    Priority: 'string',
    IsClosed: 'boolean',
    CallDisposition: 'string',
    CallType: 'string',
    CallDurationInSeconds: 'number',
    CompletedDateTime: 'datetime',
    ActivityDate: 'date',
    WhoId: 'id',
    WhatId: 'id',
  },
  Event: {
    ...COMMON,
    Subject: 'string',
    EventSubtype: 'string',
    StartDateTime: 'datetime',
    EndDateTime: 'datetime',
    ActivityDateTime: 'datetime',
    ActivityDate: 'date',
    DurationInMinutes: 'number',
    IsAllDayEvent: 'boolean',
    IsChild: 'boolean',
    WhoId: 'id',
    WhatId: 'id',
  },
  Opportunity: {
    ...COMMON,
    Name: 'string',
    StageName: 'string',
    Amount: 'number',
    Probability: 'number',
    IsWon: 'boolean',
    IsClosed: 'boolean',
    CloseDate: 'date',
    ForecastCategory: 'string',
  },
  Lead: {
    ...COMMON,
    FirstName: 'string',
    LastName: 'string',
    Company: 'string',
    Status: 'string',
    LeadSource: 'string',
    IsConverted: 'boolean',
    ConvertedDate: 'date',
    ConvertedOpportunityId: 'id',
    ConvertedAccountId: 'id',
    ConvertedContactId: 'id',
  },
};

export function isQueryableObject(name: string): name is QueryableObject {
  return Object.hasOwn(FIELD_TYPES, name);
}

/** The canonical name of `field` on `object` (SOQL field names are case-insensitive). */
export function canonicalField(object: QueryableObject, field: string): string {
  const wanted = field.toLowerCase();
  const found = Object.keys(FIELD_TYPES[object]).find((name) => name.toLowerCase() === wanted);
  if (found === undefined) {
    throw new SoqlError(
      'INVALID_FIELD',
      `No such column '${field}' on entity '${object}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`,
    );
  }
  return found;
}

function typeError(field: string, type: FieldType, value: SoqlValue): SoqlError {
  const wanted = type === 'id' ? 'id or string' : type;
  const quoted = value.kind === 'string' ? ' and should not be enclosed in quotes' : '';
  return new SoqlError(
    'INVALID_FIELD',
    `value of filter criterion for field '${field}' must be of type ${wanted}${type === 'string' || type === 'id' ? '' : quoted}`,
  );
}

function checkLiteral(field: string, type: FieldType, value: SoqlValue): void {
  if (value.kind === 'null') return;
  const fits =
    ((type === 'id' || type === 'string') && value.kind === 'string') ||
    (type === 'datetime' && value.kind === 'datetime') ||
    (type === 'date' && value.kind === 'date') ||
    (type === 'boolean' && value.kind === 'boolean') ||
    (type === 'number' && value.kind === 'number');
  if (!fits) throw typeError(field, type, value);
}

/** A record's field as a comparable value: epoch ms for datetimes, lower case for text. */
function recordValue(
  record: SalesforceRecord,
  field: string,
  type: FieldType,
): string | number | boolean | null {
  const raw = (record as Record<string, unknown>)[field];
  if (raw === null || raw === undefined) return null;
  switch (type) {
    case 'datetime': {
      const epochMs = typeof raw === 'string' ? parseInstant(raw) : Number.NaN;
      return Number.isNaN(epochMs) ? null : epochMs;
    }
    case 'number':
      return typeof raw === 'number' ? raw : null;
    case 'boolean':
      return typeof raw === 'boolean' ? raw : null;
    default:
      return typeof raw === 'string' ? raw.toLowerCase() : null;
  }
}

function literalValue(value: SoqlValue): string | number | boolean | null {
  switch (value.kind) {
    case 'null':
      return null;
    case 'string':
      return value.value.toLowerCase();
    default:
      return value.value;
  }
}

function compare(left: string | number | boolean, right: string | number | boolean): number {
  if (left === right) return 0;
  return left < right ? -1 : 1;
}

export interface CompiledQuery {
  readonly object: QueryableObject;
  readonly fields: readonly string[] | null;
  matches(record: SalesforceRecord): boolean;
  sort(records: SalesforceRecord[]): SalesforceRecord[];
  readonly limit: number | null;
  readonly offset: number;
}

/** Checks every field and literal against the object's schema, then returns a runnable query. */
export function compileQuery(query: SoqlQuery): CompiledQuery {
  const objectName = Object.keys(FIELD_TYPES).find(
    (name) => name.toLowerCase() === query.object.toLowerCase(),
  );
  if (objectName === undefined || !isQueryableObject(objectName)) {
    throw new SoqlError('INVALID_TYPE', `sObject type '${query.object}' is not supported.`);
  }
  const object = objectName;
  const types = FIELD_TYPES[object];
  const typeOf = (field: string): FieldType => types[field] ?? 'string';
  const fields = query.fields?.map((field) => canonicalField(object, field)) ?? null;

  const compile = (condition: SoqlCondition): ((record: SalesforceRecord) => boolean) => {
    switch (condition.kind) {
      case 'and': {
        const items = condition.items.map(compile);
        return (record) => items.every((item) => item(record));
      }
      case 'or': {
        const items = condition.items.map(compile);
        return (record) => items.some((item) => item(record));
      }
      case 'not': {
        const item = compile(condition.item);
        return (record) => !item(record);
      }
      case 'in': {
        const field = canonicalField(object, condition.field);
        const type = typeOf(field);
        for (const value of condition.values) checkLiteral(field, type, value);
        const wanted = condition.values.map(literalValue);
        return (record) => {
          const value = recordValue(record, field, type);
          return wanted.includes(value) !== condition.negated;
        };
      }
      case 'compare': {
        const field = canonicalField(object, condition.field);
        const type = typeOf(field);
        checkLiteral(field, type, condition.value);
        const literal = literalValue(condition.value);
        const { operator } = condition;
        if (literal === null && operator !== '=' && operator !== '!=') {
          throw new SoqlError('MALFORMED_QUERY', `null can only be compared with = or != (field ${field})`);
        }
        return (record) => {
          const value = recordValue(record, field, type);
          if (literal === null) return operator === '=' ? value === null : value !== null;
          if (value === null) return operator === '!=';
          const order = compare(value, literal);
          switch (operator) {
            case '=':
              return order === 0;
            case '!=':
              return order !== 0;
            case '<':
              return order < 0;
            case '<=':
              return order <= 0;
            case '>':
              return order > 0;
            case '>=':
              return order >= 0;
          }
          return false;
        };
      }
    }
  };

  const where = query.where === null ? () => true : compile(query.where);
  const orderBy = query.orderBy.map((order) => ({ ...order, field: canonicalField(object, order.field) }));
  return {
    object,
    fields,
    matches: where,
    limit: query.limit,
    offset: query.offset,
    sort: (records) => {
      if (orderBy.length === 0) return records;
      return [...records].sort((a, b) => {
        for (const order of orderBy) {
          const type = typeOf(order.field);
          const left = recordValue(a, order.field, type);
          const right = recordValue(b, order.field, type);
          if (left === right) continue;
          if (left === null) return order.nullsLast ? 1 : -1;
          if (right === null) return order.nullsLast ? -1 : 1;
          const result = compare(left, right);
          return order.descending ? -result : result;
        }
        return 0;
      });
    },
  };
}
