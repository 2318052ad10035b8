// The word a redaction puts in place of a name, from why the name was flagged: [Child 1], [Parent 2].
const LABELS: [RegExp, string][] = [
  [/\b(mother|father|mum|dad|parent|stepfather|stepmother)\b/, 'Parent'],
  [/\b(grandmother|grandfather|grandparent|nan|grandma|grandad|aunt|auntie|uncle|cousin|sister|brother|sibling)/, 'Relative'],
  [/\b(foster carer|carer|kinship|special guardian|adopter)/, 'Carer'],
  [/\b(granddaughter|grandson|grandchild|niece|nephew|stepson|stepdaughter|son|daughter)\b/, 'Child'],
  [/\b(child|boy|girl|young person|teenager|pupil|aged|year-old|year old|care leaver|in care|leaving care|nickname|initials)/, 'Child'],
  [/\b(resident|objector|neighbour|complainant|victim|member of the public|shopkeeper|householder|tenant|applicant)/, 'Resident'],
];

export function placeholderLabel(reason: string): string {
  const r = reason.toLowerCase();
  return LABELS.find(([pattern]) => pattern.test(r))?.[1] ?? 'Person';
}
