import type { OutlineNode } from './types';

export interface OutlineJson {
  kind: OutlineNode['kind'];
  level: number;
  marker: string;
  title: string;
  /** 1-based. */
  line: number;
  chineseChars: number;
  chars: number;
  children: OutlineJson[];
}

export function outlineToJson(nodes: OutlineNode[]): OutlineJson[] {
  return nodes.map((n) => ({
    kind: n.kind,
    level: n.kind === 'point' ? 0 : n.level,
    marker: n.marker,
    title: n.title,
    line: n.line + 1,
    chineseChars: n.stats.chineseChars,
    chars: n.stats.chars,
    children: outlineToJson(n.children),
  }));
}

/** An indented tree, one node a line: `  3  （一）坚持举旗定向…  [412 字]`. */
export function formatOutline(nodes: OutlineNode[], depth = 0, out: string[] = []): string[] {
  for (const n of nodes) {
    const spaced = n.kind === 'markdown' || (n.kind === 'section' && n.level === 0);
    const head = spaced && n.marker ? `${n.marker} ${n.title}` : `${n.marker}${n.title}`;
    out.push(`${String(n.line + 1).padStart(5)}  ${'  '.repeat(depth)}${head}  [${n.stats.chineseChars} 字]`);
    formatOutline(n.children, depth + 1, out);
  }
  return out;
}
