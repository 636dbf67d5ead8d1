import { defineMessages } from '../define';

/** Calls refused while the register is being checked, found damaged or restored (src/main/db/call-gate.ts). */
export const registerStateMessages = defineMessages({
  'startup.damaged': {
    en: 'The check that runs after the register opens found the register file damaged. Nothing has been saved to it since it opened. Restore it from a backup.',
    hi: 'रजिस्टर खुलने के बाद चलने वाली जाँच में रजिस्टर फ़ाइल ख़राब मिली। खुलने के बाद से इसमें कुछ भी सहेजा नहीं गया है। बैकअप से पुनर्स्थापित करें।',
  },
  'backup.restoring': {
    en: 'A backup is being restored. Nothing was saved; log in again once the restore is done.',
    hi: 'बैकअप पुनर्स्थापित किया जा रहा है। कुछ भी सहेजा नहीं गया; पुनर्स्थापना पूरी होने पर फिर से लॉग इन करें।',
  },
});
