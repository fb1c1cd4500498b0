/** Readable names of enum options; an option missing here is shown as stored. */
export const OPTION_NAMES: Record<string, string> = {
  work: 'Work',
  inspection: 'Inspection',
  truck: 'Truck',
  ship: 'Ship',
  rail: 'Rail',
  air: 'Air',
  open: 'Open',
  doing: 'In progress',
  done: 'Done',
};

/** Text shown by the inspector and the settings form. */
export const T = {
  notSet: '—',
  durationUnits: 's, min, h or d',
  keptPrevious: (shown: string) => (shown === '' ? 'Not saved, still empty.' : `Not saved, still ${shown}.`),
  defaultIs: (value: string) => `Default: ${value}`,
  symbolsSelected: (count: number) => `${count} symbols selected`,
  properties: 'Properties',
  arrowType: 'Arrow type',
  arrow: 'Arrow',
  missingNode: (id: string) => `Missing step (${id})`,
  settings: 'Map settings',
  mapTitle: 'Map title',
  product: 'Product family',
  availableTime: 'Available time per shift',
  availableTimeHint: 'Working time after breaks, e.g. 7 h 40 min',
  shiftsPerDay: 'Shifts per day',
  workingDaysPerMonth: 'Working days per month',
  daysBasis: 'Days basis',
  daysBasisWorking: 'Working days',
  daysBasisCalendar: 'Calendar days',
  daysBasisExplain: (basis: 'working' | 'calendar', availablePerDay: string) =>
    basis === 'working'
      ? `Value-added ratio counts a lead-time day as the available time, ${availablePerDay}.`
      : 'Value-added ratio counts a lead-time day as 24 hours.',
  required: 'Required.',
  tooLong: (max: number) => `Too long: at most ${max} characters.`,
  shiftLength: 'Enter a time above 0 and at most 24 h, e.g. 7 h 40 min.',
  shiftsRange: 'Enter a whole number from 1 to 4.',
  daysRange: 'Enter a number from 1 to 31.',
} as const;
