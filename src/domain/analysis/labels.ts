import type { NodeList, NodeRef } from '../messages';
import type { VsmNode } from '../types';

/** The text a team typed as a node's label (name, else title), trimmed; '' when there is none. */
function typedLabel(node: VsmNode): string {
  const data = node.data as { name?: unknown; title?: unknown };
  const text = typeof data.name === 'string' ? data.name : typeof data.title === 'string' ? data.title : '';
  return text.trim();
}

/** A node's label: its name or title; '' when the team gave none (the UI names it by its type). */
export function labelOf(node: VsmNode): string {
  return typedLabel(node);
}

const MESSAGE_LABEL_CHARS = 60;

/** A node as a message names it; long labels are cut so messages stay readable. */
export function nodeRef(node: VsmNode): NodeRef {
  const label = typedLabel(node);
  const name = label === '' ? null : label.length > MESSAGE_LABEL_CHARS ? `${label.slice(0, MESSAGE_LABEL_CHARS - 1)}…` : label;
  return { id: node.id, type: node.type, name };
}

const LISTED_NODES = 5;

/** A few nodes and a count of the rest, so one warning stays one line on a map of 10,000 steps. */
export function nodeList(nodes: readonly VsmNode[]): NodeList {
  return { nodes: nodes.slice(0, LISTED_NODES).map(nodeRef), more: Math.max(0, nodes.length - LISTED_NODES) };
}
