import { defineMessages } from '../define';

/** The role table the admin sets (Settings → Roles) and the reasons shown where an action is not allowed. */
export const roleMessages = defineMessages({
  'settings.tab.roles': { en: 'Roles', hi: 'भूमिकाएँ' },
  'roles.title': { en: 'What each role may do', hi: 'कौन-सी भूमिका क्या कर सकती है' },
  'roles.intro': {
    en: 'Tick what each role may do in this hospital. Every role may log in, change its own password and read the register. A change applies to the next action of everyone logged in.',
    hi: 'इस अस्पताल में हर भूमिका क्या कर सकती है, उस पर सही लगाएँ। हर भूमिका लॉग इन कर सकती है, अपना पासवर्ड बदल सकती है और रजिस्टर पढ़ सकती है। बदलाव सभी लॉग-इन लोगों के अगले काम पर लागू होता है।',
  },
  'roles.permission': { en: 'May', hi: 'अनुमति' },
  'roles.saved': { en: 'Roles saved.', hi: 'भूमिकाएँ सहेजी गईं।' },
  'roles.admin_keeps_admin': {
    en: 'The administrator always keeps this, so no one is locked out.',
    hi: 'व्यवस्थापक के पास यह हमेशा रहता है, ताकि कोई बाहर बंद न हो।',
  },
  'v.admin_keeps_admin': {
    en: 'The administrator must keep “Users, settings, backups”.',
    hi: 'व्यवस्थापक के पास “उपयोगकर्ता, सेटिंग्स, बैकअप” रहना ज़रूरी है।',
  },
  'perm.register.write': {
    en: 'Register: admit, identity, outcome and discharge, slips',
    hi: 'रजिस्टर: भर्ती, पहचान, परिणाम और छुट्टी, पर्चियाँ',
  },
  'perm.clinical.write': { en: 'Clinical: delivery and babies', hi: 'क्लिनिकल: प्रसव और शिशु' },
  'perm.register.export': { en: 'Export the whole register (file)', hi: 'पूरा रजिस्टर निर्यात (फ़ाइल)' },
  'perm.report.signoff': { en: 'Sign off the monthly report', hi: 'मासिक रिपोर्ट पर अंतिम मुहर' },
  'perm.admin': { en: 'Users, settings, backups', hi: 'उपयोगकर्ता, सेटिंग्स, बैकअप' },
  'roles.denied': {
    en: 'Not allowed for “{{role}}” ({{permission}}). The administrator sets this in Settings → Roles.',
    hi: '“{{role}}” के लिए अनुमति नहीं ({{permission}})। व्यवस्थापक इसे सेटिंग्स → भूमिकाएँ में तय करते हैं।',
  },
  'roles.denied_short': { en: 'Not for “{{role}}”', hi: '“{{role}}” के लिए नहीं' },
});
