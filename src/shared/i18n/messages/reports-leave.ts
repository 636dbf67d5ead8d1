import { defineMessages } from '../define';

/** Leaving the monthly report with a hand-entered value that is not a count. */
export const reportsLeaveMessages = defineMessages({
  'reports.leave_invalid': {
    en: 'These entries are not numbers, so they cannot be saved: {{items}}. The other entries are saved.\n\nLeave the report and lose them?',
    hi: 'ये प्रविष्टियाँ संख्या नहीं हैं, इसलिए सहेजी नहीं जा सकतीं: {{items}}। बाकी प्रविष्टियाँ सहेजी गई हैं।\n\nरिपोर्ट छोड़ें और इन्हें खो दें?',
  },
  /** `text` comes quoted: a typed word is never taken for a message key. */
  'reports.leave_invalid_item': { en: 'item {{item}} {{text}}', hi: 'मद {{item}} {{text}}' },
});
