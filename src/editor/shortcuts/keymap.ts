import type { LocalizedText } from '../../../models/law/types';

/** The editor's shortcuts, listed once: the handler and the help dialog both read this table. */
export const SHORTCUTS: { keys: string; does: LocalizedText }[] = [
  { keys: 'Ctrl+Z', does: { kk: 'Болдырмау', ru: 'Отменить', en: 'Undo' } },
  { keys: 'Ctrl+Shift+Z · Ctrl+Y', does: { kk: 'Қайталау', ru: 'Повторить', en: 'Redo' } },
  { keys: 'ArrowUp', does: { kk: 'Жоғары тұрғанға өту', ru: 'К вышестоящему', en: 'Go to the superior' } },
  { keys: 'ArrowDown', does: { kk: 'Бірінші бағыныштыға өту', ru: 'К первому подчинённому', en: 'Go to the first subordinate' } },
  { keys: 'ArrowLeft ArrowRight', does: { kk: 'Көршілес бөлімшеге өту', ru: 'К соседнему подразделению', en: 'Go to the previous / next sibling' } },
  { keys: 'Insert · Ctrl+Enter', does: { kk: 'Бағынышты қосу', ru: 'Добавить подчинённое', en: 'Add a subordinate' } },
  { keys: 'F2', does: { kk: 'Атауын өзгерту', ru: 'Переименовать', en: 'Rename' } },
  { keys: 'Delete', does: { kk: 'Жою (бағыныштылары болса, сұрайды)', ru: 'Удалить (с подчинёнными — после вопроса)', en: 'Delete (asks first for a subtree)' } },
  { keys: 'Ctrl+C · Ctrl+V', does: { kk: 'Тармақты көшіру және таңдалғанның астына қою', ru: 'Копировать ветвь и вставить под выбранным', en: 'Copy a branch, paste it under the selected unit' } },
  { keys: 'Ctrl+D', does: { kk: 'Көшірмесін жасау', ru: 'Дублировать', en: 'Duplicate' } },
  { keys: 'Ctrl+F · /', does: { kk: 'Іздеу', ru: 'Поиск', en: 'Search' } },
  { keys: 'Esc', does: { kk: 'Таңдауды алып тастау, осы тізімді жабу', ru: 'Снять выделение, закрыть этот список', en: 'Clear the selection, close this list' } },
  { keys: '?', does: { kk: 'Осы тізім', ru: 'Этот список', en: 'This list' } },
];
