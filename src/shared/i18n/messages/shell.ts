import { defineMessages } from '../define';

/** The app's frame: notices under the header, keyboard help. */
export const shellMessages = defineMessages({
  'launch.demo_with_data_dir': {
    en: '--demo cannot be used with --data-dir {{dir}}: the demo hospital lives in a temporary folder that is deleted on exit, and is never written into a real data folder. Start without --demo to open {{dir}}, or without --data-dir for the demo.',
    hi: '--demo को --data-dir {{dir}} के साथ नहीं चला सकते: डेमो अस्पताल एक अस्थायी फ़ोल्डर में बनता है जो बंद करने पर मिट जाता है, और किसी असली डेटा फ़ोल्डर में कभी नहीं लिखा जाता। {{dir}} खोलने के लिए --demo के बिना चलाएँ, या डेमो के लिए --data-dir के बिना।',
  },
  'launch.clock_without_demo': {
    en: "--clock-file is for tests on the demo hospital only: start with --demo, or without --clock-file to use this PC's clock.",
    hi: '--clock-file केवल डेमो अस्पताल पर परीक्षण के लिए है: --demo के साथ चलाएँ, या इस पीसी की घड़ी के लिए --clock-file के बिना।',
  },
  'launch.clock_file_bad': {
    en: 'The clock file {{path}} cannot be read: it must hold {"offset_minutes": N} (whole minutes ahead of this PC\'s clock).',
    hi: 'घड़ी फ़ाइल {{path}} पढ़ी नहीं जा सकी: उसमें {"offset_minutes": N} होना चाहिए (इस पीसी की घड़ी से आगे के पूरे मिनट)।',
  },
  'cli.no_record': { en: 'No record {{ref}} in this register.', hi: 'इस रजिस्टर में रिकॉर्ड {{ref}} नहीं है।' },
  'keys.title': { en: 'Keyboard shortcuts', hi: 'कीबोर्ड शॉर्टकट' },
  'keys.on_this_screen': { en: 'On this screen', hi: 'इस स्क्रीन पर' },
  'keys.everywhere': { en: 'On every screen', hi: 'हर स्क्रीन पर' },
  'keys.key': { en: 'Key', hi: 'कुंजी' },
  'keys.close': { en: 'Close (Esc)', hi: 'बंद करें (Esc)' },
  'keys.none_here': { en: 'Nothing more than the keys of every screen.', hi: 'हर स्क्रीन की कुंजियों के अलावा कुछ नहीं।' },
  'keys.help': { en: 'This help (while typing in a field: F1)', hi: 'यह सहायता (किसी खाने में लिखते समय: F1)' },
  'keys.find': { en: 'Find a record (name, mobile, RCH ID, serial no.)', hi: 'रिकॉर्ड खोजें (नाम, मोबाइल, आरसीएच आईडी, क्रम सं.)' },
  'keys.admit': { en: 'Admit a woman', hi: 'महिला को भर्ती करें' },
  'keys.today': { en: 'Today: who is in the labour room and wards', hi: 'आज: प्रसव कक्ष और वार्ड में कौन है' },
  'keys.find_move': { en: 'In the find list: previous / next record', hi: 'खोज सूची में: पिछला / अगला रिकॉर्ड' },
  'keys.find_open': { en: 'In the find list: open the record', hi: 'खोज सूची में: रिकॉर्ड खोलें' },
  'keys.find_clear': { en: 'In the find box: clear and leave', hi: 'खोज खाने में: साफ़ करें और बाहर निकलें' },
  'keys.tab': { en: 'Next / previous field or button', hi: 'अगला / पिछला खाना या बटन' },
  'keys.save': { en: 'Save the form', hi: 'फ़ॉर्म सहेजें' },
  'keys.enter_saves': { en: 'On a choice or tick box: save the form', hi: 'किसी विकल्प या टिक बॉक्स पर: फ़ॉर्म सहेजें' },
  'keys.choice_move': { en: 'Choose among the options of a question', hi: 'किसी प्रश्न के विकल्पों में से चुनें' },
  'keys.choice_clear': { en: 'Clear the chosen option', hi: 'चुना हुआ विकल्प हटाएँ' },
  'keys.date_today': { en: 'In a date box: today (also “aaj”, “आज”)', hi: 'तारीख के खाने में: आज (“aaj”, “आज” भी)' },
  'keys.book_move': { en: 'In the register book: move through the rows', hi: 'रजिस्टर बही में: पंक्तियों में चलें' },
  'keys.book_open': { en: 'In the register book: open the record', hi: 'रजिस्टर बही में: रिकॉर्ड खोलें' },
  'keys.preview_close': { en: 'Close the slip preview', hi: 'पर्ची का पूर्वावलोकन बंद करें' },
  'keys.month_step': { en: 'In a month box: next / previous month', hi: 'महीने के खाने में: अगला / पिछला महीना' },
  'exchange.incomplete_one': {
    en: '1 closed row was imported without details asked at closing today; complete it on its record:',
    hi: '1 बंद पंक्ति आज बंद करते समय पूछे जाने वाले विवरणों के बिना आयात हुई; उसे उसके रिकॉर्ड पर पूरा करें:',
  },
  'exchange.incomplete_other': {
    en: '{{count}} closed rows were imported without details asked at closing today; complete them on their records:',
    hi: '{{count}} बंद पंक्तियाँ आज बंद करते समय पूछे जाने वाले विवरणों के बिना आयात हुईं; उन्हें उनके रिकॉर्ड पर पूरा करें:',
  },
  'exchange.incomplete': {
    en: '{{count}} closed rows were imported without details asked at closing today; complete them on their records:',
    hi: '{{count}} बंद पंक्तियाँ आज बंद करते समय पूछे जाने वाले विवरणों के बिना आयात हुईं; उन्हें उनके रिकॉर्ड पर पूरा करें:',
  },
  'notice.dismiss': { en: 'Hide until the next login', hi: 'अगले लॉग इन तक छिपाएँ' },
});
