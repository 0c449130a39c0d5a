import { findConfusables } from '../language/confusables';
import { countInText } from '../language/countInText';
import { findKeyPhraseSlips } from '../language/keyPhrases';
import { findLeaderNameSlips } from '../language/leaders';
import { findTermVariants } from '../language/termVariants';
import { findTitledNameSlips } from '../language/titledNames';
import { findVariantForms } from '../language/variantForms';
import { findTypos, isHanCode, typoModel, type TypoCandidate, type TypoKind, type TypoModel } from '../language/typo';
import type { Localized } from './rule';
import { proseParagraphs, protectedSpans, urlSpans } from './prose';
import type { Rule } from './rule';

const WHY: Record<TypoKind, Localized> = {
  pinyin: { 'zh-CN': '音近', en: 'sounds alike' },
  shape: { 'zh-CN': '形近', en: 'looks alike' },
  swap: { 'zh-CN': '字序颠倒', en: 'characters swapped' },
  context: { 'zh-CN': '易混词', en: 'easily confused' },
  repeat: { 'zh-CN': '重复', en: 'typed twice' },
};

export const typo: Rule = {
  meta: {
    id: 'typo',
    defaultSeverity: 'warning',
    summary: {
      'zh-CN': '疑似错别字：音近、形近的字误用，误成另一个词的易混词，四字词语字序颠倒（离线词典与统计，术语可加入用户词典）',
      en: 'Likely typos: characters that sound or look alike, slips that make another word that does not fit, swapped characters in four-character expressions (offline dictionary and statistics; add trade terms to the user dictionary)',
    },
    rationale: {
      'zh-CN': '《党政机关公文处理工作条例》第十九条要求公文“文字精练”、用字准确；拼音输入法最常见的错误是同音字，其次是形近字和字序颠倒。只在把一个生僻组合改成常用词时才提示；误成另一个词的（机制误作机智），只在原词不见于公文、改后与上下文构成常见搭配时提示；常用成语错一个音近或形近字（再接再励、迫不急待）即使各半成词也提示；状语后接动词及其宾语时的“的”提示为“地”（认真的做好→认真地做好），动词作名词用时（得到有效的解决）不提示；动词后接程度补语、句读处结束时的“的”提示为“得”（做的很扎实。→做得很扎实）。另有几组由语境判定的误用：再此基础上→在此，在次感谢→再次，必需坚持→必须，即要…又要→既要，既使…也→即使，过度期→过渡期，过渡开发→过度，当前形式严峻→形势，形势主义→形式，五年以致十年→以至，即时报送→及时，登陆系统→登录，招聘启示→启事，辨证唯物主义→辩证，付主任→副，溶入新发展格局→融入，中国共产当→党，总里→总理，党的全面领到→领导，人民至上、生命之上→生命至上，维护合法权力→权利，权利清单→权力，以经完成→已经，词语误打两遍（进一步进一步→进一步，三字以上），以及词典不收或误收的误写（自已、己经、即然、给于、部份、即定目标、凑效、脉博、一但、锻练、竟赛、辩别、辨论、必竟、按装、峻工、急燥、冒然、各行其事、直接了当、既往开来、滥芋充数）。同一文中新旧字形混用时提示旧形（文中已有“账户”时的“台帐”，已有“好像”时的“好象”，已有“度汛”时的“渡汛”；只用旧形的不提示，2001年以前的政府工作报告即如此）。现任国家领导人的姓名在其专有职务前写错时提示（李墙总理→李强，张国庆副总理→张国清）。人名、地名、单位名、项目名等词典未收的词，文中多处写法一致、只有一处差一个音近或形近字时，以文中的写法为准提示（陈振化→陈振华，文中另有两处作“陈振华”）；职务之后、“同志”之前的人名同样以文中写法为准（县长李明化→李明华）；两种写法各只出现一次时，文中无从判断哪一处正确，在后一处提示核对，两种写法任选其一（副局长周文斌……周文彬同志）。村、镇、乡、街道、社区、工业园区等之前的地名和化工、集团、公司等之前的企业名，文中另有两处以上写法一致、只有一处差一个音近或形近字时提示核对，如指同一地方或单位请统一写法（柳和村与两处“柳河村”；各只出现一次或并列时不提示）。文中反复出现的词、用户词典中的词和词典之后出现的新词（预制菜、单品、垫资等，见 data/sources/modern-words.txt）不提示；公文少用、而本文出现四次以上的字（港口报告中的“箱”：重箱、空箱、冷藏箱、放箱）是本行业用字，不提示；非金属元素用字（氟、氯、硫等）只用于化学，不改。',
      en: 'Official documents must use characters correctly (Regulations on the Handling of Official Documents, art. 19). Input-method slips are mostly same-sound characters, then look-alikes and swaps. A finding turns an unknown sequence into a common word; a slip that makes another word (机智 for 机制) is flagged only when official prose does not use that word and the correction makes a common phrase with its context. A common set phrase misspelt by one similar character (再接再励, 迫不急待) is flagged even where its halves read as words. 的 between an adverbial and a verb with its object is flagged as the adverbial 地 (认真的做好 → 认真地做好), not where the verb is used as a noun (得到有效的解决); 的 between a verb and the degree it reaches, ending the clause, as the complement marker 得 (做的很扎实。 → 做得很扎实). A few more are decided by their context: 再此基础上 → 在此, 在次感谢 → 再次, 必需坚持 → 必须, 即要…又要 → 既要, 既使…也 → 即使, 过度期 → 过渡期, 过渡开发 → 过度, 当前形式严峻 → 形势, 形势主义 → 形式, 五年以致十年 → 以至, 即时报送 → 及时, 登陆系统 → 登录, 招聘启示 → 启事, 辨证唯物主义 → 辩证, 付主任 → 副, 溶入新发展格局 → 融入, 中国共产当 → 党, 总里 → 总理, 党的全面领到 → 领导, 人民至上、生命之上 → 生命至上, 维护合法权力 → 权利, 权利清单 → 权力, 以经完成 → 已经, words typed twice (进一步进一步 → 进一步, three characters or more), and misspellings no dictionary should count as words (自已, 己经, 即然, 给于, 部份, 即定目标, 凑效, 脉博, 一但, 锻练, 竟赛, 辩别, 辨论, 必竟, 按装, 峻工, 急燥, 冒然, 各行其事, 直接了当, 既往开来, 滥芋充数). An older form beside the standard one the same document writes is flagged (台帐 where the document has 账户, 好象 beside 好像, 渡汛 beside 度汛; a document writing only the older form is left alone, as the government work reports up to 2001 do). The name of a present state leader misspelt before a title that leader alone holds is flagged (李墙总理 → 李强, 张国庆副总理 → 张国清). A name, place, unit or project no dictionary knows, written one way several times and once with one character that sounds or looks alike, is flagged against the document’s own spelling (陈振化 → 陈振华, the document writing 陈振华 twice); so is a name after a title or before 同志 (县长李明化 → 李明华); where each spelling is written once, the document cannot say which is right, so the later one is flagged asking the writer to check, with either spelling offered (副局长周文斌 … 周文彬同志). So is a place’s name before 村, 镇, 乡, 街道, 社区, 工业园区 …, or a company’s before 化工, 集团, 公司 …, where the document writes the other spelling at least twice (柳和村 beside 柳河村 ×2): two places may be named alike, so the finding asks whether one is meant; not where each is written once or the two stand in a list. Terms that recur in the document, are in the user dictionary or are words younger than the dictionary (预制菜, 单品, 垫资: data/sources/modern-words.txt) are never flagged; nor is a character official prose seldom uses where the document uses it four times or more (箱 in a port’s report: 重箱, 空箱, 冷藏箱, 放箱; the writer’s trade), and the characters of the non-metallic elements (氟, 氯, 硫 …), which only chemistry writes, are never changed.',
    },
    examples: {
      ok: [{ text: '做好城市规划，落实网格员制度和接诉即办机制，坚定不移推进改革。' }],
      notOk: [
        {
          text: '做好城市规化，坚不定移推进改革。',
          expected: [
            '1:5-1:7: “规化” may be a typo for “规划” (sounds alike)',
            '1:8-1:12: “坚不定移” may be a typo for “坚定不移” (characters swapped)',
          ],
        },
      ],
    },
  },
  check({ model, report, config }) {
    const withData = typoModel() !== undefined;
    const text = model.text;
    const isProtected = protectedSpans(model);
    const words = config?.words ?? [];
    // Candidates first, the document-level tests after: how often a sequence or a character
    // occurs is counted for all of them in one pass over the text (a search of the whole
    // document for each finding was quadratic in the number of findings on a large one).
    const pending: Pending[] = [];
    const variants: { span: { start: number; end: number }; message: Localized; replacement: string; other?: { span: { start: number; end: number }; newText: string } }[] = [];
    const paragraphs = proseParagraphs(model);
    const slices: { start: number; text: string }[] = [];
    for (const para of paragraphs) {
      const slice = text.slice(para.start, para.end);
      slices.push({ start: para.start, text: slice });
      const found: Found[] = [
        ...findConfusables(slice).map(({ slip, ...h }) => ({ ...h, kind: slip ?? ('context' as const), pattern: true })),
        ...(withData ? [...findLeaderNameSlips(typoModel()!, slice).map((c) => ({ ...c, pattern: true })), ...findTypos(slice)] : []),
      ];
      // A key phrase misspelt (以人名为中心) where nothing else is found: the other findings name the
      // slip in fewer characters (“至党”疑为“治党” rather than the whole of 全面从严至党).
      if (withData) {
        for (const c of findKeyPhraseSlips(typoModel()!, slice)) {
          if (!found.some((f) => f.index < c.index + c.length && c.index < f.index + f.length)) found.push({ ...c, pattern: true });
        }
      }
      found.sort((a, b) => a.index - b.index);
      // A context pattern or a leader's name, written for the one slip, outranks a guess of the
      // search that changes the same characters otherwise, wherever each begins (学科己经: 己经 →
      // 已经, not 科己 → 科技). Where the two agree, the search's word stays the finding (“气侯”疑为
      // “气候” rather than “侯”疑为“候”). Not a pattern of one character (己 → 已 before a verb), a
      // weaker clue than the search's word: 违己 is 违纪.
      const considered = outrankedDropped(found);
      // Addresses are not prose, in plain text either (https://example.com/政务公开).
      const urls = considered.length ? urlSpans(text, para) : [];
      let lastEnd = -1;
      for (const c of considered) {
        if (c.index < lastEnd) continue;
        lastEnd = c.index + c.length;
        const span = { start: para.start + c.index, end: para.start + c.index + c.length };
        if (isProtected(span) || urls.some((u) => u.start < span.end && span.start < u.end)) continue;
        // The writer's own terms: in the user dictionary (or used again elsewhere, below).
        if (words.some((w) => overlapsWord(slice, w, c.index, c.index + c.length))) continue;
        // Words younger than the dictionary (预制菜, 单品), which the statistics may still cut.
        if (!c.pattern && cutsModernWord(typoModel()!, slice, c)) continue;
        pending.push({ span, c, para: slices.length - 1 });
      }
    }
    const series = seriesOfTerms(pending);
    const m = typoModel();
    // The pairs a change would break beyond the finding (数|智 of 数智工厂 → 职工), when no ordinary
    // text has them: a coinage of the writer's if the document uses it again (数智化).
    const coined = new Map<Found, string[]>();
    if (m) {
      for (const { span, c } of pending) {
        if (c.pattern) continue;
        const pairs: string[] = [];
        for (let k = 0; k < c.length; k++) {
          if (c.found[k] === c.replacement[k]) continue;
          const p = span.start + k;
          if (k === 0 && p > 0 && isHanCode(text.charCodeAt(p - 1)) && !m.bigrams.hasRange(text, p - 1, p + 1)) pairs.push(text.slice(p - 1, p + 1));
          if (k === c.length - 1 && p + 1 < text.length && isHanCode(text.charCodeAt(p + 1)) && !m.bigrams.hasRange(text, p, p + 2)) pairs.push(text.slice(p, p + 2));
        }
        if (pairs.length) coined.set(c, pairs);
      }
    }
    // The characters a finding would change that official prose seldom uses (氯 of 有效氯, 箱 of
    // 放箱): where the document uses one again and again, it is the writer's trade, not a slip.
    const tradeChars = new Map<Found, string[]>();
    if (m) {
      for (const { c } of pending) {
        // (A swap's too: 稻 in a plant protection station's report, 稻水象甲 the rice water weevil, is
        // no 水稻 swapped, though a writer's 智能询咨 beside 咨询 ×3 is then missed.)
        if (c.pattern) continue;
        const rare = changedChars(c).filter((ch) => isHanCode(ch.charCodeAt(0)) && !m.isCommonChar(ch.charCodeAt(0)));
        if (rare.length) tradeChars.set(c, rare);
      }
    }
    const counts = countInText(
      USES_OFTEN,
      text,
      [...pending.filter(({ c }) => !c.pattern).map(({ c }) => c.found), ...[...coined.values()].flat()],
      [...pending.filter(({ c }) => c.bare).map(({ c }) => changedChar(c)), ...[...tradeChars.values()].flat()],
    );
    // The candidates the document keeps (the rest are its own terms, its trade's characters …).
    const kept: Pending[] = [];
    for (const p of pending) {
      const { c } = p;
      if (series.has(c)) continue;
      // Used again elsewhere in the document: the writer's own term (安监 of 安监平台, 安监执法),
      // whatever kind of slip it would be. Not a confusion decided by its context (累积培训,
      // 截止目前): a writer who confuses the pair does so every time.
      if (!c.pattern && (counts.get(c.found) ?? 0) >= 2) continue;
      if (coined.get(c)?.some((pair) => (counts.get(pair) ?? 0) >= 2)) continue;
      if (c.bare && (counts.get(changedChar(c)) ?? 0) >= USES_OFTEN) continue;
      if (tradeChars.get(c)?.some((ch) => (counts.get(ch) ?? 0) >= USES_OFTEN)) continue;
      kept.push(p);
    }
    // The document-level findings below keep to what the paragraph-level ones keep to: prose, not
    // protected, no address, not in the user's words, and no overlap with a finding already made.
    const free = (span: { start: number; end: number }): boolean => {
      const para = paragraphs.find((p) => p.start <= span.start && span.end <= p.end);
      if (!para || isProtected(span) || urlSpans(text, para).some((u) => u.start < span.end && span.start < u.end)) return false;
      if ([...kept, ...variants].some((p) => p.span.start < span.end && span.start < p.span.end)) return false;
      return !words.some((w) => overlapsWord(text, w, span.start, span.end));
    };
    // A term of the writer's own misspelt once (赵利新 beside 赵立新 ×3), and a name marked by its
    // title (县长李明化 beside 县长李明华 ×2): the document decides.
    for (const v of m ? [...findTermVariants(m, text, slices), ...findTitledNameSlips(m, text, slices)] : []) {
      const span = { start: v.index, end: v.index + v.length };
      if (!free(span)) continue;
      // Each spelling written once (a name): which is right only the writer knows; either can be chosen.
      if (v.other !== undefined) {
        const message = {
          'zh-CN': `人名“${v.found}”与文中另一处“${v.replacement}”只差一字（${WHY[v.kind]['zh-CN']}），请核对哪一处正确`,
          en: `The name “${v.found}” differs by one character from “${v.replacement}” elsewhere in the document (${WHY[v.kind].en}): check which is right`,
        };
        variants.push({ span, message, replacement: v.replacement, other: { span: { start: v.other, end: v.other + v.replacement.length }, newText: v.found } });
        continue;
      }
      // A place or a company (柳和村 beside 柳河村 ×2): two may be named alike, so the writer is asked.
      const message = v.place
        ? {
            'zh-CN': `名称“${v.found}”与文中${v.uses >= 3 ? '多' : '两'}处“${v.replacement}”只差一字（${WHY[v.kind]['zh-CN']}）；如指同一地方或单位，请统一写法`,
            en: `The name “${v.found}” differs by one character from “${v.replacement}”, written ${v.uses >= 3 ? 'several times' : 'twice'} in the document (${WHY[v.kind].en}): if both name one place or company, write it one way`,
          }
        : {
            'zh-CN': `“${v.found}”疑为“${v.replacement}”（${WHY[v.kind]['zh-CN']}；文中另有${v.uses >= 3 ? '多' : v.uses === 2 ? '两' : '一'}处作“${v.replacement}”）`,
            en: `“${v.found}” may be a typo for “${v.replacement}” (${WHY[v.kind].en}; the document writes “${v.replacement}” ${v.uses >= 3 ? 'several times' : v.uses === 2 ? 'twice' : 'once'})`,
          };
      variants.push({ span, message, replacement: v.replacement });
    }
    // An older form beside the standard one the document also writes (台帐 beside 账户).
    for (const v of findVariantForms(text)) {
      const span = { start: v.index, end: v.index + v.length };
      if (!free(span)) continue;
      variants.push({
        span,
        message: {
          'zh-CN': `“${v.found}”宜作“${v.replacement}”（异形词，文中另有“${v.evidence}”）`,
          en: `“${v.found}” should be “${v.replacement}” (an older form; the document writes “${v.evidence}” elsewhere)`,
        },
        replacement: v.replacement,
      });
    }
    for (const { span, c } of kept) {
      const message = {
        'zh-CN': `“${c.found}”疑为“${c.replacement}”（${WHY[c.kind]['zh-CN']}）`,
        en: `“${c.found}” may be a typo for “${c.replacement}” (${WHY[c.kind].en})`,
      };
      report(span, message, undefined, {
        suggestions: [{ message: { 'zh-CN': `改为“${c.replacement}”`, en: `Change to “${c.replacement}”` }, edits: [{ span, newText: c.replacement }] }],
      });
    }
    for (const { span, message, replacement, other } of variants) {
      const suggestions = [{ message: { 'zh-CN': `改为“${replacement}”`, en: `Change to “${replacement}”` }, edits: [{ span, newText: replacement }] }];
      if (other) suggestions.push({ message: { 'zh-CN': `把另一处改为“${other.newText}”`, en: `Change the other to “${other.newText}”` }, edits: [{ span: other.span, newText: other.newText }] });
      report(span, message, undefined, { suggestions });
    }
  },
};

/** A candidate, and whether it comes from a context pattern of confusables.ts rather than the statistical search. */
type Found = TypoCandidate & { pattern?: boolean };

/** A candidate where it stands in the document, and the index of its paragraph. */
type Pending = { span: { start: number; end: number }; c: Found; para: number };

/**
 * The findings that are members of a series of terms made the same way: two or more two-character
 * findings in one paragraph, each changing a different character beside the same unchanged one
 * (炙法、蒸法、煨法 of a pharmacy's processing methods, read as 执法, 政法, 违法). A writer does not
 * slip the same way into two different words beside one character; a trade names its kinds so.
 * (Not the context patterns: a confusion decided by its context is the writer's each time.)
 */
function seriesOfTerms(pending: readonly Pending[]): Set<Found> {
  const groups = new Map<string, Found[]>();
  for (const { c, para } of pending) {
    if (c.pattern || c.length !== 2 || c.replacement.length !== 2) continue;
    const changed = changedPositions(c);
    if (changed.length !== 1) continue;
    const key = `${para}:${changed[0] === 0 ? `_${c.found[1]}` : `${c.found[0]}_`}`;
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  const out = new Set<Found>();
  for (const group of groups.values()) if (new Set(group.map((c) => c.found)).size >= 2) for (const c of group) out.add(c);
  return out;
}

/**
 * The findings less the search's guesses that a context pattern of two characters or more
 * outranks (see above). `found` is sorted by index: one sweep, the patterns that end before a
 * guess begins passed over for good (a pattern every few characters made this quadratic).
 */
function outrankedDropped(found: readonly Found[]): readonly Found[] {
  const patterned = found.filter((f) => f.pattern && f.length >= 2);
  if (!patterned.length) return found;
  const out: Found[] = [];
  let k = 0;
  for (const f of found) {
    if (f.pattern) {
      out.push(f);
      continue;
    }
    while (k < patterned.length && patterned[k].index + patterned[k].length <= f.index) k++;
    let outranked = false;
    for (let j = k; j < patterned.length && patterned[j].index < f.index + f.length && !outranked; j++) {
      const p = patterned[j];
      outranked = f.index < p.index + p.length && !sameChange(f, p);
    }
    if (!outranked) out.push(f);
  }
  return out;
}

/** Whether two overlapping findings change the same characters into the same ones. */
function sameChange(a: Found, b: Found): boolean {
  const changes = (f: Found) => {
    const out: string[] = [];
    for (let k = 0; k < f.length; k++) if (f.found[k] !== f.replacement[k]) out.push(`${f.index + k}${f.replacement[k]}`);
    return out.join();
  };
  return changes(a) === changes(b);
}

function overlapsWord(text: string, word: string, start: number, end: number): boolean {
  if (!word) return false;
  for (let i = text.indexOf(word, Math.max(0, start - word.length + 1)); i >= 0 && i < end; i = text.indexOf(word, i + 1)) {
    if (i + word.length > start) return true;
  }
  return false;
}

/**
 * Whether a finding changes a character of a word younger than the dictionary (data/sources/
 * modern-words.txt), or cuts one off: it overlaps it, and the corrected text reads on into it as no
 * known sequence. (完成龙村|集体经济 → 农村 reads on: 农村集体 is known; 量产|效率 → 产销率 does not.)
 */
function cutsModernWord(m: TypoModel, text: string, c: TypoCandidate): boolean {
  const spans = m.modernWordsOverlapping(text, c.index, c.index + c.length);
  if (!spans.length) return false;
  const changed = changedPositions(c).map((k) => c.index + k);
  const repl = text.slice(0, c.index) + c.replacement + text.slice(c.index + c.length);
  return spans.some(([start, end]) => {
    // (A swap cuts only a word that holds both its characters: a word made across the slip, 拆违 of
    // 除拆违法, is the slip's own doing.)
    if (c.kind === 'swap' && !(start <= c.index && c.index + c.length <= end)) return false;
    if (changed.some((p) => start <= p && p < end)) return true;
    // The word's characters beyond the finding, which a known sequence over a changed character must reach.
    const [from, to] = start < c.index ? [start, c.index] : [c.index + c.length, end];
    for (const p of changed) {
      for (let L = 3; L <= 4; L++) {
        for (let a = Math.max(0, p - L + 1); a <= p && a + L <= repl.length; a++) {
          if (a < to && from < a + L && m.known.hasRange(repl, a, a + L)) return false;
        }
      }
    }
    return true;
  });
}

/** The offsets in a finding of the characters it changes. */
function changedPositions(c: TypoCandidate): number[] {
  const out: number[] = [];
  for (let i = 0; i < c.found.length; i++) if (c.found[i] !== c.replacement[i]) out.push(i);
  return out;
}

/** The characters a finding changes, as written. */
function changedChars(c: TypoCandidate): string[] {
  return changedPositions(c).map((i) => c.found[i]);
}

/** The character a finding changes (the first, for a swap). */
function changedChar(c: TypoCandidate): string {
  return changedChars(c)[0] ?? '';
}

/**
 * A character the document uses at least this often is part of the writer's subject (航 in a
 * flight department's report: 航前, 航后, 航线).
 */
const USES_OFTEN = 4;
