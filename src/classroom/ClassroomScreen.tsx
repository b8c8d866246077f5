import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { hexFrom, roomCodeFrom } from '../../models/classroom/code';
import { nameSchema, normaliseRoomCode, roomCodeSchema } from '../../models/classroom/schema';
import type { Lang } from '../../models/law/types';
import '../styles/classroom.css';
import { getProcedure } from '../../models/procedures';
import { fillLabel } from '../../models/procedures/core';
import { ClassroomClient, sameOriginUrl } from './client';
import './i18n';
import { savedStudent, savedTeacher, saveStudent, saveTeacher, useClassroom, useConnectionStatus, type ClassroomSession } from './session';
import { StudentView } from './StudentView';
import { TeacherPanel } from './TeacherPanel';

function random(n: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(n));
}

function connect(code: string, token: ConstructorParameters<typeof ClassroomClient>[0]['token']): ClassroomClient {
  return new ClassroomClient({ url: sameOriginUrl(window.location), code, token });
}

/** The classroom tab: start or join a session, then the teacher's desk or the student's view. */
export function ClassroomScreen({ lang }: { lang: Lang }) {
  const { session, setSession } = useClassroom();
  if (!session) return <StartOrJoin onSession={setSession} />;
  return (
    <main className="classroom" data-testid="classroom">
      <SessionHeader session={session} onLeave={() => {
        session.client.destroy();
        if (session.role === 'teacher') saveTeacher(null);
        else saveStudent(null);
        setSession(null);
      }} />
      {session.role === 'teacher' ? <TeacherPanel session={session} lang={lang} /> : <StudentView session={session} lang={lang} />}
    </main>
  );
}

function SessionHeader({ session, onLeave }: { session: ClassroomSession; onLeave: () => void }) {
  const { t } = useTranslation('classroom');
  const status = useConnectionStatus(session) ?? 'connecting';
  return (
    <div className="classroom-top">
      <span className={`classroom-status status-${status}`} data-testid="classroom-status" data-status={status}>{t(`status.${status}`)}</span>
      <button type="button" onClick={onLeave}>{t('leave')}</button>
    </div>
  );
}

function StartOrJoin({ onSession }: { onSession: (s: ClassroomSession) => void }) {
  const { t } = useTranslation('classroom');
  const fromLink = /^#join=([A-Za-z0-9-]{1,12})/.exec(window.location.hash)?.[1];
  const saved = savedStudent();
  const [code, setCode] = useState(fromLink ? normaliseRoomCode(fromLink) : (saved?.code ?? ''));
  const [name, setName] = useState(saved?.name ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const teacher = savedTeacher();

  const startTeacher = (resume: boolean) => {
    const code = resume && teacher ? teacher.code : roomCodeFrom(random(6));
    const key = resume && teacher ? teacher.key : hexFrom(random(16));
    saveTeacher({ code, key });
    const client = connect(code, { role: 'teacher', key });
    void client.send({ type: 'session.start' });
    onSession({ role: 'teacher', code, client });
  };

  const join = (e: FormEvent) => {
    e.preventDefault();
    const c = normaliseRoomCode(code);
    if (!roomCodeSchema.safeParse(c).success) return setProblem(t('codeInvalid'));
    const n = nameSchema.safeParse(name);
    if (!n.success) return setProblem(t('nameInvalid'));
    // The same device keeps its id across rooms and reloads; a new secret only for a new id.
    const id = saved?.id ?? `s-${hexFrom(random(8))}`;
    const secret = saved?.secret ?? hexFrom(random(16));
    saveStudent({ code: c, id, secret, name: n.data });
    const client = connect(c, { role: 'student', id, secret });
    void client.send({ type: 'student.join', name: n.data });
    onSession({ role: 'student', code: c, client, studentId: id });
  };

  return (
    <main className="classroom classroom-start" data-testid="classroom">
      <p className="classroom-intro">{t('intro')}</p>
      <div className="classroom-cards">
        <section className="classroom-card" aria-labelledby="cr-student">
          <h2 id="cr-student">{t('studentCard')}</h2>
          <form onSubmit={join} noValidate>
            <label>
              {t('code')}
              <input data-testid="join-code" value={code} onChange={(e) => setCode(e.target.value)} autoCapitalize="characters" autoComplete="off" maxLength={12} inputMode="text" />
            </label>
            <label>
              {t('name')}
              <input data-testid="join-name" value={name} onChange={(e) => setName(e.target.value)} maxLength={60} autoComplete="nickname" />
            </label>
            {problem ? <p className="classroom-problem" role="alert">{problem}</p> : null}
            <button type="submit" className="primary" data-testid="join-submit">{t('join')}</button>
          </form>
        </section>
        <section className="classroom-card" aria-labelledby="cr-teacher">
          <h2 id="cr-teacher">{t('teacherCard')}</h2>
          <button type="button" className="primary" data-testid="start-session" onClick={() => startTeacher(false)}>{t('start')}</button>
          {teacher ? <button type="button" data-testid="resume-session" onClick={() => startTeacher(true)}>{t('resume', { code: teacher.code })}</button> : null}
        </section>
      </div>
    </main>
  );
}

/** The last refusal the server sent this device, until the next one or until dismissed. */
export function useLastRefusal(session: ClassroomSession): { text: string | null; clear: () => void } {
  const { t, i18n } = useTranslation('classroom');
  const lang = (['kk', 'ru', 'en'].includes(i18n.language) ? i18n.language : 'kk') as Lang;
  const [text, setText] = useState<string | null>(null);
  useEffect(
    () =>
      session.client.onServerReply((r) => {
        if (r.type === 'ack') return;
        // A step the council's procedure refuses reads as the simulator's refusals do: the rule in words, with its numbers.
        const { reason: code, ...values } = r.values ?? {};
        const label = typeof code === 'string' ? getProcedure('councilVote').codeLabels[code] : undefined;
        const why = label ? fillLabel(label[lang], values) : '';
        setText(t('refused.heading', { reason: why ? `${t(`refused.${r.code}`)}: ${why}` : t(`refused.${r.code}`) }));
      }),
    [session, t, lang],
  );
  return { text, clear: () => setText(null) };
}
