/** Fields and rules several symbols share: the four stocks and the three kanban cards. */
import { type ConnectionRules, type FieldSpec, field, numberField } from './definition';

/** Quantity and days: what every stock symbol counts (days override quantity / daily demand). */
export const STOCK_FIELDS = [
  numberField('quantity', 'count', { short: 'Qty' }),
  numberField('days', 'days', { short: 'Days' }),
] as const satisfies readonly FieldSpec[];

export const NOTE_FIELD = field('note', 'text');
export const MAX_QUANTITY_FIELD = numberField('maxQuantity', 'count', { short: 'Max' });

/** A stock takes material and shipments, but no information arrow into it. */
export const STOCK_CONNECTIONS: ConnectionRules = { information: 'notTarget', kanbanPath: false, shipment: 'end' };

/** A kanban card: how many parts it stands for. */
export const KANBAN_FIELDS = [numberField('quantity', 'count')] as const satisfies readonly FieldSpec[];

/** Information symbols that a kanban path joins. */
export const KANBAN_CONNECTIONS: ConnectionRules = { information: 'endpoint', kanbanPath: true, shipment: 'none' };
