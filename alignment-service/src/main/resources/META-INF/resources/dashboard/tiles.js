// Tile-grid map of the 50 states and DC: one equal square per jurisdiction, roughly where it lies, so small
// states are as readable and clickable as large ones (and the page needs no map geometry library).
export const TILES = [
  ['AK', 0, 0], ['ME', 0, 11],
  ['WI', 1, 6], ['VT', 1, 10], ['NH', 1, 11],
  ['WA', 2, 1], ['ID', 2, 2], ['MT', 2, 3], ['ND', 2, 4], ['MN', 2, 5], ['IL', 2, 6], ['MI', 2, 7], ['NY', 2, 9],
  ['MA', 2, 10],
  ['OR', 3, 1], ['NV', 3, 2], ['WY', 3, 3], ['SD', 3, 4], ['IA', 3, 5], ['IN', 3, 6], ['OH', 3, 7], ['PA', 3, 8],
  ['NJ', 3, 9], ['CT', 3, 10], ['RI', 3, 11],
  ['CA', 4, 1], ['UT', 4, 2], ['CO', 4, 3], ['NE', 4, 4], ['MO', 4, 5], ['KY', 4, 6], ['WV', 4, 7], ['VA', 4, 8],
  ['MD', 4, 9], ['DE', 4, 10],
  ['AZ', 5, 2], ['NM', 5, 3], ['KS', 5, 4], ['AR', 5, 5], ['TN', 5, 6], ['NC', 5, 7], ['SC', 5, 8], ['DC', 5, 9],
  ['OK', 6, 4], ['LA', 6, 5], ['MS', 6, 6], ['AL', 6, 7], ['GA', 6, 8],
  ['HI', 7, 0], ['TX', 7, 4], ['FL', 7, 9],
];

export const STATE_NAMES = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut',
  DE: 'Delaware', DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho',
  IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine',
  MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri',
  MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico',
  NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon',
  PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas',
  UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
};

// Okabe–Ito colours; `dark` tiles get white text for contrast.
export const PALETTES = {
  alignment: {
    HIGHLY_ALIGNED: { colour: '#0072B2', label: 'Highly aligned (score ≥ 75)', dark: true },
    MODERATELY_ALIGNED: { colour: '#56B4E9', label: 'Moderately aligned (50–75)' },
    MINIMALLY_ALIGNED: { colour: '#E69F00', label: 'Minimally aligned (25–50)' },
    NOT_ALIGNED: { colour: '#D55E00', label: 'Not aligned (< 25)', dark: true },
    NO_DATA: { colour: '#BBBBBB', label: 'No data' },
  },
  practice: {
    SECONDARY_AND_POSTSECONDARY: { colour: '#009E73', label: 'Collects secondary and postsecondary data', dark: true },
    SECONDARY: { colour: '#56B4E9', label: 'Collects secondary data' },
    LIST: { colour: '#F0E442', label: 'Approved list only' },
    NO_DATA: { colour: '#BBBBBB', label: 'No data, no list' },
  },
  supply: {
    VERY_UNDERSUPPLIED: { colour: '#D55E00', label: 'Very undersupplied', dark: true },
    MODERATELY_UNDERSUPPLIED: { colour: '#E69F00', label: 'Moderately undersupplied' },
    SUPPLY_MEETS_DEMAND: { colour: '#009E73', label: 'Supply meets demand', dark: true },
    MODERATELY_OVERSUPPLIED: { colour: '#56B4E9', label: 'Moderately oversupplied' },
    VERY_OVERSUPPLIED: { colour: '#0072B2', label: 'Very oversupplied', dark: true },
    INSUFFICIENT_DATA: { colour: '#BBBBBB', label: 'Too few to judge' },
  },
};
