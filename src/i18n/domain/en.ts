import type { MessageRenderers } from '.';

export const en: MessageRenderers = {
  'analysis.noCustomer': () => 'The map has no customer yet: takt time and stock days from counts are not computed.',
  'analysis.materialLoop': ({ nodes }) => `The material flow has a loop: ${nodes.map((n) => n.name ?? n.id).join(' → ')}.`,
};
