export * from './civil-date.js';
export * from './instant.js';
export * from './plan-calendar.js';
export * from './time-zone.js';
export * from './working-hours.js';
