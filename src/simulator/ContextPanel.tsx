import { useTranslation } from 'react-i18next';
import { Check, Flag } from 'lucide-react';
import type { AnyMachineSnapshot } from 'xstate';
import type { Lang } from '../../models/law/types';
import { contextToJson, stateValueString } from '../../models/procedures/core';
import type { CounterView, DeadlineView, ProcedureDefinition } from '../../models/procedures/core/types';
import { Citation } from './Citation';
import { stateLabel } from './labels';

type AnyDef = ProcedureDefinition<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function counterText(value: CounterView['value'], lang: Lang): string {
  return typeof value === 'object' ? value[lang] : String(value);
}

/** Where the run stands: the state (in words), the date, deadlines with overdue flags and their citations, counters — all from the definition. */
export function ContextPanel({ def, snapshot, deadlines, lang }: { def: AnyDef; snapshot: AnyMachineSnapshot; deadlines: DeadlineView[]; lang: Lang }) {
  const { t } = useTranslation('simulator');
  const value = stateValueString(snapshot);
  const date = (snapshot.context as { date: string }).date;
  const counters = def.counters(snapshot.context);
  return (
    <section className="sim-panel sim-context" data-testid="context">
      <h3>{t('context')}</h3>
      <dl className="sim-dl">
        <div>
          <dt>{t('stateValue')}</dt>
          {/* The state's words; its id only in data-state, for tests and tools. */}
          <dd className="sim-state" data-testid="state-value" data-state={value}>{stateLabel(def, value, lang)}</dd>
        </div>
        <div>
          <dt>{t('date')}</dt>
          <dd data-testid="sim-date">{date}</dd>
        </div>
        {deadlines.map((d) => (
          <div key={d.key} className={d.overdue ? 'is-overdue' : d.metOn ? 'is-met' : ''} data-testid="deadline" data-key={d.key} data-overdue={d.overdue} data-met={d.metOn ? 'true' : 'false'}>
            {/* A deadline met is no longer flagged as pending (bug 16): a check and the day it was met. */}
            <dt>{d.metOn ? <Check aria-hidden="true" size={12} /> : <Flag aria-hidden="true" size={12} />} {d.label[lang]}</dt>
            <dd>
              {d.date} {d.overdue && <strong className="sim-overdue">{t('overdue')}</strong>}
              {d.metOn && <span className="sim-met"> · {t('met', { date: d.metOn })}</span>}
              {/* Where the term comes from, with its provenance: a teacher sees which terms are our reading. */}
              <div className="sim-deadline-cite"><Citation id={d.citation} lang={lang} /></div>
            </dd>
          </div>
        ))}
      </dl>
      <dl className="sim-dl" data-testid="counters">
        {counters.map((c) => (
          <div key={c.key} data-key={c.key}>
            <dt>{c.label[lang]}</dt>
            <dd>{counterText(c.value, lang)}</dd>
          </div>
        ))}
      </dl>
      <details className="sim-json">
        <summary>{t('fullContext')}</summary>
        <pre>{JSON.stringify(contextToJson(snapshot), null, 1)}</pre>
      </details>
    </section>
  );
}
