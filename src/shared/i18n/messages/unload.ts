import { defineMessages } from '../define';

/** The desktop app's own question when its window is closed or reloaded with unsaved entries on screen. */
export const unloadMessages = defineMessages({
  'unload.message': {
    en: 'This screen has entries that are not saved in the register.',
    hi: 'इस स्क्रीन की प्रविष्टियाँ रजिस्टर में सहेजी नहीं गई हैं।',
  },
  'unload.detail': {
    en: 'A form you were filling stays as a draft and comes back when you open it again. Leave anyway?',
    hi: 'भरा जा रहा फ़ॉर्म ड्राफ़्ट के रूप में रहेगा और फिर खोलने पर वापस आएगा। फिर भी छोड़ें?',
  },
  'unload.leave': { en: 'Leave', hi: 'छोड़ें' },
  'unload.stay': { en: 'Stay', hi: 'रुकें' },
});
