// How each disposition looks wherever Clearance marks text (the page, the panel's legend, the PDF viewer): a colour and,
// so that colour is never the only cue, an underline style.
import type { Disposition } from '../../shared/index.ts';

export interface MarkStyle {
  /** The fill behind the text. */
  background: string;
  /** The underline's colour, strong enough against white for the 3:1 contrast of a non-text cue. */
  line: string;
  /** The underline's style: the cue that does not rely on colour. */
  lineStyle: 'solid' | 'dashed' | 'dotted';
  /** The legend's words for the colour and the style. */
  colourWords: string;
  lineWords: string;
}

export const MARK_STYLES: Record<Disposition, MarkStyle> = {
  flag: {
    background: 'rgba(220, 38, 38, 0.25)',
    line: '#b91c1c',
    lineStyle: 'solid',
    colourWords: 'red',
    lineWords: 'solid underline',
  },
  review: {
    background: 'rgba(234, 138, 0, 0.25)',
    line: '#b45309',
    lineStyle: 'dashed',
    colourWords: 'amber',
    lineWords: 'dashed underline',
  },
  public: {
    background: 'rgba(59, 130, 246, 0.15)',
    line: '#1d4ed8',
    lineStyle: 'dotted',
    colourWords: 'blue',
    lineWords: 'dotted underline',
  },
};

export const FOCUS_COLOUR = 'rgba(124, 58, 237, 0.45)';

/** The same mark on text in the extension's own pages (the panel's list and legend). */
export function markTextStyle(disposition: Disposition): { background: string; textDecoration: string } {
  const style = MARK_STYLES[disposition];
  return { background: style.background, textDecoration: `underline ${style.lineStyle} ${style.line} 2px` };
}
