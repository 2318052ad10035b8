// Council clause packs for the pane's tests: one a council might send (its own English data protection
// statement and an approved Welsh translation of it), and one with a bad field.

const dpia = {
  name: 'dpia',
  kind: 'text',
  label: 'Whether a data protection impact assessment was needed, and where it is',
};

export const COUNCIL_PACK = {
  packVersion: 3,
  council: 'Cyngor Sir Dyffryn Gwyrdd',
  clauses: [
    {
      id: 'data-protection-statement',
      title: 'Data protection: the council’s own statement',
      category: 'data-protection',
      jurisdiction: 'both',
      source: [{ citation: 'Council data protection policy, 2026' }],
      versions: [
        {
          version: 1,
          effective: '2026-04-01',
          variables: [dpia],
          body: ['The council’s data protection officer has read this report. Impact assessment: {{dpia}}.'],
        },
      ],
    },
    {
      id: 'data-protection-statement',
      language: 'cy',
      status: 'approved',
      title: 'Diogelu data: datganiad y cyngor ei hun',
      category: 'data-protection',
      jurisdiction: 'both',
      source: [{ citation: 'Polisi diogelu data’r cyngor, 2026' }],
      versions: [
        {
          version: 1,
          effective: '2026-04-01',
          variables: [dpia],
          body: ['Mae swyddog diogelu data’r cyngor wedi darllen yr adroddiad hwn. Asesiad effaith: {{dpia}}.'],
        },
      ],
    },
  ],
};

/** The council's pack with its second clause in French: refused, naming `clauses[1].language`. */
export const BAD_PACK = {
  ...COUNCIL_PACK,
  packVersion: 4,
  clauses: [COUNCIL_PACK.clauses[0], { ...COUNCIL_PACK.clauses[1], language: 'fr' }],
};
