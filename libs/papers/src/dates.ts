/**
 * Every date a person reads is a day in the court's time zone (DOMAIN.md, "Court-ready papers"): a
 * call at 5:30 p.m. Pacific happened that day, not on the UTC day after. The rules lib spells dates
 * for explanations too, so papers and explanations say a date the same way.
 */
export {
  spokenDate as formatDay,
  spokenDay as formatCourtDay,
  spokenTime as formatCourtTime,
} from '@parley/rules';
