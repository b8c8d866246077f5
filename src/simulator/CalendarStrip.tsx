import { useMemo } from 'react';
import { Flag } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { addDays, dayInfo } from '../../models/calendar';
import type { Lang } from '../../models/law/types';
import type { DeadlineView } from '../../models/procedures/core/types';

/** Monday of the week two weeks before `date`: the strip shows five weeks around today. */
export function stripStart(date: string): string {
  const back = addDays(date, -14);
  const dow = (new Date(`${back}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(back, -dow);
}

/** Five weeks of the working-day calendar: today, deadlines, weekends, holidays and transferred days. */
export function CalendarStrip({ date, deadlines, lang }: { date: string; deadlines: DeadlineView[]; lang: Lang }) {
  const { t } = useTranslation('simulator');
  const days = useMemo(() => {
    const start = stripStart(date);
    return Array.from({ length: 35 }, (_, i) => dayInfo(addDays(start, i)));
  }, [date]);
  return (
    <section className="sim-calendar" data-testid="calendar" aria-label={t('calendar')}>
      {days.map((d) => {
        const marks = deadlines.filter((m) => m.date === d.date);
        // Met deadlines stay in the tooltip, but are not flagged as pending (bug 16).
        const pending = marks.filter((m) => !m.metOn);
        const cls = [
          'sim-day',
          d.date === date ? 'is-today' : '',
          d.date.endsWith('-01') ? 'is-month-start' : '',
          d.weekend ? 'is-weekend' : '',
          !d.working ? 'is-off' : '',
          d.holiday ? `is-${d.holiday.kind}` : '',
          pending.length ? 'is-deadline' : '',
          marks.length > pending.length ? 'has-met' : '',
          marks.some((m) => m.overdue) ? 'is-overdue' : '',
        ].join(' ');
        const tips = [
          d.date,
          d.date === date ? t('today') : '',
          d.holiday ? `${d.holiday.name[lang]}${d.holiday.kind === 'workedWeekend' ? ` — ${t('workedWeekend')}` : ''}` : d.weekend ? t('weekend') : '',
          ...marks.map((m) => `${m.label[lang]}${m.overdue ? ` (${t('overdue')})` : m.metOn ? ` (${t('met', { date: m.metOn })})` : ''}`),
        ].filter(Boolean);
        const day = Number(d.date.slice(8));
        return (
          <div key={d.date} className={cls} title={tips.join('\n')} data-date={d.date} data-testid={d.date === date ? 'calendar-today' : undefined}>
            {/* A month's first day names the month above the strip, where no other label stands (bug 14: "311.04"). */}
            {day === 1 && <span className="sim-day-month" data-testid="calendar-month">{t(`month.${d.date.slice(5, 7)}`)}</span>}
            <span className="sim-day-n">{day}</span>
            {pending.length > 0 && <Flag className="sim-day-flag" aria-hidden="true" size={10} />}
          </div>
        );
      })}
    </section>
  );
}
