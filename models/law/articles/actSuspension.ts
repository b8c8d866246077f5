import type { Citation } from '../types';

/**
 * Provisions cited by models/procedures/actSuspension (a resolution, қаулы, suspending an act or
 * action for at most three working days; CL art. 37). Labels are our own short wording.
 */
export const actSuspensionArticles = {
  'actSuspension.resolution': {
    act: 'cl',
    article: '37',
    label: {
      kk: 'Прокурор лауазымды және өзге адамның актісін немесе әрекетін үш жұмыс күнінен аспайтын мерзімге тоқтата тұру туралы қаулы шығарады',
      ru: 'Прокурор выносит постановление о приостановлении акта или действия должностного и иного лица на срок не более трёх рабочих дней',
      en: 'A prosecutor issues a resolution suspending an official\'s or another person\'s act or action for at most three working days',
    },
    source: 'manual',
    seedLines: [4234, 4236],
    term: 'үш жұмыс',
  },
  'actSuspension.binding': {
    act: 'cl',
    article: '37',
    label: {
      kk: 'Прокурордың қаулысы ол белгілеген мерзімде міндетті түрде орындалады; қаулыға шағымдану оны тоқтатпайды',
      ru: 'Постановление прокурора обязательно к исполнению в установленный им срок; обжалование его не приостанавливает',
      en: 'The prosecutor\'s resolution binds within the term he sets; complaining of it does not suspend it',
    },
    source: 'manual',
    seedLines: [4244, 4248],
    term: 'тоқтата тұрмайды',
  },
  'actSuspension.lapse': {
    act: 'cl',
    article: '37',
    label: {
      kk: 'Тоқтата тұру мерзімнің соңғы күнінен кейін өзінен-өзі тоқтайды',
      ru: 'Приостановление прекращается само по истечении последнего дня срока',
      en: 'The suspension ends by itself after its last day',
    },
    source: 'reading',
    seedLines: [4234, 4236],
    why: {
      kk: 'Оқулық мерзімнің шегін ғана айтады; мерзім біткенде тоқтату да бітеді деп оқимыз',
      ru: 'Учебник называет только предел срока; мы читаем, что с его истечением кончается и приостановление',
      en: 'The manual gives only the bound of the term; we read that the suspension ends with it',
    },
  },
  'actSuspension.protest': {
    act: 'cl',
    article: '33',
    label: {
      kk: 'Тоқтатылған заңсыз актіге прокурор наразылық келтіре алады',
      ru: 'На приостановленный незаконный акт прокурор может принести протест',
      en: 'The prosecutor may bring a protest against the suspended unlawful act',
    },
    source: 'reading',
    seedLines: [4003, 4026],
    why: {
      kk: 'Тоқтата тұру уақытша шара; актіні жою үшін наразылық (33-бап) керек деп оқимыз',
      ru: 'Приостановление — временная мера; для отмены акта нужен протест (ст. 33)',
      en: 'A suspension is a stopgap; cancelling the act takes a protest (art. 33)',
    },
  },
} as const satisfies Record<string, Citation>;
