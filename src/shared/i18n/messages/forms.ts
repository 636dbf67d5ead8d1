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
});
