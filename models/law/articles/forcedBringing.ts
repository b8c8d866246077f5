import type { Citation } from '../types';

/**
 * Provisions cited by models/procedures/forcedBringing (привод, күштеп әкелу; CL art. 26 as the manual
 * gives it, items 7–15). Labels are our own short wording; the night hours are our reading.
 */
export const forcedBringingArticles = {
  'forcedBringing.duty': {
    act: 'cl',
    article: '26',
    label: {
      kk: 'Жеке және лауазымды адамдар прокурордың талабы бойынша ол белгілеген уақытта түсініктеме беру үшін келуге міндетті',
      ru: 'Физические и должностные лица обязаны явиться по требованию прокурора в назначенное им время для дачи объяснений',
      en: 'Persons and officials must come at the time the prosecutor sets to give explanations',
    },
    source: 'manual',
    seedLines: [5124, 5136],
    term: 'түсініктемелер беру үшін келуге міндетті',
  },
  'forcedBringing.summons': {
    act: 'cl',
    article: '26',
    label: {
      kk: 'Шақыру уақтылы келуге жеткілікті мерзімде хабарлама арқылы жіберіледі; келе алмайтын адам прокурорды алдын ала хабардар етеді',
      ru: 'Вызов направляется уведомлением заблаговременно, чтобы успеть явиться; не могущий явиться заранее сообщает прокурору',
      en: 'A summons is sent by notice in good time to come; a person who cannot come tells the prosecutor beforehand',
    },
    source: 'manual',
    seedLines: [5137, 5163],
    term: 'алдын ала',
  },
  'forcedBringing.order': {
    act: 'cl',
    article: '26',
    label: {
      kk: 'Дәлелсіз себеппен келмеген адам тізімдегі басшының уәжді қаулысы бойынша күштеп әкелінуі мүмкін; қаулыны ішкі істер органы орындайды',
      ru: 'Не явившееся без уважительной причины лицо может быть подвергнуто приводу по мотивированному постановлению названного руководителя; исполняет орган внутренних дел',
      en: 'A person who stayed away without a good reason may be brought by force on a reasoned resolution of a listed head; the police carry it out',
    },
    source: 'manual',
    seedLines: [5165, 5185],
    term: 'уәжді қаулысы',
  },
  'forcedBringing.noNight': {
    act: 'cl',
    article: '26',
    label: {
      kk: 'Күштеп әкелу түнгі уақытта жүргізілмейді',
      ru: 'Привод в ночное время не производится',
      en: 'No forced bringing at night',
    },
    source: 'manual',
    seedLines: [5187, 5189],
    term: 'түнгі уақытта жүргізілмейді',
  },
  'forcedBringing.nightHours': {
    act: 'cl',
    article: '26',
    label: {
      kk: 'Түнгі уақыт — сағат 22:00-ден 06:00-ге дейін',
      ru: 'Ночное время — с 22:00 до 06:00',
      en: 'Night time is 22:00 to 06:00',
    },
    source: 'reading',
    seedLines: [5187, 5189],
    why: {
      kk: 'Оқулық түнгі уақыттың сағаттарын атамайды; процестік кодекстердегі әдеттегі шекті аламыз',
      ru: 'Учебник не называет часов ночного времени; берём обычную границу процессуальных кодексов',
      en: 'The manual names no hours for night time; we take the usual bound of the procedural codes',
    },
  },
  'forcedBringing.child': {
    act: 'cl',
    article: '26',
    label: {
      kk: 'Он төрт жасқа дейінгі кәмелетке толмағандар күштеп әкелінбейді',
      ru: 'Несовершеннолетние до четырнадцати лет приводу не подлежат',
      en: 'A child under fourteen is never brought by force',
    },
    source: 'manual',
    seedLines: [5191, 5201],
    term: 'төрт жасқа дейінгі',
  },
  'forcedBringing.representative': {
    act: 'cl',
    article: '26',
    label: {
      kk: 'Он сегіз жасқа толмаған адам заңды өкілі хабардар етілмей күштеп әкелінбейді',
      ru: 'Лицо до восемнадцати лет не подлежит приводу без уведомления его законного представителя',
      en: 'A person under eighteen is not brought without notice to the legal representative',
    },
    source: 'manual',
    seedLines: [5193, 5201],
    term: 'заңды өкілі хабардар етілмей',
  },
  'forcedBringing.pregnant': {
    act: 'cl',
    article: '26',
    label: {
      kk: 'Жүкті әйелдер күштеп әкелінбейді',
      ru: 'Беременные женщины приводу не подлежат',
      en: 'A pregnant woman is never brought by force',
    },
    source: 'manual',
    seedLines: [5195, 5201],
    term: 'жүкті әйелдер',
  },
  'forcedBringing.certificate': {
    act: 'cl',
    article: '26',
    label: {
      kk: 'Денсаулығына байланысты дәрігер куәландырған, орнын тастап кете алмайтын адам күштеп әкелінбейді',
      ru: 'Не подлежит приводу лицо, которое по состоянию здоровья, удостоверенному врачом, не может покинуть место пребывания',
      en: 'A person whom a doctor certifies unable to leave for health reasons is never brought by force',
    },
    source: 'manual',
    seedLines: [5197, 5203],
    term: 'дәрігердің куәландыруы',
  },
} as const satisfies Record<string, Citation>;
