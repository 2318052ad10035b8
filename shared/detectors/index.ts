// The registry: every detector, in one explicit list. Adding one means one import and one entry here.
import type { Detector } from '../engine/define-detector.ts';
import age from './age.ts';
import ageAfterName from './age-after-name.ts';
import caseReference from './case-reference.ts';
import courtCaseNumber from './court-case-number.ts';
import dateOfBirth from './date-of-birth.ts';
import email from './email.ts';
import failedRedaction from './failed-redaction.ts';
import nhsNumber from './nhs-number.ts';
import niNumber from './ni-number.ts';
import personName from './person-name.ts';
import phone from './phone.ts';
import place from './place.ts';
import postcode from './postcode.ts';
import smallCohort from './small-cohort.ts';
import streetAddress from './street-address.ts';
import upn from './upn.ts';
import vehicleRegistration from './vehicle-registration.ts';

export const DETECTORS: readonly Detector[] = [
  failedRedaction,
  personName,
  place,
  postcode,
  smallCohort,
  streetAddress,
  phone,
  email,
  dateOfBirth,
  age,
  ageAfterName,
  nhsNumber,
  niNumber,
  upn,
  courtCaseNumber,
  caseReference,
  vehicleRegistration,
];

export const DETECTOR_IDS: readonly string[] = DETECTORS.map((d) => d.id);
