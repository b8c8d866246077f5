/** The shell's words in English. Keys are shared by kk.ts and ru.ts; a missing key is a type error there. */
export const en = {
  app: {
    title: 'Prokuratura Studio',
    tagline: 'The prosecution service of Kazakhstan',
    language: 'Language',
    lawEdition: 'Edition of the law',
  },
  nav: { diagram: 'Diagram', simulator: 'Simulator' },
  toolbar: {
    template: 'Template',
    layers: 'Layers',
    direction: 'Direction',
    down: 'Top down',
    right: 'Left to right',
    fitAll: 'Fit all',
    fitTop: 'Top of the hierarchy',
    relayout: 'Tidy up',
  },
  relation: {
    subordination: 'Subordination',
    appointment: 'Appointment',
    accountability: 'Accountability',
    councilMember: 'Council membership',
    councilChair: 'Chairs the council',
    supervision: 'Supervision',
  },
  findings: {
    title: 'Findings',
    none: 'No findings: the document follows every rule.',
    count_one: '{{count}} finding',
    count_other: '{{count}} findings',
    error: 'Error',
    warning: 'Warning',
    info: 'Note',
    zoomTo: 'Show on the diagram',
  },
  status: {
    layingOut: 'Laying out…',
    units_one: '{{count}} unit',
    units_other: '{{count}} units',
  },
  file: {
    open: 'Open…',
    refused: 'The file was not opened; your document is unchanged.',
    dismiss: 'Close',
  },
  legend: { title: 'Legend' },
};

/** Same keys, any strings; Russian may add the plural forms English lacks. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> } & { [k: `${string}_few` | `${string}_many`]: string };
export type Messages = Widen<typeof en>;
