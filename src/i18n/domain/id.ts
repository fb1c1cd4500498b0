/**
 * The domain's messages in Bahasa Indonesia, in the words of lean practitioners: lead time, takt
 * time, kaizen, kanban, supermarket, FIFO, bottleneck, uptime, WIP and scrap stay as they are;
 * production control is PPIC; waste is pemborosan, inventory persediaan, process proses,
 * customer pelanggan, supplier pemasok, cycle time waktu siklus (C/T), changeover waktu ganti
 * model. Codes of one value read as predicates after a path or a field name ("harus …").
 */
import type { Got, JsonProblem, NodeRef, NumberKind, Shape, WasteRule } from '../../domain/messages';
import { EDGE_TYPES, NODE_TYPES, WASTE_IDS, type TransportMode, type VsmEdgeType, type VsmNodeType } from '../../domain/types';
import type { Formatter } from '../format';
import { nodeListText, nodeText } from './common';
import { symbolName } from '../symbols';
import type { DomainTexts } from '.';

const node = (ref: NodeRef) => nodeText(ref, 'id');
const list = (refs: Parameters<typeof nodeListText>[0]) => nodeListText(refs, 'id');
const loop = (refs: readonly NodeRef[]) => [...refs, refs[0]!].map(node).join(' → ');
const quoted = (text: string) => JSON.stringify(text);

/** A value found: `150`, `"abc"`, `sebuah daftar`. */
function shown(value: Got): string {
  switch (value.kind) {
    case 'nothing': return 'kosong';
    case 'null': return 'null';
    case 'list': return 'sebuah daftar';
    case 'object': return 'sebuah objek';
    case 'other': return 'nilai yang bukan data JSON';
    case 'text': return quoted(value.text);
    case 'number':
    case 'boolean': return value.text;
  }
}

const got = (value: Got) => (value.kind === 'nothing' ? 'tetapi kosong' : `tertulis ${shown(value)}`);

const WHAT: Record<NumberKind, string> = {
  seconds: 'waktu dalam detik',
  days: 'jumlah hari',
  percent: 'persentase',
  count: 'bilangan bulat',
  number: 'angka',
  ppm: 'tingkat cacat',
  position: 'posisi dalam px',
  size: 'ukuran dalam px',
  zoom: 'faktor zoom',
  shiftSeconds: 'waktu tersedia per shift',
  shifts: 'jumlah shift',
  workingDays: 'jumlah hari kerja',
};

const SHAPE: Record<Shape, string> = {
  document: 'sebuah objek JSON',
  states: 'objek yang memuat kondisi saat ini (current)',
  state: 'objek kondisi peta dengan nodes dan edges',
  settings: 'objek pengaturan',
  nodes: 'daftar simbol (nodes)',
  node: 'objek simbol',
  edges: 'daftar panah (edges)',
  edge: 'objek panah',
  fields: 'objek isian',
  position: 'posisi {x, y}',
  viewport: 'viewport {x, y, zoom}',
  text: 'teks',
  textOrNull: 'teks atau null',
  wholeNumber: 'bilangan bulat',
};

function jsonProblem(problem: JsonProblem): string {
  switch (problem.kind) {
    case 'endsEarly': return 'teks berakhir terlalu cepat';
    case 'badEscape': return 'escape (\\) yang salah di dalam nilai teks';
    case 'controlInText': return 'ganti baris atau karakter kontrol di dalam nilai teks';
    case 'unclosedText': return 'nilai teks yang tidak pernah ditutup';
    case 'unreadable': return 'data tidak terbaca';
    case 'unexpected': return `karakter tak terduga ${problem.found}`;
    case 'expectedKey': return `seharusnya kunci bertanda kutip, ditemukan ${problem.found}`;
    case 'expectedColon': return `seharusnya ":", ditemukan ${problem.found}`;
    case 'textAfterEnd': return `ada teks setelah akhir data: ${problem.found}`;
    case 'expectedCommaOr': return `seharusnya "," atau "${problem.close}", ditemukan ${problem.found}`;
  }
}

/** A symbol's name inside a sentence: "proses", "persediaan", "jalur FIFO". */
function nameInSentence(type: VsmNodeType): string {
  return symbolName(type, 'id').replace(/^[A-Z](?![A-Z])/, (c) => c.toLowerCase());
}

const ARROW: Record<VsmEdgeType, string> = {
  push: 'Panah dorong (push)',
  withdrawal: 'Panah tarik (withdrawal)',
  shipment: 'Panah pengiriman',
  material: 'Panah material',
  'manual-info': 'Panah informasi',
  'electronic-info': 'Panah informasi elektronik',
  'kanban-path': 'Jalur kanban',
};

const MODE: Record<TransportMode, string> = { truck: 'truk', ship: 'kapal', rail: 'kereta api', air: 'pesawat' };

/** A threshold in days: "1 hari", "2,5 hari". */
const dayCount = (days: number, f: Formatter) => `${f.number(days, 2)} hari`;
const seconds = (sec: number, f: Formatter) => f.time(sec);
const megabytes = (bytes: number, f: Formatter) => f.number(bytes / (1024 * 1024), 1);

/** What the summary of a category counts (Indonesian nouns take no plural). */
function ruleText(rule: WasteRule, limit: number | null, f: Formatter): string {
  const lim = limit ?? 0;
  switch (rule) {
    case 'scrap': return 'langkah dengan scrap';
    case 'qualityProblem': return 'masalah kualitas';
    case 'reworkLoop': return 'loop pengerjaan ulang';
    case 'pushLink': return 'aliran dorong';
    case 'fastStep': return `langkah yang lebih cepat dari takt dan mengisi stok lebih dari ${dayCount(lim, f)}`;
    case 'lowUptime': return `langkah dengan uptime di bawah ${f.percent(lim)}`;
    case 'longChangeover': return `langkah dengan changeover di atas ${f.ratio(lim)} waktu kerja sehari`;
    case 'lowUtilisation': return `langkah dengan utilisasi operator di bawah ${f.ratio(lim)}`;
    case 'transport': return 'pengiriman eksternal';
    case 'shipment': return 'pengiriman';
    case 'distance': return 'perpindahan material yang berjarak';
    case 'excessStock': return `stok di atas ${dayCount(lim, f)}`;
    case 'motion': return 'langkah dengan gerakan';
    case 'inspection': return 'langkah inspeksi';
    case 'nonValueAdded': return 'langkah dengan proses tanpa nilai tambah';
  }
}

const NOT_COMPUTED_WITHOUT_TAKT = 'sehingga beban proses, kebutuhan operator dan utilisasi operator tidak dihitung';
const STOCK_AS_DAYS = 'stok dihitung dalam hari hanya jika harinya diisi';

export const id: DomainTexts = {
  messages: {
    'analysis.noAvailableTime': () =>
      'Waktu tersedia per hari 0 dtk (detik tersedia per shift × shift per hari): takt time, beban proses dan bagian waktu proses dari lead time tidak dihitung.',
    'analysis.monthlyDemandWithoutDays': ({ customers }) =>
      `Hari kerja per bulan 0, sehingga permintaan bulanan ${list(customers)} tidak bisa diubah menjadi permintaan harian.`,
    'analysis.noCustomer': () =>
      `Belum ada pelanggan di peta: tidak ada permintaan harian dan takt time, ${NOT_COMPUTED_WITHOUT_TAKT}; ${STOCK_AS_DAYS}; jalur kritis berakhir di langkah terakhir aliran, bukan di pelanggan.`,
    'analysis.noDemand': ({ customers }) =>
      `Permintaan belum diisi pada ${list(customers)}: tidak ada permintaan harian dan takt time, ${NOT_COMPUTED_WITHOUT_TAKT}; ${STOCK_AS_DAYS}.`,
    'analysis.partialDemand': ({ customers, dailyDemand }, f) =>
      `Permintaan belum diisi pada ${list(customers)}: permintaan harian hanya menghitung pelanggan lain (${f.quantity(dailyDemand, 'unitsPerDay')}).`,
    'analysis.zeroDemand': () =>
      `Permintaan pelanggan 0 per hari: tidak ada takt time (nilainya tak terhingga), ${NOT_COMPUTED_WITHOUT_TAKT}; ${STOCK_AS_DAYS}.`,
    'analysis.duplicateIds': ({ ids }) =>
      `Id simbol ganda ${ids.map(quoted).join(', ')}: hanya simbol pertama dari setiap id yang dianalisis.`,
    'analysis.noTimes': ({ steps }) =>
      `Belum ada waktu siklus (C/T) pada ${list(steps)}: dihitung 0 dtk waktu proses, dan bebannya tidak dihitung.`,
    'analysis.noCycleTime': ({ steps }) =>
      `Belum ada waktu siklus (C/T) pada ${list(steps)}: waktu proses dipakai untuk garis waktu, tetapi bebannya tidak dihitung.`,
    'analysis.valueAddedCapped': ({ steps }) =>
      `Waktu bernilai tambah melebihi waktu proses pada ${list(steps)}: dihitung sama dengan waktu proses.`,
    'analysis.emptyStock': ({ stocks }) => `Belum ada jumlah atau hari pada ${list(stocks)}: dihitung 0 hari stok.`,
    'analysis.stockWithoutDays': ({ stocks }) =>
      `Hari stok ${list(stocks)} tidak dihitung: tanpa permintaan harian, jumlah tidak bisa diubah menjadi hari; isi harinya.`,
    'analysis.stockUnitsUnknown': ({ stocks }) =>
      `Jumlah unit persediaan ${list(stocks)} tidak dihitung: tanpa permintaan harian, hari stok tidak bisa diubah menjadi unit; isi jumlahnya.`,
    'analysis.transportWithoutDays': ({ transports }) => `Belum ada waktu transit pada ${list(transports)}: dihitung 0 hari.`,
    'analysis.offFlow': ({ nodes }) =>
      `Di luar aliran (tidak ada jalur material ke pelanggan): ${list(nodes)}. Simbol ini dihitung untuk beban dan total persediaan, tetapi tidak untuk lead time.`,
    'analysis.materialLoop': ({ nodes }) =>
      `Aliran material membentuk loop: ${loop(nodes)}. Tandai panah baliknya sebagai pengerjaan ulang (rework) atau hapus panah itu; lead time, waktu tunggu, waktu proses, waktu bernilai tambah, rasio nilai tambah, perputaran persediaan dan rolled throughput yield tidak dihitung.`,
    'analysis.noFlowToCustomer': () =>
      'Belum ada aliran material yang sampai ke pelanggan: belum ada jalur kritis, sehingga lead time dan garis waktu tidak dihitung.',
    'analysis.stockWithoutDaysOnPath': ({ stocks }) =>
      `Waktu tunggu, lead time, rasio nilai tambah dan perputaran persediaan tidak dihitung: jalur kritis melewati stok tanpa hari (${list(stocks)}).`,
    'analysis.leadTimeZero': () => 'Lead time 0 hari: rasio nilai tambah dan perputaran persediaan tidak dihitung.',
    'analysis.noProcess': () =>
      'Belum ada proses dengan waktu siklus (C/T) di peta: belum ada bottleneck, total waktu kerja, maupun kebutuhan operator.',
    'analysis.noBottleneck': () => 'Belum ada proses dengan waktu siklus (C/T): belum ada bottleneck.',
    'metric.noData': () => 'Tidak dihitung: peta belum punya data untuk ini.',

    'waste.scrap': ({ step, scrapPct }, f) => `Scrap ${f.percent(scrapPct)} di ${node(step)}`,
    'waste.qualityProblem': ({ node: quality, ppm }, f) =>
      ppm === null ? `${node(quality)} ditandai di peta` : `${node(quality)}: ${f.quantity(ppm, 'ppm')}`,
    'waste.reworkLoop': ({ from, to, distanceM }, f) =>
      `Loop pengerjaan ulang dari ${node(from)} kembali ke ${node(to)}${distanceM === null ? '' : ` (${f.quantity(distanceM, 'm')})`}`,
    'waste.pushLink': ({ from, to }) => `Aliran dorong dari ${node(from)} ke ${node(to)}`,
    'waste.fastStep': ({ step, load, fastStepLoad, stock, stockDays }, f) =>
      `${node(step)} berjalan dengan beban ${f.ratio(load)} (di bawah ${f.ratio(fastStepLoad)}, lebih cepat dari takt) dan mengisi ${f.days(stockDays)} stok di ${node(stock)}`,
    'waste.lowUptime': ({ step, uptimePct, minUptimePct }, f) =>
      `Uptime ${f.percent(uptimePct)} di ${node(step)}, di bawah ${f.percent(minUptimePct)}`,
    'waste.longChangeover': ({ step, changeoverSec, shareOfDay, availableSecondsPerDay, maxShareOfDay }, f) =>
      `Waktu ganti model (changeover) ${seconds(changeoverSec, f)} di ${node(step)} adalah ${f.ratio(shareOfDay)} dari waktu kerja sehari ${seconds(availableSecondsPerDay, f)}, di atas ${f.ratio(maxShareOfDay)}`,
    'waste.lowUtilisation': ({ step, utilisation, processingSec, operators, taktTimeSec, minUtilisation }, f) =>
      `Utilisasi operator ${f.ratio(utilisation)} di ${node(step)}: waktu proses ${seconds(processingSec, f)}, ${f.number(operators, 1)} operator, takt ${seconds(taktTimeSec, f)}; di bawah ${f.ratio(minUtilisation)}`,
    'waste.transport': ({ node: transport, mode, transitDays }, f) =>
      `${node(transport)}${mode === null ? '' : ` dengan ${MODE[mode]}`}${transitDays === null ? '' : `: ${f.days(transitDays)} di perjalanan`}`,
    'waste.shipment': ({ from, to, transitDays }, f) =>
      `Pengiriman dari ${node(from)} ke ${node(to)}${transitDays === null ? '' : `: ${f.days(transitDays)} di perjalanan`}`,
    'waste.distance': ({ from, to, distanceM }, f) => `Material berpindah ${f.quantity(distanceM, 'm')} dari ${node(from)} ke ${node(to)}`,
    'waste.excessStock': ({ stock, stockDays, units, maxStockDays }, f) =>
      `${f.days(stockDays)} stok di ${node(stock)}${units === null ? '' : ` (${f.units(units)})`}, di atas ${dayCount(maxStockDays, f)}`,
    'waste.motion': ({ step, motionSec, processingSec }, f) =>
      `Gerakan ${seconds(motionSec, f)} di ${node(step)} (waktu proses ${seconds(processingSec, f)})`,
    'waste.inspection': ({ step, nonValueAddedSec }, f) =>
      `Langkah inspeksi ${node(step)}: ${seconds(nonValueAddedSec, f)} proses tanpa nilai tambah`,
    'waste.nonValueAdded': ({ step, nonValueAddedSec, processingSec, valueAddedSec }, f) =>
      `${seconds(nonValueAddedSec, f)} tanpa nilai tambah di ${node(step)} (waktu proses ${seconds(processingSec, f)}, bernilai tambah ${seconds(valueAddedSec, f)})`,
    'waste.tagged': ({ node: tagged }) => `Ditandai pada ${node(tagged)}`,
    'waste.kaizen': ({ burst, step }) =>
      `${burst.name === null ? node(burst) : `Kaizen burst ${burst.name}`}${step === null ? '' : ` pada ${node(step)}`}`,
    'waste.more': ({ total, counts }, f) => {
      if (counts.length === 1) {
        const only = counts[0]!;
        return `… dan ${f.count(only.count)} lagi: ${ruleText(only.rule, only.limit, f)}`;
      }
      return `… dan ${f.count(total)} lagi: ${counts.map((c) => `${f.count(c.count)} ${ruleText(c.rule, c.limit, f)}`).join(', ')}`;
    },

    'file.notText': ({ got: value }) => `berkas tidak berisi teks yang bisa dibaca, ${got(value)}`,
    'file.tooLarge': ({ sizeBytes, limitBytes }, f) => {
      const limit = megabytes(limitBytes, f);
      const size = megabytes(sizeBytes, f);
      return `ukuran berkas ${size === limit ? `sedikit di atas ${limit}` : size} MB (${f.count(sizeBytes)} byte); yang bisa dibuka paling besar ${limit} MB`;
    },
    'file.empty': () => 'berkas kosong',
    'file.notJson': ({ line, column, problem }) => `berkas bukan JSON yang valid: ${jsonProblem(problem)} di baris ${line}, kolom ${column}`,
    'file.notObject': ({ got: value }) => `berkas peta berisi satu objek JSON, ${got(value)}`,
    'file.wrongFormat': ({ expected, got: value }) => `ini bukan peta Arus: format harus ${quoted(expected)}, ${got(value)}`,
    'file.schemaVersionMissing': () => 'tidak ada: berkas tidak menyebut versi format yang dipakainya',
    'file.schemaVersionInvalid': ({ got: value }) => `harus bilangan bulat mulai 1, ${got(value)}`,
    'file.newerSchema': ({ version, newest }) =>
      `dibuat oleh Arus yang lebih baru (skema ${version}); versi ini hanya membaca sampai skema ${newest}. Perbarui Arus untuk membukanya.`,
    'file.noMigration': ({ from, to }) => `skema ${from} tidak bisa dibaca: tidak ada migrasi dari skema ${from} ke ${to}`,
    'file.migrationFailed': ({ from, to, name, reason }) => `berkas tidak bisa dibawa dari skema ${from} ke ${to} (${name}): ${reason}`,

    'value.invalid': () => 'tidak valid',
    'value.missing': () => 'tidak ada',
    'value.wrongShape': ({ expected, got: value }) => `harus berupa ${SHAPE[expected]}, ${got(value)}`,
    'value.notNumber': ({ what, got: value }) => `harus berupa ${WHAT[what]}, ${got(value)}`,
    'value.belowMin': ({ what, min, exclusive, got: value }, f) =>
      exclusive
        ? `harus berupa ${WHAT[what]} di atas ${f.quantity(min.value, min.unit)}, ${got(value)}`
        : `harus berupa ${WHAT[what]} paling kecil ${f.quantity(min.value, min.unit)}, ${got(value)}`,
    'value.aboveMax': ({ what, max, got: value }, f) => `harus berupa ${WHAT[what]} paling besar ${f.quantity(max.value, max.unit)}, ${got(value)}`,
    'value.notWhole': ({ got: value }) => `harus bilangan bulat, ${got(value)}`,
    'value.notText': ({ got: value }) => `harus berupa teks, ${got(value)}`,
    'value.tooLong': ({ length, limit }, f) => `terlalu panjang: ${f.count(length)} karakter, batasnya ${f.count(limit)}`,
    'value.empty': () => 'tidak boleh kosong',
    'value.notOneOf': ({ options, got: value }) => `harus salah satu dari ${options.join(', ')}; ${got(value)}`,
    'value.notBoolean': ({ got: value }) => `harus true atau false, ${got(value)}`,
    'value.notDate': ({ got: value }) => `harus tanggal berbentuk YYYY-MM-DD, ${got(value)}`,
    'value.notWaste': ({ got: value }) => `harus salah satu dari delapan pemborosan: ${WASTE_IDS.join(', ')}; ${got(value)}`,
    'value.notWasteList': ({ got: value }) => `harus daftar id pemborosan (${WASTE_IDS.join(', ')}), ${got(value)}`,
    'value.unknownWaste': ({ got: value }) => `memuat pemborosan yang tidak dikenal ${shown(value)}; yang dikenal: ${WASTE_IDS.join(', ')}`,
    'value.duplicateWaste': ({ waste }) => `memuat ${quoted(waste)} dua kali`,
    'value.notNodeId': ({ got: value }) => `harus id sebuah simbol, ${got(value)}`,
    'value.idTooLong': ({ length, limit }, f) => `terlalu panjang untuk id: ${f.count(length)} karakter, batasnya ${f.count(limit)}`,
    'value.notLinkText': ({ got: value }) => `harus tautan berupa teks, ${got(value)}`,
    'value.linkTooLong': ({ length, limit }, f) => `terlalu panjang untuk tautan: ${f.count(length)} karakter, batasnya ${f.count(limit)}`,
    'value.unsafeLink': ({ got: value }) => `harus tautan http, https atau mailto, ${got(value)}`,
    'value.notPlainJson': ({ got: value }) => `harus data JSON biasa, ${got(value)}`,
    'value.tooDeep': ({ limit }) => `bersarang lebih dari ${limit} tingkat`,
    'value.forbiddenKey': ({ key }) => `kunci ${quoted(key)} tidak diizinkan dalam berkas peta`,
    'value.notFinite': ({ got: value }) => `harus angka terhingga, ${got(value)}`,
    'node.missingType': () => 'tidak ada: setiap simbol perlu type',
    'node.unknownType': ({ got: value }) => `jenis simbol tidak dikenal ${shown(value)}; jenis yang dikenal: ${NODE_TYPES.join(', ')}`,
    'edge.missingType': () => 'tidak ada: setiap panah perlu type',
    'edge.unknownType': ({ got: value }) => `jenis panah tidak dikenal ${shown(value)}; jenis yang dikenal: ${EDGE_TYPES.join(', ')}`,
    'state.duplicateNodeId': ({ id: nodeId, firstIndex }) => `id simbol ${quoted(nodeId)} ganda: nodes[${firstIndex}] juga memakainya`,
    'state.duplicateEdgeId': ({ id: edgeId, firstIndex }) => `id panah ${quoted(edgeId)} ganda: edges[${firstIndex}] juga memakainya`,
    'state.edgeIdIsNodeId': ({ id: edgeId, nodeIndex }) => `id panah ${quoted(edgeId)} juga id dari nodes[${nodeIndex}]`,
    'state.edgeToMissingNode': ({ edge, node: missing }) => `panah ${quoted(edge)} menunjuk ke simbol ${quoted(missing)} yang tidak ada`,
    'state.refToMissingNode': ({ type, nodeId, ref }) => `${nameInSentence(type)} ${quoted(nodeId)} menunjuk ke simbol ${quoted(ref)} yang tidak ada`,
    'state.materialLoop': ({ ids }) =>
      `aliran material membentuk loop: ${[...ids, ids[0]].join(' → ')}; tandai panah baliknya sebagai pengerjaan ulang (rework)`,
    'settings.dayTooLong': ({ perDaySec, limitSec }, f) =>
      `waktu tersedia per hari ${f.time(perDaySec)} (waktu per shift × jumlah shift); sehari hanya ${f.time(limitSec)}`,
    'field.unknownNodeType': ({ got: value }) => `jenis simbol tidak dikenal ${shown(value)}`,
    'field.unknown': ({ key, type }) => `${quoted(key)} bukan isian ${nameInSentence(type)}`,
    'field.unknownEdgeField': ({ key }) => `${quoted(key)} bukan isian panah`,

    'input.required': () => 'isi nilainya',
    'input.enterNumber': () => 'isi sebuah angka',
    'input.numberTooLong': () => 'terlalu panjang untuk sebuah angka',
    'input.ambiguousSeparator': ({ text, asDecimal, asWhole }, f) =>
      `${quoted(text)} bisa berarti ${f.number(asDecimal, 3)} atau ${asWhole}: tulis tanpa pemisah ribuan (${asWhole}) atau sebagai ${f.number(asDecimal, 3)}`,
    'input.notNumber': ({ text }) => `${quoted(text)} tidak terbaca sebagai angka`,
    'input.numberTooLarge': ({ text }) => `${quoted(text)} terlalu besar`,
    'input.enterTime': () => 'isi sebuah waktu; contoh 45 dtk, 10 mnt, 1,5 jam atau 2 hari',
    'input.timeTooLong': () => 'terlalu panjang untuk sebuah waktu',
    'input.negativeTime': () => 'waktu tidak boleh negatif',
    'input.badSecondsPerDay': () => 'detik per hari harus di atas 0',
    'input.notTime': ({ text }) => `${quoted(text)} tidak terbaca sebagai waktu; contoh 45 dtk, 10 mnt, 1,5 jam atau 2 hari`,
    'input.unknownUnit': ({ unit }) => `satuan ${quoted(unit)} tidak dikenal; pakai dtk, mnt, jam atau hari`,
    'input.timeTooLarge': () => 'waktu itu terlalu besar',

    'connection.nodeGone': () => 'Simbol itu sudah tidak ada di peta',
    'connection.selfLoop': () => 'Panah tidak bisa berawal dan berakhir di simbol yang sama',
    'connection.floating': ({ type }) => `${symbolName(type, 'id')} mengambang di peta dan tidak menerima panah`,
    'connection.holdsNoMaterial': ({ edgeType, type }) =>
      `${ARROW[edgeType]} memindahkan material; ${nameInSentence(type)} tidak menyimpan material`,
    'connection.infoIntoStock': ({ edgeType, type }) => `${ARROW[edgeType]} tidak boleh menunjuk ke ${nameInSentence(type)}`,
    'connection.infoNeedsInfoEnd': ({ edgeType }) =>
      `${ARROW[edgeType]} perlu PPIC, kanban, pelanggan atau pemasok di salah satu ujungnya, atau proses yang menerimanya`,
    'connection.kanbanPathEnd': ({ edgeType, type }) =>
      `${ARROW[edgeType]} menghubungkan kanban, pos kanban, supermarket, perataan beban (heijunka) dan proses; bukan ${nameInSentence(type)}`,
    'connection.shipmentEnd': ({ edgeType, type }) =>
      `${ARROW[edgeType]} berjalan di antara pemasok, pelanggan, truk dan stok; bukan ${nameInSentence(type)}`,
    'connection.shipmentNeedsExternal': ({ edgeType }) =>
      `${ARROW[edgeType]} perlu pemasok, pelanggan atau truk di salah satu ujungnya; di antara dua stok pakai panah material`,
    'connection.duplicate': ({ edgeType }) =>
      `Kedua simbol ini sudah dihubungkan dengan ${ARROW[edgeType].charAt(0).toLowerCase()}${ARROW[edgeType].slice(1)}`,
    'connection.closesLoop': ({ nodes }) =>
      `Panah ini akan menutup loop dalam aliran material (${loop(nodes)}); gambarkan sebagai pengerjaan ulang (rework) untuk menunjukkan loop balik`,
  },

  metrics: {
    dailyDemand: 'Permintaan harian',
    availableSecondsPerDay: 'Waktu tersedia per hari',
    taktTimeSec: 'Takt time',
    leadTimeDays: 'Lead time produksi',
    waitingTimeDays: 'Waktu tunggu',
    processingTimeSec: 'Waktu proses',
    valueAddedTimeSec: 'Waktu bernilai tambah',
    valueAddedRatio: 'Rasio nilai tambah',
    inventoryUnits: 'Persediaan (unit)',
    inventoryDays: 'Persediaan (hari)',
    inventoryTurns: 'Perputaran persediaan',
    bottleneckId: 'Bottleneck',
    bottleneckLoad: 'Beban bottleneck',
    labourContentSec: 'Total waktu kerja',
    operatorsNeeded: 'Operator yang dibutuhkan pada takt',
    rolledThroughputYield: 'Hasil lolos gabungan (RTY)',
  },

  measures: {
    scrapPpm: 'Scrap di jalur kritis',
    qualityPpm: 'Masalah kualitas',
    reworkLoops: 'Loop pengerjaan ulang',
    pushLinks: 'Aliran dorong',
    overproducedStockDays: 'Stok dari langkah yang lebih cepat dari takt',
    downtimeSec: 'Downtime per hari',
    idleOperatorSec: 'Waktu menganggur operator per unit',
    transitDays: 'Waktu transit',
    distanceM: 'Jarak perpindahan',
    transportMoves: 'Jumlah pengiriman',
    excessStockDays: 'Stok di atas ambang',
    motionSec: 'Gerakan',
    nonValueAddedSec: 'Proses tanpa nilai tambah',
  },
};
