// Acronyms every planning committee uses, known to the glossary so Checks do
// not ask the clerk to define them (the clerk dogfood saw "FUL" and "APP"
// flagged in Gotham's and Wirral's planning minutes). Application types are the
// suffixes of application references ("17/00340/FUL"); the rest are the terms
// of the planning system in England. A council's own glossary still wins: an
// entry there with another meaning is the one printed.
export interface KnownAcronym {
  acronym: string;
  meaning: string;
}

export const planningAcronyms: ReadonlyArray<KnownAcronym> = [
  // Application types, as the suffix of a reference.
  { acronym: 'FUL', meaning: 'Full planning application' },
  { acronym: 'OUT', meaning: 'Outline planning application' },
  { acronym: 'RES', meaning: 'Reserved matters application' },
  { acronym: 'HOU', meaning: 'Householder planning application' },
  { acronym: 'LBC', meaning: 'Listed building consent' },
  { acronym: 'ADV', meaning: 'Advertisement consent' },
  { acronym: 'CAC', meaning: 'Conservation area consent' },
  { acronym: 'COU', meaning: 'Change of use' },
  { acronym: 'DIS', meaning: 'Discharge of conditions' },
  { acronym: 'VAR', meaning: 'Variation of conditions' },
  { acronym: 'NMA', meaning: 'Non-material amendment' },
  { acronym: 'TCA', meaning: 'Works to trees in a conservation area' },
  { acronym: 'TPO', meaning: 'Tree Preservation Order' },
  { acronym: 'LDC', meaning: 'Lawful Development Certificate' },
  { acronym: 'CLEUD', meaning: 'Certificate of Lawfulness of Existing Use or Development' },
  { acronym: 'CLOPUD', meaning: 'Certificate of Lawfulness of Proposed Use or Development' },
  { acronym: 'APP', meaning: 'Planning Inspectorate appeal reference' },
  // The planning system.
  { acronym: 'PINS', meaning: 'Planning Inspectorate' },
  { acronym: 'NPPF', meaning: 'National Planning Policy Framework' },
  { acronym: 'PPG', meaning: 'Planning Practice Guidance' },
  { acronym: 'NPPG', meaning: 'National Planning Practice Guidance' },
  { acronym: 'LPA', meaning: 'Local planning authority' },
  { acronym: 'LDF', meaning: 'Local Development Framework' },
  { acronym: 'SPD', meaning: 'Supplementary Planning Document' },
  { acronym: 'SPG', meaning: 'Supplementary Planning Guidance' },
  { acronym: 'NDP', meaning: 'Neighbourhood Development Plan' },
  { acronym: 'GPDO', meaning: 'General Permitted Development Order' },
  { acronym: 'SHLAA', meaning: 'Strategic Housing Land Availability Assessment' },
  { acronym: 'HELAA', meaning: 'Housing and Economic Land Availability Assessment' },
  { acronym: 'SHMA', meaning: 'Strategic Housing Market Assessment' },
  { acronym: 'CIL', meaning: 'Community Infrastructure Levy' },
  { acronym: 'EIA', meaning: 'Environmental Impact Assessment' },
  { acronym: 'SEA', meaning: 'Strategic Environmental Assessment' },
  { acronym: 'HRA', meaning: 'Habitats Regulations Assessment' },
  { acronym: 'AONB', meaning: 'Area of Outstanding Natural Beauty' },
  { acronym: 'SSSI', meaning: 'Site of Special Scientific Interest' },
  { acronym: 'SAC', meaning: 'Special Area of Conservation' },
  { acronym: 'SPA', meaning: 'Special Protection Area' },
  { acronym: 'HMO', meaning: 'House in multiple occupation' },
  { acronym: 'SuDS', meaning: 'Sustainable drainage systems' },
  { acronym: 'BNG', meaning: 'Biodiversity net gain' },
  { acronym: 'LVIA', meaning: 'Landscape and visual impact assessment' },
  { acronym: 'PRoW', meaning: 'Public right of way' },
  { acronym: 'LLFA', meaning: 'Lead Local Flood Authority' },
  { acronym: 'FRA', meaning: 'Flood risk assessment' },
  { acronym: 'DAS', meaning: 'Design and access statement' },
  { acronym: 'CEMP', meaning: 'Construction Environmental Management Plan' },
  { acronym: 'TRO', meaning: 'Traffic Regulation Order' },
];
