import { DEMO_PASSWORDS } from '../../shared/demo';
import { ROLES } from '../../shared/roles';
import { DEFAULT_FACILITY_SETTINGS, facilitySettingsSchema } from '../../shared/settings';
import { writeAudit } from '../audit';
import { createDemoUser } from '../auth/users';
import type { DbHandle } from '../db/handle';
import { indexEpisode } from '../register/search';
import { insertEpisode } from '../register/store';
import { updateSection } from '../settings/store';
import type { Session } from '../session';
import { demoEpisodes } from './register';

const DEMO_SESSION: Session = { userId: 'demo', userName: 'demo', role: 'admin' };

const DEMO_NAMES = {
  admin: 'Rakesh Kumar (Admin)',
  doctor: 'Dr. Farhana Parveen',
  nurse: 'Sister Anita Kujur',
  clerk: 'Md. Imran Alam',
} as const;

/** A believable hospital for demos and end-to-end tests, with one account per role (passwords in the README). */
export function seedDemo(ctx: DbHandle): void {
  const facility = updateSection(ctx, DEMO_SESSION, 'facility', facilitySettingsSchema, DEFAULT_FACILITY_SETTINGS, {
    hospital_name: 'Seemanchal Maternity & Nursing Home',
    address: 'Line Mohalla, Near Sadar Hospital Road, Kishanganj',
    phone: '06456-222345',
    registration_no: 'BR/KGJ/CE/2021/0147',
    district: 'Kishanganj',
    block: 'Kishanganj',
    state: 'Bihar',
    pin: '855107',
    hmis_facility_code: 'BR-KGJ-PVT-0042',
  });
  const episodes = demoEpisodes({ now: ctx.clock(), timeZone: facility.time_zone });
  ctx.db.transaction(() => {
    for (const episode of episodes) {
      const id = insertEpisode(ctx, episode);
      writeAudit(ctx.db, DEMO_SESSION, new Date(Date.parse(episode.created_at)), [
        { entity: 'episode', entityId: String(id), action: 'create', newValue: episode.fields, reason: 'demo data' },
      ]);
      indexEpisode(ctx.sqlite, id, { ...episode.fields, serial_no: episode.serial.serialNo });
    }
  });
  for (const role of ROLES) {
    createDemoUser(ctx, DEMO_SESSION, { username: role, full_name: DEMO_NAMES[role], role, password: DEMO_PASSWORDS[role] });
  }
}
