import { z } from 'zod';
import { LANGUAGES } from './i18n/define';

export const FACILITY_TYPES = ['private_hospital', 'phc', 'chc', 'sdh', 'dh'] as const;
export const OWNERSHIPS = ['private', 'public'] as const;

/** True when the runtime knows the IANA zone (both Node and Chromium carry the full tz database). */
export function isKnownTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const text = (max: number) => z.string().trim().max(max);

/** The facility's identity, printed on every slip and report. Field names follow the domain documents. */
export const facilitySettingsSchema = z
  .object({
    hospital_name: text(120).min(1, { error: 'v.blank' }),
    address: text(300),
    phone: text(40).regex(/^$|^[0-9+\-\s/,]{6,40}$/, { error: 'v.phone' }),
    registration_no: text(60),
    district: text(60),
    block: text(60),
    state: text(60),
    pin: text(6).regex(/^$|^[1-9][0-9]{5}$/, { error: 'v.pin' }),
    hmis_facility_code: text(30),
    facility_type: z.enum(FACILITY_TYPES),
    ownership: z.enum(OWNERSHIPS),
    time_zone: z.string().trim().refine(isKnownTimeZone, { error: 'v.time_zone' }),
    ui_language: z.enum(LANGUAGES),
  })
  .strict();
export type FacilitySettings = z.output<typeof facilitySettingsSchema>;

/** A fresh install: the clerk fills in the name on first run; Kishanganj, Bihar are our first users. */
export const DEFAULT_FACILITY_SETTINGS: FacilitySettings = {
  hospital_name: 'Prasav Hospital',
  address: '',
  phone: '',
  registration_no: '',
  district: 'Kishanganj',
  block: '',
  state: 'Bihar',
  pin: '',
  hmis_facility_code: '',
  facility_type: 'private_hospital',
  ownership: 'private',
  time_zone: 'Asia/Kolkata',
  ui_language: 'hi',
};

/** An update names only the fields it changes. */
export const facilitySettingsPatchSchema = facilitySettingsSchema.partial().strict();
