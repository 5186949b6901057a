/** What the gauge-break search needs to know of a rail or other segment. */
export interface GaugedSegment {
  from: string;
  to: string;
  mode: string;
  gaugeMillimetres?: number | undefined;
}

/** A node where rail lines of different gauges meet, with the gauges in ascending order. */
export interface GaugeBreak {
  nodeId: string;
  gaugesMillimetres: number[];
}

/**
 * Finds the nodes where rail segments of different track gauges meet (e.g. 1520/1435 mm at
 * Astara, Incheh Borun and Sarakhs), where wagons change bogies or cargo is transshipped.
 * Pure: derived from the segments, so it stays true when the data changes.
 */
export function findGaugeBreaks(segments: readonly GaugedSegment[]): GaugeBreak[] {
  const gaugesByNode = new Map<string, Set<number>>();
  for (const segment of segments) {
    if (segment.mode !== 'rail' || segment.gaugeMillimetres === undefined) continue;
    for (const nodeId of [segment.from, segment.to]) {
      const gauges = gaugesByNode.get(nodeId) ?? new Set<number>();
      gauges.add(segment.gaugeMillimetres);
      gaugesByNode.set(nodeId, gauges);
    }
  }
  return [...gaugesByNode]
    .filter(([, gauges]) => gauges.size > 1)
    .map(([nodeId, gauges]) => ({ nodeId, gaugesMillimetres: [...gauges].sort((a, b) => a - b) }))
    .sort((a, b) => a.nodeId.localeCompare(b.nodeId));
}
