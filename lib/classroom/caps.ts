/** Limits the browser shows too. */

/** The most students a teacher can allow in one activity: a large lecture, not an open forum. */
export const MAX_STUDENTS_LIMIT = 1000;
