/** Source ids of the corridor overlay. */
export const CORRIDOR_SOURCE_IDS = {
  segments: 'corridor-segments',
  nodes: 'corridor-nodes',
  gaugeBreaks: 'corridor-gauge-breaks',
  events: 'corridor-events',
  gapLabels: 'corridor-gap-labels',
  branchLabels: 'corridor-branch-labels',
} as const;

/** Layer ids of the corridor overlay (status-group line layers add `-<group>`). */
export const CORRIDOR_LAYER_IDS = {
  casing: 'corridor-casing',
  gap: 'corridor-gap',
  lines: 'corridor-lines',
  nodes: 'corridor-nodes',
  nodeLabels: 'corridor-node-labels',
  gaugeBreaks: 'corridor-gauge-breaks',
  gaugeBreakLabels: 'corridor-gauge-break-labels',
  gapLabel: 'corridor-gap-label',
  restrictedHalo: 'corridor-restricted-halo',
  events: 'corridor-events',
  branchLabels: 'corridor-branch-labels',
  branchHighlight: 'corridor-branch-highlight',
  preview: 'corridor-route-preview',
} as const;
