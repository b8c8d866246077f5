/**
 * Line breaking for labels in files where no browser measures text (SVG,
 * print). Widths are estimated per character for the app's sans-serif fonts,
 * erring wide so that a line never runs past its card.
 */

/** Estimated advance of one character, in em. */
function advance(ch: string): number {
  if (ch === ' ') return 0.32;
  if ('iljtfrI.,:;\'!|()[]'.includes(ch)) return 0.36;
  if ('mwMWШЩЖЮМшщжюм'.includes(ch)) return 0.92;
  if (ch >= '0' && ch <= '9') return 0.64;
  if (ch !== ch.toLowerCase()) return 0.72;
  return 0.62;
}

/** Width of a text in px at a font size; the browser passes a canvas measurer, Node uses the estimate. */
export type TextMeasure = (text: string, fontSize: number, bold: boolean) => number;

export const estimateWidth: TextMeasure = (text, fontSize, bold) => {
  let w = 0;
  for (const ch of text) w += advance(ch);
  return w * fontSize * (bold ? 1.06 : 1);
};

export function textWidth(text: string, fontSize: number, bold = false, measure: TextMeasure = estimateWidth): number {
  return measure(text, fontSize, bold);
}

/**
 * Greedy word wrap to `maxWidth`; a word longer than a line is cut where it
 * no longer fits.
 *
 * @example wrapText('Prosecutor of the Almaty region', 100, 14)
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false, measure: TextMeasure = estimateWidth): string[] {
  const words = text.trim().split(/\s+/).filter((w) => w.length > 0);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (textWidth(candidate, fontSize, bold, measure) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    let rest = word;
    while (textWidth(rest, fontSize, bold, measure) > maxWidth) {
      let cut = 1;
      const chars = [...rest];
      while (cut < chars.length && textWidth(chars.slice(0, cut + 1).join(''), fontSize, bold, measure) <= maxWidth) cut++;
      lines.push(chars.slice(0, cut).join(''));
      rest = chars.slice(cut).join('');
    }
    line = rest;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** One line, shortened with an ellipsis when it does not fit. */
export function truncate(text: string, maxWidth: number, fontSize: number, bold = false, measure: TextMeasure = estimateWidth): string {
  if (textWidth(text, fontSize, bold, measure) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, fontSize, bold, measure) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}
