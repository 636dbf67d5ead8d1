import { defineMessages } from '../define';

/** The Reports screen's hand entries, check links and the short DHIS2 notice (issue 10 items 2 and 9). */
export const reportsUiMessages = defineMessages({
  'hmis.entries.autosave': {
    en: 'Entries are saved as you type; Ctrl+S saves at once.',
    hi: 'प्रविष्टियाँ लिखते ही सहेजी जाती हैं; Ctrl+S तुरंत सहेजता है।',
  },
  'hmis.entries.saving': { en: 'Saving entries…', hi: 'प्रविष्टियाँ सहेजी जा रही हैं…' },
  'hmis.entries.unsaved': { en: 'Not saved yet', hi: 'अभी सहेजा नहीं गया' },
  'hmis.entries.invalid': {
    en: 'Not a whole number in item {{items}}: correct it or clear it. It is kept on screen but not saved.',
    hi: 'मद {{items}} में पूर्ण संख्या नहीं है: इसे ठीक करें या मिटाएँ। यह स्क्रीन पर रखा है पर सहेजा नहीं गया।',
  },
  'hmis.entries.export_refused': {
    en: 'Not exported: item {{items}} is not a whole number. Correct it or clear it, then export.',
    hi: 'निर्यात नहीं हुआ: मद {{items}} पूर्ण संख्या नहीं है। इसे ठीक करें या मिटाएँ, फिर निर्यात करें।',
  },
  'hmis.loading_month': { en: 'Loading {{month}}…', hi: '{{month}} लोड हो रहा है…' },
  'hmis.check.show_item': { en: 'Show item {{item}} in the report', hi: 'रिपोर्ट में मद {{item}} दिखाएँ' },
  'hmis.check.per_item_passed': {
    en: 'Passed: no item flagged by this rule.',
    hi: 'पास: इस नियम में कोई मद चिह्नित नहीं हुआ।',
  },
  'hmis.check.per_item_not_applicable': {
    en: 'Not applicable: fewer past months on record than this rule compares.',
    hi: 'लागू नहीं: इस नियम की तुलना के लिए पिछले महीनों का रिकॉर्ड कम है।',
  },
  'dhis2.panel.not_set_up': { en: 'DHIS2 not set up — ask the admin.', hi: 'DHIS2 सेट नहीं है — व्यवस्थापक से कहें।' },
  'dhis2.panel.unmapped_count': {
    en: '{{count}} items have no DHIS2 mapping: nothing can be sent until they are mapped or excluded.',
    hi: '{{count}} मदों की DHIS2 मैपिंग नहीं है: मैप या बाहर किए जाने तक कुछ नहीं भेजा जा सकता।',
  },
  'dhis2.panel.unmapped_list': { en: 'Show the items', hi: 'मदें दिखाएँ' },
});
