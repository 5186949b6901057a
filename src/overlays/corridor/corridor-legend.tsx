import { CORRIDOR_BRANCHES, NODE_KINDS, SEGMENT_MODES } from '../../domain/vocabulary/vocabulary';
import { Message, useWording } from '../../i18n/use-t';
import { useExplorer } from '../../state/explorer-context';
import { branchLayerId, GAUGE_BREAK_WORDS } from './corridor-overlay';
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
  const wording = useWording();
  const { t } = wording;
  return (
    <div className="legend">
      <fieldset className="legend__branches">
        <legend>{t('layer.corridor.branches')}</legend>
        {CORRIDOR_BRANCHES.map((branch) => {
          const layerId = branchLayerId(branch);
          return (
            <label key={branch} className="legend__toggle">
              <input
                type="checkbox"
                checked={visibleLayers.includes(layerId)}
                onChange={(event) => setLayerVisible(layerId, event.target.checked, defaultLayers)}
              />
              {wording.branch(branch)}
            </label>
          );
        })}
      </fieldset>
      <h3 className="legend__heading">{t('layer.corridor.key')}</h3>
      <ul className="legend__list" aria-label={t('layer.corridor.keyLabel')}>
        {SEGMENT_MODES.map((mode) => (
          <li key={mode}>
            <LineSample colour={modeColours[mode]} />
            {wording.mode(mode)}
          </li>
        ))}
        <li>
          <LineSample colour={corridorTheme.comparatorColour} width={2} />
          {t('mapKey.comparator')}
        </li>
        <li>
          <LineSample colour="#444" />
          {t('v.status.operational')}
        </li>
        <li>
          <LineSample colour="#444" dashes={dashes.underConstruction} />
          {t('v.status.under-construction')}
        </li>
        <li>
          <LineSample colour="#444" dashes={dashes.planned} />
          {t('mapKey.plannedOrProposed')}
        </li>
        <li>
          <LineSample colour={corridorTheme.inactiveColour} dashes={dashes.inactive} />
          {t('layer.corridor.suspendedOrClosed')}
        </li>
        <li>
          <LineSample colour={corridorTheme.gapColour} dashes={[1.2, 0.8]} width={5} />
          <Message
            id="layer.corridor.missingLink"
            values={{ link: <strong>{t('layer.corridor.missingLinkName')}</strong> }}
          />
        </li>
        <li>
          <CircleSample fill="transparent" stroke="#111" />
          {GAUGE_BREAK_WORDS(wording)}
        </li>
        {NODE_KINDS.map((kind) => (
          <li key={kind}>
            <CircleSample
              fill={kind === 'border-crossing' ? '#ffffff' : corridorTheme.nodeKindColours[kind]}
              stroke={corridorTheme.nodeKindColours[kind]}
            />
            {wording.nodeKind(kind)}
          </li>
        ))}
      </ul>
      <p className="hint">{t('layer.corridor.hint')}</p>
    </div>
  );
}
