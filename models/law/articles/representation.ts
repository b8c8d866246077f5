import type { Citation } from '../types';

/**
 * Provisions cited by models/procedures/representation (ұсыныс, CL art. 36; the claim: art. 39).
 * Labels are our own short wording of what the manual says, not quotations; `seedLines` are the
 * manual's lines and `term` a Kazakh phrase that stands in them.
 */
export const representationArticles = {
  'representation.definition': {
    act: 'cl',
    article: '36',
    label: {
      kk: 'Прокурор заң бұзушылықтарды және оларға ықпал ететін себептер мен жағдайларды жою үшін ұсыныс енгізеді',
      ru: 'Прокурор вносит представление для устранения нарушений закона и причин и условий, им способствующих',
      en: 'A prosecutor brings a representation to remove violations of the law and the causes and conditions behind them',
    },
    source: 'manual',
    seedLines: [4167, 4177],
    term: 'ұсынысты прокурор',
  },
  'representation.term': {
    act: 'cl',
    article: '36',
    label: {
      kk: 'Ұсыныс күнтізбелік отыз күн ішінде, онда көрсетілген бұзушылықтарды жою шаралары қабылдана отырып қаралады',
      ru: 'Представление рассматривается в течение тридцати календарных дней с принятием мер по устранению указанных в нём нарушений',
      en: 'A representation is considered within thirty calendar days, with measures taken to remove the violations it names',
    },
    source: 'manual',
    seedLines: [4179, 4187],
    term: 'күнтізбелік отыз',
  },
  'representation.harmTerm': {
    act: 'cl',
    article: '36',
    label: {
      kk: 'Өмірге, денсаулыққа немесе мемлекет қауіпсіздігіне орны толмас зардап төнсе, ұсыныс прокурор белгілеген мерзімде қаралады',
      ru: 'Если может наступить непоправимый вред жизни, здоровью или безопасности государства, представление рассматривается в срок, установленный прокурором',
      en: 'Where irreparable harm to life, health or the security of the state may occur, the representation is considered within a term the prosecutor sets',
    },
    source: 'manual',
    seedLines: [4183, 4187],
    term: 'орны толмас зардаптың',
  },
  'representation.hearing': {
    act: 'cl',
    article: '36',
    label: {
      kk: 'Орган қарау күніне кемінде үш жұмыс күні қалғанда прокурорға қарау уақыты мен орнын хабарлайды; прокурор қатыса алады',
      ru: 'Орган не позднее чем за три рабочих дня до рассмотрения сообщает прокурору его время и место; прокурор вправе участвовать',
      en: 'The body tells the prosecutor the time and place at least three working days before the hearing; the prosecutor may attend',
    },
    source: 'manual',
    seedLines: [4189, 4196],
    term: 'үш жұмыс күні',
  },
  'representation.measures': {
    act: 'cl',
    article: '36',
    label: {
      kk: 'Ұсынысты қарау бұзушылықтарды жою шараларын қабылдаумен жүреді',
      ru: 'Рассмотрение представления сопровождается принятием мер по устранению нарушений',
      en: 'Considering a representation goes with taking measures to remove the violations',
    },
    source: 'manual',
    seedLines: [4179, 4181],
    term: 'шараларды қабылдай',
  },
  'representation.claim': {
    act: 'cl',
    article: '39',
    label: {
      kk: 'Қадағалау актісі қабылданбаса не қараусыз қалса, прокурор сотқа жүгінеді',
      ru: 'Если акт надзора не принят или оставлен без рассмотрения, прокурор обращается в суд',
      en: 'When an act of supervision is not accepted or is left unconsidered, the prosecutor goes to court',
    },
    source: 'manual',
    seedLines: [4264, 4274],
    term: 'қараусыз',
  },
} as const satisfies Record<string, Citation>;
