import { registerNamespace } from '../../i18n/registerNamespace';

/** Strings of the tree view and the search box (namespace 'navigation'). */
const en = {
  tree: 'Hierarchy',
  treeLabel: 'Hierarchy of units',
  hide: 'Hide the hierarchy',
  show: 'Show the hierarchy',
  externals: 'External bodies',
  findings_one: '{{count}} finding',
  findings_other: '{{count}} findings',
  focusBranch: 'Only this branch',
  focusBranchHint: 'Show only the selected unit with its superiors and subordinates',
  focused: 'Branch: {{name}}',
  showAll: 'Show everything',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  searchLabel: 'Find a unit',
  searchPlaceholder: 'Find… (Ctrl+F)',
  results: 'Units found',
  noResults: 'Nothing found',
  more: '{{count}} more: refine the query',
};
type Strings = typeof en;

const ru: Strings = {
  tree: 'Иерархия',
  treeLabel: 'Иерархия подразделений',
  hide: 'Скрыть иерархию',
  show: 'Показать иерархию',
  externals: 'Внешние органы',
  findings_one: '{{count}} замечание',
  findings_other: 'Замечаний: {{count}}',
  focusBranch: 'Только эта ветвь',
  focusBranchHint: 'Показать только выбранное подразделение с вышестоящими и подчинёнными',
  focused: 'Ветвь: {{name}}',
  showAll: 'Показать всё',
  expandAll: 'Развернуть всё',
  collapseAll: 'Свернуть всё',
  searchLabel: 'Найти подразделение',
  searchPlaceholder: 'Поиск… (Ctrl+F)',
  results: 'Найденные подразделения',
  noResults: 'Ничего не найдено',
  more: 'Ещё {{count}}: уточните запрос',
};

const kk: Strings = {
  tree: 'Иерархия',
  treeLabel: 'Бөлімшелер иерархиясы',
  hide: 'Иерархияны жасыру',
  show: 'Иерархияны көрсету',
  externals: 'Сыртқы органдар',
  findings_one: '{{count}} ескерту',
  findings_other: 'Ескертулер: {{count}}',
  focusBranch: 'Тек осы тармақ',
  focusBranchHint: 'Таңдалған бөлімшені жоғары тұрғандарымен және бағыныштыларымен ғана көрсету',
  focused: 'Тармақ: {{name}}',
  showAll: 'Барлығын көрсету',
  expandAll: 'Барлығын ашу',
  collapseAll: 'Барлығын жабу',
  searchLabel: 'Бөлімшені табу',
  searchPlaceholder: 'Іздеу… (Ctrl+F)',
  results: 'Табылған бөлімшелер',
  noResults: 'Ештеңе табылмады',
  more: 'Тағы {{count}}: сұрауды нақтылаңыз',
};

export const NAVIGATION_STRINGS = { kk, ru, en } as const;

registerNamespace('navigation', NAVIGATION_STRINGS);
