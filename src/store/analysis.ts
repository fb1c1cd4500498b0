import { analyzeMap } from '../domain/analysis';
import type { MapAnalysis } from '../domain/analysis/types';
import type { MapState } from '../domain/types';
import { positionBlind } from './selectors';

// The analysis reads ids, types, data, edges and settings, never positions or the viewport:
// a drag or a saved viewport hands back the map already analysed, so nothing is recomputed.
const contentOf = positionBlind();
const cache = new WeakMap<MapState, MapAnalysis>();

/** The analysis of a map, computed once per change of its nodes' data, edges or settings. */
export function analysisOf(map: MapState): MapAnalysis {
  const content = contentOf(map);
  let analysis = cache.get(content);
  if (!analysis) {
    analysis = analyzeMap(content);
    cache.set(content, analysis);
  }
  return analysis;
}

