import { defineMessages } from '../define';

export const commonMessages = defineMessages({
  'app.name': { en: 'Prasav', hi: 'प्रसव' },
  'app.tagline': { en: 'Labour-room register', hi: 'प्रसव कक्ष रजिस्टर' },
  'nav.register': { en: 'Register', hi: 'रजिस्टर' },
  'nav.reports': { en: 'Reports', hi: 'रिपोर्ट' },
  'nav.settings': { en: 'Settings', hi: 'सेटिंग्स' },
  'lang.switch': { en: 'हिन्दी', hi: 'English' },
  'lang.label': { en: 'Language', hi: 'भाषा' },
  'lang.hi': { en: 'Hindi', hi: 'हिन्दी' },
  'lang.en': { en: 'English', hi: 'अंग्रेज़ी' },
  'action.save': { en: 'Save', hi: 'सहेजें' },
  'action.cancel': { en: 'Cancel', hi: 'रद्द करें' },
  'action.retry': { en: 'Try again', hi: 'फिर से कोशिश करें' },
  'status.saving': { en: 'Saving…', hi: 'सहेजा जा रहा है…' },
  'status.saved': { en: 'Saved', hi: 'सहेज लिया गया' },
  'status.loading': { en: 'Loading…', hi: 'लोड हो रहा है…' },
  'status.demo': { en: 'Demo data: changes are thrown away', hi: 'डेमो डेटा: बदलाव रखे नहीं जाएँगे' },
  'about.version': { en: 'Version {{version}}', hi: 'संस्करण {{version}}' },
  'about.data_dir': { en: 'Data folder', hi: 'डेटा फ़ोल्डर' },
  'about.transport': { en: 'Connection', hi: 'कनेक्शन' },

  // Errors that cross the contract (AppErrorShape.message).
  'error.invalid_input': { en: 'Please correct the highlighted fields.', hi: 'कृपया चिह्नित फ़ील्ड ठीक करें।' },
  'error.not_found': { en: 'Not found.', hi: 'नहीं मिला।' },
  'error.unknown_operation': { en: 'Unknown operation: {{op}}', hi: 'अज्ञात कार्य: {{op}}' },
  'error.forbidden': { en: 'Your role does not allow this.', hi: 'आपकी भूमिका में इसकी अनुमति नहीं है।' },
  'error.unauthenticated': { en: 'Please log in.', hi: 'कृपया लॉग इन करें।' },
  'error.conflict': {
    en: 'This was changed elsewhere; reload and try again.',
    hi: 'यह कहीं और बदला गया है; दोबारा लोड करके फिर कोशिश करें।',
  },
  'error.internal': {
    en: 'Something went wrong. Nothing was changed. ({{ref}})',
    hi: 'कुछ गड़बड़ हुई। कुछ भी नहीं बदला गया। ({{ref}})',
  },
  'error.unavailable': { en: 'Not available here.', hi: 'यहाँ उपलब्ध नहीं।' },
  'error.network': { en: 'Cannot reach the Prasav service.', hi: 'प्रसव सेवा से संपर्क नहीं हो पा रहा है।' },
  'error.db_corrupt': {
    en: 'The register file at {{path}} is damaged or is not a Prasav database. It has not been changed. Restore it from a backup.',
    hi: '{{path}} पर रजिस्टर फ़ाइल ख़राब है या प्रसव का डेटाबेस नहीं है। इसे बदला नहीं गया है। बैकअप से पुनर्स्थापित करें।',
  },
  'error.db_newer': {
    en: 'The register file was written by a newer version of Prasav ({{found}}). Install that version or newer; this one ({{known}}) will not open it.',
    hi: 'रजिस्टर फ़ाइल प्रसव के नए संस्करण ({{found}}) से बनी है। वह या उससे नया संस्करण इंस्टॉल करें; यह संस्करण ({{known}}) इसे नहीं खोलेगा।',
  },
  'error.migration_failed': {
    en: 'Updating the register file failed; it was left as it was. A copy is at {{backup}}.',
    hi: 'रजिस्टर फ़ाइल अपडेट नहीं हो सकी; वह जैसी थी वैसी छोड़ दी गई। उसकी प्रति {{backup}} पर है।',
  },

  // Field-level validation messages (FieldIssue.message). {{field}} is the field's own label key.
  'v.required': { en: '{{field}} is required.', hi: '{{field}} आवश्यक है।' },
  'v.invalid_type': { en: '{{field}} has a value of the wrong kind.', hi: '{{field}} का मान सही प्रकार का नहीं है।' },
  'v.too_small_string': { en: '{{field}} must not be empty.', hi: '{{field}} खाली नहीं हो सकता।' },
  'v.too_small': { en: '{{field}} must be at least {{min}}.', hi: '{{field}} कम से कम {{min}} होना चाहिए।' },
  'v.too_big': { en: '{{field}} must be at most {{max}}.', hi: '{{field}} अधिकतम {{max}} हो सकता है।' },
  'v.too_long': { en: '{{field}} must be at most {{max}} characters.', hi: '{{field}} अधिकतम {{max}} अक्षर का हो सकता है।' },
  'v.not_integer': { en: '{{field}} must be a whole number.', hi: '{{field}} पूर्ण संख्या होनी चाहिए।' },
  'v.invalid_option': { en: '{{field}}: choose one of the listed options.', hi: '{{field}}: सूची में से कोई एक विकल्प चुनें।' },
  'v.invalid_format': { en: '{{field}} is not in the right format.', hi: '{{field}} सही प्रारूप में नहीं है।' },
  'v.unknown_field': { en: '{{field}} is not a known field.', hi: '{{field}} कोई ज्ञात फ़ील्ड नहीं है।' },
  'v.time_zone': {
    en: '{{field}} is not a known time zone (e.g. Asia/Kolkata).',
    hi: '{{field}} कोई ज्ञात समय क्षेत्र नहीं है (जैसे Asia/Kolkata)।',
  },
  'v.blank': { en: '{{field}} must not be blank.', hi: '{{field}} खाली नहीं हो सकता।' },
  'v.pin': { en: '{{field}} must be 6 digits, not starting with 0.', hi: '{{field}} 6 अंकों का होना चाहिए, 0 से शुरू नहीं।' },
  'v.phone': {
    en: '{{field}} must be a 10-digit mobile or a landline with STD code.',
    hi: '{{field}} 10 अंकों का मोबाइल या STD कोड सहित लैंडलाइन नंबर होना चाहिए।',
  },
  'field.input': { en: 'Input', hi: 'इनपुट' },
});
