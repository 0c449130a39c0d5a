import * as vscode from 'vscode';
import type { SectionLevel } from '../core';

/**
 * Section templates for Insert Section Template. `body` is VS Code snippet
 * text that follows the heading marker; the marker (一、, （三）…) is computed
 * from the outline where the template lands.
 */
export interface SectionTemplate {
  id: string;
  level: SectionLevel;
  /** What the quick pick shows after the marker, in the display language: 二级标题, 工作开展情况. */
  name: () => string;
  /** What the template holds beyond its heading, if anything. */
  detail?: () => string;
  body: string;
}

export const SECTION_TEMPLATES: readonly SectionTemplate[] = [
  { id: 'heading1', level: 1, name: () => vscode.l10n.t('Level-1 heading'), body: '${1:[标题]}\n$0' },
  { id: 'heading2', level: 2, name: () => vscode.l10n.t('Level-2 heading'), body: '${1:[标题]}。${2:[正文]}\n$0' },
  { id: 'heading3', level: 3, name: () => vscode.l10n.t('Level-3 heading'), body: '${1:[标题]}。${2:[正文]}\n$0' },
  { id: 'heading4', level: 4, name: () => vscode.l10n.t('Level-4 heading'), body: '${1:[标题]}。${2:[正文]}\n$0' },
  {
    id: 'points',
    level: 2,
    name: () => vscode.l10n.t('Level-2 heading with three points'),
    detail: () => '一是…二是…三是…',
    body: '${1:[标题]}。一是${2:[第一项工作]}；二是${3:[第二项工作]}；三是${4:[第三项工作]}。\n$0',
  },
  {
    id: 'work',
    level: 1,
    name: () => vscode.l10n.t('Work done'),
    detail: () => vscode.l10n.t('with two sub-sections and their points'),
    body:
      '${1:[年度]}工作开展情况\n${2:[总体情况概述]}。\n' +
      '（一）${3:[第一方面工作]}。一是${4:[具体做法]}；二是${5:[具体做法]}；三是${6:[具体做法]}。\n' +
      '（二）${7:[第二方面工作]}。一是${8:[具体做法]}；二是${9:[具体做法]}。\n$0',
  },
  {
    id: 'problems',
    level: 1,
    name: () => vscode.l10n.t('Main problems and their causes'),
    detail: () => '一是…二是…三是… 究其原因…',
    body:
      '存在的主要问题及原因分析\n' +
      '${1:[问题概述]}：一是${2:[问题一]}；二是${3:[问题二]}；三是${4:[问题三]}。' +
      '究其原因，${5:[原因分析]}。\n$0',
  },
  {
    id: 'plans',
    level: 1,
    name: () => vscode.l10n.t('Next steps'),
    detail: () => '（一）（二）（三）',
    body:
      '下一步工作打算\n' +
      '（一）${1:[第一项举措]}。${2:[具体内容]}\n' +
      '（二）${3:[第二项举措]}。${4:[具体内容]}\n' +
      '（三）${5:[第三项举措]}。${6:[具体内容]}\n$0',
  },
];
