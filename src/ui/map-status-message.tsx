import { useT } from '../i18n/use-t';
import { useExplorer } from '../state/explorer-context';

/** Says clearly when the map cannot start, and what still works: the controller's code worded in the language shown. */
export function MapStatusMessage() {
  const t = useT();
  const status = useExplorer((state) => state.mapStatus);
  if (status.kind !== 'error') return null;
  return (
    <div className="map-status" role="alert" data-testid="map-error">
      <h2>{t('map.unavailable')}</h2>
      <p>{status.words ? t(status.words.id, status.words.values) : status.message}</p>
      <p>{t('map.unavailableHelp')}</p>
    </div>
  );
}
