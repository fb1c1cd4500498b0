import type { MessageRenderers } from '.';

export const id: MessageRenderers = {
  'analysis.noCustomer': () => 'Peta belum punya pelanggan: takt time dan hari stok dari jumlah tidak dihitung.',
  'analysis.materialLoop': ({ nodes }) => `Aliran material membentuk loop: ${nodes.map((n) => n.name ?? n.id).join(' → ')}.`,
};
