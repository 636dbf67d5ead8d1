import { defineMessages } from '../define';

/** Hardening: login brakes, busy database, bulk export, TLS in LAN mode. */
export const securityMessages = defineMessages({
  'auth.wait_seconds': {
    en: 'Too many wrong passwords for this account from this computer. Try again in {{seconds}} s.',
    hi: 'इस कंप्यूटर से इस खाते के लिए बहुत बार ग़लत पासवर्ड। {{seconds}} सेकंड बाद फिर कोशिश करें।',
  },
  'auth.wait_minutes': {
    en: 'Too many wrong passwords for this account from this computer. Try again in {{minutes}} min, or ask an administrator to reset the password.',
    hi: 'इस कंप्यूटर से इस खाते के लिए बहुत बार ग़लत पासवर्ड। {{minutes}} मिनट बाद फिर कोशिश करें, या व्यवस्थापक से पासवर्ड रीसेट करवाएँ।',
  },
  'error.busy': {
    en: 'The register is busy (another program is using it). Nothing was saved: please try again in a moment.',
    hi: 'रजिस्टर व्यस्त है (कोई दूसरा प्रोग्राम इसे इस्तेमाल कर रहा है)। कुछ सहेजा नहीं गया: कृपया थोड़ी देर बाद फिर कोशिश करें।',
  },
  'field.max_session_hours': { en: 'Longest session (hours after login)', hi: 'सबसे लंबा सत्र (लॉगिन के बाद घंटे)' },
  'field.include_aadhaar': {
    en: 'Include Aadhaar numbers (left out unless needed)',
    hi: 'आधार नंबर शामिल करें (ज़रूरत न हो तो छोड़ दें)',
  },
});
