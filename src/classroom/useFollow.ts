import { useEffect, useRef } from 'react';
import { useClassroom, useRoom } from './session';

/** The app's screens a teacher's position can name, plus the classroom's own. */
export type AppScreen = 'diagram' | 'simulator' | 'lessons' | 'practice' | 'classroom';

/**
 * Ties the app's screen to the session: the teacher's screen changes are sent as the position;
 * a following student's screen moves with the teacher's, and to the classroom screen when a
 * question or a council meeting opens. A student who breaks away is left alone.
 */
export function useFollow(screen: AppScreen, setScreen: (s: AppScreen) => void): void {
  const { session } = useClassroom();
  const room = useRoom(session);
  const role = session?.role;
  const client = session?.client;

  // Teacher: the diagram and the simulator are positions; the classroom tab is the control desk.
  useEffect(() => {
    if (role !== 'teacher' || !client || screen === 'classroom' || screen === 'lessons' || screen === 'practice') return;
    void client.send({ type: 'position.set', position: { screen } });
  }, [role, client, screen]);

  const me = session?.studentId;
  const following = me ? room?.presence[me]?.following !== false : false;
  const position = room?.session.position;
  const target: AppScreen | null = position ? (position.screen === 'lesson' ? 'classroom' : position.screen) : null;
  const positionKey = position ? JSON.stringify(position) : '';
  const questionId = room?.session.question?.id ?? '';
  const councilAt = room?.session.council?.openedAt ?? 0;
  const last = useRef({ positionKey: '', questionId: '', councilAt: 0, following: false });

  useEffect(() => {
    if (role !== 'student') return;
    const prev = last.current;
    last.current = { positionKey, questionId, councilAt, following };
    if (!following) return;
    const rejoined = !prev.following;
    if ((questionId && questionId !== prev.questionId) || (councilAt && councilAt !== prev.councilAt)) setScreen('classroom');
    else if (target && (rejoined || positionKey !== prev.positionKey)) setScreen(target);
  }, [role, following, positionKey, questionId, councilAt, target, setScreen]);
}
