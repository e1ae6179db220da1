import { describe, expect, it } from 'vitest';
import { searchModels, searchWords } from './model-search';

const ids = (query: string) => searchModels(query).map((m) => m.id);

describe('model search: every typed word begins a word of the model', () => {
  it('"firepower 2" lists the Firepower 2100 family, not the 1120 or 4112 whose numbers only contain a 2, nor the 9300 SM-24', () => {
    expect(ids('firepower 2')).toEqual(['fpr-2110', 'fpr-2120', 'fpr-2130', 'fpr-2140']);
    expect(ids('Firepower 2100')).toEqual(['fpr-2110', 'fpr-2120', 'fpr-2130', 'fpr-2140']);
  });

  it('"5545" lists the ASA 5545-X alone; "5506" the three 5506 models; "5545-X" as the name writes it', () => {
    expect(ids('5545')).toEqual(['asa-5545-x']);
    expect(ids('5545-X')).toEqual(['asa-5545-x']);
    expect(ids('5506')).toEqual(['asa-5506-x', 'asa-5506w-x', 'asa-5506h-x']);
  });

  it('"fpr 41" (the id\'s abbreviation) lists the Firepower 4100 series, and only it', () => {
    expect(ids('fpr 41')).toEqual(['fpr-4110', 'fpr-4112', 'fpr-4115', 'fpr-4120', 'fpr-4125', 'fpr-4140', 'fpr-4145', 'fpr-4150']);
    expect(ids('fpr-4112')).toEqual(['fpr-4112']);
  });

  it('a module designation is one word: "sm-24" and "sm24" find the SM-24, "ssp 20" the 5585-X with SSP-20', () => {
    expect(ids('sm-24')).toEqual(['fpr-9300-sm-24']);
    expect(ids('9300 sm24')).toEqual(['fpr-9300-sm-24']);
    expect(ids('ssp-20')).toEqual(['asa-5585-x-ssp-20']);
    expect(searchWords({ id: 'fpr-9300-sm-24', name: 'Firepower 9300 SM-24', family: 'Firepower 9300' })).not.toContain('24');
  });

  it('letters match at a word\'s start too: "virtual" and "asav" find the ASAv; "ewall" finds nothing; an empty query lists every model', () => {
    expect(ids('virtual')).toEqual(['asav']);
    expect(ids('ASAv')).toEqual(['asav']);
    expect(ids('ewall')).toEqual([]);
    expect(ids('secure firewall 31')).toEqual(['fpr-3110', 'fpr-3120', 'fpr-3130', 'fpr-3140']);
    expect(searchModels('  ').length).toBe(43);
  });
});
