import { defineMessages } from '../define';

/** The app's frame: notices under the header, keyboard help. */
export const shellMessages = defineMessages({
  'notice.dismiss': { en: 'Hide until the next login', hi: 'अगले लॉग इन तक छिपाएँ' },
});
