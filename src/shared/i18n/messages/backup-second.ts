import { defineMessages } from '../define';

/** Choosing the second backup folder with its encryption, and the notice for a plain one (issue 14, item 5). */
export const backupSecondMessages = defineMessages({
  'field.encrypt_second': {
    en: 'Encrypt the copies in the second folder (recommended)',
    hi: 'दूसरे फ़ोल्डर की प्रतियाँ एन्क्रिप्ट करें (सुझाया गया)',
  },
  'v.passphrase_for_second': {
    en: '{{field}}: type a passphrase to encrypt the copies in the second folder (a USB drive leaves the room), or untick "Encrypt the copies".',
    hi: '{{field}}: दूसरे फ़ोल्डर की प्रतियाँ एन्क्रिप्ट करने के लिए पासफ़्रेज़ लिखें (USB ड्राइव कमरे से बाहर जाती है), या "प्रतियाँ एन्क्रिप्ट करें" का निशान हटाएँ।',
  },
  'backup.second_passphrase_hint': {
    en: 'Keep the passphrase somewhere safe, away from this PC: it is needed to restore these copies on another PC.',
    hi: 'पासफ़्रेज़ इस PC से दूर किसी सुरक्षित जगह रखें: दूसरे PC पर इन प्रतियों को पुनर्स्थापित करने के लिए इसकी ज़रूरत होगी।',
  },
  'backup.second_keeps_key': {
    en: 'The copies will be encrypted with the passphrase already set.',
    hi: 'प्रतियाँ पहले से तय पासफ़्रेज़ से एन्क्रिप्ट होंगी।',
  },
  'backup.second_plain_choice': {
    en: 'The copies will not be encrypted: anyone holding the drive can read every record, Aadhaar numbers included.',
    hi: 'प्रतियाँ एन्क्रिप्ट नहीं होंगी: ड्राइव जिसके हाथ में होगी वह हर रिकॉर्ड, आधार नंबर समेत, पढ़ सकेगा।',
  },
  'backup.second_unencrypted': {
    en: 'The copies in {{dir}} are not encrypted: anyone holding the drive can read every record.',
    hi: '{{dir}} की प्रतियाँ एन्क्रिप्ट नहीं हैं: ड्राइव जिसके हाथ में होगी वह हर रिकॉर्ड पढ़ सकेगा।',
  },
  'backup.encryption_clear_confirm': { en: 'Yes, stop encrypting', hi: 'हाँ, एन्क्रिप्शन बंद करें' },
  'backup.second_encrypt_action': { en: 'Encrypt them', hi: 'इन्हें एन्क्रिप्ट करें' },
});
