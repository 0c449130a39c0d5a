import { enumerationSequence } from './enumeration-sequence';
import { numberingHierarchy } from './numbering-hierarchy';
import { numberingPunctuation } from './numbering-punctuation';
import { numberingSequence } from './numbering-sequence';
import { placeholder } from './placeholder';
import { punctuationHalfwidth } from './punctuation-halfwidth';
import { punctuationPair } from './punctuation-pair';
import { punctuationRepeat } from './punctuation-repeat';
import type { Rule } from './rule';
import { typo } from './typo';
import { wording } from './wording';

/** Every rule the engine runs. Adding a rule: write its module, list it here. */
export const rules: readonly Rule[] = [
  placeholder,
  numberingSequence,
  numberingHierarchy,
  numberingPunctuation,
  enumerationSequence,
  punctuationHalfwidth,
  punctuationPair,
  punctuationRepeat,
  wording,
  typo,
];

export type { Rule, RuleMeta, RuleExample, Localized } from './rule';
