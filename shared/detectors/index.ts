// The registry: every detector, in one explicit list. Adding one means one import and one entry here.
import type { Detector } from '../engine/define-detector.ts';
import failedRedaction from './failed-redaction.ts';
import personName from './person-name.ts';
import place from './place.ts';
import postcode from './postcode.ts';
import smallCohort from './small-cohort.ts';

export const DETECTORS: readonly Detector[] = [failedRedaction, personName, place, postcode, smallCohort];

export const DETECTOR_IDS: readonly string[] = DETECTORS.map((d) => d.id);
