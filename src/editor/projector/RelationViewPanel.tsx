import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ArrowLeft } from 'lucide-react';
import type { Lang } from '../../../models/law/types';
import { consentPhrase } from '../../../models/org/consent';
import { kindFamily, kindLabel } from '../../../models/org/kinds';
import { appointees, appointmentChain, councilSeats, type SeatRole } from '../../../models/org/relationViews';
import type { OrgDocument, UnitId } from '../../../models/org/types';
import { cardStyle } from '../../export/scene';
import { estimateWidth, wrapText } from '../../export/wrap';
import type { RelationView } from '../store/editorStore';
import { useEditor } from '../store/useEditor';
import './i18n';

const CARD_W = 230;
const CARD_H = 84;
const NAME_SIZE = 15;

/** A card of the focused views: the family's colours, the kind, the name in up to three lines, a role line. */
function Card({ doc, id, x, y, lang, role, roleText, testId }: { doc: OrgDocument; id: UnitId; x: number; y: number; lang: Lang; role?: SeatRole | 'centre'; roleText?: string; testId?: string }) {
  const unit = doc.units[id];
  if (!unit) return null;
  const st = cardStyle(unit.kind);
  const lines = wrapText(unit.name[lang], CARD_W - 20, NAME_SIZE, true, estimateWidth).slice(0, 4);
  const h = CARD_H + Math.max(0, lines.length - 2) * NAME_SIZE * 1.2;
  return (
    <g className={`rv-card rv-${role ?? 'plain'} family-${kindFamily(unit.kind)}`} data-unit={id} data-role={role} data-testid={testId} transform={`translate(${x - CARD_W / 2} ${y - h / 2})`}>
      <rect width={CARD_W} height={h} rx={role === 'centre' ? 22 : 8} fill={st.fill} stroke={role === 'chair' ? '#b45309' : st.stroke} strokeWidth={role === 'chair' ? 4 : 2} strokeDasharray={role === 'invited' ? '6 4' : undefined} />
      <text x={10} y={17} fontSize={11} fontWeight={700} fill={st.accent}>{kindLabel(unit.kind)[lang].toLocaleUpperCase(lang)}</text>
      <text fontSize={NAME_SIZE} fontWeight={600} fill={st.text}>
        {lines.map((l, i) => <tspan key={i} x={10} y={36 + i * NAME_SIZE * 1.2}>{l}</tspan>)}
      </text>
      {roleText && (
        <text x={10} y={h - 9} fontSize={12.5} fontWeight={700} fill={role === 'chair' ? (kindFamily(unit.kind) === 'generalOffice' ? '#facc15' : '#92400e') : role === 'invited' ? '#3730a3' : '#065f46'} className="rv-role">{roleText}</text>
      )}
    </g>
  );
}

function CouncilView({ doc, council, lang }: { doc: OrgDocument; council: UnitId; lang: Lang }) {
  const { t } = useTranslation('view');
  const seats = councilSeats(doc, council);
  const n = Math.max(seats.length, 1);
  // The members on an ellipse around the council, wide enough that the cards do not touch.
  const rx = Math.max(340, ((n * (CARD_W + 16)) / (2 * Math.PI)) * 1.05);
  const ry = Math.max(220, rx * 0.56);
  const w = 2 * rx + CARD_W + 30;
  const h = 2 * ry + CARD_H + 60;
  const cx = w / 2;
  const cy = h / 2;
  const place = seats.map((s, i) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return { ...s, x: cx + rx * Math.cos(a), y: cy + ry * Math.sin(a) };
  });
  const roleText = (r: SeatRole) => t(r === 'chair' ? 'chair' : r === 'invited' ? 'invited' : 'member');
  return (
    <>
      <p className="rv-summary" data-testid="rv-summary">
        {t('membersCount', { count: seats.filter((s) => s.role !== 'invited').length })}
        {seats.some((s) => s.role === 'invited') ? ` · ${t('invited')}: ${seats.filter((s) => s.role === 'invited').length}` : ''}
      </p>
      {seats.length === 0 && <p className="muted">{t('noMembers')}</p>}
      <svg className="rv-svg" viewBox={`0 0 ${w} ${h}`} preserveAspectRatio="xMidYMid meet" role="img" aria-label={t('councilTitle', { name: doc.units[council]?.name[lang] ?? council })}>
        {place.map((p) => (
          <line key={`l-${p.unit}`} x1={cx} y1={cy} x2={p.x} y2={p.y} stroke={p.role === 'chair' ? '#b45309' : p.role === 'invited' ? '#6366f1' : '#059669'} strokeWidth={p.role === 'chair' ? 4 : 2} strokeDasharray={p.role === 'invited' ? '8 6' : undefined} />
        ))}
        <Card doc={doc} id={council} x={cx} y={cy} lang={lang} role="centre" testId="rv-centre" />
        {place.map((p) => <Card key={p.unit} doc={doc} id={p.unit} x={p.x} y={p.y} lang={lang} role={p.role} roleText={roleText(p.role)} testId="rv-seat" />)}
      </svg>
    </>
  );
}

function AppointmentView({ doc, unit, lang }: { doc: OrgDocument; unit: UnitId; lang: Lang }) {
  const { t } = useTranslation('view');
  // Top down: the first appointer at the top, the unit at the bottom.
  const chain = appointmentChain(doc, unit).reverse();
  const column = [...chain.map((l) => l.by), unit];
  const gap = 150;
  const w = 1000;
  const h = column.length * (CARD_H + gap) - gap + 60;
  const x = 330;
  const yOf = (i: number) => 30 + CARD_H / 2 + i * (CARD_H + gap);
  const name = (id: UnitId) => doc.units[id]?.name[lang] ?? id;
  const consentOf = (id: UnitId) => {
    const u = doc.units[id];
    return u ? consentPhrase(u, lang) : name(id);
  };
  const below = appointees(doc, unit);
  return (
    <>
      {chain.length === 0 && <p className="muted" data-testid="rv-no-appointer">{t('noAppointer')}</p>}
      <svg className="rv-svg" viewBox={`0 0 ${w} ${h}`} preserveAspectRatio="xMidYMin meet" role="img" aria-label={t('appointmentTitle', { name: name(unit) })}>
        <defs>
          <marker id="rv-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
            <path d="M0 1 L10 5 L0 9 z" fill="#2563eb" />
          </marker>
        </defs>
        {chain.map((l, i) => {
          const y1 = yOf(i) + CARD_H / 2;
          const y2 = yOf(i + 1) - CARD_H / 2 - 4;
          const mid = (y1 + y2) / 2;
          return (
            <g key={`${l.by}-${l.unit}`} className="rv-link" data-testid="rv-link" data-by={l.by} data-unit={l.unit} data-consent={l.consentOf}>
              <line x1={x} y1={y1} x2={x} y2={y2} stroke="#2563eb" strokeWidth={3} strokeDasharray="10 5" markerEnd="url(#rv-arrow)" />
              <text x={x + 14} y={mid - (l.consentOf ? 8 : -5)} fontSize={15} fontWeight={700} fill="#1d4ed8">{t('appoints')}</text>
              {l.consentOf && (
                <>
                  <line x1={x} y1={mid} x2={x + 360 - CARD_W / 2} y2={mid} stroke="#7c3aed" strokeWidth={2} strokeDasharray="3 4" />
                  <text x={x + 14} y={mid + 20} fontSize={14} fill="#6d28d9" data-testid="rv-consent-label">{consentOf(l.consentOf)}</text>
                  <Card doc={doc} id={l.consentOf} x={x + 360} y={mid} lang={lang} />
                </>
              )}
            </g>
          );
        })}
        {column.map((id, i) => <Card key={`${id}-${i}`} doc={doc} id={id} x={x} y={yOf(i)} lang={lang} role={id === unit ? 'centre' : undefined} testId={id === unit ? 'rv-centre' : 'rv-appointer'} />)}
      </svg>
      {below.length > 0 && (
        <details className="rv-below">
          <summary>{t('appointsOthers', { count: below.length })}</summary>
          <ul>{below.map((id) => <li key={id}>{name(id)}</li>)}</ul>
        </details>
      )}
    </>
  );
}

/** A focused view of one unit's relations over the canvas: the council with its members, or who appoints the unit. */
export function RelationViewPanel({ view, lang, onClose }: { view: RelationView; lang: Lang; onClose: () => void }) {
  const { t } = useTranslation('view');
  const doc = useEditor((s) => s.doc);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), [view]);
  const name = doc.units[view.unit]?.name[lang] ?? view.unit;
  return (
    <section
      className="relation-view"
      data-testid="relation-view"
      data-kind={view.kind}
      aria-labelledby="relation-view-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header className="rv-head">
        <button type="button" ref={close} onClick={onClose} data-testid="relation-view-close">
          <ArrowLeft aria-hidden="true" size={16} /> {t('closeView')}
        </button>
        <h2 id="relation-view-title">{t(view.kind === 'council' ? 'councilTitle' : 'appointmentTitle', { name })}</h2>
      </header>
      <div className="rv-body">
        {view.kind === 'council' ? <CouncilView doc={doc} council={view.unit} lang={lang} /> : <AppointmentView doc={doc} unit={view.unit} lang={lang} />}
      </div>
    </section>
  );
}
