// The registry: every detector, in one explicit list. Adding one means one import and one entry here.
import type { Detector } from '../engine/define-detector.ts';
import postcode from './postcode.ts';

export const DETECTORS: readonly Detector[] = [postcode];

export const DETECTOR_IDS: readonly string[] = DETECTORS.map((d) => d.id);
