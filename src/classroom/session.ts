/**
 * The live classroom as the rest of the app sees it: whether a session is on, and the teacher's
 * position for others to follow. Light on purpose: the sync engine (Yjs, Hocuspocus) lives in
 * the lazily loaded classroom screen and is fetched only when a session starts.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Position, RoomState } from '../../models/classroom/schema';
import type { ClassroomClient, ConnectionStatus } from './client';

export interface ClassroomSession {
  role: 'teacher' | 'student';
  code: string;
  client: ClassroomClient;
  /** The student's id (their answers and seat are keyed by it). */
  studentId?: string;
}

export interface ClassroomContextValue {
  session: ClassroomSession | null;
  setSession: (s: ClassroomSession | null) => void;
}

export const ClassroomContext = createContext<ClassroomContextValue>({ session: null, setSession: () => undefined });

export function useClassroom(): ClassroomContextValue {
  return useContext(ClassroomContext);
}

const noop = () => () => undefined;

/** The room of a session, re-rendered on every change (null without a session). */
export function useRoom(session: ClassroomSession | null): RoomState | null {
  return useSyncExternalStore(
    session ? (l) => session.client.subscribe(l) : noop,
    () => (session ? session.client.room : null),
  );
}

export function useConnectionStatus(session: ClassroomSession | null): ConnectionStatus | null {
  return useSyncExternalStore(
    session ? (l) => session.client.subscribe(l) : noop,
    () => (session ? session.client.status : null),
  );
}

/**
 * Where the teacher is, for the lessons to hook in: `{ screen, lessonId?, stop? }`, or null
 * without a session or before the teacher has moved.
 */
export function useTeacherPosition(): Position | null {
  const { session } = useClassroom();
  return useRoom(session)?.session.position ?? null;
}

/** What a device keeps to rejoin after a reload: the teacher's key, or the student's id and secret. */
export interface SavedTeacher {
  code: string;
  key: string;
}
export interface SavedStudent {
  code: string;
  id: string;
  secret: string;
  name: string;
}

const TEACHER_KEY = 'prokuratura.classroom.teacher';
const STUDENT_KEY = 'prokuratura.classroom.student';

function load<T>(key: string): T | null {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}
function save(key: string, value: unknown): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Not kept for the next visit, but the session goes on.
  }
}

export const savedTeacher = () => load<SavedTeacher>(TEACHER_KEY);
export const saveTeacher = (v: SavedTeacher | null) => save(TEACHER_KEY, v);
export const savedStudent = () => load<SavedStudent>(STUDENT_KEY);
export const saveStudent = (v: SavedStudent | null) => save(STUDENT_KEY, v);
