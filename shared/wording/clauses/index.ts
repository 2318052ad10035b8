// The registry of clause files: one explicit import per file, so bundlers ship exactly these (no glob discovery).
import corporateParentingEngland from './corporate-parenting-england.json' with { type: 'json' };
import corporateParentingNoneEngland from './corporate-parenting-none-england.json' with { type: 'json' };
import corporateParentingNoneWales from './corporate-parenting-none-wales.json' with { type: 'json' };
import corporateParentingWales from './corporate-parenting-wales.json' with { type: 'json' };
import dataProtectionStatement from './data-protection-statement.json' with { type: 'json' };
import equalityPsedNoEia from './equality-psed-no-eia.json' with { type: 'json' };
import equalityPsedWithEia from './equality-psed-with-eia.json' with { type: 'json' };
import exclusionResolutionEngland from './exclusion-resolution-england.json' with { type: 'json' };
import exclusionResolutionWalesLegalPrivilege from './exclusion-resolution-wales-legal-privilege.json' with { type: 'json' };
import exclusionResolutionWales from './exclusion-resolution-wales.json' with { type: 'json' };
import exemptNoticeEngland from './exempt-notice-england.json' with { type: 'json' };
import exemptNoticeWalesLegalPrivilege from './exempt-notice-wales-legal-privilege.json' with { type: 'json' };
import exemptNoticeWales from './exempt-notice-wales.json' with { type: 'json' };
import financialImplications from './financial-implications.json' with { type: 'json' };
import legalImplicationsEngland from './legal-implications-england.json' with { type: 'json' };
import legalImplicationsWales from './legal-implications-wales.json' with { type: 'json' };
import monitoringOfficerSignOff from './monitoring-officer-sign-off.json' with { type: 'json' };
import riskImplications from './risk-implications.json' with { type: 'json' };
import corporateParentingNoneWalesCy from './corporate-parenting-none-wales.cy.json' with { type: 'json' };
import corporateParentingWalesCy from './corporate-parenting-wales.cy.json' with { type: 'json' };
import dataProtectionStatementCy from './data-protection-statement.cy.json' with { type: 'json' };
import equalityPsedNoEiaCy from './equality-psed-no-eia.cy.json' with { type: 'json' };
import equalityPsedWithEiaCy from './equality-psed-with-eia.cy.json' with { type: 'json' };
import exclusionResolutionWalesLegalPrivilegeCy from './exclusion-resolution-wales-legal-privilege.cy.json' with { type: 'json' };
import exclusionResolutionWalesCy from './exclusion-resolution-wales.cy.json' with { type: 'json' };
import exemptNoticeWalesLegalPrivilegeCy from './exempt-notice-wales-legal-privilege.cy.json' with { type: 'json' };
import exemptNoticeWalesCy from './exempt-notice-wales.cy.json' with { type: 'json' };
import financialImplicationsCy from './financial-implications.cy.json' with { type: 'json' };
import legalImplicationsWalesCy from './legal-implications-wales.cy.json' with { type: 'json' };
import monitoringOfficerSignOffCy from './monitoring-officer-sign-off.cy.json' with { type: 'json' };
import riskImplicationsCy from './risk-implications.cy.json' with { type: 'json' };

/** Raw clause data by file name (without .json; "<id>.cy" is the Welsh version of <id>); validated by library.ts. */
export const CLAUSE_FILES: Readonly<Record<string, unknown>> = {
  'corporate-parenting-england': corporateParentingEngland,
  'corporate-parenting-none-england': corporateParentingNoneEngland,
  'corporate-parenting-none-wales': corporateParentingNoneWales,
  'corporate-parenting-wales': corporateParentingWales,
  'data-protection-statement': dataProtectionStatement,
  'equality-psed-no-eia': equalityPsedNoEia,
  'equality-psed-with-eia': equalityPsedWithEia,
  'exclusion-resolution-england': exclusionResolutionEngland,
  'exclusion-resolution-wales-legal-privilege': exclusionResolutionWalesLegalPrivilege,
  'exclusion-resolution-wales': exclusionResolutionWales,
  'exempt-notice-england': exemptNoticeEngland,
  'exempt-notice-wales-legal-privilege': exemptNoticeWalesLegalPrivilege,
  'exempt-notice-wales': exemptNoticeWales,
  'financial-implications': financialImplications,
  'legal-implications-england': legalImplicationsEngland,
  'legal-implications-wales': legalImplicationsWales,
  'monitoring-officer-sign-off': monitoringOfficerSignOff,
  'risk-implications': riskImplications,
  'corporate-parenting-none-wales.cy': corporateParentingNoneWalesCy,
  'corporate-parenting-wales.cy': corporateParentingWalesCy,
  'data-protection-statement.cy': dataProtectionStatementCy,
  'equality-psed-no-eia.cy': equalityPsedNoEiaCy,
  'equality-psed-with-eia.cy': equalityPsedWithEiaCy,
  'exclusion-resolution-wales-legal-privilege.cy': exclusionResolutionWalesLegalPrivilegeCy,
  'exclusion-resolution-wales.cy': exclusionResolutionWalesCy,
  'exempt-notice-wales-legal-privilege.cy': exemptNoticeWalesLegalPrivilegeCy,
  'exempt-notice-wales.cy': exemptNoticeWalesCy,
  'financial-implications.cy': financialImplicationsCy,
  'legal-implications-wales.cy': legalImplicationsWalesCy,
  'monitoring-officer-sign-off.cy': monitoringOfficerSignOffCy,
  'risk-implications.cy': riskImplicationsCy,
};
