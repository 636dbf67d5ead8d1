import { defineMessages } from '../define';

export const backupMessages = defineMessages({
  // Errors.
  'error.backup_refused': { en: 'This backup cannot be restored.', hi: 'यह बैकअप पुनर्स्थापित नहीं किया जा सकता।' },
  'error.disk_low': {
    en: 'Not enough free disk space in {{dir}} ({{free_mb}} MB free). Free some space or choose another folder.',
    hi: '{{dir}} में डिस्क पर पर्याप्त जगह नहीं है ({{free_mb}} MB ख़ाली)। जगह ख़ाली करें या दूसरा फ़ोल्डर चुनें।',
  },
  'backup.damaged': { en: 'The backup file is damaged.', hi: 'बैकअप फ़ाइल ख़राब है।' },
  'backup.not_prasav': { en: 'The file is not a Prasav register.', hi: 'यह फ़ाइल प्रसव का रजिस्टर नहीं है।' },
  'backup.checksum': {
    en: 'The backup file changed after it was written (checksum differs).',
    hi: 'बैकअप फ़ाइल लिखे जाने के बाद बदल गई है (चेकसम अलग है)।',
  },
  'backup.bad_passphrase': {
    en: 'Wrong passphrase, or the encrypted file was changed.',
    hi: 'पासफ़्रेज़ ग़लत है, या एन्क्रिप्टेड फ़ाइल बदल दी गई है।',
  },
  'backup.passphrase_needed': {
    en: 'This backup is encrypted with another key: enter its passphrase.',
    hi: 'यह बैकअप किसी दूसरी कुंजी से एन्क्रिप्टेड है: उसका पासफ़्रेज़ डालें।',
  },
  'backup.not_found': { en: 'That backup is no longer there.', hi: 'वह बैकअप अब मौजूद नहीं है।' },
  'backup.newer': {
    en: 'This backup was made by a newer Prasav ({{found}}); this one is {{known}}. Install the newer version to restore it.',
    hi: 'यह बैकअप प्रसव के नए संस्करण ({{found}}) से बना है; यह संस्करण {{known}} है। इसे पुनर्स्थापित करने के लिए नया संस्करण इंस्टॉल करें।',
  },
  'backup.busy': {
    en: 'Another program has the register open. Close it and try again.',
    hi: 'कोई दूसरा प्रोग्राम रजिस्टर खोले हुए है। उसे बंद करके फिर कोशिश करें।',
  },
  'backup.second_failed': {
    en: 'The copy to the second folder failed. Check the drive.',
    hi: 'दूसरे फ़ोल्डर में प्रति नहीं बन सकी। ड्राइव जाँचें।',
  },
  'backup.failed': {
    en: 'The last automatic backup failed. Try "Back up now" on the Backup screen.',
    hi: 'पिछला स्वचालित बैकअप विफल रहा। बैकअप स्क्रीन पर "अभी बैकअप लें" आज़माएँ।',
  },
  'backup.disk_low': {
    en: 'The last automatic backup failed: the disk is nearly full.',
    hi: 'पिछला स्वचालित बैकअप विफल: डिस्क लगभग भर गई है।',
  },

  // Fields.
  'field.second_dir': { en: 'Second backup folder (USB drive or another disk)', hi: 'दूसरा बैकअप फ़ोल्डर (USB ड्राइव या दूसरी डिस्क)' },
  'field.keep_daily': { en: 'Daily backups to keep', hi: 'रखे जाने वाले दैनिक बैकअप' },
  'field.keep_monthly': { en: 'Monthly backups to keep', hi: 'रखे जाने वाले मासिक बैकअप' },
  'field.second_max_age_days': {
    en: 'Warn when the second copy is older than (days)',
    hi: 'दूसरी प्रति इतने दिन से पुरानी हो तो चेतावनी',
  },
  'field.disk_warn_mb': { en: 'Warn when free disk space is below (MB)', hi: 'डिस्क पर ख़ाली जगह इससे कम हो तो चेतावनी (MB)' },
  'field.passphrase': { en: 'Passphrase', hi: 'पासफ़्रेज़' },
  'field.passphrase_confirm': { en: 'Passphrase again', hi: 'पासफ़्रेज़ दोबारा' },
  'field.file': { en: 'Backup file', hi: 'बैकअप फ़ाइल' },
  'field.place': { en: 'Place', hi: 'स्थान' },
  'v.folder_absolute': { en: '{{field}}: give the full path (e.g. E:\\Backups).', hi: '{{field}}: पूरा पथ दें (जैसे E:\\Backups)।' },
  'v.folder_missing': {
    en: '{{field}}: this folder does not exist (is the drive plugged in?).',
    hi: '{{field}}: यह फ़ोल्डर मौजूद नहीं है (क्या ड्राइव लगी है?)।',
  },
  'v.folder_inside_data': {
    en: '{{field}} must be on another disk or drive, not inside the data folder.',
    hi: '{{field}} दूसरी डिस्क या ड्राइव पर होना चाहिए, डेटा फ़ोल्डर के अंदर नहीं।',
  },
  'v.folder_unwritable': { en: '{{field}}: cannot write there.', hi: '{{field}}: वहाँ लिखा नहीं जा सकता।' },
  'v.passphrase_short': { en: '{{field}} must be at least 10 characters.', hi: '{{field}} कम से कम 10 अक्षर का होना चाहिए।' },
  'v.passphrase_mismatch': { en: 'The two passphrases differ.', hi: 'दोनों पासफ़्रेज़ अलग हैं।' },

  // Tables, as backup record counts name them (BackupPage's COUNTED_TABLES).
  'table.episode': { en: 'register records', hi: 'रजिस्टर रिकॉर्ड' },
  'table.baby': { en: 'babies', hi: 'शिशु' },
  'table.referral': { en: 'referrals', hi: 'रेफ़रल' },
  'table.hmis_report': { en: 'monthly reports', hi: 'मासिक रिपोर्ट' },
  'table.users': { en: 'users', hi: 'उपयोगकर्ता' },

  // Kinds and places.
  'backup_kind.daily': { en: 'daily', hi: 'दैनिक' },
  'backup_kind.exit': { en: 'on exit', hi: 'बंद करते समय' },
  'backup_kind.manual': { en: 'manual', hi: 'हाथ से' },
  'backup_kind.pre-migration': { en: 'before update', hi: 'अपडेट से पहले' },
  'backup_kind.pre-restore': { en: 'before restore', hi: 'पुनर्स्थापना से पहले' },
  'backup_place.data': { en: 'data folder', hi: 'डेटा फ़ोल्डर' },
  'backup_place.second': { en: 'second folder', hi: 'दूसरा फ़ोल्डर' },

  // Header / home.
  'backup.last': { en: 'Last backup: {{at}}, {{place}}', hi: 'पिछला बैकअप: {{at}}, {{place}}' },
  'backup.none_yet': { en: 'No backup yet', hi: 'अभी तक कोई बैकअप नहीं' },
  'backup.warn_not_set': {
    en: 'No second backup folder is chosen: a copy on a USB drive or another disk protects the register if this PC fails.',
    hi: 'दूसरा बैकअप फ़ोल्डर नहीं चुना गया: इस PC के ख़राब होने पर USB ड्राइव या दूसरी डिस्क की प्रति रजिस्टर बचाती है।',
  },
  'backup.warn_unreachable': {
    en: 'The second backup folder {{dir}} is not reachable: plug in the drive.',
    hi: 'दूसरा बैकअप फ़ोल्डर {{dir}} नहीं मिल रहा: ड्राइव लगाएँ।',
  },
  'backup.warn_missing': { en: 'There is no copy in the second backup folder yet.', hi: 'दूसरे बैकअप फ़ोल्डर में अभी कोई प्रति नहीं है।' },
  'backup.warn_stale': {
    en: 'The copy in the second backup folder is older than {{days}} days ({{at}}).',
    hi: 'दूसरे बैकअप फ़ोल्डर की प्रति {{days}} दिन से पुरानी है ({{at}})।',
  },
  'disk.warn_low': {
    en: 'Low disk space: {{free_mb}} MB free. Free some space before saves fail.',
    hi: 'डिस्क पर कम जगह: {{free_mb}} MB ख़ाली। सहेजना विफल होने से पहले जगह ख़ाली करें।',
  },

  // Backup screen.
  'nav.backup': { en: 'Backup', hi: 'बैकअप' },
  'backup.title': { en: 'Backups', hi: 'बैकअप' },
  'backup.now': { en: 'Back up now', hi: 'अभी बैकअप लें' },
  'backup.done': { en: 'Backup written and verified: {{file}}', hi: 'बैकअप लिखा और जाँचा गया: {{file}}' },
  'backup.list_title': { en: 'Backups to restore from', hi: 'पुनर्स्थापना के लिए बैकअप' },
  'backup.when': { en: 'When', hi: 'कब' },
  'backup.kind': { en: 'Why', hi: 'क्यों' },
  'backup.records': { en: 'Records', hi: 'रिकॉर्ड' },
  'backup.size': { en: 'Size', hi: 'आकार' },
  'backup.encrypted': { en: 'encrypted', hi: 'एन्क्रिप्टेड' },
  'backup.newer_badge': { en: 'newer version', hi: 'नया संस्करण' },
  'backup.preview': { en: 'Preview', hi: 'पूर्वावलोकन' },
  'backup.app_version': { en: 'Written by', hi: 'किस संस्करण से' },
  'backup.restore': { en: 'Restore this backup', hi: 'यह बैकअप पुनर्स्थापित करें' },
  'backup.preview_title': { en: 'Backup of {{at}}', hi: '{{at}} का बैकअप' },
  'backup.preview_verified': {
    en: 'Checked: the file is complete and undamaged (integrity check, checksum).',
    hi: 'जाँचा गया: फ़ाइल पूरी और सही है (इंटीग्रिटी जाँच, चेकसम)।',
  },
  'backup.restore_confirm': {
    en: 'Replace the current register with this backup? A safety backup of the current register is written first. Everyone will log in again.',
    hi: 'वर्तमान रजिस्टर को इस बैकअप से बदलें? पहले वर्तमान रजिस्टर का सुरक्षा बैकअप लिखा जाएगा। सभी को दोबारा लॉग इन करना होगा।',
  },
  'backup.restore_yes': { en: 'Yes, restore', hi: 'हाँ, पुनर्स्थापित करें' },
  'backup.settings_title': { en: 'Where and how long', hi: 'कहाँ और कितने समय तक' },
  'backup.settings_saved': { en: 'Backup settings saved.', hi: 'बैकअप सेटिंग्स सहेजी गईं।' },
  'backup.encryption_title': { en: 'Encrypt the second copy', hi: 'दूसरी प्रति एन्क्रिप्ट करें' },
  'backup.encryption_intro': {
    en: 'The copy in the second folder leaves the room on a USB drive. With a passphrase, it can only be opened with that passphrase (write it down and keep it safe: it cannot be recovered). Plain copies already there are encrypted too; each plain copy is removed only after its encrypted copy is checked.',
    hi: 'दूसरे फ़ोल्डर की प्रति USB ड्राइव पर कमरे से बाहर जाती है। पासफ़्रेज़ रखने पर वह केवल उसी पासफ़्रेज़ से खुलेगी (इसे लिखकर सुरक्षित रखें: यह वापस नहीं मिल सकता)। वहाँ पहले से रखी सादी प्रतियाँ भी एन्क्रिप्ट होंगी; हर सादी प्रति उसकी एन्क्रिप्टेड प्रति जाँचने के बाद ही हटाई जाती है।',
  },
  'backup.encryption_on': { en: 'Second copies are encrypted.', hi: 'दूसरी प्रतियाँ एन्क्रिप्टेड हैं।' },
  'backup.encryption_off': { en: 'Second copies are not encrypted.', hi: 'दूसरी प्रतियाँ एन्क्रिप्टेड नहीं हैं।' },
  'backup.encryption_set': { en: 'Set passphrase', hi: 'पासफ़्रेज़ रखें' },
  'backup.encryption_clear': { en: 'Stop encrypting', hi: 'एन्क्रिप्शन बंद करें' },
  'backup.status_second_ok': { en: 'Second copy: {{at}} in {{dir}}', hi: 'दूसरी प्रति: {{at}}, {{dir}} में' },
  'backup.restored': {
    en: 'Restored from {{file}}. The register as it was before is kept as {{safety}}.',
    hi: '{{file}} से पुनर्स्थापित। पहले वाला रजिस्टर {{safety}} के रूप में सुरक्षित है।',
  },

  // Start-up recovery (Electron dialog, web recovery page).
  'recovery.title': { en: 'The register could not be opened', hi: 'रजिस्टर नहीं खुल सका' },
  'recovery.newest': { en: 'Newest good backup: {{at}}', hi: 'सबसे नया सही बैकअप: {{at}}' },
  'recovery.restore': { en: 'Restore the newest good backup', hi: 'सबसे नया सही बैकअप पुनर्स्थापित करें' },
  'recovery.none': {
    en: 'No good backup was found in {{dir}}. Do not delete anything; call for help and keep this folder.',
    hi: '{{dir}} में कोई सही बैकअप नहीं मिला। कुछ भी न हटाएँ; सहायता बुलाएँ और यह फ़ोल्डर सुरक्षित रखें।',
  },
  'recovery.only_here': { en: 'Restore only from this PC itself.', hi: 'पुनर्स्थापना केवल इसी PC से करें।' },
  'recovery.changed': { en: 'The backups changed meanwhile; reload the page.', hi: 'इस बीच बैकअप बदल गए; पेज दोबारा लोड करें।' },
  'recovery.done_title': { en: 'Register restored', hi: 'रजिस्टर पुनर्स्थापित' },
  'recovery.done': {
    en: 'The register was restored from the backup. The damaged file is kept in {{kept}}.',
    hi: 'रजिस्टर बैकअप से पुनर्स्थापित किया गया। ख़राब फ़ाइल {{kept}} में सुरक्षित है।',
  },
  'recovery.failed': { en: 'The restore failed. Nothing was changed.', hi: 'पुनर्स्थापना विफल रही। कुछ नहीं बदला।' },
});
