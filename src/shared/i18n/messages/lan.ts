import { defineMessages } from '../define';

export const lanMessages = defineMessages({
  'lan.title': { en: 'LAN mode (labour-room PC)', hi: 'LAN मोड (प्रसव कक्ष PC)' },
  'lan.intro': {
    en: 'Off by default. When on, another PC on this network can open Prasav in its browser; everyone there logs in as here.',
    hi: 'सामान्यतः बंद। चालू करने पर इस नेटवर्क का दूसरा PC अपने ब्राउज़र में प्रसव खोल सकता है; वहाँ भी सभी यहीं की तरह लॉग इन करते हैं।',
  },
  'lan.open_at': { en: 'On the other PC, open: {{url}}', hi: 'दूसरे PC पर खोलें: {{url}}' },
  'lan.off': { en: 'LAN mode is off.', hi: 'LAN मोड बंद है।' },
  'lan.choice_off': { en: 'Off (this PC only)', hi: 'बंद (केवल यही PC)' },
  'lan.choice_on': { en: 'On', hi: 'चालू' },
  'lan.unavailable': { en: 'LAN mode runs only in the app itself.', hi: 'LAN मोड केवल ऐप में ही चलता है।' },
  'lan.address_gone': {
    en: 'This PC no longer has the chosen address: choose again.',
    hi: 'इस PC का चुना हुआ पता अब नहीं है: फिर से चुनें।',
  },
  'lan.port_busy': {
    en: 'The port is in use by another program: choose another.',
    hi: 'पोर्ट किसी दूसरे प्रोग्राम के पास है: दूसरा चुनें।',
  },
  'lan.failed': { en: 'LAN mode could not start.', hi: 'LAN मोड शुरू नहीं हो सका।' },
  'lan.saved': { en: 'LAN settings saved.', hi: 'LAN सेटिंग्स सहेजी गईं।' },
  'field.enabled': { en: 'Serve on the network', hi: 'नेटवर्क पर उपलब्ध कराएँ' },
  'field.host': { en: 'Network address of this PC', hi: 'इस PC का नेटवर्क पता' },
  'field.port': { en: 'Port', hi: 'पोर्ट' },
  'v.lan_address': { en: '{{field}}: choose one of this PC’s addresses.', hi: '{{field}}: इस PC के पतों में से एक चुनें।' },
  'v.lan_no_network': { en: 'This PC is not connected to a network.', hi: 'यह PC किसी नेटवर्क से जुड़ा नहीं है।' },
  'v.ip_address': { en: '{{field}} must be an address like 192.168.1.20.', hi: '{{field}} 192.168.1.20 जैसा पता होना चाहिए।' },
});
