// npm run docs: writes docs/detectors.md from the detector records.
import { writeFileSync } from 'node:fs';
import { DETECTOR_DOCS, renderDetectorDocs } from './detector-docs.ts';

writeFileSync(DETECTOR_DOCS, renderDetectorDocs());
console.log(`wrote ${DETECTOR_DOCS}`);
