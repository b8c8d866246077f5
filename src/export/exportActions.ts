/**
 * The export actions as plain functions of what the editor shows: the menu
 * calls them, each builds its file with the pure builders and saves it.
 */
import { toOrgFile } from '../../models/org/schema';
import { canvasMeasure, download, fileBase, printPages, printSvg, svgToPng, type Paper } from './browser';
import { branchPages, tilePages } from './tiles';
import { toDrawio } from './drawio';
import { toSvg } from './svg';
import type { ExportFormat, ExportInput, PrintLayout } from './selection';

export type { ExportFormat, ExportInput, PrintLayout } from './selection';

/** Builds and saves one file; resolves with the file name. */
export async function exportAs(format: ExportFormat, input: ExportInput): Promise<string> {
  const { doc, geometry, lang, layers, selection } = input;
  const heading = input.title ?? doc.title[lang];
  const base = fileBase(heading);
  const orgJson = () => JSON.stringify(toOrgFile(doc), null, 2);
  const svgOf = () => toSvg(doc, geometry, { lang, layers, selection, heading, measure: canvasMeasure() });
  switch (format) {
    case 'json': {
      const name = `${base}.prokuratura.json`;
      download(orgJson(), name, 'application/json');
      return name;
    }
    case 'svg': {
      const name = `${base}.svg`;
      download(svgOf(), name, 'image/svg+xml');
      return name;
    }
    case 'png': {
      const name = `${base}.png`;
      const bytes = await svgToPng(svgOf(), JSON.stringify(toOrgFile(doc)));
      download(bytes, name, 'image/png');
      return name;
    }
    case 'drawio': {
      const name = `${base}.drawio`;
      download(toDrawio(doc, geometry, lang, { layers, selection }), name, 'application/vnd.jgraph.mxfile');
      return name;
    }
  }
}

/** Prints on one sheet, tiled over sheets, or one branch a sheet. */
export function printDiagram(input: ExportInput, paper: Paper, layout: PrintLayout = 'fit', labels?: PageLabels): void {
  const { doc, geometry, lang, layers, selection } = input;
  const heading = input.title ?? doc.title[lang];
  const measure = canvasMeasure();
  if (layout === 'fit') return printSvg(toSvg(doc, geometry, { lang, layers, selection, heading, measure }), paper);
  const pages = layout === 'tiles'
    ? tilePages(toSvg(doc, geometry, { lang, layers, selection, heading, measure, legend: false }), paper)
    : branchPages(doc, geometry, selection, (ids) => toSvg(doc, geometry, { lang, layers, selection: ids, heading, measure }));
  printPages(pages, paper, labels);
}

/** The words printed on each sheet, in the reader's language. */
export interface PageLabels {
  page: (n: number, total: number) => string;
  tile: (row: number, col: number) => string;
  overlap: string;
}
