import { defineMessages } from '../define';

/** Register rules' messages (docs/domain/register.md) and register errors. `{{field}}` is the field's label. */
export const registerMessages = defineMessages({
  'v.date': { en: '{{field}}: not a valid date (DD-MM-YYYY).', hi: '{{field}}: सही तिथि नहीं है (DD-MM-YYYY)।' },
  'v.date_time': { en: '{{field}}: not a valid date and time.', hi: '{{field}}: सही तिथि व समय नहीं है।' },
  'v.time': { en: '{{field}}: not a valid time (e.g. 14:30 or 2:30 pm).', hi: '{{field}}: सही समय नहीं है (जैसे 14:30 या 2:30 pm)।' },
  'v.duplicate_choice': { en: '{{field}}: the same choice twice.', hi: '{{field}}: एक ही विकल्प दो बार।' },
  'v.mobile': {
    en: '{{field}} must be 10 digits starting with 6, 7, 8 or 9.',
    hi: '{{field}} 10 अंकों का होना चाहिए और 6, 7, 8 या 9 से शुरू होना चाहिए।',
  },
  'v.rch_id': { en: '{{field}} must be 12 digits.', hi: '{{field}} 12 अंकों की होनी चाहिए।' },
  'v.mcp_card_no': { en: '{{field}} must be 12 digits.', hi: '{{field}} 12 अंकों का होना चाहिए।' },
  'v.aadhaar': { en: '{{field}} must be 12 digits.', hi: '{{field}} 12 अंकों का होना चाहिए।' },
  'v.future': { en: '{{field}} is in the future.', hi: '{{field}} भविष्य में है।' },
  'v.age_unusual': { en: 'Age {{age}} is unusual. Please check.', hi: 'आयु {{age}} असामान्य है। कृपया जाँच लें।' },
  'v.age_or_dob': { en: 'Enter the age or the date of birth.', hi: 'आयु या जन्म तिथि दर्ज करें।' },
  'v.dob_age_mismatch': {
    en: 'Date of birth gives age {{age}}, which differs from the age entered.',
    hi: 'जन्म तिथि से आयु {{age}} बनती है, जो दर्ज आयु से अलग है।',
  },
  'v.admission_old': {
    en: 'Admission is more than {{days}} days ago. Copying from paper?',
    hi: 'भर्ती {{days}} दिन से अधिक पुरानी है। क्या कागज़ से चढ़ा रहे हैं?',
  },
  'v.booked_without_rch': { en: 'Booked (ANC registered) but no RCH ID.', hi: 'पंजीकृत (ANC) है पर आरसीएच आईडी नहीं।' },
  'v.para_gravida': {
    en: 'Para + abortions is more than gravida − 1. Please check G/P/A.',
    hi: 'प्रसव + गर्भपात, गर्भ संख्या − 1 से अधिक है। कृपया G/P/A जाँचें।',
  },
  'v.lmp_after_admission': { en: 'LMP must be before admission.', hi: 'अंतिम माहवारी भर्ती से पहले होनी चाहिए।' },
  'v.lmp_gestation': {
    en: 'LMP gives {{weeks}} weeks of pregnancy, which is unusual.',
    hi: 'अंतिम माहवारी से गर्भावधि {{weeks}} सप्ताह बनती है, जो असामान्य है।',
  },
  'v.edd_mismatch': {
    en: 'EDD differs from LMP + 280 days by more than {{days}} days.',
    hi: 'EDD, LMP + 280 दिन से {{days}} दिन से अधिक अलग है।',
  },
  'v.severe_anaemia': {
    en: 'Hb below {{hb}}: severe anaemia. Mark the risk factor if so.',
    hi: 'Hb {{hb}} से कम: गंभीर खून की कमी। हो तो जोखिम कारक चिह्नित करें।',
  },
  'v.bp_order': { en: 'Diastolic must be lower than systolic.', hi: 'डायस्टोलिक, सिस्टोलिक से कम होना चाहिए।' },
  'v.bp_high': {
    en: 'BP {{sys}}/{{dia}} or more: severe hypertension. Please check.',
    hi: 'बीपी {{sys}}/{{dia}} या अधिक: गंभीर उच्च रक्तचाप। कृपया जाँचें।',
  },
  'v.delivery_before_admission': {
    en: 'Delivery here cannot be before admission ({{admission}}).',
    hi: 'यहाँ प्रसव भर्ती ({{admission}}) से पहले नहीं हो सकता।',
  },
  'v.delivery_after_arrival': {
    en: 'A delivery before arrival must be before admission.',
    hi: 'आने से पहले हुआ प्रसव भर्ती से पहले होना चाहिए।',
  },
  'v.outcome_before_admission': {
    en: 'Leaving cannot be before admission ({{admission}}).',
    hi: 'जाना भर्ती ({{admission}}) से पहले नहीं हो सकता।',
  },
  'v.outcome_before_delivery': {
    en: 'Leaving cannot be before the delivery ({{delivery}}).',
    hi: 'जाना प्रसव ({{delivery}}) से पहले नहीं हो सकता।',
  },
  'v.onset_after_delivery': { en: 'Labour cannot start after the delivery.', hi: 'प्रसव पीड़ा प्रसव के बाद शुरू नहीं हो सकती।' },
  'v.episiotomy_vaginal_only': { en: 'Episiotomy only with a vaginal delivery.', hi: 'एपीसीओटॉमी केवल योनि प्रसव में।' },
  'v.lscs_only': { en: '{{field}} only with a caesarean.', hi: '{{field}} केवल सिज़ेरियन में।' },
  'v.before_delivery': { en: '{{field}} cannot be before the delivery.', hi: '{{field}} प्रसव से पहले नहीं हो सकता।' },
  'v.ppiucd_late': {
    en: 'More than {{hours}} hours after delivery: not counted as post-partum IUCD.',
    hi: 'प्रसव के {{hours}} घंटे से अधिक बाद: प्रसवोत्तर IUCD में नहीं गिना जाएगा।',
  },
  'v.sterilisation_late': {
    en: 'More than {{days}} days after delivery: not counted as post-partum sterilisation.',
    hi: 'प्रसव के {{days}} दिन से अधिक बाद: प्रसवोत्तर नसबंदी में नहीं गिनी जाएगी।',
  },
  'v.units_without_transfusion': { en: 'Units entered but no transfusion marked.', hi: 'यूनिट दर्ज हैं पर रक्त चढ़ाना चिह्नित नहीं।' },
  'v.babies_count_one': {
    en: '1 baby entered: the number of babies must match.',
    hi: '1 शिशु दर्ज है: शिशुओं की संख्या मेल खानी चाहिए।',
  },
  'v.babies_count': {
    en: '{{count}} babies entered: the number of babies must match.',
    hi: '{{count}} शिशु दर्ज हैं: शिशुओं की संख्या मेल खानी चाहिए।',
  },
  'v.baby_order_duplicate': { en: 'Two babies with the same letter.', hi: 'दो शिशुओं का एक ही अक्षर।' },
  'v.baby_time_range': {
    en: '{{field}} must be within 24 hours after the first baby.',
    hi: '{{field}} पहले शिशु के 24 घंटे के भीतर होना चाहिए।',
  },
  'v.baby_interval': {
    en: 'More than {{hours}} hours after the first baby. Please check.',
    hi: 'पहले शिशु के {{hours}} घंटे से अधिक बाद। कृपया जाँचें।',
  },
  'v.birth_weight_unusual': {
    en: 'Birth weight {{grams}} g is unusual. Please check.',
    hi: 'जन्म वज़न {{grams}} ग्राम असामान्य है। कृपया जाँचें।',
  },
  'v.still_birth_live_field': { en: '{{field}} does not apply to a still birth.', hi: '{{field}} मृत जन्म पर लागू नहीं।' },
  'v.before_birth': { en: '{{field}} cannot be before the birth.', hi: '{{field}} जन्म से पहले नहीं हो सकता।' },
  'v.vaccine_late': {
    en: '{{field}} given more than {{days}} days after birth. Please check the date.',
    hi: '{{field}} जन्म के {{days}} दिन से अधिक बाद दिया गया। कृपया तिथि जाँचें।',
  },
  'v.not_neonatal': { en: 'More than 28 days after birth: not a newborn death.', hi: 'जन्म के 28 दिन से अधिक बाद: नवजात मृत्यु नहीं।' },
  'v.critical_needs_referral': {
    en: 'A critical patient is referred or leaves against advice, not discharged.',
    hi: 'गंभीर मरीज़ को रेफ़र किया जाता है या वह सलाह के विरुद्ध जाती है, छुट्टी नहीं।',
  },
  'v.referral_decided_not_left': {
    en: 'A referral to {{facility}} was decided and no departure is recorded. If she left for it, choose "Referred out"; otherwise confirm this outcome.',
    hi: '{{facility}} में रेफ़र का निर्णय हुआ था और रवानगी दर्ज नहीं है। अगर वह वहाँ गई तो "रेफ़र" चुनें; नहीं तो यही परिणाम पुष्टि करें।',
  },
  'v.departure_before_decision': {
    en: 'Departure cannot be before the decision to refer.',
    hi: 'रवाना होना रेफ़र के निर्णय से पहले नहीं हो सकता।',
  },
  'v.babies_required': { en: 'Enter every baby (add a baby for twins).', hi: 'हर शिशु दर्ज करें (जुड़वाँ हों तो शिशु जोड़ें)।' },
  'v.ipd_duplicate': { en: 'IPD no. already used for record {{serial}}.', hi: 'यह आईपीडी सं. रिकॉर्ड {{serial}} में पहले से है।' },
  'error.needs_confirmation': {
    en: 'Please check the values marked and confirm to save.',
    hi: 'कृपया चिह्नित मान जाँचें और सहेजने की पुष्टि करें।',
  },
  'error.episode_not_found': { en: 'Record {{id}} not found.', hi: 'रिकॉर्ड {{id}} नहीं मिला।' },
  'error.baby_not_found': { en: 'That baby is not in this record.', hi: 'यह शिशु इस रिकॉर्ड में नहीं है।' },
  'error.episode_voided': { en: 'This record is voided and cannot be changed.', hi: 'यह रिकॉर्ड रद्द है और बदला नहीं जा सकता।' },
  'error.episode_changed': {
    en: 'Someone else changed this record. Reload it and make your change again.',
    hi: 'किसी और ने यह रिकॉर्ड बदला है। इसे दोबारा खोलकर बदलाव फिर करें।',
  },
  'error.episode_not_closed': { en: 'Only a closed record can be reopened.', hi: 'केवल बंद रिकॉर्ड ही दोबारा खोला जा सकता है।' },
  'error.import_invalid': {
    en: 'The file was not imported: fix the rows listed and import it again.',
    hi: 'फ़ाइल आयात नहीं हुई: सूची की पंक्तियाँ ठीक करके फिर से आयात करें।',
  },
  'error.import_unreadable': { en: 'The file could not be read as {{format}}.', hi: 'फ़ाइल {{format}} के रूप में पढ़ी नहीं जा सकी।' },
  'error.import_format': {
    en: 'Not a Prasav register file (format "{{format}}", version {{version}}).',
    hi: 'यह प्रसव रजिस्टर फ़ाइल नहीं है (प्रारूप "{{format}}", संस्करण {{version}})।',
  },
  'v.unknown_column': { en: 'Unknown column "{{column}}".', hi: 'अज्ञात कॉलम "{{column}}"।' },
  'v.number': { en: '{{field}}: not a number.', hi: '{{field}}: संख्या नहीं है।' },
  'v.serial_taken': {
    en: 'Serial number {{serial}} is already used by another record.',
    hi: 'क्रम सं. {{serial}} पहले से दूसरे रिकॉर्ड में है।',
  },
});
