import { defineMessages } from '../define';

/** The app's frame: notices under the header, keyboard help. */
export const shellMessages = defineMessages({
  'launch.demo_with_data_dir': {
    en: '--demo cannot be used with --data-dir {{dir}}: the demo hospital lives in a temporary folder that is deleted on exit, and is never written into a real data folder. Start without --demo to open {{dir}}, or without --data-dir for the demo.',
    hi: '--demo को --data-dir {{dir}} के साथ नहीं चला सकते: डेमो अस्पताल एक अस्थायी फ़ोल्डर में बनता है जो बंद करने पर मिट जाता है, और किसी असली डेटा फ़ोल्डर में कभी नहीं लिखा जाता। {{dir}} खोलने के लिए --demo के बिना चलाएँ, या डेमो के लिए --data-dir के बिना।',
  },
  'cli.no_record': { en: 'No record {{ref}} in this register.', hi: 'इस रजिस्टर में रिकॉर्ड {{ref}} नहीं है।' },
  'notice.dismiss': { en: 'Hide until the next login', hi: 'अगले लॉग इन तक छिपाएँ' },
});
