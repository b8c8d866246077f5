import { names } from './text';
import type { Finding, OrgRule } from './types';

/** Exactly one General Prosecutor's Office, and it answers to no unit (CL art. 5.1, 7). */
export const singleRoot: OrgRule = {
  code: 'singleRoot',
  title: { kk: 'Бір ғана Бас прокуратура', ru: 'Одна Генеральная прокуратура', en: 'One General Prosecutor\'s Office' },
  check(ctx) {
    const roots = ctx.byKind.get('generalOffice') ?? [];
    const out: Finding[] = [];
    if (roots.length === 0) {
      out.push({
        code: 'singleRoot.missing', severity: 'error', units: [], citation: 'org.generalOffice', values: { count: 0 },
        message: {
          kk: 'Құжатта Бас прокуратура жоқ: жүйені ол басқарады',
          ru: 'В документе нет Генеральной прокуратуры: она возглавляет систему',
          en: 'The document has no General Prosecutor\'s Office: it heads the system',
        },
      });
    } else if (roots.length > 1) {
      out.push({
        code: 'singleRoot.multiple', severity: 'error', units: roots.map((u) => u.id), citation: 'org.generalOffice', values: { count: roots.length },
        message: {
          kk: `Бас прокуратура біреу болуы керек, ал құжатта ${roots.length}`,
          ru: `Генеральная прокуратура должна быть одна, а в документе их ${roots.length}`,
          en: `There must be one General Prosecutor's Office; the document has ${roots.length}`,
        },
      });
    }
    for (const root of roots) {
      if (root.parentId === undefined) continue;
      const n = names(root);
      const p = names(ctx.get(root.parentId), root.parentId);
      out.push({
        code: 'singleRoot.hasParent', severity: 'error', units: [root.id], citation: 'org.system', values: { parentId: root.parentId },
        message: {
          kk: `${n.kk} ешкімге бағынбайды, бірақ ${p.kk} астына қойылған`,
          ru: `${n.ru} никому не подчиняется, но помещена под ${p.ru}`,
          en: `${n.en} answers to no unit but is placed under ${p.en}`,
        },
      });
    }
    return out;
  },
};
