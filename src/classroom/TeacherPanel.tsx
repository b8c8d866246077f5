import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { councilSnapshot } from '../../models/classroom/decide';
import { LIVE_REVIEW, liveExerciseFromSeed, liveReviewQuestion, type LivePick } from '../../models/classroom/livePicks';
import { answersCsv, answersTo, resultBars } from '../../models/classroom/results';
import { SAMPLE_COUNCIL, SAMPLE_QUESTIONS } from '../../models/classroom/samples';
import { pick, type RoomState } from '../../models/classroom/schema';
import { cite, formatCitation } from '../../models/law';
import type { Lang } from '../../models/law/types';
import { QUESTIONS } from '../../models/lessons/questions';
import { stateValueString } from '../../models/procedures/core';
import type { CouncilVoteContext, CouncilVoteEvent } from '../../models/procedures/councilVote';
import { useLastRefusal } from './ClassroomScreen';
import { memberName, QuorumMeter, Tally } from './CouncilView';
import { QrCode } from './QrCode';
import { ResultsChart } from './ResultsChart';
import { useRoom, type ClassroomSession } from './session';

/** The address students open: this page, or the server's LAN address when the teacher is on localhost. */
function useJoinUrl(code: string): string {
  const [origin, setOrigin] = useState(`${window.location.origin}${window.location.pathname}`);
  useEffect(() => {
    if (!/^(localhost|127\.0\.0\.1|\[::1\])$/.test(window.location.hostname)) return;
    let live = true;
    fetch('classroom-info.json')
      .then((r) => (r.ok ? (r.json() as Promise<{ addresses?: string[] }>) : null))
      .then((info) => {
        const a = info?.addresses?.[0];
        if (live && a) setOrigin(`${window.location.protocol}//${a}:${window.location.port}${window.location.pathname}`);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return `${origin}#join=${code}`;
}

export function TeacherPanel({ session, lang }: { session: ClassroomSession; lang: Lang }) {
  const { t } = useTranslation('classroom');
  const room = useRoom(session);
  const url = useJoinUrl(session.code);
  const refusal = useLastRefusal(session);
  if (!room) return null;
  const students = Object.entries(room.students);
  return (
    <div className="teacher-desk">
      <section className="projector" aria-labelledby="cr-heading" data-testid="projector">
        <h2 id="cr-heading">{t('teacher.heading', { code: '' })}<span className="room-code" data-testid="room-code">{session.code}</span></h2>
        <QrCode text={url} label={url} />
        <p className="join-url">{t('teacher.scan', { url })}</p>
        <h3>{t('teacher.students', { count: students.length })}</h3>
        {students.length === 0 ? <p className="muted">{t('teacher.noStudents')}</p> : (
          <ul className="student-list" data-testid="student-list">
            {students.map(([id, s]) => {
              const p = room.presence[id];
              return (
                <li key={id} data-testid="student" data-name={s.name} data-connected={String(p?.connected === true)} data-following={String(p?.following !== false)}>
                  <span className={`dot ${p?.connected ? 'on' : 'off'}`} aria-hidden="true" />
                  <strong>{s.name}</strong>
                  <span className="muted">{p?.connected ? t('teacher.connected') : t('teacher.away')}</span>
                  {p?.connected ? <span className="muted">· {p.following !== false ? t('teacher.following') : t('teacher.exploring')}</span> : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <div className="desk-controls">
        {refusal.text ? <p className="classroom-problem" role="alert" data-testid="refusal" onClick={refusal.clear}>{refusal.text}</p> : null}
        <PositionControls session={session} room={room} />
        <QuestionControls session={session} room={room} lang={lang} />
        <CouncilControls session={session} room={room} lang={lang} />
      </div>
    </div>
  );
}

function PositionControls({ session, room }: { session: ClassroomSession; room: RoomState }) {
  const { t } = useTranslation('classroom');
  const pos = room.session.position;
  const stop = pos?.screen === 'lesson' ? (pos.stop ?? 0) : 0;
  // Until the lessons hook in, a lesson is a numbered run of stops.
  const go = (s: number) => void session.client.send({ type: 'position.set', position: { screen: 'lesson', lessonId: pos?.lessonId ?? 'lesson', stop: Math.max(0, s) } });
  return (
    <section className="desk-section" aria-labelledby="cr-pos">
      <h3 id="cr-pos">{t('teacher.position')}</h3>
      <div className="row">
        <span data-testid="teacher-position">{pos ? (pos.screen === 'lesson' ? `${t('teacher.screen.lesson')} · ${t('teacher.stop', { stop: stop + 1 })}` : t(`teacher.screen.${pos.screen}`)) : '—'}</span>
        <button type="button" onClick={() => go(stop - 1)} disabled={pos?.screen !== 'lesson' || stop === 0}>{t('teacher.prevStop')}</button>
        <button type="button" data-testid="next-stop" onClick={() => go(pos?.screen === 'lesson' ? stop + 1 : 0)}>{t('teacher.nextStop')}</button>
      </div>
    </section>
  );
}

const REVIEW_THEMES = [...new Set(QUESTIONS.map((q) => q.theme))];

function QuestionControls({ session, room, lang }: { session: ClassroomSession; room: RoomState; lang: Lang }) {
  const { t } = useTranslation('classroom');
  const [pickId, setPick] = useState(SAMPLE_QUESTIONS[0].question.id);
  // Generated exercises asked this session stay pickable (and revealable) beside the samples and the manual's questions.
  const [exercises, setExercises] = useState<LivePick[]>([]);
  const picks: readonly LivePick[] = useMemo(() => [...SAMPLE_QUESTIONS, ...LIVE_REVIEW, ...exercises], [exercises]);
  const open = room.session.question ?? null;
  const sample = picks.find((s) => s.question.id === (open?.id ?? pickId));
  const newExercise = (kind: 'choice' | 'isAllowed') => {
    const p = liveExerciseFromSeed(kind, Math.floor(Math.random() * 2_000_000_000));
    setExercises((xs) => [...xs.filter((x) => x.question.id !== p.question.id), p]);
    setPick(p.question.id);
  };
  const total = Object.keys(room.students).length;
  const bars = open ? resultBars(room, open, lang) : [];
  const answered = open ? answersTo(room, open.id).length : 0;
  const reveal = open && room.session.reveal?.questionId === open.id ? room.session.reveal : null;
  const exportCsv = () => {
    const csv = answersCsv(room, Object.values(room.session.asked ?? {}), lang);
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([`\uFEFF${csv}`], { type: 'text/csv;charset=utf-8' }));
    a.download = `classroom-${session.code}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  };
  return (
    <section className="desk-section" aria-labelledby="cr-q">
      <h3 id="cr-q">{t('teacher.question')}</h3>
      <div className="row">
        <label>
          {t('teacher.pick')}{' '}
          <select data-testid="question-pick" value={pickId} onChange={(e) => setPick(e.target.value)}>
            <optgroup label={t('teacher.samples')}>
              {SAMPLE_QUESTIONS.map((s) => <option key={s.question.id} value={s.question.id}>{pick(s.question.prompt, lang).slice(0, 60)}</option>)}
            </optgroup>
            {REVIEW_THEMES.map((theme) => (
              <optgroup key={theme} label={t('teacher.reviewTheme', { n: theme })}>
                {QUESTIONS.filter((q) => q.theme === theme).map((q) => {
                  const p = liveReviewQuestion(q);
                  return <option key={p.question.id} value={p.question.id}>{`${q.number}. ${pick(q.text, lang).slice(0, 60)}`}</option>;
                })}
              </optgroup>
            ))}
            {exercises.length > 0 && (
              <optgroup label={t('teacher.exercises')}>
                {exercises.map((s) => <option key={s.question.id} value={s.question.id}>{pick(s.question.prompt, lang).slice(0, 60)}</option>)}
              </optgroup>
            )}
          </select>
        </label>
        <button type="button" data-testid="new-exercise-allowed" onClick={() => newExercise('isAllowed')}>{t('teacher.newAllowed')}</button>
        <button type="button" data-testid="new-exercise-choice" onClick={() => newExercise('choice')}>{t('teacher.newChoice')}</button>
        <button type="button" data-testid="open-question" onClick={() => {
          const s = picks.find((x) => x.question.id === pickId);
          if (s) void session.client.send({ type: 'question.open', question: s.question });
        }}>{t('teacher.open')}</button>
      </div>
      {open ? (
        <div className="live-question" data-testid="live-question" data-question={open.id}>
          <p className="prompt">{pick(open.prompt, lang)}</p>
          <p className="muted" data-testid="answer-count">{t('teacher.answers', { count: answered, total })}</p>
          <ResultsChart bars={bars} total={answered} />
          {reveal ? (
            <p className="reveal" data-testid="reveal">
              {t('reveal.correct', { value: open.options?.find((o) => o.id === reveal.correct)?.label[lang] ?? reveal.correct })}
              {reveal.citation ? <CitationLine id={reveal.citation} lang={lang} /> : null}
              {reveal.note ? <span className="reveal-note"> {reveal.note[lang]}</span> : null}
            </p>
          ) : null}
          <div className="row">
            <button type="button" onClick={() => void session.client.send({ type: 'question.close' })} disabled={room.session.questionClosed === true}>{t('teacher.close')}</button>
            <button type="button" data-testid="reveal-answer" disabled={!sample || reveal !== null} onClick={() => {
              if (sample) void session.client.send({ type: 'question.reveal', reveal: { questionId: open.id, correct: sample.correct, ...(sample.citation ? { citation: sample.citation } : {}), ...(sample.note ? { note: sample.note } : {}) } });
            }}>{t('teacher.reveal')}</button>
            <button type="button" data-testid="export-csv" onClick={exportCsv}>{t('teacher.exportCsv')}</button>
          </div>
        </div>
      ) : null}
    </section>
  );
}

export function CitationLine({ id, lang }: { id: string; lang: Lang }) {
  let text: string;
  try {
    const c = cite(id as Parameters<typeof cite>[0]);
    text = `${formatCitation(c, lang)} — ${c.label[lang]}`;
  } catch {
    text = id;
  }
  return <span className="citation" data-testid="citation"> {text}</span>;
}

const TEACHER_EVENTS: readonly CouncilVoteEvent['type'][] = ['session.convene', 'quorum.check', 'item.open', 'vote.open', 'vote.close', 'item.next', 'session.adjourn', 'session.close'];

function CouncilControls({ session, room, lang }: { session: ClassroomSession; room: RoomState; lang: Lang }) {
  const { t } = useTranslation('classroom');
  const snapshot = useMemo(() => councilSnapshot(room), [room]);
  const council = room.session.council;
  const send = (event: CouncilVoteEvent) => void session.client.send({ type: 'council.append', event });
  const ctx = snapshot?.context as CouncilVoteContext | undefined;
  const eventFor = (type: CouncilVoteEvent['type']): CouncilVoteEvent => {
    if (type === 'session.convene') return { type, kind: 'regular' };
    if (type === 'item.open') return { type, itemId: String((ctx?.openedItems.length ?? 0) + 1) };
    return { type } as CouncilVoteEvent;
  };
  return (
    <section className="desk-section" aria-labelledby="cr-council">
      <h3 id="cr-council">{t('teacher.council')}</h3>
      {!council || !ctx || !snapshot ? (
        <button type="button" data-testid="open-council" onClick={() => void session.client.send({ type: 'council.open', input: SAMPLE_COUNCIL })}>{t('teacher.openCouncil')}</button>
      ) : (
        <div data-testid="council">
          <QuorumMeter ctx={ctx} state={stateValueString(snapshot)} />
          <div className="row wrap">
            {TEACHER_EVENTS.map((type) => (
              <button key={type} type="button" data-event={type} onClick={() => send(eventFor(type))}>{t(`events.${type}`)}</button>
            ))}
          </div>
          <ul className="roster" data-testid="roster">
            {[...ctx.body.permanentMembers, ...ctx.body.invited].map((id) => {
              const holder = room.seats[id];
              const student = holder ? room.students[holder] : undefined;
              const present = ctx.present.includes(id);
              return (
                <li key={id} data-member={id} data-present={String(present)} data-seated={String(holder !== undefined)}>
                  <span className={`dot ${present ? 'on' : 'off'}`} aria-hidden="true" />
                  <span className="member">{memberName(ctx, id, lang)}</span>
                  <span className="muted">{student ? t('teacher.seatedBy', { name: student.name }) : t('teacher.free')}</span>
                  {ctx.votes[id] ? <strong className="vote">{t(`choice.${ctx.votes[id]}`)}</strong> : null}
                  {!holder ? (
                    <span className="member-actions">
                      <button type="button" data-action="present" onClick={() => send({ type: 'attendance.mark', memberId: id, present: !present })}>{present ? t('teacher.markAbsent') : t('teacher.markPresent')}</button>
                      {present && stateValueString(snapshot) === 'voting' && !ctx.votes[id]
                        ? (['for', 'against', 'abstain'] as const).map((c) => (
                            <button key={c} type="button" data-vote={c} onClick={() => send({ type: 'vote.cast', memberId: id, choice: c })}>{t(`choice.${c}`)}</button>
                          ))
                        : null}
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
          <Tally ctx={ctx} />
          <button type="button" onClick={() => void session.client.send({ type: 'council.end' })}>{t('teacher.endCouncil')}</button>
        </div>
      )}
    </section>
  );
}
