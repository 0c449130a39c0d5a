import { enumerationSequence } from './enumeration-sequence';
import { numberingHierarchy } from './numbering-hierarchy';
import { numberingPunctuation } from './numbering-punctuation';
import { numberingScheme } from './numbering-scheme';
import { numberingSequence } from './numbering-sequence';
import { placeholder } from './placeholder';
import { punctuationHalfwidth } from './punctuation-halfwidth';
import { punctuationPair } from './punctuation-pair';
import { punctuationRepeat } from './punctuation-repeat';
import type { Rule } from './rule';
import { spacing } from './spacing';
import { numberFormConsistency } from './number-form-consistency';
import { numeralZero } from './numeral-zero';
import { yearFull } from './year-full';
import { estimateNumbers } from './estimate-numbers';
import { connectorMarks } from './connector-marks';
import { interpunct } from './interpunct';
import { dashEllipsis } from './dash-ellipsis';
import { dateForm } from './date-form';
import { documentNumber } from './document-number';
import { addresseeColon } from './addressee-colon';
import { attachmentNote } from './attachment-note';
import { fullwidthAlnum } from './fullwidth-alnum';
import { quoteEnumerationComma } from './quote-enumeration-comma';
import { ordinalComma } from './ordinal-comma';
import { asciiQuotes } from './ascii-quotes';
import { spacingSeparator } from './spacing-separator';
import { typo } from './typo';
import { wording } from './wording';

/** Proofreading to GB/T 15834-2011, GB/T 15835-2011 and GB/T 9704-2012 (they share one prose scan: proofread.ts). */
export const proofreadingRules: readonly Rule[] = [
  spacing,
  spacingSeparator,
  fullwidthAlnum,
  asciiQuotes,
  quoteEnumerationComma,
  ordinalComma,
  numeralZero,
  yearFull,
  estimateNumbers,
  connectorMarks,
  interpunct,
  dashEllipsis,
  dateForm,
  documentNumber,
  addresseeColon,
  attachmentNote,
  numberFormConsistency,
];

/** Every rule the engine runs. Adding a rule: write its module, list it here (or in a group above). */
export const rules: readonly Rule[] = [
  placeholder,
  numberingSequence,
  numberingHierarchy,
  numberingPunctuation,
  numberingScheme,
  enumerationSequence,
  punctuationHalfwidth,
  punctuationPair,
  punctuationRepeat,
  ...proofreadingRules,
  wording,
  typo,
];

export type { Rule, RuleMeta, RuleExample, Localized } from './rule';
