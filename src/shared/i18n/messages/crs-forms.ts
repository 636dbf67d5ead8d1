import { defineMessages } from '../define';

/*
 * CRS reports besides Form No. 1 (care.md §4; docs/legal-forms.md): Form No. 3 still birth report, Form No. 2 death
 * report, Form No. 4 MCCD. English item wording follows the revised Model Rules forms where we could check it;
 * the Hindi is ours.
 */
export const crsFormMessages = defineMessages({
  'slip.title_still_birth_report': { en: 'Form No. 3 — Still birth report', hi: 'प्रपत्र संख्या 3 — मृत जन्म की सूचना' },
  'slip.title_death_report': { en: 'Form No. 2 — Death report', hi: 'प्रपत्र संख्या 2 — मृत्यु की सूचना' },
  'slip.title_mccd': {
    en: 'Form No. 4 — Medical certificate of cause of death',
    hi: 'प्रपत्र संख्या 4 — मृत्यु के कारण का चिकित्सा प्रमाण-पत्र',
  },
  'slip.type.still_birth_report': { en: 'Still birth report (Form 3)', hi: 'मृत जन्म रिपोर्ट (प्रपत्र 3)' },
  'slip.type.death_report': { en: 'Death report (Form 2)', hi: 'मृत्यु रिपोर्ट (प्रपत्र 2)' },
  'slip.type.mccd': { en: 'MCCD (Form 4)', hi: 'MCCD (प्रपत्र 4)' },
  'error.still_birth_not_found': {
    en: 'No still birth of 28 weeks or more for this baby (a still birth below 28 weeks has no CRS report).',
    hi: 'इस शिशु का 28 सप्ताह या अधिक का मृत जन्म नहीं है (28 सप्ताह से कम के मृत जन्म की CRS रिपोर्ट नहीं होती)।',
  },
  'error.death_not_found': { en: 'No death in this hospital on this record.', hi: 'इस रिकॉर्ड में इस अस्पताल में कोई मृत्यु नहीं।' },
  'field.crs_form2_submitted_at': { en: 'Form 2 (death report) submitted on', hi: 'प्रपत्र 2 (मृत्यु रिपोर्ट) जमा करने की तिथि' },
  'field.crs_form3_submitted_at': {
    en: 'Form 3 (still birth report) submitted on',
    hi: 'प्रपत्र 3 (मृत जन्म रिपोर्ट) जमा करने की तिथि',
  },
  'field.maternal_death_notified_at': {
    en: 'Maternal death notified to the district at',
    hi: 'मातृ मृत्यु की सूचना ज़िले को दी गई (समय)',
  },
  'crs_due.title': {
    en: 'Reports due to the registrar ({{count}}, {{overdue}} overdue)',
    hi: 'रजिस्ट्रार को देय रिपोर्ट ({{count}}, {{overdue}} देर से)',
  },
  'crs_due.show_all': { en: 'Show all {{count}}', hi: 'सभी {{count}} दिखाएँ' },
  'crs_due.days_left_one': { en: '1 day left (by {{date}})', hi: '1 दिन बाकी ({{date}} तक)' },
  'crs_due.days_left_other': { en: '{{count}} days left (by {{date}})', hi: '{{count}} दिन बाकी ({{date}} तक)' },
  'crs_due.overdue_one': { en: 'Overdue by 1 day (was due {{date}})', hi: '1 दिन देर (देय तिथि {{date}})' },
  'crs_due.overdue_other': { en: 'Overdue by {{count}} days (was due {{date}})', hi: '{{count}} दिन देर (देय तिथि {{date}})' },
  'crs_due.maternal_death': { en: 'Maternal death {{at}}', hi: 'मातृ मृत्यु {{at}}' },
  'crs_due.notify_by': { en: 'Notify the district by {{at}}', hi: '{{at}} तक ज़िले को सूचना दें' },
  'crs_due.notified': { en: 'District notified {{at}}', hi: 'ज़िले को सूचना दी गई {{at}}' },
  'crs_due.fbmdr_due': { en: 'FBMDR due', hi: 'FBMDR बाकी' },
  'field.residence_type': { en: 'Town or village', hi: 'शहर या गाँव' },
  'residence_type.town': { en: 'Town', hi: 'शहर' },
  'residence_type.village': { en: 'Village', hi: 'गाँव' },

  'slip.crs_due_note': { en: 'to be reported within 21 days', hi: '21 दिन के भीतर सूचना देनी है' },
  'slip.crs_baby_of': { en: 'baby of', hi: 'शिशु, माँ' },
  'slip.crs_not_applicable': { en: 'Not applicable', hi: 'लागू नहीं' },
  'slip.f1_informant_household': {
    en: 'Birth outside the hospital: the head of the household or the person in charge informs (RBD Act s.8(1)(a), (e))',
    hi: 'अस्पताल के बाहर जन्म: परिवार के मुखिया या प्रभारी व्यक्ति सूचना देते हैं (अधिनियम धारा 8(1)(a), (e))',
  },
  'field.form1_for_births_outside': {
    en: 'Print Form 1 for a birth before arrival (home, on the way), the household as informant',
    hi: 'आने से पहले हुए जन्म (घर, रास्ते में) के लिए प्रपत्र 1 छापें, परिवार सूचनादाता',
  },
  'slip.crs_reg_place': { en: 'Place of registration', hi: 'पंजीकरण का स्थान' },
  'slip.crs_residence_mother': {
    en: 'Town or village of residence of the mother',
    hi: 'माता के निवास का शहर या गाँव',
  },
  'slip.crs_residence_deceased': {
    en: 'Town or village of residence of the deceased',
    hi: 'मृतक के निवास का शहर या गाँव',
  },
  'slip.crs_town_or_village': { en: 'Town or village', hi: 'शहर या गाँव' },
  'slip.crs_town': { en: 'Town', hi: 'शहर' },
  'slip.crs_village': { en: 'Village', hi: 'गाँव' },
  'slip.crs_same_as_5': { en: 'Same as item 5', hi: 'मद 5 के अनुसार' },
  'slip.crs_same_as_7': { en: 'Same as item 7', hi: 'मद 7 के अनुसार' },
  'slip.crs_age_years': { en: 'years', hi: 'वर्ष' },
  'slip.crs_age_months': { en: 'months', hi: 'माह' },
  'slip.crs_age_days': { en: 'days', hi: 'दिन' },
  'slip.crs_age_hours': { en: 'hours', hi: 'घंटे' },

  'slip.f3_rule': {
    en: 'Still birth: a foetal death of 28 weeks or more (RBD Act s.2(1)(g))',
    hi: 'मृत जन्म: 28 सप्ताह या अधिक की गर्भ-मृत्यु (जन्म-मृत्यु पंजीकरण अधिनियम धारा 2(1)(g))',
  },
  'slip.f3_date': { en: 'Date of still birth', hi: 'मृत जन्म की तिथि' },
  'slip.f3_father': { en: 'Name of the father: (a) name (b) Aadhaar', hi: 'पिता का नाम: (क) नाम (ख) आधार' },
  'slip.f3_mother': { en: 'Name of the mother: (a) name (b) Aadhaar', hi: 'माता का नाम: (क) नाम (ख) आधार' },
  'slip.f3_address_event': {
    en: 'Address of the parents at the time of the still birth',
    hi: 'मृत जन्म के समय माता-पिता का पता',
  },
  'slip.f3_place': { en: 'Place of still birth', hi: 'मृत जन्म का स्थान' },
  'slip.f3_age_delivery': {
    en: 'Age of the mother at the time of this delivery (completed years)',
    hi: 'इस प्रसव के समय माता की आयु (पूरे वर्ष)',
  },
  'slip.f3_children': {
    en: 'Number of children born alive to the mother so far',
    hi: 'अब तक माता से जीवित जन्मे बच्चों की संख्या',
  },
  'slip.f3_cause': { en: 'Cause of foetal death, if known', hi: 'गर्भ-मृत्यु का कारण, यदि ज्ञात हो' },

  'slip.f2_rule': {
    en: 'Death in the hospital: the medical officer in charge informs the registrar (RBD Act s.8(1)(b)); the MCCD (Form No. 4) goes with it',
    hi: 'अस्पताल में मृत्यु: प्रभारी चिकित्सा अधिकारी रजिस्ट्रार को सूचना देते हैं (अधिनियम धारा 8(1)(b)); साथ में MCCD (प्रपत्र 4)',
  },
  'slip.f2_date': { en: 'Date of death', hi: 'मृत्यु की तिथि' },
  'slip.f2_name': { en: 'Name of the deceased', hi: 'मृतक का नाम' },
  'slip.f2_mother': { en: 'Name of the mother', hi: 'माता का नाम' },
  'slip.f2_father_husband': { en: 'Name of the father / husband', hi: 'पिता / पति का नाम' },
  'slip.f2_husband': { en: 'Husband', hi: 'पति' },
  'slip.f2_age': { en: 'Age of the deceased', hi: 'मृतक की आयु' },
  'slip.f2_address_death': { en: 'Address of the deceased at the time of death', hi: 'मृत्यु के समय मृतक का पता' },
  'slip.f2_address_permanent': { en: 'Permanent address of the deceased', hi: 'मृतक का स्थायी पता' },
  'slip.f2_place': { en: 'Place of death', hi: 'मृत्यु का स्थान' },
  'slip.f2_religion': { en: 'Religion', hi: 'धर्म' },
  'slip.f2_occupation': { en: 'Occupation of the deceased', hi: 'मृतक का व्यवसाय' },
  'slip.f2_attention': {
    en: 'Type of medical attention received before death',
    hi: 'मृत्यु से पहले मिली चिकित्सा देखभाल का प्रकार',
  },
  'slip.f2_att_institutional': { en: 'Institutional', hi: 'संस्थागत' },
  'slip.f2_att_other': { en: 'Medical attention other than institutional', hi: 'संस्था के अलावा चिकित्सा देखभाल' },
  'slip.f2_att_none': { en: 'No medical attention', hi: 'कोई चिकित्सा देखभाल नहीं' },
  'slip.f2_certified': { en: 'Was the cause of death medically certified?', hi: 'क्या मृत्यु का कारण चिकित्सकीय रूप से प्रमाणित है?' },
  'slip.f2_cause': { en: 'Name of the disease or actual cause of death', hi: 'बीमारी का नाम या मृत्यु का वास्तविक कारण' },
  'slip.f2_cause_note': {
    en: '(as in the register; the MCCD states the cause)',
    hi: '(रजिस्टर के अनुसार; कारण MCCD में लिखा जाता है)',
  },
  'slip.f2_pregnancy': {
    en: 'In case of a female death, was the death associated with pregnancy?',
    hi: 'महिला की मृत्यु में, क्या मृत्यु गर्भावस्था से जुड़ी थी?',
  },
  'slip.f2_preg_during': { en: 'During pregnancy', hi: 'गर्भावस्था के दौरान' },
  'slip.f2_preg_delivery': { en: 'At the time of delivery', hi: 'प्रसव के समय' },
  'slip.f2_preg_after': {
    en: 'Within 6 weeks after the end of pregnancy',
    hi: 'गर्भावस्था समाप्त होने के 6 सप्ताह के भीतर',
  },
  'slip.f2_habit_smoke': { en: 'If used to habitually smoke, for how many years?', hi: 'यदि आदतन धूम्रपान करते थे, कितने वर्ष?' },
  'slip.f2_habit_tobacco': {
    en: 'If used to habitually chew tobacco in any form, for how many years?',
    hi: 'यदि आदतन किसी रूप में तंबाकू चबाते थे, कितने वर्ष?',
  },
  'slip.f2_habit_arecanut': {
    en: 'If used to habitually chew arecanut in any form (including pan masala), for how many years?',
    hi: 'यदि आदतन किसी रूप में सुपारी (पान मसाला सहित) चबाते थे, कितने वर्ष?',
  },
  'slip.f2_habit_alcohol': {
    en: 'If used to habitually drink alcohol, for how many years?',
    hi: 'यदि आदतन शराब पीते थे, कितने वर्ष?',
  },
  'slip.f2_years': { en: 'years', hi: 'वर्ष' },

  'slip.f4_rule': {
    en: 'Hospital in-patients. Not to be used for still births. To be sent to the Registrar with Form No. 2 (Death report).',
    hi: 'अस्पताल में भर्ती रोगी। मृत जन्म के लिए नहीं। प्रपत्र 2 (मृत्यु रिपोर्ट) के साथ रजिस्ट्रार को भेजें।',
  },
  'slip.f4_hospital': { en: 'Name of the hospital', hi: 'अस्पताल का नाम' },
  'slip.f4_certify': {
    en: 'I hereby certify that the person whose particulars are given below died in the hospital',
    hi: 'मैं प्रमाणित करता/करती हूँ कि नीचे दिए गए विवरण वाले व्यक्ति की मृत्यु अस्पताल में हुई',
  },
  'slip.f4_ward': { en: 'Ward no.', hi: 'वार्ड सं.' },
  'slip.f4_cause': { en: 'Cause of death', hi: 'मृत्यु का कारण' },
  'slip.f4_interval': { en: 'Interval between onset and death (approx.)', hi: 'शुरुआत और मृत्यु के बीच का अंतराल (लगभग)' },
  'slip.f4_immediate': {
    en: 'Immediate cause (the disease, injury or complication, not the mode of dying)',
    hi: 'तात्कालिक कारण (बीमारी, चोट या जटिलता, मरने का तरीका नहीं)',
  },
  'slip.f4_antecedent': {
    en: 'Antecedent cause: due to (or as a consequence of); underlying condition last',
    hi: 'पूर्ववर्ती कारण: जिसके कारण (या परिणामस्वरूप); मूल स्थिति अंत में',
  },
  'slip.f4_other_conditions': {
    en: 'Other significant conditions contributing to the death but not related to the disease or condition causing it',
    hi: 'मृत्यु में योगदान देने वाली अन्य महत्वपूर्ण स्थितियाँ जो मृत्यु के कारण से संबंधित नहीं',
  },
  'slip.f4_cause_note': {
    en: 'To be completed by the attending doctor personally.',
    hi: 'उपचार करने वाले डॉक्टर स्वयं भरें।',
  },
  'slip.f4_manner': { en: 'Manner of death', hi: 'मृत्यु का प्रकार' },
  'slip.f4_manner_natural': { en: 'Natural', hi: 'प्राकृतिक' },
  'slip.f4_manner_accident': { en: 'Accident', hi: 'दुर्घटना' },
  'slip.f4_manner_suicide': { en: 'Suicide', hi: 'आत्महत्या' },
  'slip.f4_manner_homicide': { en: 'Homicide', hi: 'हत्या' },
  'slip.f4_manner_pending': { en: 'Pending investigation', hi: 'जाँच लंबित' },
  'slip.f4_injury': { en: 'How did the injury occur?', hi: 'चोट कैसे लगी?' },
  'slip.f4_pregnancy': {
    en: 'If the deceased was a female, was the death associated with pregnancy?',
    hi: 'यदि मृतक महिला थी, क्या मृत्यु गर्भावस्था से जुड़ी थी?',
  },
  'slip.f4_delivery': { en: 'If yes, was there a delivery?', hi: 'यदि हाँ, क्या प्रसव हुआ था?' },
  'slip.f4_sign': {
    en: 'Name and signature of the medical attendant certifying the cause of death',
    hi: 'मृत्यु का कारण प्रमाणित करने वाले चिकित्सक का नाम और हस्ताक्षर',
  },
  'slip.f4_verified': { en: 'Date of verification', hi: 'सत्यापन की तिथि' },
  'slip.f4_counterfoil': {
    en: 'To be detached and handed over to the relative of the deceased',
    hi: 'अलग करके मृतक के संबंधी को सौंपें',
  },
});
