/** What this browser keeps per class in localStorage: the student's seat and the teacher's key. */

export interface StudentSeat {
  classId: string;
  studentId: string;
  studentToken: string;
  name: string;
  /** The join code as stored (normalised), so joining again with it finds this seat. */
  joinCode?: string;
  /** Shown to the student to take this seat to another device (the server keeps only its hash). */
  resumeCode?: string;
}

const STUDENT_KEY_RE = /^parallax:class:([A-Za-z0-9_-]+):student$/;
const studentKey = (classId: string) => `parallax:class:${classId}:student`;
const teacherKey = (classId: string) => `parallax:class:${classId}:teacher`;

/** localStorage, or null where the browser blocks it (reading the property can throw). */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null; // Storage blocked (private mode, policy): behave as if nothing was saved.
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Storage full or blocked: the session still works until the tab closes.
  }
}

export function loadSeat(classId: string): StudentSeat | null {
  try {
    const seat = JSON.parse(read(studentKey(classId)) ?? "null") as StudentSeat | null;
    return seat && typeof seat.studentToken === "string" ? seat : null;
  } catch {
    return null;
  }
}

/** Every seat this browser holds (newest storage order is not kept: order does not matter). */
export function listSeats(): StudentSeat[] {
  const seats: StudentSeat[] = [];
  try {
    for (let i = 0; i < window.localStorage.length; i++) {
      const classId = STUDENT_KEY_RE.exec(window.localStorage.key(i) ?? "")?.[1];
      const seat = classId ? loadSeat(classId) : null;
      if (seat) seats.push(seat);
    }
  } catch {
    // Storage blocked: no seats.
  }
  return seats;
}

export const saveSeat = (seat: StudentSeat) => write(studentKey(seat.classId), JSON.stringify(seat));

export const loadTeacherToken = (classId: string) => read(teacherKey(classId));
export const saveTeacherToken = (classId: string, token: string) => write(teacherKey(classId), token);
/** The join code from the create answer: the contract's GET routes do not return it (see class-api.ts). */
export const loadJoinCode = (classId: string) => read(`${teacherKey(classId)}:code`);
export const saveJoinCode = (classId: string, code: string) => write(`${teacherKey(classId)}:code`, code);
export function forgetTeacher(classId: string): void {
  write(teacherKey(classId), null);
  write(`${teacherKey(classId)}:code`, null);
}

export function readJson<T>(key: string, fallback: T): T {
  try {
    return (JSON.parse(read(key) ?? "null") as T | null) ?? fallback;
  } catch {
    return fallback;
  }
}
export const writeJson = (key: string, value: unknown) => write(key, JSON.stringify(value));
export const removeKey = (key: string) => write(key, null);
