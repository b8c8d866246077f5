import { useTranslation } from 'react-i18next';
import { cite } from '../../models/law';
import type { Lang } from '../../models/law/types';
import { definitionOf, eventText, eventWords, namesOfInput, stateWords, unitNames, voteRulesText, type Exercise } from '../../models/practice';

/** The answer widget of each kind. `value` is the answer in the kind's own shape. */
export function AnswerInput({ ex, value, onChange, lang, disabled }: { ex: Exercise; value: unknown; onChange: (v: unknown) => void; lang: Lang; disabled: boolean }) {
  const { t } = useTranslation('practice');
  switch (ex.kind) {
    case 'pickUnits': {
      const picked = Array.isArray(value) ? (value as string[]) : [];
      return (
        <fieldset className="pr-options" disabled={disabled}>
          {ex.options.map((id) => (
            <label key={id} className="pr-option">
              <input type="checkbox" checked={picked.includes(id)} data-unit={id}
                onChange={(e) => onChange(e.target.checked ? [...picked, id] : picked.filter((x) => x !== id))} />
              {unitNames(id)[lang]}
            </label>
          ))}
        </fieldset>
      );
    }
    case 'buildHierarchy': {
      const placed = (value && typeof value === 'object' ? value : {}) as Record<string, string>;
      return (
        <fieldset className="pr-grid" disabled={disabled}>
          {ex.units.map((u) => (
            <label key={u} className="pr-row">
              <span>{unitNames(u)[lang]}</span>
              <select value={placed[u] ?? ''} data-unit={u} aria-label={`${t('parentOf')} ${unitNames(u)[lang]}`} onChange={(e) => onChange({ ...placed, [u]: e.target.value })}>
                <option value="">— {t('choose')} —</option>
                {ex.parents.map((p) => <option key={p} value={p}>{unitNames(p)[lang]}</option>)}
              </select>
            </label>
          ))}
        </fieldset>
      );
    }
    case 'isAllowed': {
      const a = (value ?? {}) as { allowed?: boolean; reason?: string };
      return (
        <fieldset className="pr-options" disabled={disabled}>
          <label className="pr-option"><input type="radio" name="allowed" checked={a.allowed === true} data-answer="allowed" onChange={() => onChange({ allowed: true })} />{t('allowed')}</label>
          <label className="pr-option"><input type="radio" name="allowed" checked={a.allowed === false} data-answer="notAllowed" onChange={() => onChange({ ...a, allowed: false })} />{t('notAllowed')}</label>
          {ex.askReason && a.allowed === false && (
            <label className="pr-row">
              <span>{t('reason')}</span>
              <select value={a.reason ?? ''} data-answer="reason" onChange={(e) => onChange({ allowed: false, reason: e.target.value })}>
                <option value="">— {t('choose')} —</option>
                {ex.reasons.map((r) => <option key={r} value={r}>{cite(r).label[lang]}</option>)}
              </select>
            </label>
          )}
        </fieldset>
      );
    }
    case 'deadline':
      return (
        <label className="pr-row">
          <span>{t('date')}</span>
          <input type="text" inputMode="numeric" placeholder="YYYY-MM-DD" value={typeof value === 'string' ? value : ''} disabled={disabled} data-answer="date" onChange={(e) => onChange(e.target.value)} />
        </label>
      );
    case 'voteOutcome': {
      const a = (value ?? {}) as { quorate?: boolean; adopted?: boolean };
      const yn = (key: 'quorate' | 'adopted') => (
        <label className="pr-row">
          <span>{t(key)}</span>
          <select value={a[key] === undefined ? '' : String(a[key])} data-answer={key} onChange={(e) => onChange({ ...a, [key]: e.target.value === '' ? undefined : e.target.value === 'true' })}>
            <option value="">— {t('choose')} —</option>
            <option value="true">{t('yes')}</option>
            <option value="false">{t('no')}</option>
          </select>
        </label>
      );
      return (
        <fieldset className="pr-grid" disabled={disabled}>
          <table className="pr-roster">
            <tbody>
              {ex.members.map((m) => (
                <tr key={m.id}>
                  <td>{unitNames(m.id)[lang]}{m.id === ex.chairId ? ` (${t('chair')})` : ''}</td>
                  <td>{m.present ? t('present') : t('absent')}</td>
                  <td>{m.present ? t(`vote.${m.vote ?? 'none'}`) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="pr-rules">{voteRulesText(ex.rules)[lang]}</p>
          {yn('quorate')}
          {yn('adopted')}
        </fieldset>
      );
    }
    case 'nextStep': {
      const chosen = Array.isArray(value) ? (value as { type: string }[])[0] : undefined;
      return (
        <fieldset className="pr-options" disabled={disabled}>
          <p>{t('goal')}: <strong data-state={ex.goal}>{stateWords(definitionOf(ex.run.procedure), ex.goal, lang)}</strong></p>
          {ex.palette.map((e, i) => (
            <label key={i} className="pr-option">
              <input type="radio" name="next" checked={chosen !== undefined && eventText(chosen) === eventText(e)} data-event={e.type} data-index={i} onChange={() => onChange([e])} />
              <span>{eventWords(definitionOf(ex.run.procedure), e, lang, namesOfInput(ex.run.input))}</span>
            </label>
          ))}
        </fieldset>
      );
    }
    case 'reachGoal': {
      const seq = Array.isArray(value) ? (value as { type: string }[]) : [];
      return (
        <fieldset className="pr-grid" disabled={disabled}>
          <p>{t('goal')}: <strong data-state={ex.goal}>{stateWords(definitionOf(ex.run.procedure), ex.goal, lang)}</strong> · {t('maxSteps', { n: ex.maxSteps })}</p>
          <div className="pr-palette">
            {ex.palette.map((e, i) => (
              <button key={i} type="button" className="pr-event" data-event={e.type} data-index={i} disabled={seq.length >= ex.maxSteps} onClick={() => onChange([...seq, e])}>{eventWords(definitionOf(ex.run.procedure), e, lang, namesOfInput(ex.run.input))}</button>
            ))}
          </div>
          <p>{t('sequence')}: {seq.length ? seq.map((e) => eventWords(definitionOf(ex.run.procedure), e, lang, namesOfInput(ex.run.input))).join(' → ') : '—'} <button type="button" onClick={() => onChange([])}>{t('clear')}</button></p>
        </fieldset>
      );
    }
    case 'choice':
      return (
        <fieldset className="pr-options" disabled={disabled}>
          {ex.options.map((o, i) => (
            <label key={i} className="pr-option">
              <input type="radio" name="choice" checked={value === i} data-option={i} onChange={() => onChange(i)} />
              {o[lang]}
            </label>
          ))}
        </fieldset>
      );
  }
}
