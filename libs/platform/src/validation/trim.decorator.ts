import { Transform } from 'class-transformer';

/** Surrounding whitespace is never meaningful in names and titles; drop it before validating. */
export const Trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
