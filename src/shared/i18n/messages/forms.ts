import { defineMessages } from '../define';

/** Messages of the register forms' own checks and defaults (issue 10). */
export const formMessages = defineMessages({
  'v.still_birth_exit': {
    en: 'A still-born baby did not leave with the mother: choose what happened.',
    hi: 'मृत जन्मे शिशु के लिए "माँ के साथ" नहीं चुन सकते: जो हुआ वह चुनें।',
  },
  'v.discharge_early': {
    en: 'Discharge {{hours}} hours after the delivery, sooner than the {{due}} hours the hospital sets.',
    hi: 'प्रसव के {{hours}} घंटे बाद छुट्टी, अस्पताल के तय {{due}} घंटों से पहले।',
  },
  'history.action.print': { en: 'Printed', hi: 'छापा' },
  'history.print.printer': { en: 'on the printer', hi: 'प्रिंटर पर' },
  'history.print.browser': { en: 'from the browser', hi: 'ब्राउज़र से' },
  'history.print.pdf': { en: 'saved as PDF', hi: 'PDF के रूप में सहेजा' },
  'history.print.cli': { en: 'from the command line', hi: 'कमांड लाइन से' },
  'history.print.copies': { en: '{{count}} copies', hi: '{{count}} प्रतियाँ' },
  'history.print.copies_one': { en: '1 copy', hi: '1 प्रति' },
  'history.print.copies_other': { en: '{{count}} copies', hi: '{{count}} प्रतियाँ' },
  'history.print.duplicate': { en: 'marked DUPLICATE', hi: 'DUPLICATE अंकित' },
});
