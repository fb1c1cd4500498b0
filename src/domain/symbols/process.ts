/** Process: one step of the material flow, with its data box. */
import { SHIFTS_LIMIT } from '../limits';
import { type FieldSpec, defineSymbol, enumField, field, numberField } from './definition';

/** A process's and a work cell's fields: the data box a team fills at the gemba. */
export const PROCESS_FIELDS = [
  field('name', 'text', 'Name', 'Nama'),
  numberField('cycleTimeSec', 'seconds', 'Cycle time', 'Waktu siklus', { short: 'C/T' }),
  numberField('processingTimeSec', 'seconds', 'Processing time', 'Waktu proses', { short: 'P/T' }),
  numberField('valueAddedSec', 'seconds', 'Value-added time', 'Waktu nilai tambah', { short: 'VA' }),
  numberField('changeoverSec', 'seconds', 'Changeover', 'Changeover', { short: 'C/O' }),
  numberField('uptimePct', 'percent', 'Uptime', 'Uptime', { short: 'Uptime' }),
  numberField('operators', 'count', 'Operators', 'Operator', { short: 'Ops' }),
  // Shifts the step runs a day: the same range as the map's shifts per day.
  numberField('shifts', 'count', 'Shifts', 'Shift', { short: 'Shifts', limit: SHIFTS_LIMIT }),
  numberField('batchSize', 'count', 'Batch size', 'Ukuran batch', { short: 'Batch' }),
  numberField('scrapPct', 'percent', 'Scrap', 'Scrap', { short: 'Scrap' }),
  numberField('machines', 'count', 'Machines', 'Mesin', { short: 'Mach' }),
  numberField('motionSec', 'seconds', 'Motion time', 'Waktu gerakan', { short: 'Motion' }),
  enumField('kind', ['work', 'inspection'], 'Kind', 'Jenis'),
  field('shared', 'boolean', 'Shared with other streams', 'Dipakai aliran lain'),
  field('pacemaker', 'boolean', 'Pacemaker', 'Pacemaker'),
] as const satisfies readonly FieldSpec[];

export const definition = defineSymbol({
  type: 'process',
  group: 'material',
  name: { en: 'Process', id: 'Proses' },
  fields: PROCESS_FIELDS,
  role: 'step',
  // A process receives its schedule by information arrows and sits on kanban loops.
  connections: { information: 'scheduleReceiver', kanbanPath: true, shipment: 'none' },
});
