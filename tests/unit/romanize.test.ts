import { describe, expect, it } from 'vitest';
import { romanizeWord, skeletonKey } from '../../src/shared/romanize';

/** Names a Kishanganj clerk meets, in Devanagari and in the English spellings families use. */
const SAME_NAME: [string, string][] = [
  ['सुनीता', 'Sunita'],
  ['सुनीता', 'Suneeta'],
  ['कमला', 'Kamla'],
  ['ममता', 'Mamta'],
  ['लक्ष्मी', 'Laxmi'],
  ['लक्ष्मी', 'Lakshmi'],
  ['प्रियंका', 'Priyanka'],
  ['रुखसाना', 'Rukhsana'],
  ['शबनम', 'Shabnam'],
  ['फ़रज़ाना', 'Farzana'],
  ['तबस्सुम', 'Tabassum'],
  ['पूजा', 'Pooja'],
  ['पूजा', 'Puja'],
  ['शीला', 'Sheela'],
  ['ज्योति', 'Jyoti'],
  ['खुशबू', 'Khushboo'],
  ['नाज़िया', 'Nazia'],
  ['रीना', 'Reena'],
  ['देवी', 'Devi'],
  ['कुमारी', 'Kumari'],
  ['गौरी', 'Gauri'],
  ['चंपा', 'Champa'],
  ['रमेश', 'Ramesh'],
  ['अंजलि', 'Anjali'],
  ['सलमा', 'Salma'],
  ['मोहम्मद', 'Mohammad'],
  ['नसरीन', 'Nasreen'],
  ['रिंकू', 'Rinku'],
  ['काजल', 'Kajal'],
  ['सिंह', 'Singh'],
  ['आलम', 'Alam'],
  ['खातून', 'Khatoon'],
  ['परवीन', 'Parveen'],
  ['संगीता', 'Sangeeta'],
  ['गुड़िया', 'Gudiya'],
  ['आरती', 'Aarti'],
  ['दुर्गा', 'Durga'],
  ['रौशन', 'Raushan'],
];

describe('search keys across scripts', () => {
  it.each(SAME_NAME)('%s and %s give the same key', (devanagari, latin) => {
    expect(romanizeWord(devanagari)).toBe(romanizeWord(latin));
  });

  it('keeps different names apart', () => {
    expect(romanizeWord('सुनीता')).not.toBe(romanizeWord('Sonam'));
    expect(romanizeWord('Rina')).not.toBe(romanizeWord('Rani'));
  });

  it('folds vowels English spellings disagree on into the skeleton', () => {
    expect(skeletonKey(romanizeWord('बेगम'))).toBe(skeletonKey(romanizeWord('Begum')));
    expect(skeletonKey(romanizeWord('रौशन'))).toBe(skeletonKey(romanizeWord('Roshan')));
  });

  it('deletes the silent inherent vowel at the end and between consonants', () => {
    expect(romanizeWord('राम')).toBe('ram');
    expect(romanizeWord('कमला')).toBe('kamla');
    expect(romanizeWord('सुनीता')).toBe('sunita');
  });
});
