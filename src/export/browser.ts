/**
 * The browser half of export: rasterising our SVG, saving files, printing.
 * The pure builders (svg.ts, drawio.ts, png.ts) do the real work.
 */
import { embedInPng, PNG_KEYWORD } from './png';
import type { PrintPlan } from './tiles';
import { FONT_FAMILY } from './svg';
import { estimateWidth, type TextMeasure } from './wrap';

/** Chromium's canvas limits are 32767 px a side and ~268 Mpx; stay well inside both (and the memory of a laptop). */
const MAX_SIDE = 16_000;
const MAX_PIXELS = 40_000_000;

/** The width and height our SVG declares on its root. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1] ?? 0);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1] ?? 0);
  return { width, height };
}

/** Scale 2 for sharpness, less when the picture would pass the canvas limits. */
export function rasterScale(width: number, height: number, preferred = 2): number {
  if (width <= 0 || height <= 0) return preferred;
  return Math.min(preferred, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_PIXELS / (width * height)));
}

/** Draws the SVG on a canvas and returns PNG bytes with `orgJson` embedded. */
export async function svgToPng(svg: string, orgJson: string): Promise<Uint8Array<ArrayBuffer>> {
  const { width, height } = svgSize(svg);
  const scale = rasterScale(width, height);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not encode the PNG'))), 'image/png'),
    );
    return embedInPng(new Uint8Array(await blob.arrayBuffer()), PNG_KEYWORD, orgJson);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves data as a file through the browser's download. */
export function download(data: BlobPart, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started once click() returns; give slow browsers a moment before letting go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from the document's title, safe on every file system. */
export function fileBase(title: string): string {
  // eslint-disable-next-line no-control-regex
  const safe = title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
  return safe === '' ? 'diagram' : safe;
}

export type Paper = 'A4' | 'A3';

/**
 * Prints the SVG alone, fitted to one landscape sheet: it goes into a
 * print-only container (print.css hides the app while `body` carries
 * `is-printing-diagram`), and everything is taken away after printing.
 */
export function printSvg(svg: string, paper: Paper): void {
  document.querySelector('.export-print')?.remove();
  const box = document.createElement('div');
  box.className = `export-print paper-${paper.toLowerCase()}`;
  box.setAttribute('aria-hidden', 'true');
  // Our own SVG: every label in it is escaped (svg.ts), so it is safe to insert as markup.
  box.innerHTML = svg.replace(/^<\?xml[^>]*>\s*/, '');
  const el = box.querySelector('svg');
  if (el) {
    el.setAttribute('preserveAspectRatio', 'xMidYMid meet');
    el.removeAttribute('width');
    el.removeAttribute('height');
  }
  document.body.append(box);
  document.body.classList.add('is-printing-diagram');
  const cleanup = () => {
    window.removeEventListener('afterprint', cleanup);
    document.body.classList.remove('is-printing-diagram');
    box.remove();
  };
  window.addEventListener('afterprint', cleanup);
  window.print();
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The inside of our SVG document (no declaration, no root, no embedded file: a sheet of paper needs none of them). */
function svgInside(svg: string): string {
  const open = /<svg\b[^>]*>/.exec(svg);
  const start = open ? open.index + open[0].length : 0;
  const end = svg.lastIndexOf('</svg>');
  return svg.slice(start, end < 0 ? undefined : end).replace(/<metadata>[\s\S]*?<\/metadata>/, '');
}

/**
 * Prints several sheets: tiles of one shared picture (each a window on it
 * through <use>, with its overlap marked by dashed lines where the next
 * sheet begins) or a picture per sheet; each sheet numbered in its footer.
 */
export function printPages(plan: PrintPlan, paper: Paper, labels?: { page: (n: number, total: number) => string; tile: (row: number, col: number) => string; overlap: string }): void {
  document.querySelector('.export-print')?.remove();
  const box = document.createElement('div');
  box.className = `export-print is-paged paper-${paper.toLowerCase()}`;
  box.setAttribute('aria-hidden', 'true');
  box.dataset.pages = String(plan.pages.length);
  if (plan.shared) {
    const defs = document.createElementNS(SVG_NS, 'svg');
    defs.setAttribute('class', 'print-shared');
    defs.setAttribute('width', '0');
    defs.setAttribute('height', '0');
    // Our own SVG: every label in it is escaped (svg.ts), so it is safe to insert as markup.
    defs.innerHTML = `<defs><g id="pk-print-shared" font-family="${FONT_FAMILY.replace(/"/g, '&quot;')}">${svgInside(plan.shared)}</g></defs>`;
    box.append(defs);
  }
  const total = plan.pages.length;
  plan.pages.forEach((p, i) => {
    const sheet = document.createElement('section');
    sheet.className = 'print-page';
    sheet.dataset.page = String(i + 1);
    let svg: SVGSVGElement;
    if (p.view && plan.shared) {
      const v = p.view;
      svg = document.createElementNS(SVG_NS, 'svg');
      svg.setAttribute('viewBox', `${v.x} ${v.y} ${v.width} ${v.height}`);
      svg.setAttribute('preserveAspectRatio', 'xMinYMin meet');
      const o = p.overlapSize;
      const mark = (x1: number, y1: number, x2: number, y2: number) =>
        `<line class="overlap-mark" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="#dc2626" stroke-width="1.2" stroke-dasharray="6 4" vector-effect="non-scaling-stroke"/>`;
      const marks: string[] = [];
      if (p.overlap.left) marks.push(mark(v.x + o, v.y, v.x + o, v.y + v.height));
      if (p.overlap.top) marks.push(mark(v.x, v.y + o, v.x + v.width, v.y + o));
      if (p.overlap.right) marks.push(mark(v.x + v.width - o, v.y, v.x + v.width - o, v.y + v.height));
      if (p.overlap.bottom) marks.push(mark(v.x, v.y + v.height - o, v.x + v.width, v.y + v.height - o));
      svg.innerHTML = `<rect x="${v.x}" y="${v.y}" width="${v.width}" height="${v.height}" fill="#fff"/><use href="#pk-print-shared"/>${marks.join('')}`;
    } else {
      const holder = document.createElement('div');
      holder.innerHTML = (p.svg ?? '').replace(/^<\?xml[^>]*>\s*/, '');
      svg = holder.querySelector('svg') ?? document.createElementNS(SVG_NS, 'svg');
      svg.querySelector('metadata')?.remove();
      svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
      svg.removeAttribute('width');
      svg.removeAttribute('height');
    }
    sheet.append(svg);
    const foot = document.createElement('footer');
    const parts = [labels ? labels.page(i + 1, total) : `${i + 1} / ${total}`];
    if (p.view && labels) parts.push(labels.tile(p.row, p.col));
    if (p.view && labels && (p.overlap.left || p.overlap.top || p.overlap.right || p.overlap.bottom)) parts.push(labels.overlap);
    foot.textContent = parts.join(' · ');
    sheet.append(foot);
    box.append(sheet);
  });
  document.body.append(box);
  document.body.classList.add('is-printing-diagram');
  const cleanup = () => {
    window.removeEventListener('afterprint', cleanup);
    document.body.classList.remove('is-printing-diagram');
    box.remove();
  };
  window.addEventListener('afterprint', cleanup);
  window.print();
}

/**
 * Measures text with the page's own fonts (a canvas), so that the SVG breaks
 * lines where the cards on screen do. Falls back to the estimate without a canvas.
 */
export function canvasMeasure(): TextMeasure {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return estimateWidth;
  const cache = new Map<string, number>();
  return (text, fontSize, bold) => {
    const key = `${fontSize}|${bold ? 1 : 0}|${text}`;
    let w = cache.get(key);
    if (w === undefined) {
      ctx.font = `${bold ? 600 : 400} ${fontSize}px ${FONT_FAMILY}`;
      w = ctx.measureText(text).width;
      cache.set(key, w);
    }
    return w;
  };
}
