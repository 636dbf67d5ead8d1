import { defineMessages } from '../define';

/** The register's full check after it opened (src/main/db/background-check.ts). */
export const startupCheckMessages = defineMessages({
  'startup.damaged': {
    en: 'The check that runs after the register opens found the register file damaged. Nothing has been saved to it since it opened. Restore it from a backup.',
    hi: 'रजिस्टर खुलने के बाद चलने वाली जाँच में रजिस्टर फ़ाइल ख़राब मिली। खुलने के बाद से इसमें कुछ भी सहेजा नहीं गया है। बैकअप से पुनर्स्थापित करें।',
  },
});
