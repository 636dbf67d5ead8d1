import { defineMessages } from '../define';

/** High-risk reasons, the ward board and referral tracking (care.md §1–§2). */
export const careMessages = defineMessages({
  'care.risk.age_below': { en: 'Age {{age}} (under {{limit}})', hi: 'आयु {{age}} ({{limit}} से कम)' },
  'care.risk.age_above': { en: 'Age {{age}} (over {{limit}})', hi: 'आयु {{age}} ({{limit}} से अधिक)' },
  'care.risk.hb': { en: 'Severe anaemia: Hb {{hb}} g/dL', hi: 'गंभीर खून की कमी: Hb {{hb}} g/dL' },
  'care.risk.bp_severe': { en: 'Severe hypertension: BP {{sys}}/{{dia}}', hi: 'गंभीर उच्च रक्तचाप: BP {{sys}}/{{dia}}' },
  'care.risk.bp_high': { en: 'Hypertension: BP {{sys}}/{{dia}}', hi: 'उच्च रक्तचाप: BP {{sys}}/{{dia}}' },
  'care.risk.preterm': { en: 'Preterm: {{weeks}} weeks, not delivered', hi: 'समय से पहले: {{weeks}} सप्ताह, प्रसव नहीं हुआ' },
  'care.risk.grand_multipara': { en: 'Grand multipara (para {{para}})', hi: 'कई बार प्रसव (पैरा {{para}})' },
  'care.risk.multiple': { en: 'Multiple pregnancy ({{count}} babies)', hi: 'एकाधिक गर्भ ({{count}} शिशु)' },
  'care.risk.referred_for': { en: 'Referred out: {{reason}}', hi: 'रेफ़र किया: {{reason}}' },
  'care.urgent': { en: 'Urgent', hi: 'तुरंत' },
  'care.urgent_mark': { en: 'urgent', hi: 'तुरंत' },

  'settings.tab_care': { en: 'Care', hi: 'देखभाल' },
  'care.policy_title': { en: 'High-risk rule and referral targets', hi: 'उच्च जोखिम नियम और रेफ़रल लक्ष्य' },
  'care.policy_intro': {
    en: 'care.md marks these thresholds as inferred: change them when the district gives its own. Today, the record, the slips, the register filter and HMIS 1.9.3/1.9.4 all follow them.',
    hi: 'ये सीमाएँ अनुमानित हैं: ज़िला अपनी सीमाएँ दे तो बदलें। आज, रिकॉर्ड, पर्चियाँ, रजिस्टर फ़िल्टर और HMIS 1.9.3/1.9.4 इन्हीं से चलते हैं।',
  },
  'care.policy_saved': { en: 'Care settings saved.', hi: 'देखभाल सेटिंग्स सहेज ली गईं।' },
  'field.risk_age_below': { en: 'High risk: age under', hi: 'उच्च जोखिम: आयु इससे कम' },
  'field.risk_age_above': { en: 'High risk: age over', hi: 'उच्च जोखिम: आयु इससे अधिक' },
  'field.risk_hb_below': { en: 'High risk: Hb below (g/dL)', hi: 'उच्च जोखिम: Hb इससे कम (g/dL)' },
  'field.risk_bp_systolic': { en: 'Hypertension: systolic from', hi: 'उच्च रक्तचाप: सिस्टोलिक इतने से' },
  'field.risk_bp_diastolic': { en: 'Hypertension: diastolic from', hi: 'उच्च रक्तचाप: डायस्टोलिक इतने से' },
  'field.urgent_bp_systolic': { en: 'Urgent, severe BP: systolic from', hi: 'तुरंत, गंभीर BP: सिस्टोलिक इतने से' },
  'field.urgent_bp_diastolic': { en: 'Urgent, severe BP: diastolic from', hi: 'तुरंत, गंभीर BP: डायस्टोलिक इतने से' },
  'field.risk_preterm_weeks_below': {
    en: 'Preterm (undelivered): weeks below',
    hi: 'समय से पहले (प्रसव नहीं): सप्ताह इससे कम',
  },
  'field.risk_para_from': { en: 'Grand multipara: para from', hi: 'कई बार प्रसव: पैरा इतने से' },
  'field.referral_target_minutes': {
    en: 'Referral target: decision to departure (minutes)',
    hi: 'रेफ़रल लक्ष्य: निर्णय से रवानगी (मिनट)',
  },
  'field.feedback_follow_up_days': {
    en: 'Follow up a referral without feedback after (days)',
    hi: 'बिना जवाब वाले रेफ़रल का फ़ॉलो-अप (दिन बाद)',
  },
});
