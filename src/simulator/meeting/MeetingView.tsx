import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnyMachineSnapshot } from 'xstate';
import type { Lang } from '../../../models/law/types';
import type { OrgDocument } from '../../../models/org/types';
import type { Run, Step } from '../../../models/procedures/core/types';
import { Agenda } from './Agenda';
import { Decisions } from './Decisions';
import { MinutesPage } from './MinutesPage';
import { bodyUnitName, ctxOf, stateOf } from './model';
import { Reason } from './Reason';
import { QuorumMeter } from './QuorumMeter';
import { Roster } from './Roster';
import { TallyPanel } from './TallyPanel';
import './i18n';
import '../../styles/meeting.css';

export { MinutesPage } from './MinutesPage';

interface Props {
  run: Run;
  steps: Step[];
  snapshot: AnyMachineSnapshot;
  lang: Lang;
  doc: OrgDocument;
  onSend: (event: { type: string } & Record<string, unknown>) => void;
}

/**
 * The meeting screen of a councilVote run: roster with attendance, quorum meter, the chair's
 * controls, vote buttons, live tally with a rule switcher, decisions and the printable minutes.
 * It only reads the snapshot and sends events; the simulator appends them to the run and replays.
 */
export function MeetingView({ run, steps, snapshot, lang, doc, onSend }: Props) {
  const { t } = useTranslation('meeting');
  const [minutes, setMinutes] = useState(false);
  const ctx = ctxOf(snapshot);
  const state = stateOf(snapshot);
  const last = steps.at(-1);
  // Only when standing at the end of the run: a refusal further on is not this snapshot's.
  const refused = last && !last.verdict.ok && last.snapshot === snapshot ? last : null;
  const title = bodyUnitName(ctx, doc, lang) ?? t(`body.${ctx.body.kind}`);
  if (minutes) return <MinutesPage ctx={ctx} doc={doc} lang={lang} onClose={() => setMinutes(false)} />;
  return (
    <div className="meeting" data-testid="meeting" data-state={state} data-steps={run.events.length}>
      <header className="meeting-head">
        <h2 title={title}>{title}</h2>
        <span className={`badge state state-${state}`} data-testid="meeting-state">{t(`state.${state}`)}</span>
        <span className="muted">
          {t(`sessionKind.${ctx.sessionKind ?? 'none'}`)} · {ctx.date}
        </span>
        <button type="button" className="minutes-open" onClick={() => setMinutes(true)} data-testid="minutes-open">
          {t('minutes.show')}
        </button>
      </header>
      {refused && (
        <p className="refusal" role="status" data-testid="meeting-refusal">
          <b>{t('refusal')}</b> ({t(`event.${refused.event.type}`, { ns: 'simulator', defaultValue: refused.event.type })}): <Reason verdict={refused.verdict} lang={lang} />
        </p>
      )}
      <div className="meeting-grid">
        <div className="meeting-col">
          <QuorumMeter snapshot={snapshot} lang={lang} onSend={onSend} />
          <Roster snapshot={snapshot} doc={doc} lang={lang} onSend={onSend} />
        </div>
        <div className="meeting-col">
          <Agenda snapshot={snapshot} lang={lang} onSend={onSend} />
          <TallyPanel snapshot={snapshot} lang={lang} />
          <Decisions ctx={ctx} lang={lang} />
        </div>
      </div>
    </div>
  );
}
