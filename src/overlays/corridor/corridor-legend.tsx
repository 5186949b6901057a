import { CORRIDOR_BRANCHES } from '../../domain/vocabulary/vocabulary';
import { BRANCH_LABELS, MODE_LABELS, NODE_KIND_LABELS } from '../../domain/vocabulary/vocabulary-labels';
import { useExplorer } from '../../state/explorer-context';
import { branchLayerId } from './corridor-overlay';
import { corridorTheme } from './corridor-theme';

/** A short line sample in a colour and dash pattern, for the key. */
function LineSample({ colour, dashes, width = 3 }: { colour: string; dashes?: readonly number[]; width?: number }) {
  return (
    <svg width="36" height="10" aria-hidden="true" className="legend__sample">
      <line
        x1="2"
        y1="5"
        x2="34"
        y2="5"
        stroke={colour}
        strokeWidth={width}
        strokeDasharray={dashes?.map((dash) => dash * width).join(' ')}
      />
    </svg>
  );
}

function CircleSample({ fill, stroke }: { fill: string; stroke: string }) {
  return (
    <svg width="36" height="14" aria-hidden="true" className="legend__sample">
      <circle cx="18" cy="7" r="5" fill={fill} stroke={stroke} strokeWidth="2" />
    </svg>
  );
}

/**
 * The map's key and its layer switches: one checkbox per corridor branch (the all-sea comparators
 * off by default), then what colours, dash patterns and symbols mean.
 */
export function CorridorLegend({ defaultLayers }: { defaultLayers: readonly string[] }) {
  const visibleLayers = useExplorer((state) => state.visibleLayers) ?? defaultLayers;
  const setLayerVisible = useExplorer((state) => state.setLayerVisible);
  const { modeColours, dashes } = corridorTheme;
  return (
    <div className="legend">
      <fieldset className="legend__branches">
        <legend>Branches shown</legend>
        {CORRIDOR_BRANCHES.map((branch) => {
          const layerId = branchLayerId(branch);
          return (
            <label key={branch} className="legend__toggle">
              <input
                type="checkbox"
                checked={visibleLayers.includes(layerId)}
                onChange={(event) => setLayerVisible(layerId, event.target.checked, defaultLayers)}
              />
              {BRANCH_LABELS[branch]}
            </label>
          );
        })}
      </fieldset>
      <h3 className="legend__heading">Key</h3>
      <ul className="legend__list" aria-label="Map key">
        {(Object.keys(MODE_LABELS) as Array<keyof typeof MODE_LABELS>).map((mode) => (
          <li key={mode}>
            <LineSample colour={modeColours[mode]} />
            {MODE_LABELS[mode]}
          </li>
        ))}
        <li>
          <LineSample colour={corridorTheme.comparatorColour} width={2} />
          All-sea comparator route
        </li>
        <li>
          <LineSample colour="#444" />
          Operational
        </li>
        <li>
          <LineSample colour="#444" dashes={dashes.underConstruction} />
          Under construction
        </li>
        <li>
          <LineSample colour="#444" dashes={dashes.planned} />
          Planned or proposed
        </li>
        <li>
          <LineSample colour={corridorTheme.inactiveColour} dashes={dashes.inactive} />
          Suspended or closed
        </li>
        <li>
          <LineSample colour={corridorTheme.gapColour} dashes={[1.2, 0.8]} width={5} />
          <strong>Missing link</strong> (no rail yet)
        </li>
        <li>
          <CircleSample fill="transparent" stroke="#111" />
          Gauge break (1520 / 1435 mm)
        </li>
        {(Object.keys(NODE_KIND_LABELS) as Array<keyof typeof NODE_KIND_LABELS>).map((kind) => (
          <li key={kind}>
            <CircleSample
              fill={kind === 'border-crossing' ? '#ffffff' : corridorTheme.nodeKindColours[kind]}
              stroke={corridorTheme.nodeKindColours[kind]}
            />
            {NODE_KIND_LABELS[kind]}
          </li>
        ))}
      </ul>
      <p className="hint">
        Lines drawn through the towns the sources name are approximate alignments, not surveyed track; their panels say
        so. Click a line or a node for its sources.
      </p>
    </div>
  );
}
