/**
 * The mapping functions take `(objectType, records, options)` or, to count differently,
 * `(objectType, records, definitions, options)`. This tells the two apart and fails with a
 * clear message when the options (the plan's time zone) are missing.
 */
import { type CountingDefinitions, DEFAULT_COUNTING } from './definitions.js';
import type { MappingOptions } from './mapping-result.js';

function isMappingOptions(value: unknown): value is MappingOptions {
  return typeof value === 'object' && value !== null && 'timeZone' in value;
}

export function mappingArguments<Options extends MappingOptions>(
  definitionsOrOptions: CountingDefinitions | Options | undefined,
  maybeOptions: Options | undefined,
): { definitions: CountingDefinitions; options: Options } {
  if (maybeOptions === undefined && isMappingOptions(definitionsOrOptions)) {
    return { definitions: DEFAULT_COUNTING, options: definitionsOrOptions as Options };
  }
  if (!isMappingOptions(maybeOptions)) {
    throw new TypeError('mapping options are required: { timeZone } (the plan’s IANA time zone)');
  }
  return {
    definitions: (definitionsOrOptions as CountingDefinitions | undefined) ?? DEFAULT_COUNTING,
    options: maybeOptions,
  };
}
