import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { councilSnapshot, seatOf } from '../../models/classroom/decide';
import { resultBars, answersTo } from '../../models/classroom/results';
import { answerKey, pick, type RoomState } from '../../models/classroom/schema';
import type { Lang } from '../../models/law/types';
import { stateValueString } from '../../models/procedures/core';
import type { CouncilVoteContext } from '../../models/procedures/councilVote';
import { useLastRefusal } from './ClassroomScreen';
import { memberName, QuorumMeter, Tally } from './CouncilView';
import { ResultsChart } from './ResultsChart';
import { useRoom, type ClassroomSession } from './session';
import { CitationLine } from './TeacherPanel';

export function StudentView({ session, lang }: { session: ClassroomSession; lang: Lang }) {
  const { t } = useTranslation('classroom');
  const room = useRoom(session);
  const refusal = useLastRefusal(session);
  const me = session.studentId!;
  if (!room) return null;
  const name = room.students[me]?.name ?? '';
  return (
    <div className="student-view" data-testid="student-view">
      <p className="hello">{t('student.hello', { name, code: session.code })}</p>
      {refusal.text ? <p className="classroom-problem" role="alert" data-testid="refusal" onClick={refusal.clear}>{refusal.text}</p> : null}
      <StudentQuestion session={session} room={room} lang={lang} />
      <StudentCouncil session={session} room={room} lang={lang} />
    </div>
  );
}

function StudentQuestion({ session, room, lang }: { session: ClassroomSession; room: RoomState; lang: Lang }) {
  const { t } = useTranslation('classroom');
  const q = room.session.question;
  const [typed, setTyped] = useState('');
  const [waiting, setWaiting] = useState(false);
  if (!q) return <section className="student-section"><p className="muted">{t('student.noQuestion')}</p></section>;
  const mine = room.answers[answerKey(q.id, session.studentId!)];
  const reveal = room.session.reveal?.questionId === q.id ? room.session.reveal : null;
  const closed = room.session.questionClosed === true || reveal !== null;
  const answer = (value: string) => {
    setWaiting(true);
    void session.client.send({ type: 'answer.set', questionId: q.id, value }).then(() => setWaiting(false));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (typed.trim()) answer(typed.trim());
  };
  const labelOf = (v: string) => (q.options ? pick(q.options.find((o) => o.id === v)?.label ?? { kk: v, ru: v, en: v }, lang) : v);
  return (
    <section className="student-section" data-testid="student-question" data-question={q.id}>
      <p className="prompt">{pick(q.prompt, lang)}</p>
      {q.options ? (
        <div className="choices" role="group" aria-label={t('student.yourAnswer')}>
          {q.options.map((o) => (
            <button key={o.id} type="button" data-option={o.id} aria-pressed={mine?.value === o.id} disabled={closed} onClick={() => answer(o.id)}>{pick(o.label, lang)}</button>
          ))}
        </div>
      ) : (
        <form onSubmit={submit} className="row">
          <label>
            {t('student.yourAnswer')}{' '}
            <input data-testid="answer-input" value={typed} onChange={(e) => setTyped(e.target.value)} inputMode={q.kind === 'number' ? 'decimal' : 'text'} maxLength={200} disabled={closed} />
          </label>
          <button type="submit" data-testid="answer-send" disabled={closed}>{t('student.send')}</button>
        </form>
      )}
      {mine ? <p className="muted" data-testid="my-answer">{t('student.sent', { value: labelOf(mine.value) })}</p> : waiting ? <p className="muted">{t('student.waiting')}</p> : null}
      {reveal ? (
        <>
          <p className="reveal" data-testid="reveal">{t('reveal.correct', { value: labelOf(reveal.correct) })}{reveal.citation ? <CitationLine id={reveal.citation} lang={lang} /> : null}{reveal.note ? <span className="reveal-note"> {reveal.note[lang]}</span> : null}</p>
          <ResultsChart bars={resultBars(room, q, lang)} total={answersTo(room, q.id).length} />
        </>
      ) : null}
    </section>
  );
}

function StudentCouncil({ session, room, lang }: { session: ClassroomSession; room: RoomState; lang: Lang }) {
  const { t } = useTranslation('classroom');
  const snapshot = useMemo(() => councilSnapshot(room), [room]);
  if (!room.session.council || !snapshot) return null;
  const ctx = snapshot.context as CouncilVoteContext;
  const state = stateValueString(snapshot);
  const seat = seatOf(room, session.studentId!);
  const myVote = seat ? ctx.votes[seat] : undefined;
  return (
    <section className="student-section" data-testid="student-council" data-seat={seat ?? ''}>
      <QuorumMeter ctx={ctx} state={state} />
      {seat ? (
        <>
          <p><strong data-testid="my-seat">{t('student.yourSeat', { member: memberName(ctx, seat, lang) })}</strong></p>
          {state === 'voting' && ctx.body.permanentMembers.includes(seat) ? (
            myVote ? <p data-testid="my-vote">{t('student.voted', { choice: t(`choice.${myVote}`) })}</p> : (
              <div className="choices" role="group" aria-label={t('student.vote')}>
                {(['for', 'against', 'abstain'] as const).map((c) => (
                  <button key={c} type="button" data-vote={c} onClick={() => void session.client.send({ type: 'vote.cast', choice: c })}>{t(`choice.${c}`)}</button>
                ))}
              </div>
            )
          ) : null}
          <button type="button" onClick={() => void session.client.send({ type: 'seat.leave' })}>{t('student.leaveSeat')}</button>
        </>
      ) : (
        <>
          <h3>{t('student.seats')}</h3>
          <ul className="seats">
            {[...ctx.body.permanentMembers, ...ctx.body.invited].map((id) => {
              const taken = room.seats[id] !== undefined || ctx.present.includes(id);
              return (
                <li key={id}>
                  <button type="button" data-seat={id} disabled={taken} onClick={() => void session.client.send({ type: 'seat.take', memberId: id })}>
                    {memberName(ctx, id, lang)}{taken ? ` (${t('student.taken')})` : ''}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <Tally ctx={ctx} />
    </section>
  );
}
