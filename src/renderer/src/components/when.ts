import { DEFAULT_FACILITY_SETTINGS } from '../../../shared/settings';
import { formatInstant } from '../../../shared/i18n/dates';
import { useAppState } from '../state';

/** Writes an instant as the clerk reads it: the facility's own time zone, DD-MM-YYYY HH:mm (shared/i18n/dates.ts). */
export function useWhen(): (iso: string) => string {
  const { settings } = useAppState();
  const zone = settings?.time_zone ?? DEFAULT_FACILITY_SETTINGS.time_zone;
  return (iso) => formatInstant(iso, zone);
}
