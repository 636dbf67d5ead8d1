import { defineMessages } from '../define';

export const draftMessages = defineMessages({
  'draft.restored': {
    en: 'Draft restored: what you typed on {{when}} and did not save.',
    hi: 'ड्राफ़्ट वापस लाया गया: {{when}} को भरा गया, जो सहेजा नहीं गया था।',
  },
  'draft.restored_older': {
    en: 'The record was changed after this draft was typed: check the values before saving.',
    hi: 'यह ड्राफ़्ट भरने के बाद रिकॉर्ड बदला गया है: सहेजने से पहले मान जाँच लें।',
  },
  'draft.discard': { en: 'Discard draft', hi: 'ड्राफ़्ट हटाएँ' },
  'draft.discard_confirm': {
    en: 'Discard what you typed in this form and start again?',
    hi: 'इस फ़ॉर्म में भरा हुआ हटाकर फिर से शुरू करें?',
  },
  'draft.kept': { en: 'Draft kept', hi: 'ड्राफ़्ट सुरक्षित' },
  'draft.leave_confirm': {
    en: 'This form has entries that are not saved in the register. They stay as a draft and come back when you open the form again.\n\nLeave the form?',
    hi: 'इस फ़ॉर्म की प्रविष्टियाँ रजिस्टर में सहेजी नहीं गई हैं। वे ड्राफ़्ट के रूप में रहेंगी और फ़ॉर्म फिर खोलने पर वापस आएँगी।\n\nफ़ॉर्म छोड़ें?',
  },
  'draft.too_big': { en: 'The draft is too large to keep.', hi: 'ड्राफ़्ट रखने के लिए बहुत बड़ा है।' },
});
