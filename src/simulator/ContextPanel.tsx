import { useTranslation } from 'react-i18next';
import { Flag } from 'lucide-react';
import type { AnyMachineSnapshot } from 'xstate';
import { contextToJson, stateValueString } from '../../models/procedures/core';
import type { ProcedureId } from '../../models/procedures/core/types';
import type { InspectionContext } from '../../models/procedures/inspection';
import type { ProtestContext } from '../../models/procedures/protest';
import { stateLabel } from './labels';
import type { DeadlineMark } from './model';

function Counters({ procedure, context }: { procedure: ProcedureId; context: unknown }) {
  const { t } = useTranslation('simulator');
  const rows: [string, string][] = [];
  if (procedure === 'inspection') {
    const c = context as InspectionContext;
    rows.push([t('counters.termDays'), String(c.termDays ?? '—')], [t('counters.remainingDays'), String(c.remainingDays ?? '—')]);
    if (c.extension) rows.push([t('counters.extension'), `${c.extension.days} (${c.extension.on})`]);
    rows.push([t('counters.suspensions'), String(c.suspension.count)], [t('counters.refusals'), String(c.access.refusals)]);
  } else if (procedure === 'protest') {
    const c = context as ProtestContext;
    if (c.term) rows.push([t('counters.term'), t('payload.termValue', { days: c.term.days, unit: t(`unit.${c.term.unit}`) })]);
    rows.push([t('counters.suspendedAct'), c.suspended ? (c.suspendedOn ?? t('payload.yes')) : '—']);
    if (c.outcome) rows.push([t('counters.outcome'), t(`state.${c.outcome}`)]);
    if (c.courtOutcome) rows.push([t('counters.court'), t(`courtOutcome.${c.courtOutcome}`)]);
  } else {
    const c = context as { present?: string[]; decisions?: unknown[] };
    if (c.present) rows.push([t('counters.present'), String(c.present.length)]);
    if (c.decisions) rows.push([t('counters.decisions'), String(c.decisions.length)]);
  }
  return (
    <dl className="sim-dl">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Where the run stands: the state value, the date, deadlines with overdue flags, counters. */
export function ContextPanel({ procedure, snapshot, deadlines }: { procedure: ProcedureId; snapshot: AnyMachineSnapshot; deadlines: DeadlineMark[] }) {
  const { t } = useTranslation('simulator');
  const value = stateValueString(snapshot);
  const date = (snapshot.context as { date: string }).date;
  return (
    <section className="sim-panel sim-context" data-testid="context">
      <h3>{t('context')}</h3>
      <dl className="sim-dl">
        <div>
          <dt>{t('stateValue')}</dt>
          <dd>
            <code data-testid="state-value">{value}</code>
            <div className="sim-muted">{stateLabel(value, t)}</div>
          </dd>
        </div>
        <div>
          <dt>{t('date')}</dt>
          <dd data-testid="sim-date">{date}</dd>
        </div>
        {deadlines.map((d) => (
          <div key={d.key} className={d.overdue ? 'is-overdue' : ''} data-testid="deadline" data-key={d.key} data-overdue={d.overdue}>
            <dt><Flag aria-hidden="true" size={12} /> {t(`deadline.${d.key}`)}</dt>
            <dd>
              {d.date} {d.overdue && <strong className="sim-overdue">{t('overdue')}</strong>}
            </dd>
          </div>
        ))}
      </dl>
      <Counters procedure={procedure} context={snapshot.context as unknown} />
      <details className="sim-json">
        <summary>{t('fullContext')}</summary>
        <pre>{JSON.stringify(contextToJson(snapshot), null, 1)}</pre>
      </details>
    </section>
  );
}
