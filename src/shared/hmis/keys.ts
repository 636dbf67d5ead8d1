/**
 * Computation keys: stable names of the indicators the register can compute (docs/domain/hmis.md §1.2). Their logic lives
 * once, in src/main/hmis/indicators.ts; each format file maps its item numbers to these keys, so a new format
 * revision is a data file, not code. `manual` items are typed by the clerk and stored with the report.
 */
export const COMPUTE_KEYS = [
  // M1 ANC / intrapartum
  'anc.corticosteroids_preterm',
  'complications.eclampsia_managed',
  'complications.attended',
  'complications.blood_transfusion',
  'screening.syphilis_tested',
  'screening.hiv_dil',
  'births.live.syphilis_reactive_mother',
  'hrp.intrapartum.total',
  'hrp.intrapartum.pph_only',
  'hrp.intrapartum.sepsis_only',
  'hrp.intrapartum.eclampsia_only',
  'hrp.intrapartum.obstructed_only',
  'hrp.intrapartum.multiple',
  'hrp.referred_out',
  'hrp.referred_in',
  // M2–M3 deliveries
  'deliveries.institutional',
  'deliveries.vaginal.stay_48h',
  'deliveries.discharged_within_48h',
  'deliveries.vaginal.night',
  'deliveries.mlcu',
  'deliveries.age.lt15',
  'deliveries.age.15_19',
  'deliveries.age.20_49',
  'deliveries.age.gt49',
  'deliveries.lscs',
  'deliveries.lscs.night',
  'deliveries.lscs.stay_72h',
  'deliveries.hbsag_positive',
  // M4 births
  'births.live',
  'births.live.male',
  'births.live.female',
  'births.live.ambiguous_sex',
  'births.live.preterm',
  'births.still',
  'births.still.fresh_28plus',
  'births.still.macerated_28plus',
  'births.still.24_27',
  'births.live.weighed',
  'births.live.lbw_2500',
  'births.live.lbw_1800',
  'births.live.bf_1h',
  'births.live.exclusive_bf_discharge',
  'births.live.screened_defects',
  'births.live.visible_defects',
  'births.live.hbsag_positive_mother',
  'births.hbsag.hepb0',
  'births.hbsag.hbig_24h',
  // M6 post-partum, M8 family planning
  'postpartum.ifa_180',
  'postpartum.calcium_360',
  'ppfp.sterilisation_7d',
  'ppfp.ppiucd_48h',
  // M9 birth doses (by date given)
  'immunisation.vit_k',
  'immunisation.bcg',
  'immunisation.opv0',
  'immunisation.hepb0',
  // M14 in-patients (labour-room share) and newborn units
  'ipd.admission.lt18',
  'ipd.admission.18_59',
  'ipd.discharge.lt18',
  'ipd.discharge.18_59',
  'ipd.referred.lt18',
  'ipd.referred.18_59',
  'ipd.death.lt18',
  'ipd.death.18_59',
  'ipd.lama.total',
  'ipd.lama.delivery',
  'newborn.nbsu_here',
  'newborn.sncu_here',
  // M16 deaths
  'neonatal_deaths.lt24h',
  'neonatal_deaths.1_7d',
  'neonatal_deaths.8_28d',
  'neonatal_deaths.sepsis',
  'neonatal_deaths.asphyxia',
  'neonatal_deaths.prematurity',
  'neonatal_deaths.other',
  'maternal_deaths.aph',
  'maternal_deaths.pph',
  'maternal_deaths.sepsis',
  'maternal_deaths.abortion',
  'maternal_deaths.obstructed',
  'maternal_deaths.hypertensive',
  'maternal_deaths.other',
  'maternal_deaths.total',
  'maternal_deaths.age.lt15',
  'maternal_deaths.age.15_19',
  'maternal_deaths.age.20_49',
  'maternal_deaths.age.gt49',
  'fbmdr.done',
  // Items a hospital labour room never produces (home deliveries, home PNC): reported as 0.
  'fixed.not_applicable',
] as const;
export type ComputeKey = (typeof COMPUTE_KEYS)[number];

export const MANUAL = 'manual' as const;
export type ItemCompute = ComputeKey | typeof MANUAL;

export function isComputeKey(key: string): key is ComputeKey {
  return (COMPUTE_KEYS as readonly string[]).includes(key);
}
