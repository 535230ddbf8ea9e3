/** The event envelope's fixed values, shared by the schema and its fast path. */
export const EVENT_FORMAT = 'onpace.event';
export const EVENT_VERSION = 1;
export const MAX_TEXT_LENGTH = 10_000;
