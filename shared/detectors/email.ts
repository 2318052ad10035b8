// Email addresses. An address at the council's own or another public body's domain is an officer's
// work contact (info); any other address, above all a personal mailbox, reaches a private person (high).
import { defineDetector, PERSONAL_PARAGRAPHS } from '../engine/define-detector.ts';
import { matchAll } from '../engine/match.ts';

// Local part, @, then dot-separated labels; each label is a run the dot cannot join, so matching stays linear.
const EMAIL =
  /(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}))+/g;

// Personal mailbox providers (and the example domains that stand in for them): never an organisation's address.
const FREE_MAIL =
  /^(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|ymail|icloud|me|mac|aol|btinternet|btopenworld|sky|talktalk|virginmedia|ntlworld|protonmail|proton|gmx|mail|example)\.|(?:^|\.)example\.(?:com|org|net)$/;
// Shared mailboxes of organisations: "enquiries@", "info@", "democratic.services@".
const ROLE_MAILBOX =
  /^(?:info|enquiries|enquiry|contact|contactus|admin|office|hello|help|helpdesk|support|mail|post|reception|general|team|press|media|communications|comms|feedback|complaints|foi|dpo|data\.protection|democratic[._-]?services|committees?|members[._-]?services|customer[._-]?services|safeguarding|mash|referrals?|duty)(?:[._-][a-z]+)?$/;

export default defineDetector({
  id: 'email',
  type: 'email',
  severity: 'high',
  scope: 'block',
  explanation: 'A private email address reaches the person directly and usually carries their name.',
  exemptParagraphs: PERSONAL_PARAGRAPHS,
  source: 'RFC 5322 address shape; public-sector domains (gov.uk, gov.wales, nhs.net, police.uk)',
  detect(block, context) {
    // The address pattern is tried at every character; a block without an @ holds no address.
    if (!block.text.includes('@')) return [];
    return matchAll(block.text, EMAIL).map((m) => {
      const [local = '', domain = ''] = m.text.toLowerCase().split('@');
      if (context.isPublicDomain(domain)) {
        return {
          start: m.start,
          end: m.end,
          severity: 'info' as const,
          message: `A work address at a public body's domain (${domain}): a public-role contact, not a private individual's.`,
        };
      }
      if (!FREE_MAIL.test(domain) && (ROLE_MAILBOX.test(local) || context.isContactDetails(block))) {
        return {
          start: m.start,
          end: m.end,
          severity: 'info' as const,
          message: `An organisation's address (${domain}) given as a contact: a work detail, not a private individual's.`,
        };
      }
      return {
        start: m.start,
        end: m.end,
        suggestion: '[Email address]',
        message: `An email address at ${domain}, not a public body's domain: it reaches a private person directly and usually carries their name.`,
      };
    });
  },
});
