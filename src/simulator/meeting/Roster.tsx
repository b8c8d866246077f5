import { useTranslation } from 'react-i18next';
import type { AnyMachineSnapshot } from 'xstate';
import type { Lang } from '../../../models/law/types';
import type { OrgDocument } from '../../../models/org/types';
import { MemberRow } from './MemberRow';
import { ctxOf, memberName, stateOf, type Send } from './model';

interface Props {
  snapshot: AnyMachineSnapshot;
  doc: OrgDocument;
  lang: Lang;
  onSend: Send;
}

/** Chair and permanent members, then invited participants (marked: they never vote). */
export function Roster({ snapshot, doc, lang, onSend }: Props) {
  const { t } = useTranslation('meeting');
  const ctx = ctxOf(snapshot);
  const voting = stateOf(snapshot) === 'voting';
  const row = (id: string, role: 'chair' | 'permanent' | 'invited') => (
    <MemberRow key={id} id={id} name={memberName(ctx, doc, id, lang)} role={role} snapshot={snapshot} voting={voting} lang={lang} onSend={onSend} />
  );
  return (
    <section className="meeting-panel roster" data-testid="meeting-roster">
      <h3>{t('roster.permanent')} · {ctx.body.permanentMembers.length}</h3>
      <ul className="members">{ctx.body.permanentMembers.map((id) => row(id, id === ctx.body.chairId ? 'chair' : 'permanent'))}</ul>
      {ctx.body.invited.length > 0 && (
        <>
          <h3>{t('roster.invited')} · {ctx.body.invited.length}</h3>
          <ul className="members">{ctx.body.invited.map((id) => row(id, 'invited'))}</ul>
        </>
      )}
    </section>
  );
}
