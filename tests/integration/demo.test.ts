import { describe, expect, it } from 'vitest';
import { demoEpisodes } from '../../src/main/demo/register';
import { DEFAULT_REGISTER_POLICY } from '../../src/shared/register/policy';
import { checkEpisode, checkRequired } from '../../src/shared/register/rules';
import { babyFieldsSchema, episodePatchSchema } from '../../src/shared/register/schema';
import { toLocalIso } from '../../src/shared/time';

const now = new Date('2026-11-25T10:00:00+05:30');
const episodes = demoEpisodes({ now, timeZone: 'Asia/Kolkata' });

describe('demo hospital', () => {
  it('has about 60–120 deliveries a month over two years', () => {
    const perMonth = new Map<string, number>();
    for (const ep of episodes)
      if (ep.fields.delivery_at && !ep.void)
        perMonth.set(ep.fields.delivery_at.slice(0, 7), (perMonth.get(ep.fields.delivery_at.slice(0, 7)) ?? 0) + 1);
    const full = [...perMonth.entries()].filter(([m]) => m > '2024-11' && m < '2026-11').map(([, n]) => n);
    expect(full.length).toBeGreaterThanOrEqual(22);
    expect(Math.min(...full)).toBeGreaterThanOrEqual(60);
    expect(Math.max(...full)).toBeLessThanOrEqual(120);
  });

  it('has realistic rates of caesareans, twins, low birth weight, still births and referrals', () => {
    const delivered = episodes.filter((e) => e.fields.delivery_at && !e.void);
    const babies = delivered.flatMap((e) => e.babies);
    const rate = (n: number, d: number) => n / d;
    expect(rate(delivered.filter((e) => e.fields.mode?.startsWith('lscs')).length, delivered.length)).toBeGreaterThan(0.25);
    expect(rate(delivered.filter((e) => e.fields.mode?.startsWith('lscs')).length, delivered.length)).toBeLessThan(0.45);
    expect(rate(delivered.filter((e) => e.babies.length === 2).length, delivered.length)).toBeGreaterThan(0.005);
    expect(rate(delivered.filter((e) => e.babies.length === 2).length, delivered.length)).toBeLessThan(0.03);
    const weighed = babies.filter((b) => b.outcome === 'live' && b.birth_weight_g !== null);
    expect(rate(weighed.filter((b) => b.birth_weight_g! < 2500).length, weighed.length)).toBeGreaterThan(0.08);
    expect(rate(weighed.filter((b) => b.birth_weight_g! < 2500).length, weighed.length)).toBeLessThan(0.3);
    expect(rate(babies.filter((b) => b.outcome !== 'live').length, babies.length)).toBeGreaterThan(0.008);
    expect(rate(babies.filter((b) => b.outcome !== 'live').length, babies.length)).toBeLessThan(0.035);
    const referred = episodes.filter((e) => e.fields.outcome === 'referred_out').length;
    expect(rate(referred, episodes.length)).toBeGreaterThan(0.01);
    expect(rate(referred, episodes.length)).toBeLessThan(0.08);
  });

  it('uses both scripts and leaves women in the wards today', () => {
    const devanagari = episodes.filter((e) => /[\u0900-\u097F]/.test(e.fields.mother_name ?? '')).length;
    expect(devanagari / episodes.length).toBeGreaterThan(0.3);
    expect(devanagari / episodes.length).toBeLessThan(0.7);
    expect(episodes.filter((e) => e.record_state !== 'closed' && !e.void).length).toBeGreaterThanOrEqual(3);
  });

  it('passes every rule of the register (the same checks a clerk faces)', () => {
    const env = { now, today: toLocalIso(now.getTime(), 'Asia/Kolkata').slice(0, 10), policy: DEFAULT_REGISTER_POLICY };
    for (const ep of episodes) {
      expect(episodePatchSchema.safeParse(ep.fields).success, ep.serial.serialNo).toBe(true);
      for (const b of ep.babies) expect(babyFieldsSchema.safeParse(b).success, ep.serial.serialNo).toBe(true);
      const stage = ep.record_state === 'closed' ? 'close' : ep.record_state === 'delivered' ? 'deliver' : 'admit';
      const referral = ep.referrals[0] ?? null;
      const errors = [
        ...checkRequired({ ...ep.fields, babies: ep.babies }, stage),
        ...checkEpisode({ ...ep.fields, babies: ep.babies, referral }, env),
      ].filter((i) => i.severity === 'error');
      expect(errors, ep.serial.serialNo).toEqual([]);
    }
  });
});
