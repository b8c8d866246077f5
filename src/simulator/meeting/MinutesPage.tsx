import { useTranslation } from 'react-i18next';
import { cite } from '../../../models/law';
import { CitationView } from '../../law/CitationView';
import { Printer } from 'lucide-react';
import type { Lang } from '../../../models/law/types';
import type { OrgDocument } from '../../../models/org/types';
import { majorityCitation, MAJORITY_LABELS, quorumCitation, type CouncilVoteContext, type Decision } from '../../../models/procedures/councilVote';
import { bodyUnitName, memberName } from './model';
import { decisionTally, ruleSentence } from './tallyView';
import './i18n';
import '../../styles/meeting.css';

interface Props {
  ctx: CouncilVoteContext;
  doc: OrgDocument;
  lang: Lang;
  onClose?: () => void;
}

/** Each permanent member, in the roster's order, with their vote on the item; absent when not in the record. */
function Ballots({ d, ctx, name }: { d: Decision; ctx: CouncilVoteContext; name: (id: string) => string }) {
  const { t } = useTranslation('meeting');
  const ballots = d.ballots;
  if (!ballots) return null;
  return (
    <table className="minutes-ballots" data-testid={`ballots-${d.itemId}`}>
      <thead>
        <tr>
          <th>{t('minutes.member')}</th>
          <th>{t('minutes.vote')}</th>
        </tr>
      </thead>
      <tbody>
        {ctx.body.permanentMembers.map((id) => {
          const b = ballots[id] ?? 'absent';
          return (
            <tr key={id} data-member={id}>
              <td>{name(id)}</td>
              <td className={`ballot-${b}`} data-ballot={b}>{t(`ballot.${b}`)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Who signs the minutes: the chair by name, a secretary, lines to sign on, and the date of the session. */
function Signatures({ ctx, chair }: { ctx: CouncilVoteContext; chair: string }) {
  const { t } = useTranslation('meeting');
  return (
    <section className="minutes-signatures" data-testid="minutes-signatures">
      <div className="sig" data-testid="sign-chair">
        <span className="sig-role">{t('minutes.chair')}</span>
        <span className="sig-name">{chair}</span>
        <span className="sig-field"><span className="sig-line" /><small>{t('minutes.signature')}</small></span>
      </div>
      <div className="sig" data-testid="sign-secretary">
        <span className="sig-role">{t('minutes.secretary')}</span>
        <span className="sig-field"><span className="sig-line" /><small>{t('minutes.fullName')}</small></span>
        <span className="sig-field"><span className="sig-line" /><small>{t('minutes.signature')}</small></span>
      </div>
      <div className="sig" data-testid="sign-date">
        <span className="sig-role">{t('minutes.date')}</span>
        <span className="sig-name">{ctx.date}</span>
      </div>
    </section>
  );
}

/** The printable minutes: body, date, kind of session, attendance, each item with its votes by name, outcome, rule and article, and the signatures. */
export function MinutesPage({ ctx, doc, lang, onClose }: Props) {
  const { t } = useTranslation('meeting');
  const name = (id: string) => memberName(ctx, doc, id, lang);
  const list = (ids: string[]) => (ids.length === 0 ? t('minutes.nobody') : ids.map(name).join('; '));
  const present = ctx.body.permanentMembers.filter((id) => ctx.present.includes(id));
  const absent = ctx.body.permanentMembers.filter((id) => !ctx.present.includes(id));
  const invited = ctx.body.invited.filter((id) => ctx.present.includes(id));
  const members = ctx.body.permanentMembers.length;
  const heading = bodyUnitName(ctx, doc, lang) ?? `${t(`body.${ctx.body.kind}`)}${ctx.body.level ? ` (${t(`level.${ctx.body.level}`)})` : ''}`;
  const laws = [...new Set([quorumCitation(ctx.body.kind), majorityCitation(ctx.body.kind), 'council.invited' as const])].map(cite);
  return (
    <article className="minutes-page" data-testid="minutes">
      <div className="minutes-tools no-print">
        <button type="button" onClick={() => window.print()} data-testid="minutes-print"><Printer aria-hidden="true" size={16} /> {t('minutes.print')}</button>
        {onClose && <button type="button" onClick={onClose} data-testid="minutes-close">{t('minutes.hide')}</button>}
      </div>
      <h2>{t('minutes.heading')}</h2>
      <p className="minutes-body">{heading}</p>
      <dl>
        <dt>{t('minutes.date')}</dt>
        <dd data-testid="minutes-date">{ctx.date}</dd>
        <dt>{t('minutes.kind')}</dt>
        <dd>{t(`sessionKind.${ctx.sessionKind ?? 'none'}`)}</dd>
        <dt>{t('minutes.chair')}</dt>
        <dd>{name(ctx.body.chairId)}</dd>
        <dt>{t('minutes.attendance')}</dt>
        <dd>{t('quorum.meter', { present: ctx.quorum.present, permanent: ctx.quorum.permanent, needed: ctx.quorum.needed })}</dd>
        <dt>{t('minutes.presentList')}</dt>
        <dd>{list(present)}</dd>
        <dt>{t('minutes.absentList')}</dt>
        <dd>{list(absent)}</dd>
        <dt>{t('minutes.invitedList')}</dt>
        <dd>{list(invited)}</dd>
      </dl>
      <h3>{t('minutes.items')}</h3>
      {ctx.decisions.length === 0 && <p>{t('minutes.noItems')}</p>}
      <ol className="minutes-items">
        {ctx.decisions.map((d) => (
          <li key={d.itemId} data-item={d.itemId}>
            <b>{d.itemId}</b>
            {d.title && <> — {d.title}</>}
            <div>
              {t('vote.for')}: {d.for}; {t('vote.against')}: {d.against}; {t('vote.abstain')}: {d.abstain}; {t('minutes.presentCount')}: {d.present}
            </div>
            <div className={d.adopted ? 'adopted' : 'rejected'}>
              <b>{d.adopted ? t('tally.adopted') : t('tally.rejected')}</b> — {ruleSentence(decisionTally(d, ctx), members, t)}
            </div>
            <div className="muted">
              {t('minutes.rule')}: {MAJORITY_LABELS[d.rule][lang]} — <CitationView id={majorityCitation(ctx.body.kind)} lang={lang} />
            </div>
            <Ballots d={d} ctx={ctx} name={name} />
          </li>
        ))}
      </ol>
      <h3>{t('minutes.law')}</h3>
      <ul className="minutes-law">
        {laws.map((c) => (
          <li key={c.id}>
            <CitationView id={c.id} lang={lang} /> — {c.label[lang]}
          </li>
        ))}
      </ul>
      <Signatures ctx={ctx} chair={name(ctx.body.chairId)} />
    </article>
  );
}
