import { analyzeMap } from '../domain/analysis';
import type { MapAnalysis } from '../domain/analysis/types';
import type { MapState } from '../domain/types';
import { activeMap, sameButPositions } from './selectors';
import type { EditorState } from './types';

interface CachedAnalysis {
  nodes: MapState['nodes'];
  edges: MapState['edges'];
  settings: MapState['settings'];
  analysis: MapAnalysis;
}

// Keyed on the nodes array and checked against edges and settings: a saved viewport makes a new
// map object but changes nothing the analysis reads, so it is not recomputed for that.
const cache = new WeakMap<MapState['nodes'], CachedAnalysis>();
let last: CachedAnalysis | null = null;

/** The analysis of a map, computed once per change of its nodes' data, edges or settings. */
export function analysisOf(map: MapState): MapAnalysis {
  const hit = cache.get(map.nodes);
  if (hit && hit.edges === map.edges && hit.settings === map.settings) return hit.analysis;
  const reusable = last && last.edges === map.edges && last.settings === map.settings && sameButPositions(last.nodes, map.nodes);
  const analysis = reusable ? last!.analysis : analyzeMap(map);
  last = { nodes: map.nodes, edges: map.edges, settings: map.settings, analysis };
  cache.set(map.nodes, last);
  return analysis;
}

/** Selector: the analysis of the map on screen (the same object until the map changes). */
export const selectAnalysis = (state: EditorState): MapAnalysis => analysisOf(activeMap(state));
