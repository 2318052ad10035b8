import { describe, expect, it } from 'vitest';
import streetAddress from '../../../shared/detectors/street-address.ts';
import { marked, spansFound } from '../../support/detector-harness.ts';
import streets from '../../../shared/lexicons/street-words.json' with { type: 'json' };

const examples = [
  'Email address\tHer mother, Ms Kerry Brown,',
  'Mrs Rose Whitfield has fostered for eleven years from her home at [[14 Heron Way]], told the Forum.',
  "Tyler's mother, Ms Kerry Brown, lives at [[27 Larkspur Close, Coldbrook]] KD7 3RW.",
  '4.1 Meadowview House, [[3 Moor Road, Ebbswick]] KD9 4LP, is registered with Ofsted for one child.',
  'He was due to move into his own flat at [[Flat 4, Copperfield House, Station Road]], Marshfield MF3 8JD in April.',
  'Rhys moved into a one-bedroom flat at [[7 Heol y Nant, Abermorlais]], with a furnished tenancy.',
  'Placement address\t[[Plas Derwen, Ffordd yr Eglwys, Llanfihangel Dyffryn]] DF6 2HW',
  'Mr and Mrs Harding of [[54 Orchard Way]], the adjoining property, object.',
  'The family rent [[14-16 High Street]] from a private landlord.',
  'His grandmother lives at [[Rose Cottage, Little Ashby]].',
  'A 15-year-old boy has lived at Hollybank House, a private children’s home, since October.',
  'Offences under section 22 Road Traffic Act 1988 are reported to the police.',
  'Contract Procedure Rule 14.3 allows a direct award.',
  '3.2 Station Road resurfacing is in the programme.',
  'Contact: Democratic Services, Civic Centre, 1 Town Hall Square, Marshfield MF1 1AA, telephone 01632 960000.',
  'National Children’s Bureau\n8 Wakley Street\nLondon EC1V 7QE',
  // Under an Address column heading each cell is that row's home; an organisation's address is not,
  'Carer\tAddress\tApproved\nJ. Moss\t[[4 The Paddocks, Elmwick]]\t2021\nR. Tait\t[[Ivy Cottage, Low Fell]]\t2023',
  'Provider\tAddress\nFoster Care Trust\tTrust offices, 2 Mill Lane',
  // An action in the cell to the left that mentions an address is not a label,
  'Action\tLead\tStatus\nWrite to families at every change of address\tHousing Team\tIn progress',
  // A house name given as someone's home, and a street their house is on,
  'The grant funds an extension at their home, [[Holmlea]], Brook Lane, Little Ashby.',
  'He objected that parents now park across his drive on [[Lark Row]] each morning.',
  // An office address in a Welsh contact block is the council's,
  'Cyfeiriad / Address: Canolfan Ddinesig, 2 Heol y Cei, Aberwen',
  // The capitalised words after the street's comma are the person the sentence names, not the town:
  'The tenant at [[14 Brookside Terrace]], Mrs Hazel Winters, has rent arrears of £3,200.',
  'Letters went to [[3 Oak Close]], Mr Daniel Hart, in March.',
  'He lives at [[22 Mill Lane]], Councillor Jenny Price told the panel.',
];

describe('street-address', () => {
  it.each(examples)('%s', (example) => {
    const { text, spans } = marked(example);
    expect(spansFound(streetAddress, text)).toEqual(spans);
  });

  it('reports the address type and suggests a placeholder', () => {
    const [finding] = spansFound(streetAddress, 'She lives at 14 Heron Way.');
    expect(finding).toBe('13-25:14 Heron Way');
  });

  // The detector searches for numbered addresses only in blocks with a number then a capitalised word.
  it('reads Welsh street words as capitalised, as a numbered address writes them', () => {
    expect(streets.welsh.filter((w) => !/^\p{Lu}/u.test(w))).toEqual([]);
    expect(spansFound(streetAddress, 'Mae hi’n byw yn 7 Heol y Nant.')).toEqual(['16-29:7 Heol y Nant']);
    expect(spansFound(streetAddress, 'Flat 4b, Copperfield House')).toEqual(['0-26:Flat 4b, Copperfield House']);
  });
});
