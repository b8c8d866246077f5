import type { Citation } from '../types';

/**
 * What the 2026 edition changes for the prosecution (fidelity-audit.md §4; models/law/editions).
 * Ids are prefixed 'constitution2026.'. We have read announcements and press reports of the
 * Constitution approved on 15 March 2026, not its final text: no article number is given, and
 * each entry says how far the statement is established. The labels are our own wording.
 */
export const constitution2026Articles = {
  'constitution2026.kurultai': {
    act: 'constitution',
    article: null,
    source: 'reading',
    why: {
      kk: 'Ресми хабарламалар бойынша (расталған): 2026 жылғы 1 шілдеден бір палаталы Құрылтай Сенат пен Мәжілістің орнына келеді; соңғы мәтіннің бабын біз оқымадық',
      ru: 'По официальным сообщениям (подтверждено): с 1 июля 2026 года однопалатный Курултай заменяет Сенат и Мажилис; статью окончательного текста мы не читали',
      en: 'From official announcements (confirmed): from 1 July 2026 a single-chamber Kurultai replaces the Senate and the Mazhilis; we have not read the article of the final text',
    },
    label: {
      kk: '2026 жылғы Конституция: Сенат жоқ; бір палаталы парламент — Құрылтай',
      ru: 'Конституция 2026 года: Сената нет; однопалатный парламент — Курултай',
      en: 'Constitution of 2026: no Senate; the single-chamber parliament is the Kurultai',
    },
  },
  'constitution2026.gpTerm': {
    act: 'constitution',
    article: null,
    source: 'reading',
    why: {
      kk: 'Хабарланған: Конституциялық реформа комиссиясындағы мәлімдеме (2026 ж. 26 қаңтар) және Президенттің жоба туралы сөзі (2026 ж. 12 наурыз); соңғы мәтінмен тексерілмеген',
      ru: 'Сообщалось: заявление на Комиссии по конституционной реформе (26 января 2026) и слова Президента о проекте (12 марта 2026); по окончательному тексту не проверено',
      en: 'Reported: a statement at the Constitutional Reform Commission (26 Jan 2026) and the President on the draft (12 Mar 2026); not checked against the final text',
    },
    label: {
      kk: 'Бас Прокурордың бес жылдық мерзімі алынып тасталды; бір адам бұл қызметке бір реттен артық тағайындалмайды',
      ru: 'Пятилетний срок Генерального Прокурора снят; одно и то же лицо не может быть назначено на эту должность более одного раза',
      en: 'The General Prosecutor\'s 5-year term is removed; the same person may not be appointed more than once',
    },
  },
  'constitution2026.gpAppointment': {
    act: 'constitution',
    article: null,
    source: 'reading',
    why: {
      kk: 'Ашық сұрақ: Құрылтайдың келісімін қажет ететін лауазымдардың ресми тізімінде Бас Прокурор жоқ, ал бір түсіндірме мақала келісім қажет дейді; соңғы мәтін көрілмеген',
      ru: 'Открытый вопрос: в официальном списке должностей, требующих согласия Курултая, Генерального Прокурора нет, а одна пояснительная статья говорит, что согласие нужно; окончательный текст не видели',
      en: 'Open question: the official list of posts needing the Kurultai\'s consent omits the General Prosecutor, while one explainer says consent is needed; the final text was not seen',
    },
    label: {
      kk: 'Бас Прокурорды Президент тағайындайды; Құрылтайдың келісімі қажет пе — тексерілмеген',
      ru: 'Генерального Прокурора назначает Президент; нужно ли согласие Курултая — не проверено',
      en: 'The President appoints the General Prosecutor; whether the Kurultai\'s consent is needed is unverified',
    },
  },
  'constitution2026.gpImmunity': {
    act: 'constitution',
    article: null,
    source: 'reading',
    why: {
      kk: 'Хабарланған: Әділет министрінің 2026 ж. 26 қаңтардағы сөзі, реформа әлі 1995 жылғы мәтінге түзету ретінде жоспарланған кезде; соңғы мәтінмен тексерілмеген',
      ru: 'Сообщалось: слова Министра юстиции 26 января 2026 года, когда реформа ещё готовилась как поправка к тексту 1995 года; по окончательному тексту не проверено',
      en: 'Reported: the Minister of Justice on 26 Jan 2026, while the reform was still planned as an amendment of the 1995 text; not checked against the final text',
    },
    label: {
      kk: 'Өкілеттік мерзімі ішінде Бас Прокурорды Президенттің келісімінсіз ұстауға, қамауға алуға, күштеп әкелуге, сот тәртібімен әкімшілік жазаға тартуға, қылмыстық жауапкершілікке тартуға болмайды (қылмыс үстінде ұсталғанда не ауыр қылмыстардан басқа)',
      ru: 'В течение срока полномочий Генеральный Прокурор не может быть без согласия Президента задержан, арестован, подвергнут приводу, мерам административного взыскания в судебном порядке, привлечён к уголовной ответственности (кроме задержания на месте преступления и тяжких преступлений)',
      en: 'During his term the General Prosecutor may not, without the President\'s consent, be detained, arrested, brought by force, given a court-imposed administrative penalty or held criminally liable (except when caught in the act or for grave crimes)',
    },
  },
  'constitution2026.gpAccountability': {
    act: 'constitution',
    article: null,
    source: 'reading',
    why: {
      kk: 'Өзгергені туралы дерек жоқ; прокуратураның тек Президентке есеп беруі жаңа мәтінде сақталды ма — тексерілмеген',
      ru: 'Сведений об изменении нет; сохранилась ли в новом тексте подотчётность прокуратуры только Президенту — не проверено',
      en: 'No change is known; whether the new text keeps the prosecution accountable to the President only is unverified',
    },
    label: {
      kk: 'Бас Прокурор Президентке есеп береді (2023 жылғыдай, тексерілмеген)',
      ru: 'Генеральный Прокурор подотчётен Президенту (как в 2023 году, не проверено)',
      en: 'The General Prosecutor is accountable to the President (as in 2023; unverified)',
    },
  },
} satisfies Record<`constitution2026.${string}`, Citation>;
