// @parley/rules: pure FRCP time counting. No framework, no I/O; every function is a function of its
// inputs (plus a per-year cache of the federal holiday table).
export type { CalendarDate } from './calendar-date';
export { isWeekend } from './calendar-date';
export type { CountDirection } from './count-direction';
export type { CourtCalendar, CourtDay, CourtDayKind } from './court-calendar';
export { COURT_DAY_KINDS } from './court-calendar';
export { californiaStateHolidays, FIRST_CALIFORNIA_YEAR } from './california-holidays';
export { COURT_DAY_YEARS_AHEAD, COURT_DAY_YEARS_BACK, courtDayProblem } from './court-day-check';
export type { DeadlineComputation, DeadlineRequest, DeadlineStep } from './compute-deadline';
export { computeDeadline, MAX_PERIOD_DAYS } from './compute-deadline';
export { DeadlineInputError } from './deadline-input.error';
export { FIRST_HOLIDAY_YEAR, federalHolidays, LAST_HOLIDAY_YEAR } from './federal-holidays';
export { legalHoliday } from './legal-holidays';
export type { ServiceMethod } from './service-method';
export { SERVICE_METHODS } from './service-method';
export { courtDayOf } from './time-zone';
export { spokenDate, spokenDateOr, spokenDay, spokenTime } from './spoken-dates';
export * from './discovery/discovery-timing';
export * from './discovery/interrogatory-limit';
export * from './discovery/response-rules';
export * from './conferral/conferral-record';
export * from './conferral/conferral-attempts';
export * from './conferral/conferral-policy';
export * from './conferral/certification-standing';
export * from './conferral/escalation-gate';
export * from './deadline-instants';
export * from './stipulation';
