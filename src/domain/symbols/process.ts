/** Process: one step of the material flow, with its data box. */
import { SHIFTS_LIMIT } from '../limits';
import { type FieldSpec, defineSymbol, enumField, field, numberField } from './definition';

/** A process's and a work cell's fields: the data box a team fills at the gemba. */
export const PROCESS_FIELDS = [
  field('name', 'text'),
  numberField('cycleTimeSec', 'seconds', { short: 'C/T' }),
  numberField('processingTimeSec', 'seconds', { short: 'P/T' }),
  numberField('valueAddedSec', 'seconds', { short: 'VA' }),
  numberField('changeoverSec', 'seconds', { short: 'C/O' }),
  numberField('uptimePct', 'percent', { short: 'Uptime' }),
  numberField('operators', 'count', { short: 'Ops' }),
  // Shifts the step runs a day: the same range as the map's shifts per day.
  numberField('shifts', 'count', { short: 'Shifts', limit: SHIFTS_LIMIT }),
  numberField('batchSize', 'count', { short: 'Batch' }),
  numberField('scrapPct', 'percent', { short: 'Scrap' }),
  numberField('machines', 'count', { short: 'Mach' }),
  numberField('motionSec', 'seconds', { short: 'Motion' }),
  enumField('kind', ['work', 'inspection']),
  field('shared', 'boolean'),
  field('pacemaker', 'boolean'),
] as const satisfies readonly FieldSpec[];

export const definition = defineSymbol({
  type: 'process',
  group: 'material',
  fields: PROCESS_FIELDS,
  role: 'step',
  // A process receives its schedule by information arrows and sits on kanban loops.
  connections: { information: 'scheduleReceiver', kanbanPath: true, shipment: 'none' },
});
