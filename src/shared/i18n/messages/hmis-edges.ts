import { defineMessages } from '../define';

/** Counting at the edges (hmis.md §3.1, A1–A6): save rules, what the report leaves out and why. */
export const hmisEdgeMessages = defineMessages({
  'v.ppfp_date_required': {
    en: '{{field}} is required when this method is chosen (otherwise she is left out of 8.4 / 8.2.3).',
    hi: 'यह तरीका चुनने पर {{field}} ज़रूरी है (वरना वह 8.4 / 8.2.3 में नहीं गिनी जाएगी)।',
  },
  'v.still_birth_gestation': {
    en: 'A still birth needs the gestation in weeks: it decides whether it is a still birth or a foetal loss.',
    hi: 'मृत जन्म के लिए गर्भावधि (सप्ताह) ज़रूरी है: इसी से तय होता है कि यह मृत जन्म है या गर्भ-हानि।',
  },
  'v.hepb0_after_24h': {
    en: 'Hepatitis B-0 given more than 24 hours after birth: it is not counted as the birth dose.',
    hi: 'हेपेटाइटिस बी-0 जन्म के 24 घंटे बाद दी गई: इसे जन्म खुराक नहीं गिना जाएगा।',
  },
  'field.record_open': {
    en: 'Outcome (record open more than 7 days after delivery)',
    hi: 'परिणाम (प्रसव के 7 दिन बाद भी रिकॉर्ड खुला)',
  },
  'hmis.not_counted': { en: 'Not counted, and why', hi: 'नहीं गिने गए, और क्यों' },
  'hmis.not_counted.foetal_loss': {
    en: 'Foetal loss before {{weeks}} weeks: not a delivery (not in 2.2, 2.3.x, 3.1 nor 4.1.3.x).',
    hi: '{{weeks}} सप्ताह से पहले गर्भ-हानि: प्रसव नहीं (2.2, 2.3.x, 3.1 और 4.1.3.x में नहीं)।',
  },
  'hmis.not_counted.age_60_plus': {
    en: 'Aged 60 or more: this format has no IPD band for her (14.3.x.c is < 18, .d is 18–59); add her by override.',
    hi: '60 वर्ष या अधिक: इस प्रारूप में उनके लिए IPD आयु-वर्ग नहीं है (14.3.x.c < 18, .d 18–59); ओवरराइड से जोड़ें।',
  },
});
