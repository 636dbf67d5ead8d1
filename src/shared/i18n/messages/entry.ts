import { defineMessages } from '../define';

/** Help while typing the admission form: completion from the register and defaults the form fills. */
export const entryMessages = defineMessages({
  'entry.block_from_village': {
    en: 'As in the last record from {{village}}: change it if needed.',
    hi: '{{village}} के पिछले रिकॉर्ड के अनुसार: ज़रूरत हो तो बदलें।',
  },
  'entry.dob_skipped': {
    en: 'Tab from the age goes past this; Shift+Tab comes back.',
    hi: 'आयु के बाद Tab इसे छोड़ देता है; Shift+Tab से यहाँ लौटें।',
  },
  'keys.completion_take': {
    en: 'Village, ASHA, referred from: take the suggested completion and go on',
    hi: 'गाँव, आशा, कहाँ से रेफ़र: सुझाया गया नाम लें और आगे बढ़ें',
  },
  'keys.completion_drop': {
    en: 'Village, ASHA, referred from: drop the suggested completion, keep what you typed',
    hi: 'गाँव, आशा, कहाँ से रेफ़र: सुझाव हटाएँ, जो लिखा वही रखें',
  },
});
