import { analyzeMap } from '../domain/analysis';
import type { MapAnalysis } from '../domain/analysis/types';
import type { MapState } from '../domain/types';
import { activeMap } from './selectors';
import type { EditorState } from './types';

interface CachedAnalysis {
  edges: MapState['edges'];
  settings: MapState['settings'];
  analysis: MapAnalysis;
}

// Keyed on the nodes array and checked against edges and settings: a saved viewport makes a new
// map object but changes nothing the analysis reads, so it is not recomputed for that.
const cache = new WeakMap<MapState['nodes'], CachedAnalysis>();

/** The analysis of a map, computed once per change of its nodes, edges or settings. */
export function analysisOf(map: MapState): MapAnalysis {
  const hit = cache.get(map.nodes);
  if (hit && hit.edges === map.edges && hit.settings === map.settings) return hit.analysis;
  const analysis = analyzeMap(map);
  cache.set(map.nodes, { edges: map.edges, settings: map.settings, analysis });
  return analysis;
}

/** Selector: the analysis of the map on screen (the same object until the map changes). */
export const selectAnalysis = (state: EditorState): MapAnalysis => analysisOf(activeMap(state));
