import { useTranslation } from 'react-i18next';
import type { Position } from '../../models/classroom/schema';
import './i18n';
import { useClassroom, useConnectionStatus, useRoom } from './session';

function whereLabel(t: (k: string, o?: Record<string, unknown>) => string, pos: Position | undefined): string {
  if (!pos) return t('student.where.none');
  if (pos.screen === 'lesson') return t('student.where.lesson', { lesson: pos.lessonId ?? '', stop: (pos.stop ?? 0) + 1 });
  return t(`student.where.${pos.screen}`);
}

/**
 * Under the header while a session is on: a clear banner when the classroom server is lost, and
 * for a student, following or exploring with the one click to switch. Nothing without a session.
 */
export function ClassroomBanner() {
  const { t } = useTranslation('classroom');
  const { session } = useClassroom();
  const status = useConnectionStatus(session);
  const room = useRoom(session);
  if (!session) return null;
  const me = session.studentId;
  const following = me ? room?.presence[me]?.following !== false : false;
  const where = whereLabel(t, room?.session.position);
  return (
    <>
      {status === 'lost' || status === 'refused' ? (
        <div className="classroom-banner" role="alert" data-testid="classroom-banner">
          {t(status === 'lost' ? 'banner.lost' : 'banner.refused')}
        </div>
      ) : null}
      {session.role === 'student' && room && me && room.students[me] ? (
        <div className={`follow-bar ${following ? 'following' : 'exploring'}`} data-testid="follow-bar" data-following={String(following)}>
          <span data-testid="teacher-where" data-stop={room.session.position?.stop ?? ''}>
            {t(following ? 'student.following' : 'student.exploring', { where })}
          </span>
          <button type="button" data-testid="follow-toggle" onClick={() => void session.client.send({ type: 'follow.set', following: !following })}>
            {following ? t('student.breakAway') : t('student.rejoin')}
          </button>
        </div>
      ) : null}
    </>
  );
}
