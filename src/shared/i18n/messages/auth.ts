import { defineMessages } from '../define';

export const authMessages = defineMessages({
  // Errors from the service.
  'auth.bad_credentials': { en: 'Wrong user name or password.', hi: 'उपयोगकर्ता नाम या पासवर्ड ग़लत है।' },
  'auth.rate_limited': {
    en: 'Too many login attempts from this computer. Try again in {{minutes}} min.',
    hi: 'इस कंप्यूटर से बहुत अधिक लॉगिन प्रयास। {{minutes}} मिनट बाद फिर कोशिश करें।',
  },
  'auth.disabled': {
    en: 'This account is disabled. Ask the administrator.',
    hi: 'यह खाता बंद कर दिया गया है। व्यवस्थापक से संपर्क करें।',
  },
  'auth.already_set_up': {
    en: 'The administrator account already exists. Please log in.',
    hi: 'व्यवस्थापक खाता पहले से बना है। कृपया लॉग इन करें।',
  },
  'auth.last_admin': {
    en: 'This is the last active administrator: make another user administrator first.',
    hi: 'यह अंतिम सक्रिय व्यवस्थापक है: पहले किसी और को व्यवस्थापक बनाएँ।',
  },
  'auth.disable_self': { en: 'You cannot disable your own account.', hi: 'आप अपना ही खाता बंद नहीं कर सकते।' },
  'auth.must_change_password': {
    en: 'Choose a new password before continuing.',
    hi: 'आगे बढ़ने से पहले नया पासवर्ड चुनें।',
  },
  'error.rate_limited': { en: 'Too many attempts. Please wait and try again.', hi: 'बहुत अधिक प्रयास। थोड़ी देर बाद फिर कोशिश करें।' },

  // Field labels and validation.
  'field.username': { en: 'User name', hi: 'उपयोगकर्ता नाम' },
  'field.full_name': { en: 'Full name', hi: 'पूरा नाम' },
  'field.password': { en: 'Password', hi: 'पासवर्ड' },
  'field.password_confirm': { en: 'Password again', hi: 'पासवर्ड दोबारा' },
  'field.current_password': { en: 'Current password', hi: 'वर्तमान पासवर्ड' },
  'field.new_password': { en: 'New password', hi: 'नया पासवर्ड' },
  'field.role': { en: 'Role', hi: 'भूमिका' },
  'field.disabled': { en: 'Disabled', hi: 'बंद' },
  'field.idle_minutes': { en: 'Lock the screen after idle minutes', hi: 'इतने मिनट निष्क्रिय रहने पर स्क्रीन लॉक करें' },
  'field.lockout_attempts': {
    en: 'Wrong passwords from one computer before it must wait',
    hi: 'एक कंप्यूटर से ग़लत पासवर्ड, जिसके बाद रुकना होगा',
  },
  'field.lockout_minutes': { en: 'Longest wait (minutes)', hi: 'सबसे लंबा इंतज़ार (मिनट)' },
  'v.username': {
    en: '{{field}}: small letters, digits, dot, dash or underscore, starting with a letter or digit.',
    hi: '{{field}}: छोटे अंग्रेज़ी अक्षर, अंक, बिंदु, डैश या अंडरस्कोर; शुरुआत अक्षर या अंक से।',
  },
  'v.username_taken': { en: '{{field}} is already in use.', hi: '{{field}} पहले से उपयोग में है।' },
  'v.password_short': { en: '{{field}} must be at least 8 characters.', hi: '{{field}} कम से कम 8 अक्षर का होना चाहिए।' },
  'v.password_wrong': { en: '{{field}} is not correct.', hi: '{{field}} सही नहीं है।' },
  'v.password_same': { en: '{{field}} must differ from the current one.', hi: '{{field}} वर्तमान पासवर्ड से अलग होना चाहिए।' },
  'v.password_mismatch': { en: 'The two passwords differ.', hi: 'दोनों पासवर्ड अलग हैं।' },

  // Roles.
  'role.admin': { en: 'Administrator', hi: 'व्यवस्थापक' },
  'role.doctor': { en: 'Doctor', hi: 'डॉक्टर' },
  'role.nurse': { en: 'Nurse', hi: 'नर्स' },
  'role.clerk': { en: 'Clerk', hi: 'लिपिक' },

  // Login, first run, lock screen.
  'login.title': { en: 'Log in', hi: 'लॉग इन' },
  'login.submit': { en: 'Log in', hi: 'लॉग इन करें' },
  'login.demo_hint': {
    en: 'Demo: user names admin, doctor, nurse, clerk; passwords in the README.',
    hi: 'डेमो: उपयोगकर्ता नाम admin, doctor, nurse, clerk; पासवर्ड README में।',
  },
  'login.restored': {
    en: 'The register was restored from a backup. Log in with an account of that backup.',
    hi: 'रजिस्टर बैकअप से पुनर्स्थापित किया गया। उस बैकअप के किसी खाते से लॉग इन करें।',
  },
  'first_run.title': { en: 'Welcome to Prasav', hi: 'प्रसव में आपका स्वागत है' },
  'first_run.intro': {
    en: 'Create the administrator account. The administrator adds the other users, sets up backups and settings.',
    hi: 'व्यवस्थापक खाता बनाएँ। व्यवस्थापक बाकी उपयोगकर्ता जोड़ते हैं, बैकअप और सेटिंग्स तय करते हैं।',
  },
  'first_run.submit': { en: 'Create administrator', hi: 'व्यवस्थापक बनाएँ' },
  'first_run.restore_hint': {
    en: 'New computer? Create the administrator, then restore the old register from your backup drive on the Backup screen.',
    hi: 'नया कंप्यूटर? व्यवस्थापक बनाएँ, फिर बैकअप स्क्रीन पर अपनी बैकअप ड्राइव से पुराना रजिस्टर पुनर्स्थापित करें।',
  },
  'lock.title': { en: 'Screen locked', hi: 'स्क्रीन लॉक है' },
  'lock.intro': {
    en: '{{name}} was away. Enter the password to continue; unsaved work is kept.',
    hi: '{{name}} दूर थे। जारी रखने के लिए पासवर्ड डालें; बिना सहेजा काम सुरक्षित है।',
  },
  'lock.unlock': { en: 'Unlock', hi: 'अनलॉक करें' },
  'lock.switch_user': {
    en: 'Log in as someone else (unsaved work is lost)',
    hi: 'किसी और के रूप में लॉग इन करें (बिना सहेजा काम मिट जाएगा)',
  },
  'lock.now': { en: 'Lock', hi: 'लॉक' },
  'auth.logout': { en: 'Log out', hi: 'लॉग आउट' },
  'password.change_title': { en: 'Choose your own password', hi: 'अपना पासवर्ड चुनें' },
  'password.change_intro': {
    en: 'The administrator set a temporary password for you. Choose your own to continue.',
    hi: 'व्यवस्थापक ने आपके लिए अस्थायी पासवर्ड रखा है। आगे बढ़ने के लिए अपना पासवर्ड चुनें।',
  },
  'password.change_submit': { en: 'Save password', hi: 'पासवर्ड सहेजें' },

  // Users screen.
  'nav.users': { en: 'Users', hi: 'उपयोगकर्ता' },
  'users.title': { en: 'Users', hi: 'उपयोगकर्ता' },
  'users.intro': {
    en: 'Users are never deleted (their names stay in the audit trail): disable them instead.',
    hi: 'उपयोगकर्ता कभी हटाए नहीं जाते (ऑडिट में उनके नाम रहते हैं): उन्हें बंद करें।',
  },
  'users.add': { en: 'Add user', hi: 'उपयोगकर्ता जोड़ें' },
  'users.added': {
    en: 'User {{username}} added. They choose their own password at the first login.',
    hi: 'उपयोगकर्ता {{username}} जोड़ा गया। पहली बार लॉग इन पर वे अपना पासवर्ड चुनेंगे।',
  },
  'users.password_hint': {
    en: 'Temporary: the user chooses their own at the first login.',
    hi: 'अस्थायी: उपयोगकर्ता पहली बार लॉग इन पर अपना पासवर्ड चुनेंगे।',
  },
  'users.status': { en: 'Status', hi: 'स्थिति' },
  'users.active': { en: 'Active', hi: 'सक्रिय' },
  'users.disabled': { en: 'Disabled', hi: 'बंद' },
  'users.last_login': { en: 'Last login', hi: 'अंतिम लॉगिन' },
  'users.never': { en: 'never', hi: 'कभी नहीं' },
  'users.disable': { en: 'Disable', hi: 'बंद करें' },
  'users.enable': { en: 'Enable', hi: 'चालू करें' },
  'users.reset_password': { en: 'Reset password', hi: 'पासवर्ड रीसेट' },
  'users.reset_done': { en: 'Temporary password set for {{username}}.', hi: '{{username}} के लिए अस्थायी पासवर्ड रखा गया।' },
  'users.saved': { en: 'Saved.', hi: 'सहेजा गया।' },
  'users.you': { en: '(you)', hi: '(आप)' },
  'users.temporary': { en: 'must change password', hi: 'पासवर्ड बदलना है' },
  'security.title': { en: 'Screen lock and lockout', hi: 'स्क्रीन लॉक और लॉकआउट' },
  'security.saved': { en: 'Security settings saved.', hi: 'सुरक्षा सेटिंग्स सहेजी गईं।' },
});
