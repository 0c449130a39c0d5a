// Types of scripts/slip-answers.mjs, for the unit test that scores the whole reports with slips.
import type { Finding } from '../src/core/types';

export interface SlipAnswer {
  line: number;
  col: number;
  w: string;
  r: string;
}
export function answerCorrected<A extends SlipAnswer>(text: string, lines: readonly string[], answers: readonly A[], finding: Finding): A | undefined;
