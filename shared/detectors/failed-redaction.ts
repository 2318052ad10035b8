// Text a PDF still holds under a "redaction" that only hides it: a black box drawn over the words, black
// highlighting, or a Redact annotation never applied. Anyone can copy the words out or read them with any
// PDF tool, so the paper must not be published until the text itself is removed. The PDF reader finds the
// spans (DocumentModel.hiddenUnderRedaction); this detector turns them into findings.
import { defineDetector } from '../engine/define-detector.ts';
import type { DocumentModel } from '../model/document.ts';

type Cover = NonNullable<DocumentModel['hiddenUnderRedaction']>[number]['cover'];

function messageFor(cover: Cover, text: string, page: string): string {
  if (cover === 'redact-annotation') {
    return `The text "${text}" was marked for redaction${page}, but the redaction was never applied: it is still in the file and anyone can read it. Apply the redaction before publishing.`;
  }
  const under = cover === 'box' ? 'under a black box' : 'under black highlighting';
  return `The text "${text}" is still in the file ${under}${page}: anyone can copy it out. Remove the text itself (apply a real redaction) before publishing.`;
}

export default defineDetector({
  id: 'failed-redaction',
  type: 'failed-redaction',
  severity: 'high',
  scope: 'document',
  explanation: 'Text that looks redacted is still in the file: anyone can copy it out or read it with a PDF tool.',
  // What was meant to be withheld is unknown; the detectors that read the recovered text name the paragraphs.
  exemptParagraphs: { england: [], wales: [] },
  source: 'National Cyber Security Centre, "How to redact documents" (a box drawn over text does not remove it)',
  detect(context) {
    const { doc } = context;
    const blocks = new Map(doc.blocks.map((b) => [b.id, b]));
    return (doc.hiddenUnderRedaction ?? []).flatMap((span) => {
      const block = blocks.get(span.blockId);
      if (!block || span.end <= span.start || span.end > block.text.length) return [];
      const text = block.text.slice(span.start, span.end);
      const page = block.origin.page === undefined ? '' : ` on page ${block.origin.page}`;
      return [
        {
          start: block.start + span.start,
          end: block.start + span.end,
          message: messageFor(span.cover, text, page),
          suggestion: '[Redacted]',
        },
      ];
    });
  },
});
