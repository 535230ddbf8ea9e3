/** One read of a team sync: an object type for a group of owners, and the key of its mark. */
export interface TeamRead<ObjectType extends string> {
  readonly objectType: ObjectType;
  readonly ownerIds: readonly string[];
  /** `Task#0`, `calls#1`: the object type and the owner group, the key of the read's mark. */
  readonly key: string;
}

/**
 * Each object type for each group of at most `groupSize` owners (the CRM's limit on values in one
 * filter): one read each, so a team costs one query per object type until it outgrows a group.
 */
export function teamReads<ObjectType extends string>(
  objectTypes: readonly ObjectType[],
  ownerIds: readonly string[],
  groupSize: number,
): TeamRead<ObjectType>[] {
  const groups: string[][] = [];
  for (let index = 0; index < ownerIds.length; index += groupSize) {
    groups.push(ownerIds.slice(index, index + groupSize));
  }
  return objectTypes.flatMap((objectType) =>
    groups.map((group, index) => ({ objectType, ownerIds: group, key: `${objectType}#${index}` })),
  );
}
