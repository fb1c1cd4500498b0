import { analysisMessage, type AnalysisMessage } from '../messages';
import type { CustomerData, MapState, VsmNode } from '../types';
import { nodeList } from './labels';
import { num } from './numbers';

export interface Demand {
  /** A: available working seconds per day (availableSecondsPerShift × shiftsPerDay). */
  availableSecondsPerDay: number;
  /** D: units per day over all customers; null without a customer or without any demand entered. */
  dailyDemand: number | null;
  /** A / D in seconds; null when D is missing or 0, or A is not positive. */
  taktTimeSec: number | null;
  hasCustomer: boolean;
}

/** Daily demand D (units/day), available time A (s/day) and takt A / D (s), with warnings for what is missing. */
export function readDemand(state: MapState, warnings: AnalysisMessage[]): Demand {
  const { settings } = state;
  const shiftSec = num(settings.availableSecondsPerShift);
  const shifts = num(settings.shiftsPerDay);
  const product = shiftSec !== undefined && shifts !== undefined ? shiftSec * shifts : 0;
  const availableSecondsPerDay = Number.isFinite(product) ? product : 0;
  const workingDaysPerMonth = num(settings.workingDaysPerMonth);

  const customers: VsmNode[] = [];
  const withoutDemand: VsmNode[] = [];
  const monthlyWithoutDays: VsmNode[] = [];
  let demand = 0;
  let customersWithDemand = 0;
  for (const node of state.nodes) {
    if (node.type !== 'customer') continue;
    customers.push(node);
    const data = node.data as CustomerData;
    const perDay = num(data.demandPerDay);
    const perMonth = num(data.demandPerMonth);
    if (perDay !== undefined) {
      demand += perDay;
      customersWithDemand++;
    } else if (perMonth !== undefined) {
      if (workingDaysPerMonth !== undefined && workingDaysPerMonth > 0) {
        demand += perMonth / workingDaysPerMonth;
        customersWithDemand++;
      } else monthlyWithoutDays.push(node);
    } else withoutDemand.push(node);
  }

  if (!(availableSecondsPerDay > 0)) {
    warnings.push(analysisMessage('analysis.noAvailableTime', {}));
  }
  if (monthlyWithoutDays.length > 0) {
    warnings.push(analysisMessage('analysis.monthlyDemandWithoutDays', { customers: nodeList(monthlyWithoutDays) }));
  }

  const hasCustomer = customers.length > 0;
  let dailyDemand: number | null = null;
  if (!hasCustomer) {
    warnings.push(analysisMessage('analysis.noCustomer', {}));
  } else if (customersWithDemand === 0) {
    warnings.push(analysisMessage('analysis.noDemand', { customers: nodeList(customers) }));
  } else {
    dailyDemand = demand;
    if (withoutDemand.length > 0) {
      warnings.push(analysisMessage('analysis.partialDemand', { customers: nodeList(withoutDemand), dailyDemand: demand }));
    }
    if (demand === 0) {
      warnings.push(analysisMessage('analysis.zeroDemand', {}));
    }
  }
  const takt = dailyDemand !== null && dailyDemand > 0 && availableSecondsPerDay > 0
    ? availableSecondsPerDay / dailyDemand
    : null;
  const taktTimeSec = takt !== null && Number.isFinite(takt) ? takt : null;
  return { availableSecondsPerDay, dailyDemand, taktTimeSec, hasCustomer };
}
