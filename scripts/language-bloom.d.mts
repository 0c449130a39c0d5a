// Types of scripts/language-bloom.mjs, for the test that checks the reader (src/core/language/bloom.ts) against it.
import type { EncodedBloom } from '../src/core/language/bloom';

export interface BuildingBloom {
  m: number;
  k: number;
  blocked: true;
  bits: Uint8Array;
}
export function hashes(s: string): [number, number];
export const BLOCK_BITS: number;
export function bloomCreate(n: number, p: number): BuildingBloom;
export function bloomBits(b: BuildingBloom, h1: number, h2: number): number[];
export function bloomAdd(b: BuildingBloom, s: string): void;
export function bloomEncode(b: BuildingBloom): EncodedBloom;
