import { defineMessages } from '../define';

/** DHIS2 push channel: settings, mapping, push, queue, conflicts (docs/domain/dhis2.md). */
export const dhis2Messages = defineMessages({
  // Validation
  'v.month': { en: '{{field}} must be a month like 2026-10.', hi: '{{field}} 2026-10 जैसा महीना होना चाहिए।' },
  'v.item_no': { en: '{{field}} must be an item number like 4.1.3.a.', hi: '{{field}} 4.1.3.a जैसी मद संख्या होनी चाहिए।' },
  'v.duplicate_item': { en: '{{field}}: an item number appears twice.', hi: '{{field}}: एक मद संख्या दो बार है।' },
  'v.dhis2_uid': {
    en: '{{field}} must be a DHIS2 id: 11 letters or digits, starting with a letter.',
    hi: '{{field}} DHIS2 आईडी होनी चाहिए: 11 अक्षर या अंक, पहला अक्षर।',
  },
  'v.url': {
    en: '{{field}} must be a web address like https://hmis.example.org.',
    hi: '{{field}} https://hmis.example.org जैसा वेब पता होना चाहिए।',
  },
  'v.url_https': {
    en: '{{field}} must start with https:// (passwords must not travel unencrypted).',
    hi: '{{field}} https:// से शुरू होना चाहिए (पासवर्ड बिना एन्क्रिप्शन के नहीं भेजे जाते)।',
  },
  'v.url_credentials': {
    en: '{{field}} must not contain a user name or password; enter them in their own fields.',
    hi: '{{field}} में उपयोगकर्ता नाम या पासवर्ड न लिखें; उन्हें अपने फ़ील्ड में भरें।',
  },
  'v.csv_quote': { en: 'Line {{line}}: a quoted cell is never closed.', hi: 'पंक्ति {{line}}: उद्धरण चिह्न वाला सेल बंद नहीं हुआ।' },
  'v.csv_header': {
    en: 'Line {{line}}: the header must name the columns {{columns}}.',
    hi: 'पंक्ति {{line}}: शीर्ष पंक्ति में ये कॉलम होने चाहिए: {{columns}}।',
  },
  'v.csv_columns': { en: 'Line {{line}}: expected {{count}} cells.', hi: 'पंक्ति {{line}}: {{count}} सेल होने चाहिए।' },
  'v.yes_no': { en: '{{field}} must be yes or no.', hi: '{{field}} yes या no होना चाहिए।' },
  'v.csv_duplicate': {
    en: '{{field}} is already mapped on line {{first}}.',
    hi: '{{field}} पंक्ति {{first}} पर पहले से मैप है।',
  },
  'dhis2.csv.line': { en: 'Line {{line}}', hi: 'पंक्ति {{line}}' },

  // Field labels
  'field.server_url': { en: 'DHIS2 server address', hi: 'DHIS2 सर्वर का पता' },
  'field.auth_type': { en: 'Sign-in method', hi: 'साइन-इन का तरीका' },
  'field.secret': { en: 'Password or access token', hi: 'पासवर्ड या एक्सेस टोकन' },
  'field.data_set': { en: 'Data set id', hi: 'डेटा सेट आईडी' },
  'field.org_unit': { en: 'Organisation unit id', hi: 'संगठन इकाई आईडी' },
  'field.attribute_option_combo': {
    en: 'Attribute option combo id (blank = default)',
    hi: 'एट्रिब्यूट ऑप्शन कॉम्बो आईडी (खाली = डिफ़ॉल्ट)',
  },
  'field.id_scheme': { en: 'Identifiers sent', hi: 'भेजे जाने वाले पहचानकर्ता' },
  'field.item_no': { en: 'Item no.', hi: 'मद सं.' },
  'field.excluded': { en: 'Not sent', hi: 'नहीं भेजा जाता' },
  'field.data_element': { en: 'Data element', hi: 'डेटा एलिमेंट' },
  'field.data_element_code': { en: 'Data element code', hi: 'डेटा एलिमेंट कोड' },
  'field.data_element_name': { en: 'Data element name', hi: 'डेटा एलिमेंट का नाम' },
  'field.category_option_combo': { en: 'Category option combo', hi: 'कैटेगरी ऑप्शन कॉम्बो' },
  'field.category_option_combo_code': { en: 'Combo code', hi: 'कॉम्बो कोड' },
  'field.category_option_combo_name': { en: 'Combo name', hi: 'कॉम्बो का नाम' },
  'field.csv': { en: 'CSV file', hi: 'CSV फ़ाइल' },
  'field.format_id': { en: 'HMIS format', hi: 'HMIS प्रारूप' },
  'field.month': { en: 'Month', hi: 'महीना' },
  'field.items': { en: 'Items', hi: 'मदें' },
  'field.value': { en: 'Value', hi: 'मान' },
  'field.report': { en: 'Report', hi: 'रिपोर्ट' },
  'field.channel': { en: 'Format sent', hi: 'भेजने का प्रारूप' },
  'auth_type.token': { en: 'Access token (recommended)', hi: 'एक्सेस टोकन (अनुशंसित)' },
  'auth_type.basic': { en: 'User name and password', hi: 'उपयोगकर्ता नाम और पासवर्ड' },
  'id_scheme.UID': { en: 'DHIS2 ids (UID)', hi: 'DHIS2 आईडी (UID)' },
  'id_scheme.CODE': { en: 'Codes (CODE)', hi: 'कोड (CODE)' },
  'channel.json': { en: 'JSON (recommended)', hi: 'JSON (अनुशंसित)' },
  'channel.adx': { en: 'ADX XML', hi: 'ADX XML फ़ाइल' },

  // Errors (AppErrorShape.message)
  'error.remote': { en: 'The DHIS2 server refused the request.', hi: 'DHIS2 सर्वर ने अनुरोध अस्वीकार किया।' },
  'dhis2.error.not_configured': {
    en: 'DHIS2 is not set up yet. An administrator can set it up under Settings → DHIS2.',
    hi: 'DHIS2 अभी सेट नहीं है। व्यवस्थापक सेटिंग्स → DHIS2 में इसे सेट कर सकते हैं।',
  },
  'dhis2.error.no_secret': { en: 'No password or token is stored.', hi: 'कोई पासवर्ड या टोकन सहेजा नहीं गया है।' },
  'dhis2.error.secret_other_runtime': {
    en: 'The password or token was saved by the other mode of Prasav (desktop or browser) and cannot be read here. Enter it again.',
    hi: 'पासवर्ड या टोकन प्रसव के दूसरे मोड (डेस्कटॉप या ब्राउज़र) में सहेजा गया था और यहाँ पढ़ा नहीं जा सकता। इसे फिर से भरें।',
  },
  'dhis2.error.secret_unreadable': {
    en: 'The stored password or token cannot be decrypted (the key has changed). Enter it again.',
    hi: 'सहेजा गया पासवर्ड या टोकन खोला नहीं जा सकता (कुंजी बदल गई है)। इसे फिर से भरें।',
  },
  'dhis2.error.auth_failed': {
    en: 'DHIS2 did not accept the user name/password or token (it may have expired). Enter a new one.',
    hi: 'DHIS2 ने उपयोगकर्ता नाम/पासवर्ड या टोकन स्वीकार नहीं किया (शायद उसकी अवधि ख़त्म हो गई)। नया भरें।',
  },
  'dhis2.error.forbidden': {
    en: 'This DHIS2 user may not enter data for the data set. Ask the state DHIS2 administrator for the authority and sharing.',
    hi: 'इस DHIS2 उपयोगकर्ता को इस डेटा सेट में डेटा भरने की अनुमति नहीं है। राज्य के DHIS2 व्यवस्थापक से अनुमति माँगें।',
  },
  'dhis2.error.not_found': {
    en: 'Nothing was found at that address. Check the server address (with its path, e.g. /dhis).',
    hi: 'उस पते पर कुछ नहीं मिला। सर्वर का पता (पथ सहित, जैसे /dhis) जाँचें।',
  },
  'dhis2.error.http': { en: 'The DHIS2 server answered with error {{status}}.', hi: 'DHIS2 सर्वर ने त्रुटि {{status}} लौटाई।' },
  'dhis2.error.network': {
    en: 'The DHIS2 server cannot be reached ({{detail}}). Check the internet connection.',
    hi: 'DHIS2 सर्वर तक नहीं पहुँच पा रहे ({{detail}})। इंटरनेट कनेक्शन जाँचें।',
  },
  'dhis2.error.timeout': {
    en: 'The DHIS2 server did not answer in time. Try again later.',
    hi: 'DHIS2 सर्वर ने समय पर जवाब नहीं दिया। बाद में फिर कोशिश करें।',
  },
  'dhis2.error.redirect': {
    en: 'The server sent us to another address. Enter the final address (usually starting with https://).',
    hi: 'सर्वर ने दूसरे पते पर भेजा। अंतिम पता भरें (आमतौर पर https:// से शुरू)।',
  },
  'dhis2.error.not_dhis2': {
    en: 'The server at that address does not answer like DHIS2.',
    hi: 'उस पते का सर्वर DHIS2 की तरह जवाब नहीं देता।',
  },
  'dhis2.error.metadata_unreadable': {
    en: 'The data set description from the server could not be read.',
    hi: 'सर्वर से डेटा सेट का विवरण पढ़ा नहीं जा सका।',
  },
  'dhis2.error.no_metadata': {
    en: 'Read the data set from the server first (Settings → DHIS2 → Match with server).',
    hi: 'पहले सर्वर से डेटा सेट पढ़ें (सेटिंग्स → DHIS2 → सर्वर से मिलाएँ)।',
  },
  'dhis2.error.unmapped': {
    en: 'These items have no DHIS2 mapping: {{items}}.',
    hi: 'इन मदों की DHIS2 मैपिंग नहीं है: {{items}}।',
  },
  'dhis2.error.nothing_to_send': { en: 'The report has no values to send.', hi: 'रिपोर्ट में भेजने के लिए कोई मान नहीं है।' },
  'dhis2.error.codes_missing': {
    en: 'The data set or organisation unit has no code on the server; send DHIS2 ids (UID) instead.',
    hi: 'सर्वर पर डेटा सेट या संगठन इकाई का कोड नहीं है; इसके बजाय DHIS2 आईडी (UID) भेजें।',
  },
  'dhis2.error.values_file': {
    en: 'The report values file {{path}} cannot be read as JSON.',
    hi: 'रिपोर्ट मानों की फ़ाइल {{path}} JSON के रूप में पढ़ी नहीं जा सकी।',
  },

  // Details attached to a push report
  'dhis2.detail.no_summary': {
    en: 'The server did not send an import summary.',
    hi: 'सर्वर ने आयात का सारांश नहीं भेजा।',
  },
  'dhis2.detail.org_unit_not_assigned': {
    en: 'The organisation unit is not assigned to the data set on the server.',
    hi: 'सर्वर पर संगठन इकाई इस डेटा सेट से जुड़ी नहीं है।',
  },
  'dhis2.detail.codes_missing': {
    en: 'The data set or organisation unit has no code on the server.',
    hi: 'सर्वर पर डेटा सेट या संगठन इकाई का कोड नहीं है।',
  },
  'dhis2.detail.metadata_unreadable': {
    en: 'The data set description could not be read.',
    hi: 'डेटा सेट का विवरण पढ़ा नहीं जा सका।',
  },
  'dhis2.detail.data_set_not_found': {
    en: 'The data set id was not found on the server.',
    hi: 'सर्वर पर यह डेटा सेट आईडी नहीं मिली।',
  },
  'dhis2.detail.nothing_to_send': { en: 'No value to send.', hi: 'भेजने के लिए कोई मान नहीं।' },
  'dhis2.detail.redirect': { en: 'The server redirected the request.', hi: 'सर्वर ने अनुरोध दूसरे पते पर भेजा।' },

  // Outcomes
  'dhis2.outcome.dry_run_ok': {
    en: 'Dry run passed: the server would accept every value. Nothing was saved on the server.',
    hi: 'जाँच सफल: सर्वर हर मान स्वीकार करेगा। सर्वर पर कुछ सहेजा नहीं गया।',
  },
  'dhis2.outcome.dry_run_conflicts': {
    en: 'Dry run found problems (below). Nothing was sent.',
    hi: 'जाँच में समस्याएँ मिलीं (नीचे)। कुछ भेजा नहीं गया।',
  },
  'dhis2.outcome.completed': {
    en: 'Sent and marked complete on DHIS2.',
    hi: 'DHIS2 पर भेजा गया और पूर्ण चिह्नित किया गया।',
  },
  'dhis2.outcome.imported_not_completed': {
    en: 'Values were saved on DHIS2, but the server did not mark the report complete.',
    hi: 'मान DHIS2 पर सहेजे गए, पर सर्वर ने रिपोर्ट को पूर्ण चिह्नित नहीं किया।',
  },
  'dhis2.outcome.partly_accepted': {
    en: 'Partly accepted: some values were refused (below). The report was not marked complete.',
    hi: 'आंशिक रूप से स्वीकार: कुछ मान अस्वीकार हुए (नीचे)। रिपोर्ट पूर्ण चिह्नित नहीं हुई।',
  },
  'dhis2.outcome.rejected': {
    en: 'The server refused the report (below). Nothing was saved.',
    hi: 'सर्वर ने रिपोर्ट अस्वीकार की (नीचे)। कुछ सहेजा नहीं गया।',
  },
  'dhis2.outcome.blocked_unmapped': {
    en: 'Not sent: some items have no DHIS2 mapping.',
    hi: 'नहीं भेजा: कुछ मदों की DHIS2 मैपिंग नहीं है।',
  },
  'dhis2.outcome.blocked_mapping_stale': {
    en: 'Not sent: the mapping no longer matches the data set on the server. An administrator must update it.',
    hi: 'नहीं भेजा: मैपिंग सर्वर के डेटा सेट से मेल नहीं खाती। व्यवस्थापक इसे अपडेट करें।',
  },
  'dhis2.outcome.blocked_locked': {
    en: 'Not sent: the period is closed for data entry on the server. Ask the district or state for a lock exception.',
    hi: 'नहीं भेजा: सर्वर पर यह अवधि डेटा भरने के लिए बंद है। ज़िला या राज्य से छूट माँगें।',
  },
  'dhis2.outcome.auth_failed': {
    en: 'DHIS2 did not accept the user name/password or token. An administrator must enter a new one.',
    hi: 'DHIS2 ने उपयोगकर्ता नाम/पासवर्ड या टोकन स्वीकार नहीं किया। व्यवस्थापक नया भरें।',
  },
  'dhis2.outcome.forbidden': {
    en: 'This DHIS2 user may not enter this data. Ask the state DHIS2 administrator.',
    hi: 'यह DHIS2 उपयोगकर्ता यह डेटा नहीं भर सकता। राज्य के DHIS2 व्यवस्थापक से पूछें।',
  },
  'dhis2.outcome.server_error': {
    en: 'The DHIS2 server had an error. Prasav will try again.',
    hi: 'DHIS2 सर्वर में त्रुटि हुई। प्रसव फिर से कोशिश करेगा।',
  },
  'dhis2.outcome.network_error': {
    en: 'No connection to the DHIS2 server. The report waits in the queue and is sent when the connection is back.',
    hi: 'DHIS2 सर्वर से कनेक्शन नहीं है। रिपोर्ट कतार में है और कनेक्शन लौटने पर भेजी जाएगी।',
  },
  'dhis2.outcome.bad_request': {
    en: 'The request could not be processed. Please report this with the attempt history below.',
    hi: 'अनुरोध संसाधित नहीं हो सका। कृपया नीचे के प्रयास इतिहास के साथ इसकी सूचना दें।',
  },
  'dhis2.outcome.unsupported_version': {
    en: 'This DHIS2 version is older than 2.36 and is not supported.',
    hi: 'यह DHIS2 संस्करण 2.36 से पुराना है और समर्थित नहीं है।',
  },

  // Conflicts: what it means, what to do (docs/domain/dhis2.md §4.1)
  'dhis2.conflict.mapping': {
    en: 'The data element or combo is not known in this data set.',
    hi: 'यह डेटा एलिमेंट या कॉम्बो इस डेटा सेट में नहीं है।',
  },
  'dhis2.action.mapping': { en: 'Administrator: fix the mapping.', hi: 'व्यवस्थापक: मैपिंग ठीक करें।' },
  'dhis2.conflict.org_unit': {
    en: 'The organisation unit is unknown, outside this user’s area, or not assigned to the data set.',
    hi: 'संगठन इकाई अज्ञात है, इस उपयोगकर्ता के क्षेत्र से बाहर है, या डेटा सेट से जुड़ी नहीं है।',
  },
  'dhis2.action.org_unit': { en: 'Check the settings or ask the state.', hi: 'सेटिंग्स जाँचें या राज्य से पूछें।' },
  'dhis2.conflict.period_invalid': { en: 'The period does not fit this data set.', hi: 'यह अवधि इस डेटा सेट के अनुरूप नहीं है।' },
  'dhis2.action.period_invalid': {
    en: 'Report this to Prasav support (wrong period type).',
    hi: 'प्रसव सहायता को सूचित करें (गलत अवधि प्रकार)।',
  },
  'dhis2.conflict.value_invalid': {
    en: 'The value is not of the kind DHIS2 expects.',
    hi: 'मान उस प्रकार का नहीं है जो DHIS2 चाहता है।',
  },
  'dhis2.action.value_invalid': { en: 'Check the value in the report.', hi: 'रिपोर्ट में मान जाँचें।' },
  'dhis2.conflict.value_missing': { en: 'A value is missing.', hi: 'एक मान नहीं है।' },
  'dhis2.action.value_missing': { en: 'Fill in the value in the report.', hi: 'रिपोर्ट में मान भरें।' },
  'dhis2.conflict.no_write_access': { en: 'This user may not write to the data set.', hi: 'यह उपयोगकर्ता डेटा सेट में लिख नहीं सकता।' },
  'dhis2.action.no_write_access': {
    en: 'Ask the state DHIS2 administrator for write sharing.',
    hi: 'राज्य के DHIS2 व्यवस्थापक से लिखने की अनुमति माँगें।',
  },
  'dhis2.conflict.period_locked': {
    en: 'The period is closed for data entry (past the deadline).',
    hi: 'यह अवधि डेटा भरने के लिए बंद है (समय सीमा निकल गई)।',
  },
  'dhis2.action.period_locked': {
    en: 'Ask the district or state for a lock exception.',
    hi: 'ज़िला या राज्य से छूट (लॉक एक्सेप्शन) माँगें।',
  },
  'dhis2.conflict.period_future': { en: 'The period is in the future for the server.', hi: 'सर्वर के लिए यह अवधि भविष्य की है।' },
  'dhis2.action.period_future': { en: 'Check this PC’s date and the month.', hi: 'इस पीसी की तारीख़ और महीना जाँचें।' },
  'dhis2.conflict.period_not_open': { en: 'The period is not open for data entry.', hi: 'यह अवधि डेटा भरने के लिए खुली नहीं है।' },
  'dhis2.action.period_not_open': { en: 'Ask the district or state when it opens.', hi: 'ज़िला या राज्य से पूछें कि यह कब खुलेगी।' },
  'dhis2.conflict.approved': { en: 'The report for this period is already approved.', hi: 'इस अवधि की रिपोर्ट पहले ही अनुमोदित है।' },
  'dhis2.action.approved': { en: 'Ask the district to un-approve it first.', hi: 'पहले ज़िले से अनुमोदन हटाने को कहें।' },
  'dhis2.conflict.duplicate': { en: 'Two values were sent for the same cell.', hi: 'एक ही सेल के लिए दो मान भेजे गए।' },
  'dhis2.action.duplicate': {
    en: 'Two items map to the same cell: fix the mapping.',
    hi: 'दो मदें एक ही सेल पर मैप हैं: मैपिंग ठीक करें।',
  },
  'dhis2.conflict.data_set': { en: 'The data set is not known to the server.', hi: 'सर्वर यह डेटा सेट नहीं पहचानता।' },
  'dhis2.action.data_set': { en: 'Check the data set id in the settings.', hi: 'सेटिंग्स में डेटा सेट आईडी जाँचें।' },
  'dhis2.conflict.attribute_option_combo': {
    en: 'The attribute option combo is not valid.',
    hi: 'एट्रिब्यूट ऑप्शन कॉम्बो मान्य नहीं है।',
  },
  'dhis2.action.attribute_option_combo': {
    en: 'Check the attribute option combo in the settings.',
    hi: 'सेटिंग्स में एट्रिब्यूट ऑप्शन कॉम्बो जाँचें।',
  },
  'dhis2.conflict.unknown': {
    en: 'The server gave no reason code; its own message is shown.',
    hi: 'सर्वर ने कारण कोड नहीं दिया; उसका अपना संदेश दिखाया गया है।',
  },
  'dhis2.action.unknown': {
    en: 'Read the server’s message; ask support if unclear.',
    hi: 'सर्वर का संदेश पढ़ें; स्पष्ट न हो तो सहायता लें।',
  },
  'dhis2.whole_report': { en: 'whole report', hi: 'पूरी रिपोर्ट' },

  // Lock and queue states
  'dhis2.lock.open': { en: 'Period open for entry', hi: 'अवधि भरने के लिए खुली है' },
  'dhis2.lock.open_days': {
    en: 'Period open for entry; it locks in {{days}} days (server time).',
    hi: 'अवधि भरने के लिए खुली है; {{days}} दिन में बंद होगी (सर्वर का समय)।',
  },
  'dhis2.lock.locked': { en: 'Period locked', hi: 'अवधि बंद है' },
  'dhis2.lock.approved': { en: 'Already approved', hi: 'पहले ही अनुमोदित' },
  'dhis2.lock.not_open': { en: 'Period not open', hi: 'अवधि खुली नहीं है' },
  'dhis2.lock.future': { en: 'Future period', hi: 'भविष्य की अवधि' },
  'dhis2.queue.queued': { en: 'Waiting to be sent', hi: 'भेजे जाने की प्रतीक्षा में' },
  'dhis2.queue.running': { en: 'Sending now', hi: 'अभी भेजा जा रहा है' },
  'dhis2.queue.done': { en: 'Sent', hi: 'भेजा गया' },
  'dhis2.queue.failed': { en: 'Stopped: needs attention', hi: 'रुका: ध्यान देने की ज़रूरत' },
  'dhis2.queue.cancelled': { en: 'Cancelled', hi: 'रद्द' },
  'dhis2.queue.next': { en: 'Next try: {{time}}', hi: 'अगली कोशिश: {{time}}' },
  'dhis2.queue.attempts': { en: 'Attempts: {{count}}', hi: 'प्रयास: {{count}}' },
  'dhis2.kind.dry_run': { en: 'Dry run', hi: 'जाँच' },
  'dhis2.kind.push': { en: 'Send', hi: 'भेजना' },
  'dhis2.kind.import': { en: 'Import', hi: 'सर्वर पर सहेजना' },

  // Screens
  'dhis2.panel.title': { en: 'Send to DHIS2', hi: 'DHIS2 पर भेजें' },
  'dhis2.panel.month': { en: 'Report for {{month}}', hi: '{{month}} की रिपोर्ट' },
  'dhis2.panel.not_configured': {
    en: 'DHIS2 is not set up. An administrator can set it up in Settings → DHIS2.',
    hi: 'DHIS2 सेट नहीं है। व्यवस्थापक इसे सेटिंग्स → DHIS2 में सेट कर सकते हैं।',
  },
  'dhis2.panel.connected_to': { en: 'Server: {{url}}', hi: 'सर्वर: {{url}}' },
  'dhis2.panel.to_send_one': { en: '1 value will be sent.', hi: '1 मान भेजा जाएगा।' },
  'dhis2.panel.to_send': { en: '{{count}} values will be sent.', hi: '{{count}} मान भेजे जाएँगे।' },
  'dhis2.panel.excluded': { en: 'Not sent by choice: {{items}}', hi: 'जानबूझकर नहीं भेजे जाते: {{items}}' },
  'dhis2.panel.blank': { en: 'Blank (nothing sent): {{items}}', hi: 'खाली (कुछ नहीं भेजा जाता): {{items}}' },
  'dhis2.panel.unmapped': {
    en: 'These items have no DHIS2 mapping; nothing can be sent until an administrator maps or excludes them:',
    hi: 'इन मदों की DHIS2 मैपिंग नहीं है; व्यवस्थापक द्वारा मैप या बाहर किए जाने तक कुछ नहीं भेजा जा सकता:',
  },
  'dhis2.panel.dry_run': { en: 'Check with server (dry run)', hi: 'सर्वर से जाँचें (ड्राई रन)' },
  'dhis2.panel.push': { en: 'Send to DHIS2', hi: 'DHIS2 पर भेजें' },
  'dhis2.panel.retry': { en: 'Try again now', hi: 'अभी फिर कोशिश करें' },
  'dhis2.panel.export_adx': { en: 'Download ADX file', hi: 'ADX फ़ाइल डाउनलोड करें' },
  'dhis2.panel.working': { en: 'Talking to the server…', hi: 'सर्वर से बात हो रही है…' },
  'dhis2.panel.result': { en: 'Server’s answer', hi: 'सर्वर का जवाब' },
  'dhis2.panel.server': {
    en: 'DHIS2 {{version}} · time zone {{tz}}',
    hi: 'DHIS2 {{version}} · समय क्षेत्र {{tz}}',
  },
  'dhis2.panel.counts': {
    en: 'Sent {{sent}} · new {{imported}} · updated {{updated}} · ignored (unchanged or refused) {{ignored}}',
    hi: 'भेजे {{sent}} · नए {{imported}} · अपडेट {{updated}} · छोड़े गए (अपरिवर्तित या अस्वीकृत) {{ignored}}',
  },
  'dhis2.panel.conflicts': { en: 'Problems reported by the server', hi: 'सर्वर द्वारा बताई गई समस्याएँ' },
  'dhis2.panel.col_item': { en: 'Item', hi: 'मद' },
  'dhis2.panel.col_value': { en: 'Value sent', hi: 'भेजा गया मान' },
  'dhis2.panel.col_code': { en: 'Code', hi: 'कोड' },
  'dhis2.panel.col_meaning': { en: 'What it means', hi: 'इसका अर्थ' },
  'dhis2.panel.col_action': { en: 'What to do', hi: 'क्या करें' },
  'dhis2.panel.col_server': { en: 'Server’s message', hi: 'सर्वर का संदेश' },
  'dhis2.panel.queue': { en: 'Queue', hi: 'कतार' },
  'dhis2.panel.history': { en: 'Attempts', hi: 'प्रयास' },
  'dhis2.panel.no_history': { en: 'Nothing sent for this month yet.', hi: 'इस महीने के लिए अभी कुछ नहीं भेजा गया।' },
  'dhis2.panel.col_when': { en: 'When', hi: 'कब' },
  'dhis2.panel.col_kind': { en: 'What', hi: 'क्या' },
  'dhis2.panel.col_outcome': { en: 'Result', hi: 'परिणाम' },
  'dhis2.panel.col_requests': { en: 'Requests', hi: 'अनुरोध' },
  'dhis2.panel.no_report': {
    en: 'The monthly HMIS report for {{month}} is not available yet, so there is nothing to send.',
    hi: '{{month}} की मासिक HMIS रिपोर्ट अभी उपलब्ध नहीं है, इसलिए भेजने के लिए कुछ नहीं है।',
  },

  'dhis2.settings.title': { en: 'DHIS2 connection', hi: 'DHIS2 कनेक्शन' },
  'dhis2.settings.intro': {
    en: 'Only where the state receives HMIS reports through DHIS2. The password or token is stored encrypted on this PC and is never shown again.',
    hi: 'केवल वहाँ जहाँ राज्य HMIS रिपोर्ट DHIS2 से लेता है। पासवर्ड या टोकन इस पीसी पर एन्क्रिप्ट करके रखा जाता है और फिर कभी दिखाया नहीं जाता।',
  },
  'dhis2.settings.secret_stored': {
    en: 'A password/token is stored. Leave blank to keep it.',
    hi: 'पासवर्ड/टोकन सहेजा हुआ है। उसे रखने के लिए खाली छोड़ें।',
  },
  'dhis2.settings.secret_unreadable': {
    en: 'The stored password/token cannot be read here: enter it again.',
    hi: 'सहेजा गया पासवर्ड/टोकन यहाँ पढ़ा नहीं जा सकता: फिर से भरें।',
  },
  'dhis2.settings.saved': { en: 'DHIS2 settings saved.', hi: 'DHIS2 सेटिंग्स सहेज ली गईं।' },
  'dhis2.settings.test': { en: 'Test connection', hi: 'कनेक्शन जाँचें' },
  'dhis2.settings.test_ok': {
    en: 'Connected: DHIS2 {{version}}, time zone {{tz}}, server time {{date}}.',
    hi: 'जुड़ गया: DHIS2 {{version}}, समय क्षेत्र {{tz}}, सर्वर का समय {{date}}।',
  },
  'dhis2.settings.tab_dhis2': { en: 'DHIS2', hi: 'DHIS2 सर्वर' },
  'dhis2.mapping.title': { en: 'Item mapping', hi: 'मद मैपिंग' },
  'dhis2.mapping.intro': {
    en: 'Each HMIS item is sent as one data element and category option combo of the data set, or marked as not sent.',
    hi: 'हर HMIS मद डेटा सेट के एक डेटा एलिमेंट और कैटेगरी ऑप्शन कॉम्बो के रूप में भेजी जाती है, या "नहीं भेजा जाता" चिह्नित होती है।',
  },
  'dhis2.mapping.match': { en: 'Match with server', hi: 'सर्वर से मिलाएँ' },
  'dhis2.mapping.matched': {
    en: 'Matched {{matched}} items; {{unmatched}} need a choice.',
    hi: '{{matched}} मदें मिल गईं; {{unmatched}} के लिए चुनाव ज़रूरी है।',
  },
  'dhis2.mapping.metadata': {
    en: 'Data set “{{name}}”, read {{when}} from DHIS2 {{version}}',
    hi: 'डेटा सेट “{{name}}”, DHIS2 {{version}} से {{when}} को पढ़ा गया',
  },
  'dhis2.mapping.no_metadata': {
    en: 'The data set has not been read from the server yet.',
    hi: 'डेटा सेट अभी सर्वर से पढ़ा नहीं गया है।',
  },
  'dhis2.mapping.items_from': {
    en: 'Items of the {{month}} report',
    hi: '{{month}} की रिपोर्ट की मदें',
  },
  'dhis2.mapping.no_items': {
    en: 'No monthly report is available to list the items; the stored mapping is shown, and a CSV can be imported.',
    hi: 'मदों की सूची के लिए कोई मासिक रिपोर्ट उपलब्ध नहीं है; सहेजी गई मैपिंग दिखाई गई है, और CSV आयात की जा सकती है।',
  },
  'dhis2.mapping.status_mapped': { en: 'Mapped', hi: 'मैप है' },
  'dhis2.mapping.status_excluded': { en: 'Not sent', hi: 'नहीं भेजा जाता' },
  'dhis2.mapping.status_unmapped': { en: 'Not mapped', hi: 'मैप नहीं' },
  'dhis2.mapping.choose': { en: '— choose —', hi: '— चुनें —' },
  'dhis2.mapping.default_combo': { en: '(only combo)', hi: '(एकमात्र कॉम्बो)' },
  'dhis2.mapping.col_wording': { en: 'Item', hi: 'मद' },
  'dhis2.mapping.col_status': { en: 'Status', hi: 'स्थिति' },
  'dhis2.mapping.save_row': { en: 'Save', hi: 'सहेजें' },
  'dhis2.mapping.import_csv': { en: 'Import CSV', hi: 'CSV आयात करें' },
  'dhis2.mapping.export_csv': { en: 'Export CSV', hi: 'CSV निर्यात करें' },
  'dhis2.mapping.imported_one': { en: 'Imported 1 row.', hi: '1 पंक्ति आयात हुई।' },
  'dhis2.mapping.imported': { en: 'Imported {{count}} rows.', hi: '{{count}} पंक्तियाँ आयात हुईं।' },
  'dhis2.mapping.csv_problems': {
    en: 'The CSV was not imported; fix these rows:',
    hi: 'CSV आयात नहीं हुई; ये पंक्तियाँ ठीक करें:',
  },
  'dhis2.mapping.row_saved': { en: 'Saved item {{item}}.', hi: 'मद {{item}} सहेजी गई।' },
});
