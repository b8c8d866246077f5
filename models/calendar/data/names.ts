import type { LocalizedText } from '../../law';
import type { HolidayId } from '../types';

/** Holiday names in our three languages. */
export const HOLIDAY_NAMES: Record<HolidayId, LocalizedText> = {
  newYear: { kk: 'Жаңа жыл', ru: 'Новый год', en: 'New Year' },
  orthodoxChristmas: { kk: 'Православиелік Рождество', ru: 'Православное Рождество', en: 'Orthodox Christmas' },
  womensDay: { kk: 'Халықаралық әйелдер күні', ru: 'Международный женский день', en: "International Women's Day" },
  nauryz: { kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы', en: 'Nauryz' },
  unityDay: { kk: 'Қазақстан халқының бірлігі мерекесі', ru: 'Праздник единства народа Казахстана', en: 'Unity Day of the People of Kazakhstan' },
  defenderDay: { kk: 'Отан Қорғаушы күні', ru: 'День защитника Отечества', en: 'Defender of the Fatherland Day' },
  victoryDay: { kk: 'Жеңіс күні', ru: 'День Победы', en: 'Victory Day' },
  capitalDay: { kk: 'Астана күні', ru: 'День Столицы', en: 'Capital Day' },
  kurbanAit: { kk: 'Құрбан айт', ru: 'Курбан айт', en: 'Kurban Ait' },
  constitutionDay: { kk: 'Қазақстан Республикасының Конституциясы күні', ru: 'День Конституции Республики Казахстан', en: 'Constitution Day' },
  republicDay: { kk: 'Республика күні', ru: 'День Республики', en: 'Republic Day' },
  independenceDay: { kk: 'Тәуелсіздік күні', ru: 'День Независимости', en: 'Independence Day' },
  firstPresidentDay: { kk: 'Қазақстан Республикасының Тұңғыш Президенті күні', ru: 'День Первого Президента Республики Казахстан', en: 'First President Day' },
};

export const TRANSFER_NAMES: Record<'transfer' | 'workedWeekend', LocalizedText> = {
  transfer: { kk: 'Ауыстырылған демалыс күні', ru: 'Перенесённый выходной день', en: 'Transferred day off' },
  workedWeekend: { kk: 'Жұмыс күні (демалыс ауыстырылды)', ru: 'Рабочий день (перенос выходного)', en: 'Working day (day off transferred)' },
};
