import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeReport } from "../../src/core";
import { WORDING_ENTRIES } from "../../src/core/language/wording";

/** [entry id, a sentence of our own, expected findings: [from, to, severity, message, fix, suggestion]]. */
const CASES: [string, string, [number, number, string, string, string | null, string | null][]][] = [
  ["thought-full-name","要深入学习习近平新时代中国特色社会主义理论。",[[5,21,"warning","“习近平新时代中国特色社会主义理论” should read “习近平新时代中国特色社会主义思想” (the name of the theory is written in full)","习近平新时代中国特色社会主义思想",null]]],
  ["three-represents-quotes","坚持三个代表重要思想。",[[2,10,"warning","“三个代表重要思想” should read 「“三个代表”重要思想」 (“三个代表” takes quotation marks)","“三个代表”重要思想",null]]],
  ["core-of-central-committee","在以习近平总书记为核心的党中央坚强领导下。",[[1,15,"warning","“以习近平总书记为核心的党中央” should read “以习近平同志为核心的党中央” (the fixed form says 习近平同志)","以习近平同志为核心的党中央",null]]],
  ["general-secretary-full-name","认真学习习总书记的讲话。",[[4,8,"warning","“习总书记” should read “习近平总书记” (formal writing does not shorten the name)","习近平总书记",null]]],
  ["president-full-name","习主席出席会议。",[[0,3,"warning","“习主席” should read “习近平主席” (formal writing does not shorten the name)","习近平主席",null]]],
  ["new-development-philosophy","贯彻五大发展理念。",[[2,8,"warning","“五大发展理念” should read “新发展理念” (the current name is 新发展理念)","新发展理念",null]]],
  ["two-establishes-member","确立习近平总书记党中央的核心、全党的核心地位。",[[0,14,"error","“确立习近平总书记党中央的核心” should read “确立习近平同志党中央的核心” (两个确立 says 习近平同志)","确立习近平同志党中央的核心",null]]],
  ["two-upholds-member","坚决维护习近平同志党中央的核心、全党的核心地位。",[[2,15,"error","“维护习近平同志党中央的核心” should read “维护习近平总书记党中央的核心” (两个维护 says 习近平总书记)","维护习近平总书记党中央的核心",null]]],
  ["uphold-not-establish","各级干部要坚决做到“两个确立”。",[[10,14,"error","“两个确立” should read “两个维护” (one comes to understand 两个确立 and does 两个维护)","两个维护",null]]],
  ["two-establishes","深刻领悟“三个确立”的决定性意义。",[[5,6,"error","“三” should read “两” (wrong count word, the standard form is “两个确立”)","两",null]]],
  ["two-upholds","坚决做到“二个维护”。",[[5,6,"warning","“二” should read “两” (the standard form is “两个维护”)","两",null]]],
  ["four-consciousnesses","增强“三个意识”，即政治意识、大局意识、看齐意识、核心意识。",[[3,4,"error","“三” should read “四” (wrong count word, the standard form is “四个意识”)","四",null],[10,29,"error","“政治意识、大局意识、看齐意识、核心意识” should read “政治意识、大局意识、核心意识、看齐意识” (the order of “四个意识” is fixed)","政治意识、大局意识、核心意识、看齐意识",null]]],
  ["four-confidences","坚定“四个自信”，即道路自信、理论自信、制度自信。",[[10,24,"error","“道路自信、理论自信、制度自信” should read “道路自信、理论自信、制度自信、文化自信” (“四个自信” lacks “文化自信”)",null,"道路自信、理论自信、制度自信、文化自信"]]],
  ["five-in-one","统筹推进“五位一体”总体布局，统筹经济建设、政治建设、文化建设、社会建设、党的建设。",[[37,41,"error","“党的建设” should read “生态文明建设” (“党的建设” is not one of “五位一体”; “生态文明建设” is missing)",null,"生态文明建设"]]],
  ["four-comprehensives","协调推进全面建成小康社会、全面深化改革、全面依法治国、全面从严治党。",[[4,12,"warning","“全面建成小康社会” should read “全面建设社会主义现代化国家” (this member of “四个全面” now reads “全面建设社会主义现代化国家”)",null,"全面建设社会主义现代化国家"]]],
  ["new-development-philosophy-members","坚持创新、协调、开放、绿色、共享的发展理念。",[[2,16,"error","“创新、协调、开放、绿色、共享” should read “创新、协调、绿色、开放、共享” (the order of “五大发展理念” is fixed)","创新、协调、绿色、开放、共享",null]]],
  ["core-socialist-values","培育和践行社会主义核心价值观：富强、民主、和谐、文明，自由、平等、公正、法治，爱国、敬业、诚信、友善。",[[15,50,"error","“富强、民主、和谐、文明，自由、平等、公正、法治，爱国、敬业、诚信、友善” should read “富强、民主、文明、和谐，自由、平等、公正、法治，爱国、敬业、诚信、友善” (the order of “核心价值观” is fixed)","富强、民主、文明、和谐，自由、平等、公正、法治，爱国、敬业、诚信、友善",null]]],
  ["five-in-one","统筹推进“四位一体”总体布局。",[[5,6,"error","“四” should read “五” (wrong count word, the standard form is “五位一体”)","五",null]]],
  ["five-in-one-layout","协调推进“五位一体”战略布局。",[[0,14,"error","「协调推进“五位一体”战略布局」 should read 「统筹推进“五位一体”总体布局」 (五位一体 is the overall layout (总体布局), advanced by 统筹推进)","统筹推进“五位一体”总体布局",null]]],
  ["five-in-one-verb","协调推进“五位一体”总体布局。",[[0,14,"error","「协调推进“五位一体”总体布局」 should read 「统筹推进“五位一体”总体布局」 (五位一体 goes with 统筹推进)","统筹推进“五位一体”总体布局",null]]],
  ["four-comprehensives-layout","统筹推进“四个全面”总体布局。",[[0,14,"error","「统筹推进“四个全面”总体布局」 should read 「协调推进“四个全面”战略布局」 (四个全面 is the strategic layout (战略布局), advanced by 协调推进)","协调推进“四个全面”战略布局",null]]],
  ["four-comprehensives-verb","统筹推进“四个全面”战略布局。",[[0,14,"error","「统筹推进“四个全面”战略布局」 should read 「协调推进“四个全面”战略布局」 (四个全面 goes with 协调推进)","协调推进“四个全面”战略布局",null]]],
  ["plenary-session-name","学习贯彻党的二十大三中全会精神。",[[6,13,"error","“二十大三中全会” should read “二十届三中全会” (plenary sessions are named by the term (届))","二十届三中全会",null]]],
  ["plenary-session-numerals","学习贯彻党的20届3中全会精神。",[[6,13,"warning","“20届3中全会” should read “二十届三中全会” (meeting names use Chinese numerals)","二十届三中全会",null]]],
  ["party-congress-numerals","学习贯彻党的20大精神。",[[4,9,"warning","“党的20大” should read “党的二十大” (meeting names use Chinese numerals)","党的二十大",null]]],
  ["five-year-plan-quotes","编制十五五规划。",[[2,5,"warning","“十五五” should read 「“十五五”」 (the short name of a five-year plan takes quotation marks)","“十五五”",null]]],
  ["five-year-plan-year","2025年是“十五五”开局之年。",[[6,15,"error","「“十五五”开局之年」 should read 「“十四五”收官之年」 (the 十五五 period is 2026—2030; 2025 is the last year of 十四五)",null,"“十四五”收官之年"]]],
  ["important-speech-important","学习习近平总书记关于安全生产的论述。",[[2,17,"warning","“习近平总书记关于安全生产的论述” should read “习近平总书记关于安全生产的重要论述” (the fixed form is ……的重要讲话/重要指示批示/重要论述)","习近平总书记关于安全生产的重要论述",null]]],
  ["important-speech-de","学习习近平总书记关于安全生产重要论述。",[[2,18,"warning","“习近平总书记关于安全生产重要论述” should read “习近平总书记关于安全生产的重要论述” (a 的 belongs after 关于……)","习近平总书记关于安全生产的重要论述",null]]],
  ["north-korea","同北朝鲜开展交流。",[[1,4,"warning","“北朝鲜” should read “朝鲜” (the standard name)","朝鲜",null]]],
  ["south-korea","同南朝鲜开展交流。",[[1,4,"warning","“南朝鲜” should read “韩国” (the standard name)","韩国",null]]],
  ["taiwan-leader","台湾总统发表讲话。",[[0,4,"error","“台湾总统” should read “台湾地区领导人” (the standard designation)","台湾地区领导人",null]]],
  ["agency-market-regulation","国家工商行政管理总局发布通知。",[[0,10,"warning","“国家工商行政管理总局” should read “国家市场监督管理总局” (the name since the 2018 restructuring)",null,"国家市场监督管理总局"]]],
  ["agency-natural-resources","国土资源部发布通知。",[[0,5,"warning","“国土资源部” should read “自然资源部” (the name since the 2018 restructuring)",null,"自然资源部"]]],
  ["agency-ecology","环境保护部发布通知。",[[0,5,"warning","“环境保护部” should read “生态环境部” (the name since the 2018 restructuring)",null,"生态环境部"]]],
  ["agency-health","国家卫生计生委发布通知。",[[0,7,"warning","“国家卫生计生委” should read “国家卫生健康委员会” (the name since the 2018 restructuring)",null,"国家卫生健康委员会"]]],
  ["agency-emergency","国家安全生产监督管理总局发布通知。",[[0,12,"warning","“国家安全生产监督管理总局” should read “应急管理部” (the name since the 2018 restructuring)",null,"应急管理部"]]],
["establish-not-uphold","全体党员要深刻领悟“两个维护”的决定性意义。",[[10,14,"error","“两个维护” should read “两个确立” (the decisive significance one comes to understand is that of 两个确立; 两个维护 is done)","两个确立",null]]],
["three-represents-important-thought","坚持“三个代表”思想。",[[2,10,"error","「“三个代表”思想」 should read 「“三个代表”重要思想」 (the name is “三个代表”重要思想)","“三个代表”重要思想",null]]],
["thought-of-ecological-civilization","深入学习贯彻习近平生态思想。",[[6,11,"error","“习近平生态” should read “习近平生态文明” (the name is 习近平生态文明思想)","习近平生态文明",null]]],
["thought-on-rule-of-law","深入学习贯彻习近平法制思想。",[[6,11,"error","“习近平法制” should read “习近平法治” (the name is 习近平法治思想 (治, governance))","习近平法治",null]]],
["party-congress-short-name","深入学习贯彻党的二十届大精神。",[[6,12,"error","“党的二十届大” should read “党的二十大” (a Party congress is 党的X大; 届 names the Central Committee and its plenary sessions)","党的二十大",null]]],
["party-congress-ci","中国共产党第二十届全国代表大会胜利召开。",[[0,15,"error","“中国共产党第二十届全国代表大会” should read “中国共产党第二十次全国代表大会” (a Party congress is counted by 次 (第二十次全国代表大会); 届 names the Central Committee)","中国共产党第二十次全国代表大会",null]]],
["plenary-session-year","2023年7月召开的党的二十届三中全会作出部署。",[[0,4,"error","“2023” should read “2024” (the 二十届三中全会 was held in 2024)",null,"2024"]]],
["plenary-session-plan","党的二十届四中全会审议通过了关于制定“十四五”规划的建议。",[[19,22,"error","“十四五” should read “十五五” (the 十九届五中全会 adopted the proposals for 十四五, the 二十届四中全会 those for 十五五)","十五五",null]]],
["three-musts","牢记党的二十大提出的“两个务必”。",[[11,15,"error","“两个务必” should read “三个务必” (the 20th Congress set out 三个务必 (两个务必 dates from 1949))","三个务必",null]]],
["two-combinations","坚持“两个结合”，把马克思主义基本原理同中国具体实际相结合、同时代发展特征相结合。",[[30,40,"error","“同时代发展特征相结合” should read “同中华优秀传统文化相结合” (the other of 两个结合 is with the fine traditional Chinese culture)","同中华优秀传统文化相结合",null]]],
["five-year-plan-period","“十四五”时期（2020—2025年）是新征程的第一个五年。",[[8,17,"error","“2020—2025” should read “2021—2025” (the 十四五 period is 2021—2025)","2021—2025",null]]],
["important-instructions","落实习近平总书记对我省工作作出的指示批示要求。",[[2,20,"warning","“习近平总书记对我省工作作出的指示批示” should read “习近平总书记对我省工作作出的重要指示批示” (the fixed forms are 重要讲话精神 and 重要指示批示)","习近平总书记对我省工作作出的重要指示批示",null]]],
["belt-and-road-initiative","积极参与“一带一路”战略。",[[4,12,"warning","「“一带一路”战略」 should read 「“一带一路”倡议」 (一带一路 is an initiative (倡议), not a strategy)",null,"“一带一路”倡议"]]],
["detention-liuzhi","依法对其采取“双规”措施。",[[6,10,"warning","「“双规”」 should read “留置” (since the Supervision Law (2018) 双规 has been replaced by 留置)",null,"留置"]]],
["reform-commission","落实中央全面深化改革领导小组会议部署。",[[2,14,"warning","“中央全面深化改革领导小组” should read “中央全面深化改革委员会” (a commission (委员会) since 2018)",null,"中央全面深化改革委员会"]]],
["three-stricts-three-earnests","践行“三严三实”，做到严以修身、严以律己、严以用权，谋事要实、创业要实、做人要实。",[[11,40,"error","“严以修身、严以律己、严以用权，谋事要实、创业要实、做人要实” should read “严以修身、严以用权、严以律己，谋事要实、创业要实、做人要实” (the order of “三严三实” is fixed)","严以修身、严以用权、严以律己，谋事要实、创业要实、做人要实",null]]],
["four-consciousnesses","增强政治意识、大局意识、核心意识、看起意识。",[[17,21,"error","“看起意识” should read “看齐意识” (one of “四个意识”, misspelt)","看齐意识",null]]],
["three-musts-members","牢记“三个务必”，务必不忘初心、牢记使命，务必谦虚谨慎、艰苦奋斗。",[[9,32,"error","“务必不忘初心、牢记使命，务必谦虚谨慎、艰苦奋斗” should read “务必不忘初心、牢记使命，务必谦虚谨慎、艰苦奋斗，务必敢于斗争、善于斗争” (三个务必 also takes “务必敢于斗争、善于斗争”)",null,"务必不忘初心、牢记使命，务必谦虚谨慎、艰苦奋斗，务必敢于斗争、善于斗争"]]],
["plenary-session-subject","全面落实党的十九届三中全会部署的进一步全面深化改革各项任务。",[[6,13,"error","“十九届三中全会” should read “二十届三中全会” (“进一步全面深化改革” is the subject of the 二十届三中全会)",null,"二十届三中全会"]]],
["three-meetings-one-lesson","坚持“三会一课”制度，按月召开支委会、党员大会和团员大会。",[[24,28,"error","“团员大会” should read “党小组会” (the three meetings of 三会一课 are the branch members’ meeting, the branch committee and the Party group meeting)",null,"党小组会"]]],
["two-studies-one-action","推进“两学一做”常态化，学党章党规、学系列讲话、做优秀党员。",[[25,29,"error","“优秀党员” should read “合格党员” (两学一做 is 学党章党规, 学系列讲话, 做合格党员)",null,"合格党员"]]],
["six-musts","深刻把握“五个必须坚持”的世界观和方法论。",[[5,6,"error","“五” should read “六” (wrong count word, the standard form is “六个必须坚持”)","六",null]]],
["party-congress-year","2021年召开的党的二十大擘画了宏伟蓝图。",[[0,4,"error","“2021” should read “2022” (the 二十大 was held in 2022)",null,"2022"]]],
["belt-and-road-order","积极参与共建“一路一带”。",[[7,11,"error","“一路一带” should read “一带一路” (the fixed form is 一带一路)","一带一路",null]]],
["new-era","党的十八大以来，中国特色社会主义进入新时期。",[[8,21,"error","“中国特色社会主义进入新时期” should read “中国特色社会主义进入新时代” (the 19th Congress declared that socialism with Chinese characteristics has entered a new era (新时代))","中国特色社会主义进入新时代",null]]],
["two-upholds-order","坚决维护党中央权威和集中统一领导，坚决维护习近平总书记党中央的核心、全党的核心地位。",[[0,41,"error","“坚决维护党中央权威和集中统一领导，坚决维护习近平总书记党中央的核心、全党的核心地位” should read “坚决维护习近平总书记党中央的核心、全党的核心地位，坚决维护党中央权威和集中统一领导” (the order of 两个维护 is fixed: the core first, then the authority and centralised leadership)","坚决维护习近平总书记党中央的核心、全党的核心地位，坚决维护党中央权威和集中统一领导",null]]],
["two-combinations-both","坚持“两个结合”，把马克思主义基本原理同中国具体实际相结合。",[[19,29,"error","“同中国具体实际相结合” should read “同中国具体实际相结合、同中华优秀传统文化相结合” (两个结合 also takes in the fine traditional Chinese culture)",null,"同中国具体实际相结合、同中华优秀传统文化相结合"]]],
["deng-xiaoping-theory","坚持以马克思列宁主义、毛泽东思想、邓小平思想为指导。",[[17,22,"error","“邓小平思想” should read “邓小平理论” (the name among the Party’s guiding theories is 邓小平理论)","邓小平理论",null]]],
["agency-natural-resources-local","会同省国土资源厅开展专项检查。",[[3,8,"warning","“国土资源厅” should read “自然资源厅” (the name since the local restructuring of 2018–2019)",null,"自然资源厅"]]],
["agency-ecology-local","市环境保护局开展执法检查。",[[1,6,"warning","“环境保护局” should read “生态环境局” (the name since the local restructuring of 2018–2019)",null,"生态环境局"]]],
["important-instructions","认真落实习近平总书记考察我市时的讲话精神。",[[4,20,"warning","“习近平总书记考察我市时的讲话精神” should read “习近平总书记考察我市时的重要讲话精神” (the fixed forms are 重要讲话精神 and 重要指示批示)","习近平总书记考察我市时的重要讲话精神",null]]],
["thought-full-name","学习习近平中国特色社会主义新时代思想。",[[2,18,"warning","“习近平中国特色社会主义新时代思想” should read “习近平新时代中国特色社会主义思想” (the name of the theory is written in full)","习近平新时代中国特色社会主义思想",null]]],
["important-speech-de","学习习近平总书记关于“三农”工作重要论述。",[[2,20,"warning","「习近平总书记关于“三农”工作重要论述」 should read 「习近平总书记关于“三农”工作的重要论述」 (a 的 belongs after 关于……)","习近平总书记关于“三农”工作的重要论述",null]]],
["four-confidences","坚定道路自信、理论自信、制度自信、历史自信。",[[17,21,"warning","“历史自信” should read “文化自信” (the other members are those of “四个自信”; “文化自信” belongs here)",null,"文化自信"]]],
["three-meetings-one-lesson","落实“三会一课”制度，按时召开支部党员大会、党小组会，上好党课。",[[22,26,"warning","“党小组会” should read “支部委员会、党小组会” (the three meetings of 三会一课 include the branch committee too)",null,"支部委员会、党小组会"]]],
["plenary-session-subject","党的二十届三中全会审议通过了《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》。",[[2,9,"error","“二十届三中全会” should read “二十届四中全会” (“第十五个五年规划的建议” is the subject of the 二十届四中全会)",null,"二十届四中全会"]]],
["core-not-head","在以习近平同志为首的党中央坚强领导下，各项工作取得新进展。",[[7,9,"error","“为首” should read “为核心” (the fixed form is 以习近平同志为核心的党中央)","为核心",null]]],
["great-changes-unseen-in-a-century","世界百年未有之大变革加速演进。",[[7,10,"error","“大变革” should read “大变局” (the fixed form is 百年未有之大变局)","大变局",null]]],
["forge-community-consciousness","以筑牢中华民族共同体意识为主线。",[[1,2,"error","“筑” should read “铸” (the fixed form is 铸牢中华民族共同体意识)","铸",null]]],
["five-year-plan-not-jihua","编制国民经济和社会发展第十五个五年计划。",[[17,19,"error","“计划” should read “规划” (since the 11th (2006) it is a 规划; before, a 计划)","规划",null]]],
["vision-2035","落实“十四五”规划和2030年远景目标纲要。",[[10,14,"error","“2030” should read “2035” (the 14th plan goes with the long-range objectives through 2035)","2035",null]]],
["modern-socialist-country-beautiful","到本世纪中叶建成富强民主文明和谐的社会主义现代化强国。",[[14,16,"error","“和谐” should read “和谐美丽” (since the 19th Congress the goal reads 富强民主文明和谐美丽)","和谐美丽",null]]],
["autonomous-region-names","支持广西自治区建设西部陆海新通道。",[[2,4,"error","“广西” should read “广西壮族” (an autonomous region is named in full)","广西壮族",null]]],
["thought-of-ecological-civilization-environment","深入学习贯彻习近平环境思想。",[[6,11,"error","“习近平环境” should read “习近平生态文明” (the name is 习近平生态文明思想)","习近平生态文明",null]]],
["four-consciousnesses-verbs","坚定“四个意识”、增强“四个自信”、做到“两个维护”。",[[0,17,"error","「坚定“四个意识”、增强“四个自信”」 should read 「增强“四个意识”、坚定“四个自信”」 (the fixed collocations are 增强 四个意识 and 坚定 四个自信)","增强“四个意识”、坚定“四个自信”",null]]],
["new-development-verbs","完整、准确、全面构建新发展理念，加快贯彻新发展格局。",[[8,10,"error","“构建” should read “贯彻” (the fixed collocations are 贯彻新发展理念 and 构建新发展格局)","贯彻",null],[18,20,"error","“贯彻” should read “构建” (the fixed collocations are 贯彻新发展理念 and 构建新发展格局)","构建",null]]],
["instructions-made-not-delivered","习近平总书记对防汛工作发表重要指示。",[[11,13,"warning","“发表” should read “作出” (instructions are 作出; 发表 goes with a speech)","作出",null]]],
["party-congress-not-npc","中国共产党第二十次全国人民代表大会胜利召开。",[[9,17,"error","“全国人民代表大会” should read “全国代表大会” (a Party congress is 全国代表大会; 全国人民代表大会 is the NPC)","全国代表大会",null]]],
["new-era-19th-congress","党的十八大作出中国特色社会主义进入新时代的重大政治论断。",[[2,5,"error","“十八大” should read “十九大” (the 19th Congress declared the new era)","十九大",null]]],
["plenary-session-year","1979年召开的党的十一届三中全会实现了伟大转折。",[[0,4,"error","“1979” should read “1978” (the 十一届三中全会 was held in 1978)",null,"1978"]]],
["npc-session-year","2025年3月召开的十四届全国人大二次会议审议批准了政府工作报告。",[[17,18,"error","“二” should read “三” (the session of 2025 is the 三次会议 of the 十四届 NPC)",null,"三"]]],
["agency-financial-regulation","中国银保监会近日出台措施。",[[0,6,"warning","“中国银保监会” should read “国家金融监督管理总局” (the National Financial Regulatory Administration since the 2023 restructuring)",null,"国家金融监督管理总局"]]],
["anniversary-count","2025年9月3日，纪念中国人民抗日战争暨世界反法西斯战争胜利70周年大会隆重举行。",[[31,33,"error","“70” should read “80” (2025 is the 80th anniversary (1945))",null,"80"]]],
["principal-contradiction","2025年工作总结\n\n当前，我国社会主要矛盾是人民日益增长的物质文化需要同落后的社会生产之间的矛盾。",[[12,38,"error","“人民日益增长的物质文化需要同落后的社会生产之间的矛盾” should read “人民日益增长的美好生活需要和不平衡不充分的发展之间的矛盾” (the 19th Congress restated the principal contradiction)",null,"人民日益增长的美好生活需要和不平衡不充分的发展之间的矛盾"]]],
["series-of-important-speeches","2025年工作总结\n\n深入学习贯彻习近平总书记系列重要讲话精神。",[[6,20,"warning","“习近平总书记系列重要讲话精神” should read “习近平新时代中国特色社会主义思想” (since the 19th Congress the name is 习近平新时代中国特色社会主义思想)",null,"习近平新时代中国特色社会主义思想"]]],
["anti-gang-normalized","2025年要深入推进扫黑除恶专项斗争，建设更高水平的平安中国。",[[10,18,"warning","“扫黑除恶专项斗争” should read “扫黑除恶斗争” (the campaign (专项斗争) ended in 2020; since 2021 it is 常态化开展扫黑除恶斗争)",null,"扫黑除恶斗争"]]],
  ["four-greats","统揽伟大斗争、伟大工程、伟大事业、伟大复兴。",[[17,21,"warning","“伟大复兴” should read “伟大梦想” (the other members are those of “四个伟大”; “伟大梦想” belongs here)",null,"伟大梦想"]]],
  ["four-greats","推进“三个伟大”，即伟大斗争、伟大工程、伟大事业、伟大梦想。",[[3,4,"error","“三” should read “四” (wrong count word, the standard form is “四个伟大”)","四",null]]],
  ["four-tests","全党要经受住执政考验、改革开放考验、市场经济考验、外部考验。",[[25,29,"warning","“外部考验” should read “外部环境考验” (the other members are those of “四大考验”; “外部环境考验” belongs here)",null,"外部环境考验"]]],
  ["clean-government-three-nots","坚持一体推进不能腐、不敢腐、不想腐。",[[6,17,"error","“不能腐、不敢腐、不想腐” should read “不敢腐、不能腐、不想腐” (the order of “不敢腐、不能腐、不想腐” is fixed)","不敢腐、不能腐、不想腐",null]]],
  ["rural-revitalization-requirements","按照产业兴旺、生态宜居、乡风文明、管理民主、生活富裕的总要求推进乡村振兴。",[[17,21,"error","“管理民主” should read “治理有效” (“管理民主” is not one of “乡村振兴总要求”; “治理有效” is missing)",null,"治理有效"]]],
  ["theme-education-2023","对照学思想、强党性、重实践、办实事的总要求检视问题。",[[14,17,"error","“办实事” should read “建新功” (“办实事” is not one of “主题教育总要求”; “建新功” is missing)",null,"建新功"]]],
  ["theme-education-2019","围绕守初心、担使命、找问题、抓落实的总要求开展工作。",[[10,13,"error","“找问题” should read “找差距” (“找问题” is not one of “主题教育总要求”; “找差距” is missing)",null,"找差距"]]],
  ["party-history-education","做到学史明理、学史增信、学史崇德、学史笃行。",[[17,21,"error","“学史笃行” should read “学史力行” (one of “党史学习教育目标要求”, misspelt)","学史力行",null]]],
  ["instructions-order","深入学习习近平总书记重要讲话和重要批示指示精神。",[[15,21,"warning","“重要批示指示” should read “重要指示批示” (the fixed order is 指示批示)","重要指示批示",null]]],
  ["two-establishes-guiding","确立习近平新时代中国特色社会主义思想的领导地位。",[[0,23,"error","“确立习近平新时代中国特色社会主义思想的领导地位” should read “确立习近平新时代中国特色社会主义思想的指导地位” (两个确立 establishes the thought’s guiding (指导) position)","确立习近平新时代中国特色社会主义思想的指导地位",null]]],
  ["whole-process-democracy","发展全方位人民民主，保障人民当家作主。",[[2,9,"error","“全方位人民民主” should read “全过程人民民主” (the term is 全过程人民民主)","全过程人民民主",null]]],
  ["npc-fundamental-system","人民代表大会制度是我国的基本政治制度。",[[0,18,"error","“人民代表大会制度是我国的基本政治制度” should read “人民代表大会制度是我国的根本政治制度” (the people’s congress system is the fundamental (根本) political system; the basic (基本) ones are the others)","人民代表大会制度是我国的根本政治制度",null]]],
  ["domestic-circulation-main","加快构建以国际大循环为主体、国内国际双循环相互促进的新发展格局。",[[4,13,"error","“以国际大循环为主体” should read “以国内大循环为主体” (the new development pattern takes the domestic circulation as its mainstay)","以国内大循环为主体",null]]],
  ["common-prosperity-modernization","中国式现代化是全体人民同步富裕的现代化。",[[7,19,"error","“全体人民同步富裕的现代化” should read “全体人民共同富裕的现代化” (Chinese modernization is one of common prosperity for all (共同富裕))","全体人民共同富裕的现代化",null]]],
  ["ten-clarifications-counts","学习“十个明确”“十三个坚持”“十三个方面成就”。",[[9,11,"error","“十三” should read “十四” (with the 十个明确 go the “十四个坚持”)","十四",null]]],
  ["four-dangers","警惕精神懈怠的危险、能力不足的危险、脱离群众的危险、贪图享乐的危险。",[[26,30,"error","“贪图享乐” should read “消极腐败” (the four dangers are 精神懈怠, 能力不足, 脱离群众, 消极腐败; “消极腐败” is missing)",null,"消极腐败"]]],
  ["eight-point-rules-year","2013年12月中央政治局审议通过的中央八项规定改变了作风。",[[0,4,"error","“2013” should read “2012” (the eight-point rules were adopted in December 2012)",null,"2012"]]],
  ["ccdi-plenary-year","2023年1月召开的二十届中央纪委三次全会作出部署。",[[0,4,"error","“2023” should read “2024” (the 二十届中央纪委三次全会 was held in 2024)",null,"2024"]]],
  ["important-speech-de","学习习近平总书记关于党的建设重要思想。",[[2,18,"warning","“习近平总书记关于党的建设重要思想” should read “习近平总书记关于党的建设的重要思想” (a 的 belongs after 关于……)","习近平总书记关于党的建设的重要思想",null]]],
  ["four-comprehensives","2024年，围绕全面建成小康社会、全面深化改革、全面依法治国、全面从严治党的战略布局谋划工作。",[[8,16,"warning","“全面建成小康社会” should read “全面建设社会主义现代化国家” (this member of “四个全面” now reads “全面建设社会主义现代化国家”)",null,"全面建设社会主义现代化国家"]]],
  ["principal-contradiction","深入学习贯彻党的二十大精神。\n\n当前，我国社会主要矛盾是人民日益增长的物质文化需要同落后的社会生产之间的矛盾。",[[12,38,"error","“人民日益增长的物质文化需要同落后的社会生产之间的矛盾” should read “人民日益增长的美好生活需要和不平衡不充分的发展之间的矛盾” (the 19th Congress restated the principal contradiction)",null,"人民日益增长的美好生活需要和不平衡不充分的发展之间的矛盾"]]],
  ["mainland-and-hong-kong","进一步深化中港两地经贸合作。",[[5,7,"warning","“中港” should read “内地与香港” (Hong Kong and Macao are not set beside China: 内地与香港 (澳门))",null,"内地与香港"]]],
  ["mainland-and-hong-kong","推动中澳两地青年交流。",[[2,4,"warning","“中澳” should read “内地与澳门” (Hong Kong and Macao are not set beside China: 内地与香港 (澳门))",null,"内地与澳门"]]],
  ["cross-strait","推动中台关系和平发展。",[[2,4,"error","“中台” should read “两岸” (Taiwan is part of China: 两岸, not 中台)",null,"两岸"]]],
  ["thought-full-name","深入学习习近平总书记新时代中国特色社会主义思想。",[[4,23,"warning","“习近平总书记新时代中国特色社会主义思想” should read “习近平新时代中国特色社会主义思想” (the name of the theory is written in full)","习近平新时代中国特色社会主义思想",null]]],
  ["thought-of-ecological-civilization","深入践行习近平生态文明建设思想。",[[4,13,"error","“习近平生态文明建设” should read “习近平生态文明” (the name is 习近平生态文明思想)","习近平生态文明",null]]],
  ["eight-point-rules-year","2014年，中央政治局审议通过了关于改进工作作风、密切联系群众的八项规定。",[[0,4,"error","“2014” should read “2012” (the eight-point rules were adopted in December 2012)",null,"2012"]]],
  ["two-establishes-guiding","确立习近平新时代中国特色社会主义思想的核心地位。",[[0,23,"error","“确立习近平新时代中国特色社会主义思想的核心地位” should read “确立习近平新时代中国特色社会主义思想的指导地位” (两个确立 establishes the thought’s guiding (指导) position)","确立习近平新时代中国特色社会主义思想的指导地位",null]]],
  ["two-unwaverings-order","毫不动摇巩固和发展非公有制经济，毫不动摇鼓励、支持、引导公有制经济发展。",[[4,15,"error","“巩固和发展非公有制经济” should read “巩固和发展公有制经济” (两个毫不动摇: 巩固和发展 the public sector, 鼓励、支持、引导 the non-public sector)","巩固和发展公有制经济",null],[20,33,"error","“鼓励、支持、引导公有制经济” should read “鼓励、支持、引导非公有制经济” (两个毫不动摇: 巩固和发展 the public sector, 鼓励、支持、引导 the non-public sector)","鼓励、支持、引导非公有制经济",null]]],
  ["five-only-paths-party","全面深化改革是党永葆生机活力、走好新的赶考之路的必由之路。",[[0,6,"error","“全面深化改革” should read “全面从严治党” (of the 五个必由之路, 全面从严治党 is the path for the Party’s vitality)","全面从严治党",null]]],
  ["three-new-one-high","立足新发展阶段、贯彻新发展理念、构建新发展格局、推动高速度发展。",[[24,31,"error","“推动高速度发展” should read “推动高质量发展” (the 一高 of 三新一高 is 推动高质量发展)","推动高质量发展",null]]],
  ["important-thought-or-discourse","认真学习习近平总书记关于安全生产的重要思想。",[[17,21,"warning","“重要思想” should read “重要论述” (only 党的建设 and 党的自我革命 are a 重要思想; the others are 重要论述)",null,"重要论述"]]],
  ["modernization-spiritual-civilization","中国式现代化是物质文明和政治文明相协调的现代化。",[[7,19,"error","“物质文明和政治文明相协调” should read “物质文明和精神文明相协调” (Chinese modernization is one where material and cultural-ethical (精神) civilization are in harmony)","物质文明和精神文明相协调",null]]],
  ["goal-2035","到2035年全面建成社会主义现代化强国。",[[6,19,"error","“全面建成社会主义现代化强国” should read “基本实现社会主义现代化” (by 2035 modernization is basically achieved; the great modern socialist country is for mid-century)",null,"基本实现社会主义现代化"]]],
  ["moderately-prosperous-achieved","确保到2025年全面建成小康社会。",[[8,16,"error","“全面建成小康社会” should read “全面建设社会主义现代化国家” (the moderately prosperous society was declared built on 1 July 2021; it is no later goal)",null,"全面建设社会主义现代化国家"]]],
  ["mainland-and-taiwan","推动中国与台湾经贸合作。",[[2,7,"error","“中国与台湾” should read “大陆与台湾” (Taiwan is part of China: 大陆与台湾 or 两岸, not 中国与台湾)",null,"大陆与台湾"]]],
  ["central-economic-work-conference-month","3月召开的中央经济工作会议部署了全年工作。",[[0,2,"error","“3月” should read “12月” (the Central Economic Work Conference meets each December to plan the next year)",null,"12月"]]],
  ["eight-clarifications-19th","党的十九大报告提出“十个明确”。",[[10,14,"error","“十个明确” should read “八个明确” (the 19th Congress report has 八个明确; 十个明确 is the 2021 resolution’s)",null,"八个明确"]]],
  ["four-lower-levels","推动宣传党的政策、调查研究、信访接待、检查督导下基层。",[[19,23,"error","“检查督导” should read “现场办公” (the four are 宣传党的政策, 调查研究, 信访接待, 现场办公 (四下基层); “现场办公” is missing)",null,"现场办公"]]],
  ["four-winds","纠治形式主义、官僚主义、享乐主义和拜金主义。",[[17,21,"error","“拜金主义” should read “奢靡之风” (the four winds are 形式主义, 官僚主义, 享乐主义, 奢靡之风 (四风); “奢靡之风” is missing)",null,"奢靡之风"]]],
  ["six-musts-bare","必须坚持人民至上、自信自立、守正创新、目标导向、系统观念、胸怀天下。",[[19,23,"error","“目标导向” should read “问题导向” (the six are 人民至上, 自信自立, 守正创新, 问题导向, 系统观念, 胸怀天下 (六个必须坚持); “问题导向” is missing)",null,"问题导向"]]],
  ["three-musts-wrong-member","务必不忘初心、牢记使命，务必谦虚谨慎、艰苦奋斗，务必敢于担当、善于作为。",[[24,35,"error","“务必敢于担当、善于作为” should read “务必敢于斗争、善于斗争” (this one of the 三个务必 is “务必敢于斗争、善于斗争”)",null,"务必敢于斗争、善于斗争"]]],
  ["agency-market-regulation-local","县工商局开展专项检查。",[[1,4,"warning","“工商局” should read “市场监督管理局” (the name since the local restructuring of 2018–2019)",null,"市场监督管理局"]]],
  ["thought-names-without-title","深入学习习近平总书记法治思想。",[[4,10,"error","“习近平总书记” should read “习近平” (the names of the thoughts carry no title)","习近平",null]]],
  ["thought-of-ecological-civilization","践行习近平总书记生态文明思想。",[[2,12,"error","“习近平总书记生态文明” should read “习近平生态文明” (the name is 习近平生态文明思想)","习近平生态文明",null]]],
  ["effective-connection","推动巩固拓展脱贫攻坚成果同乡村振兴有机衔接。",[[17,21,"error","“有机衔接” should read “有效衔接” (the fixed form is 同乡村振兴有效衔接)","有效衔接",null]]],
  ["most-useful-democracy","这是最广泛、最真实、最有效的社会主义民主。",[[10,13,"error","“最有效” should read “最管用” (the fixed form is 最广泛、最真实、最管用)","最管用",null]]],
  ["new-productive-forces-hallmark","新质生产力以劳动生产率大幅提升为核心标志。",[[6,11,"error","“劳动生产率” should read “全要素生产率” (the hallmark of new quality productive forces is total factor productivity)","全要素生产率",null]]],
  ["three-represents-thought-name","坚持“三个代表”重要理论。",[[8,12,"error","“重要理论” should read “重要思想” (the name is “三个代表”重要思想)","重要思想",null]]],
  ["three-represents-culture","始终代表中国先进文化的发展方向。",[[11,15,"error","“发展方向” should read “前进方向” (the 三个代表 say 先进文化的前进方向)","前进方向",null]]],
  ["thousand-villages","深化“千村整治、万村示范”工程。",[[3,12,"error","“千村整治、万村示范” should read “千村示范、万村整治” (the project is 千村示范、万村整治)","千村示范、万村整治",null]]],
  ["national-security-root","坚持以人民安全为宗旨，以军事安全为根本。",[[12,16,"error","“军事安全” should read “政治安全” (the holistic view of national security takes political security as its root)","政治安全",null]]],
  ["new-stage-verbs","立足新发展理念、贯彻新发展阶段。",[[0,7,"error","“立足新发展理念” should read “立足新发展阶段” (the fixed collocations are 立足新发展阶段 and 贯彻新发展理念)","立足新发展阶段",null],[8,15,"error","“贯彻新发展阶段” should read “贯彻新发展理念” (the fixed collocations are 立足新发展阶段 and 贯彻新发展理念)","贯彻新发展理念",null]]],
  ["three-distinctions","落实“四个区分开来”要求。",[[3,4,"error","“四” should read “三” (it is the 三个区分开来)","三",null]]],
  ["belt-and-road-principle","秉持共商共建共赢原则。",[[2,8,"error","“共商共建共赢” should read “共商共建共享” (the principle is 共商共建共享)","共商共建共享",null]]],
  ["harmony-with-nature-modernization","中国式现代化是人与自然和谐相处的现代化。",[[11,15,"error","“和谐相处” should read “和谐共生” (Chinese modernization is one of harmony between humanity and nature (和谐共生))","和谐共生",null]]],
  ["great-changes-unseen-wording","统筹世界百年未遇之大变局。",[[4,12,"error","“百年未遇之大变局” should read “百年未有之大变局” (the fixed form is 百年未有之大变局)","百年未有之大变局",null]]],
  ["play-a-role","发扬党员先锋模范作用。",[[0,2,"error","“发扬” should read “发挥” (作用 goes with 发挥)","发挥",null]]],
  ["three-tough-battles","打好防范化解重大风险、精准脱贫、生态保护三大攻坚战。",[[16,20,"error","“生态保护” should read “污染防治” (the three tough battles are 防范化解重大风险, 精准脱贫, 污染防治 (三大攻坚战); “污染防治” is missing)",null,"污染防治"]]],
  ["six-stabilities","做好稳就业、稳金融、稳外贸、稳外资、稳投资、稳物价工作。",[[22,25,"error","“稳物价” should read “稳预期” (the six stabilities are 稳就业, 稳金融, 稳外贸, 稳外资, 稳投资, 稳预期 (六稳); “稳预期” is missing)",null,"稳预期"]]],
  ["six-guarantees","落实保居民就业、保基本民生、保市场主体、保粮食能源安全、保产业链供应链稳定、保社会稳定任务。",[[38,43,"error","“保社会稳定” should read “保基层运转” (the six guarantees are 保居民就业, 保基本民生, 保市场主体, 保粮食能源安全, 保产业链供应链稳定, 保基层运转 (六保); “保基层运转” is missing)",null,"保基层运转"]]],
  ["commemoration-dates","12月4日是南京大屠杀死难者国家公祭日。",[[0,5,"error","“12月4日” should read “12月13日” (the 南京大屠杀死难者国家公祭日 is 12月13日)",null,"12月13日"]]],
  ["theme-education-year","2021年，全党开展“不忘初心、牢记使命”主题教育。",[[0,4,"error","“2021” should read “2019” (that campaign ran in 2019)",null,"2019"]]],
  ["five-major-principles","牢牢把握党的二十大提出的六个重大原则。",[[12,13,"error","“六” should read “五” (the 20th Congress set out five major principles)","五",null]]],
  ["plenary-session-subject","党的十九届五中全会通过的历史决议作出总结。",[[2,9,"error","“十九届五中全会” should read “十九届六中全会” (“历史决议” is the subject of the 十九届六中全会)",null,"十九届六中全会"]]],
  ["four-consciousnesses-verb-alone","全体党员要坚定“四个意识”。",[[5,7,"error","“坚定” should read “增强” (四个意识 goes with 增强)","增强",null]]],
  ["sixteen-characters-rule-of-law","坚持科学立法、公正执法、严格司法、全民守法。",[[2,21,"error","“科学立法、公正执法、严格司法、全民守法” should read “科学立法、严格执法、公正司法、全民守法” (it is 严格执法, 公正司法)","科学立法、严格执法、公正司法、全民守法",null]]],
  ["return-not-transfer","香港主权移交以来，经济持续发展。",[[2,6,"error","“主权移交” should read “回归祖国” (say 回归祖国 (the return), not a transfer of sovereignty)","回归祖国",null]]],
  ["resolution-not-decision","学习《中共中央关于党的百年奋斗重大成就和历史经验的决定》。",[[25,27,"error","“决定” should read “决议” (the third historical resolution is a 决议)","决议",null]]],
  ["disabled-persons","为困难残废人发放补贴。",[[3,6,"error","“残废人” should read “残疾人” (the standard word is 残疾人)","残疾人",null]]],
  ["npc-deputies","全国人大委员深入基层调研。",[[4,6,"error","“委员” should read “代表” (the NPC has deputies (代表); members (委员) are the CPPCC’s)","代表",null]]],
  ["taiwan-authorities","台湾政府推行“去中国化”。",[[2,4,"error","“政府” should read “当局” (say 台湾当局, not 台湾政府)","当局",null]]],
  ["third-plenary-20-title","学习《中共中央关于全面深化改革、推进中国式现代化的决定》。",[[7,15,"error","“关于全面深化改革” should read “关于进一步全面深化改革” (the title has 进一步)","关于进一步全面深化改革",null]]],
  ["moderately-prosperous-built","我们在中华大地上全面建设了小康社会。",[[8,13,"error","“全面建设了” should read “全面建成了” (what was declared is 全面建成了小康社会)","全面建成了",null]]],
  ["two-studies-one-action-name","扎实开展“两学一做”主题教育。",[[10,14,"error","“主题教育” should read “学习教育” (it is the 两学一做 学习教育)","学习教育",null]]],
  ["ten-clarifications-count","深刻领会“十四个明确”的内涵。",[[5,7,"error","“十四” should read “十” (it is 十个明确 (and 十四个坚持))","十",null]]],
  ["high-degree-autonomy","坚持“一国两制”、“港人治港”、“澳人治澳”、完全自治的方针。",[[23,27,"error","“完全自治” should read “高度自治” (the principle is a high degree of autonomy (高度自治))","高度自治",null]]],
  ["core-values-society","倡导自由、平等、公平、法治。",[[8,10,"error","“公平” should read “公正” (the social values are 自由, 平等, 公正, 法治 (核心价值观（社会层面）); “公正” is missing)",null,"公正"]]],
  ["three-stricts","做到严以修身、严以用权、严以待人。",[[12,16,"error","“严以待人” should read “严以律己” (the three stricts are 严以修身, 严以用权, 严以律己 (三严); “严以律己” is missing)",null,"严以律己"]]],
  ["return-and-congress-dates","1999年7月1日澳门回归祖国。2022年11月召开的党的二十大擘画了蓝图。",[[0,9,"error","“1999年7月1日” should read “1999年12月20日” (澳门 returned on 1999年12月20日)",null,"1999年12月20日"],[21,24,"error","“11月” should read “10月” (the 二十大 met in 10月 2022)",null,"10月"]]],
  // The eighth blind set's families, and sentences that must stay unflagged.
["self-revolution-second-answer","党的自我革命是跳出历史周期率的第一个答案。",[[15,20,"error","“第一个答案” should read “第二个答案” (self-revolution is the second answer (the first is letting the people oversee the government))","第二个答案",null]]],
["talent-and-innovation-firsts","坚持人才是第一动力、创新是第一资源。",[[2,9,"error","“人才是第一动力” should read “人才是第一资源” (science and technology are the first productive force, talent the first resource, innovation the first driving force)","人才是第一资源",null],[10,17,"error","“创新是第一资源” should read “创新是第一动力” (science and technology are the first productive force, talent the first resource, innovation the first driving force)","创新是第一动力",null]]],
["new-journey-build-not-built","奋进全面建成社会主义现代化国家新征程。",[[2,6,"error","“全面建成” should read “全面建设” (the new journey is one of building (全面建设); 全面建成 is the mid-century goal)","全面建设",null]]],
["original-aspiration-order","牢记为中国人民谋复兴、为中华民族谋幸福的初心使命。",[[3,10,"error","“中国人民谋复兴” should read “中国人民谋幸福” (the founding mission: happiness for the Chinese people, rejuvenation for the Chinese nation)","中国人民谋幸福",null],[12,19,"error","“中华民族谋幸福” should read “中华民族谋复兴” (the founding mission: happiness for the Chinese people, rejuvenation for the Chinese nation)","中华民族谋复兴",null]]],
["no-large-scale-return-to-poverty","守住不发生系统性返贫的底线。",[[5,8,"error","“系统性” should read “规模性” (the fixed form is 规模性返贫 (系统性 is said of financial risk))","规模性",null]]],
["principal-contradiction-wording","着力解决人民日益增长的美好生活需要和不平衡不协调的发展之间的矛盾。",[[18,24,"error","“不平衡不协调” should read “不平衡不充分” (the principal contradiction speaks of 不平衡不充分的发展)","不平衡不充分",null]]],
["modernization-features","我们推进的是人口规模巨大的现代化、全体人民共同富裕的现代化、物质文明和精神文明相协调的现代化、城乡融合发展的现代化、走和平发展道路的现代化。",[[47,57,"error","“城乡融合发展的现代化” should read “人与自然和谐共生的现代化” (the five features of Chinese modernization (中国式现代化); “人与自然和谐共生的现代化” is missing)",null,"人与自然和谐共生的现代化"]]],
["five-articles-of-finance","做好科技金融、绿色金融、普惠金融、养老金融、供应链金融“五篇大文章”。",[[22,27,"error","“供应链金融” should read “数字金融” (the five articles of finance are 科技金融, 绿色金融, 普惠金融, 养老金融, 数字金融 (五篇大文章); “数字金融” is missing)",null,"数字金融"]]],
["guiding-theories-order","坚持以毛泽东思想、马克思列宁主义为指导。",[[3,16,"error","“毛泽东思想、马克思列宁主义” should read “马克思列宁主义、毛泽东思想” (the guiding theories are listed in the order they were formed)","马克思列宁主义、毛泽东思想",null]]],
["carbon-peak-and-neutrality-years","力争2060年前实现碳达峰。",[[2,6,"error","“2060” should read “2030” (carbon peak before 2030, neutrality before 2060)","2030",null]]],
["market-decisive-role","使市场在资源配置中起基础性作用。",[[10,13,"error","“基础性” should read “决定性” (since the Third Plenary Session of 2013: a decisive role (决定性作用))",null,"决定性"]]],
["propaganda-culture-conference","2023年召开的全国宣传思想工作会议意义重大。",[[14,16,"error","“工作” should read “文化工作” (the conference of October 2023 is the 全国宣传思想文化工作会议)","文化工作",null]]],
["discipline-commission-supervision","认真落实中央纪委监察部的部署。",[[4,11,"error","“中央纪委监察部” should read “中央纪委国家监委” (since 2018 the Ministry of Supervision is part of the National Supervisory Commission: 中央纪委国家监委)",null,"中央纪委国家监委"]]],
["rural-revitalization-bureau","2024年，在国家乡村振兴局的支持下推进帮扶。",[[7,14,"error","“国家乡村振兴局” should read “农业农村部” (the bureau was abolished in the 2023 restructuring; its duties went to the Ministry of Agriculture and Rural Affairs)",null,"农业农村部"]]],
["plenary-session-year","2024年10月召开的党的二十届三中全会作出部署。",[[5,7,"error","“10” should read “7” (the 二十届三中全会 was held in 2024年7月)",null,"7"]]],
["three-musts","牢记“两个务必”，务必不忘初心、牢记使命，务必谦虚谨慎、艰苦奋斗，务必敢于斗争、善于斗争。",[[3,7,"error","“两个务必” should read “三个务必” (the 20th Congress set out 三个务必 (两个务必 dates from 1949))","三个务必",null]]],
["six-musts-bare","把握好人民至上、坚持自信自立、坚持守正创新、坚持问题导向、坚持底线思维、坚持胸怀天下。",[[31,35,"error","“底线思维” should read “系统观念” (the six are 人民至上, 自信自立, 守正创新, 问题导向, 系统观念, 胸怀天下 (六个必须坚持); “系统观念” is missing)",null,"系统观念"]]],
["new-journey-build-not-built","到本世纪中叶全面建成社会主义现代化强国。",[]],
["market-decisive-role","1992年，党的十四大提出使市场在资源配置中起基础性作用。",[]],
["rural-revitalization-bureau","2022年，国家乡村振兴局印发了有关通知。",[]],
["carbon-peak-and-neutrality-years","力争2030年前实现碳达峰、2060年前实现碳中和。",[]],
["guiding-theories-order","以马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观、习近平新时代中国特色社会主义思想为指导。",[]],
["self-revolution-second-answer","让人民监督政府是跳出历史周期率的第一个答案。",[]],
["three-musts","毛泽东同志提出“两个务必”，务必使同志们继续地保持谦虚、谨慎的作风，务必使同志们继续地保持艰苦奋斗的作风。",[]],
["plenary-session-year","2024年7月召开的党的二十届三中全会作出部署。",[]],
["propaganda-culture-conference","2018年召开的全国宣传思想工作会议意义重大。",[]],
  // The ninth blind set's families, and sentences that must stay unflagged.
["education-science-talent-support","教育、科技、人才是基础性、先导性支撑。",[[13,16,"error","“先导性” should read “战略性” (it is a 基础性、战略性支撑)","战略性",null]]],
["historical-resolution-title","学习《中共中央关于党的百年奋斗重大成就和宝贵经验的决议》。",[[20,24,"error","“宝贵经验” should read “历史经验” (the title says 历史经验)","历史经验",null]]],
["congress-20-theme","弘扬伟大建党精神，自信自立、守正创新，踔厉奋发、勇毅前行。",[[9,13,"error","“自信自立” should read “自信自强” (the theme says 自信自强 (自信自立 is one of the six musts))","自信自强",null]]],
["great-founding-spirit","践行初心、担当使命，对党忠诚、服务人民的伟大建党精神。",[[15,19,"error","“服务人民” should read “不负人民” (the great founding spirit ends 对党忠诚、不负人民)","不负人民",null]]],
["self-revolution-thought-name","深入学习习近平自我革命思想。",[[4,13,"error","“习近平自我革命思想” should read “习近平总书记关于党的自我革命的重要思想” (the name is 习近平总书记关于党的自我革命的重要思想)","习近平总书记关于党的自我革命的重要思想",null]]],
["two-major-not-two-new","加力支持“两新”，即国家重大战略实施和重点领域安全能力建设。",[[5,7,"error","“两新” should read “两重” (that is the 两重 (两新 is equipment renewal and consumer trade-ins))","两重",null]]],
["exam-givers-and-takers","时代是出卷人，人民是答卷人，我们是阅卷人。",[[7,13,"error","“人民是答卷人” should read “我们是答卷人” (the times set the questions, we answer them, the people mark them)","我们是答卷人",null],[14,20,"error","“我们是阅卷人” should read “人民是阅卷人” (the times set the questions, we answer them, the people mark them)","人民是阅卷人",null]]],
["all-round-development-with-labour","2024年，学校坚持培养德智体美全面发展的人才。",[[12,16,"error","“德智体美” should read “德智体美劳” (since 2018: 德智体美劳全面发展)","德智体美劳",null]]],
["four-orientations","坚持面向世界科技前沿、面向经济主战场、面向国家重大战略、面向人民生命健康。",[[19,27,"error","“面向国家重大战略” should read “面向国家重大需求” (the four orientations of science: 面向世界科技前沿, 面向经济主战场, 面向国家重大需求, 面向人民生命健康 (四个面向); “面向国家重大需求” is missing)",null,"面向国家重大需求"]]],
["hong-kong-macao-office","在国务院港澳事务办公室指导下开展交流。",[[1,11,"error","“国务院港澳事务办公室” should read “中央港澳工作办公室” (since the 2023 restructuring: 中央港澳工作办公室)",null,"中央港澳工作办公室"]]],
["plenary-adopts-proposals","二十届四中全会审议通过了国民经济和社会发展第十五个五年规划纲要。",[[29,31,"error","“纲要” should read “的建议” (a plenary session adopts the proposals (建议); the NPC approves the outline (纲要))",null,"的建议"]]],
["reform-deadline-2029","按照三中全会部署，到2035年完成决定提出的改革任务。",[[10,14,"error","“2035” should read “2029” (the Decision of 2024: its reforms are to be completed by 2029)",null,"2029"]]],
["central-financial-work-conference-year","2024年召开的中央金融工作会议提出建设金融强国。",[[0,4,"error","“2024” should read “2023” (the Central Financial Work Conference met in October 2023)",null,"2023"]]],
["rural-revitalization-requirements-list","推进乡村振兴，按照产业兴旺、生态宜居、乡风文明、管理民主、生活富裕的要求推进。",[[24,28,"error","“管理民主” should read “治理有效” (the general requirements of rural revitalization are 产业兴旺, 生态宜居, 乡风文明, 治理有效, 生活富裕 (乡村振兴总要求); “治理有效” is missing)",null,"治理有效"]]],
["rule-of-law-sixteen-characters-order","坚持科学立法、公正司法、严格执法、全民守法。",[[7,16,"error","“公正司法、严格执法” should read “严格执法、公正司法” (the order is 科学立法, 严格执法, 公正司法, 全民守法)","严格执法、公正司法",null]]],
["rule-by-law-three-order","坚持依法治国、依法行政、依法执政共同推进。",[[7,16,"error","“依法行政、依法执政” should read “依法执政、依法行政” (the order is 依法治国, 依法执政, 依法行政)","依法执政、依法行政",null]]],
["rule-of-law-country-government-society-order","坚持法治国家、法治社会、法治政府一体建设。",[[7,16,"error","“法治社会、法治政府” should read “法治政府、法治社会” (the order is 法治国家, 法治政府, 法治社会)","法治政府、法治社会",null]]],
["complete-accurate-comprehensive-order","完整、全面、准确贯彻新发展理念。",[[3,8,"error","“全面、准确” should read “准确、全面” (the fixed form is 完整、准确、全面贯彻新发展理念)","准确、全面",null]]],
["propaganda-culture-conference","2023年6月召开的全国宣传思想文化工作会议提出习近平文化思想。",[[5,6,"error","“6” should read “10” (the conference met in October 2023)","10",null]]],
["talent-and-innovation-firsts","科技是第一动力、人才是第一资源、创新是第一生产力。",[[0,7,"error","“科技是第一动力” should read “科技是第一生产力” (science and technology are the first productive force, talent the first resource, innovation the first driving force)","科技是第一生产力",null],[16,24,"error","“创新是第一生产力” should read “创新是第一动力” (science and technology are the first productive force, talent the first resource, innovation the first driving force)","创新是第一动力",null]]],
["anniversary-count","2025年是新疆维吾尔自治区成立60周年。",[[16,18,"error","“60” should read “70” (2025 is the 70th anniversary (1955))",null,"70"]]],
["all-round-development-with-labour","2016年，学校坚持培养德智体美全面发展的人才。",[]],
["complete-accurate-comprehensive-order","全面、准确地反映情况。",[]],
["hong-kong-macao-office","2019年，国务院港澳事务办公室发表声明。",[]],
["plenary-adopts-proposals","十四届全国人大三次会议批准了规划纲要；二十届四中全会审议通过了规划的建议。",[]],
["anniversary-count","2024年是全国人民代表大会成立70周年。",[]],
  // The tenth blind set's families, and sentences that must stay unflagged.
["ecological-inspection-name","抓好中央生态环境保护督查反馈问题整改。",[[10,12,"error","“督查” should read “督察” (it is 督察 (inspection by the centre), not 督查)","督察",null]]],
["rule-of-law-government-outline-years","对照《法治政府建设实施纲要（2020—2025年）》推进工作。",[[14,18,"error","“2020” should read “2021” (the outline covers 2021—2025)","2021",null]]],
["harmonious-beautiful-villages","建设宜居宜业美丽乡村。",[[6,8,"error","“美丽” should read “和美” (the 20th Congress says 宜居宜业和美乡村)","和美",null]]],
["iron-must-be-hard","打铁还需自身硬，全面从严治党永远在路上。",[[0,7,"error","“打铁还需自身硬” should read “打铁必须自身硬” (since the 19th Congress: 打铁必须自身硬)",null,"打铁必须自身硬"]]],
["public-officials-sanctions-law","依照《公务员政务处分法》给予处分。",[[3,11,"error","“公务员政务处分法” should read “公职人员政务处分法” (the law is the 公职人员政务处分法)","公职人员政务处分法",null]]],
["inner-party-political-life-norms","认真执行《关于新时代党内政治生活的若干准则》。",[[7,10,"error","“新时代” should read “新形势下” (the norms are 关于新形势下党内政治生活的若干准则)","新形势下",null]]],
["exchanges-and-blending-order","促进各民族交流交往交融。",[[5,11,"error","“交流交往交融” should read “交往交流交融” (the fixed form is 交往交流交融)","交往交流交融",null]]],
["landscape-elements-order","坚持山水田林湖草沙一体化保护。",[[2,8,"error","“山水田林湖草” should read “山水林田湖草” (the fixed form is 山水林田湖草沙)","山水林田湖草",null]]],
["stronger-better-bigger","推动国有企业做大做强做优。",[[6,12,"error","“做大做强做优” should read “做强做优做大” (since the 19th Congress: 做强做优做大)","做强做优做大",null]]],
["non-public-encourage-support-guide","毫不动摇支持、鼓励、引导非公有制经济发展。",[[4,12,"error","“支持、鼓励、引导” should read “鼓励、支持、引导” (the fixed form is 鼓励、支持、引导)","鼓励、支持、引导",null]]],
["county-inspection-tours","县委第二巡视组进驻县交通运输局。",[[4,6,"error","“巡视” should read “巡察” (a county or city Party committee runs 巡察; 巡视 is by the centre and the provinces)",null,"巡察"]]],
["letters-and-visits-regulations","贯彻2022年5月1日起施行的《信访条例》。",[[16,20,"error","“信访条例” should read “信访工作条例” (since 2022 it is the 信访工作条例)","信访工作条例",null]]],
["fundamental-safety-campaign-years","深入开展安全生产治本攻坚三年行动（2023—2025年）。",[[17,26,"error","“2023—2025” should read “2024—2026” (the campaign covers 2024—2026)","2024—2026",null]]],
["soe-party-building-conference-year","2018年召开的全国国有企业党的建设工作会议指明了方向。",[[0,4,"error","“2018” should read “2016” (the conference met in October 2016)","2016",null]]],
["county-supervision-commission","2025年，县监察局共受理信访举报156件。",[[7,10,"error","“监察局” should read “监察委员会” (since 2018 local supervision bureaux are part of the supervision commissions)",null,"监察委员会"]]],
["county-emergency-management","2025年，县安全生产监督管理局开展隐患排查。",[[7,16,"error","“安全生产监督管理局” should read “应急管理局” (since the local restructuring of 2018–2019: 应急管理局)",null,"应急管理局"]]],
["political-abilities-order","不断提高政治领悟力、政治判断力、政治执行力。",[[4,15,"error","“政治领悟力、政治判断力” should read “政治判断力、政治领悟力” (the order is 政治判断力, 政治领悟力, 政治执行力)","政治判断力、政治领悟力",null]]],
["party-committee-role-order","公司党委发挥把方向、保落实、管大局的作用。",[[10,17,"error","“保落实、管大局” should read “管大局、保落实” (the order is 把方向, 管大局, 保落实)","管大局、保落实",null]]],
["good-cadre-standard-order","选拔信念坚定、勤政务实、为民服务、敢于担当、清正廉洁的好干部。",[[7,16,"error","“勤政务实、为民服务” should read “为民服务、勤政务实” (the good cadre standard: 信念坚定, 为民服务, 勤政务实, 敢于担当, 清正廉洁)","为民服务、勤政务实",null]]],
["npc-fundamental-system","坚持和完善人民代表大会制度这一基本政治制度。",[[5,21,"error","“人民代表大会制度这一基本政治制度” should read “人民代表大会制度这一根本政治制度” (the people’s congress system is the fundamental (根本) political system; the basic (基本) ones are the others)","人民代表大会制度这一根本政治制度",null]]],
["theme-education-year","2023年，公司党委扎实开展党纪学习教育。",[[0,4,"error","“2023” should read “2024” (that campaign ran in 2024)",null,"2024"]]],
["carbon-peak-and-neutrality-years","确保如期实现2035年前碳达峰目标。",[[6,10,"error","“2035” should read “2030” (carbon peak before 2030, neutrality before 2060)","2030",null]]],
["county-inspection-tours","中央第三巡视组进驻我省；县委巡察组进驻县交通运输局。",[]],
["county-supervision-commission","2016年，县监察局开展专项检查。",[]],
["iron-must-be-hard","2015年提出：打铁还需自身硬。",[]],
["stronger-better-bigger","推动国有资本和国有企业做强做优做大。",[]],
["ecological-inspection-name","开展安全生产督查。",[]],
["safety-policy-comprehensive-governance","全矿上下坚持安全第一、预防为主、综合管理的方针。",[[16,20,"error","“综合管理” should read “综合治理” (the safety policy is 安全第一、预防为主、综合治理)","综合治理",null]]],
["safety-policy-comprehensive-governance","坚持安全第一、预防为主、综合治理，抓好隐患排查。",[]],
["domestic-circulation-main-body-word","主动融入以国内大循环为主导、国内国际双循环相互促进的新发展格局。",[[11,13,"error","“主导” should read “主体” (the new development pattern takes the domestic circulation as its main body (主体))","主体",null]]],
["domestic-circulation-main-body-word","服务以国内大循环为主体、国内国际双循环相互促进的新发展格局。",[]],
["community-consciousness-no-destiny","全县以铸牢中华民族命运共同体意识为主线开展创建活动。",[[5,16,"error","“中华民族命运共同体意识” should read “中华民族共同体意识” (the fixed form is 中华民族共同体意识 (命运共同体 is said of humankind))","中华民族共同体意识",null]]],
["community-consciousness-no-destiny","推动构建人类命运共同体，铸牢中华民族共同体意识。",[]],
["sixteen-characters-law-abiding","推进科学立法、严格执法、公正司法、全民懂法。",[[17,21,"error","“全民懂法” should read “全民守法” (it is 全民守法)","全民守法",null]]],
["sixteen-characters-law-abiding","推进科学立法、严格执法、公正司法、全民守法。",[]],
["non-public-guide-not-regulate","毫不动摇鼓励、支持、规范非公有制经济发展。",[[10,12,"error","“规范” should read “引导” (the fixed form is 鼓励、支持、引导非公有制经济发展)","引导",null]]],
["non-public-guide-not-regulate","毫不动摇鼓励、支持、引导非公有制经济发展，依法规范民营企业经营行为。",[]],
["gender-equality-basic-state-policy","县妇联坚持男女平等基本原则，维护妇女儿童权益。",[[9,13,"error","“基本原则” should read “基本国策” (gender equality is a basic state policy (基本国策))","基本国策",null]]],
["gender-equality-basic-state-policy","贯彻男女平等基本国策，坚持按劳分配原则。",[]],
["two-maintenances-unified","坚决维护党中央权威和集中领导。",[[10,14,"error","“集中领导” should read “集中统一领导” (the 两个维护 say 集中统一领导)","集中统一领导",null]]],
["two-maintenances-unified","坚决维护党中央权威和集中统一领导。",[]],
["three-represents-productive-forces","始终代表中国先进生产力的前进方向。",[[12,16,"error","“前进方向” should read “发展要求” (the 三个代表 say 先进生产力的发展要求)","发展要求",null]]],
["three-represents-productive-forces","始终代表中国先进生产力的发展要求。",[]],
["three-represents-culture-requirement","始终代表中国先进文化的发展要求。",[[11,15,"error","“发展要求” should read “前进方向” (the 三个代表 say 先进文化的前进方向)","前进方向",null]]],
["three-represents-culture-requirement","积极发展先进文化，满足群众文化需求。",[]],
["four-forms-count","各级纪委精准运用“三种形态”，抓早抓小。",[[9,10,"error","“三” should read “四” (it is the 四种形态 of supervision and discipline)","四",null]]],
["four-forms-count","深化运用监督执纪“四种形态”，处理了三种形态以外的情形。",[]],
["rule-of-law-thought-name-variant","组织专题学习习近平依法治国思想。",[[6,15,"error","“习近平依法治国思想” should read “习近平法治思想” (the name is 习近平法治思想)","习近平法治思想",null]]],
["rule-of-law-thought-name-variant","组织专题学习习近平法治思想和全面依法治国的部署。",[]],
["eight-rules-count","严格执行中央七项规定精神。",[[6,7,"error","“七” should read “八” (it is the 中央八项规定)","八",null]]],
["eight-rules-count","严格执行中央八项规定精神和省委十项规定。",[]],
["three-governances-virtue","完善自治、法治、共治相结合的乡村治理体系。",[[8,10,"error","“共治” should read “德治” (grassroots governance combines 自治、法治、德治)","德治",null]]],
["three-governances-virtue","完善自治、法治、德治相结合的乡村治理体系，推进共建共治共享。",[]],
["two-mountains-are","践行绿水青山胜似金山银山的理念。",[[6,8,"error","“胜似” should read “就是” (the fixed form is 绿水青山就是金山银山)","就是",null]]],
["two-mountains-are","践行绿水青山就是金山银山的理念。",[]],
["poverty-alleviation-office","2025年，我县收到国务院扶贫办转来的材料。",[[10,16,"warning","“国务院扶贫办” should read “农业农村部（国家乡村振兴局）” (the poverty alleviation office became the National Rural Revitalization Administration in 2021, part of the agriculture ministry since 2023)",null,"农业农村部（国家乡村振兴局）"]]],
["poverty-alleviation-office","2019年，国务院扶贫办对我县开展考核评估。",[]],
["poverty-alleviation-office","原国务院扶贫开发领导小组办公室已重组为国家乡村振兴局。",[]],
["agency-health-local","2025年，由县卫生计生委牵头开展健康促进行动。",[[8,13,"warning","“卫生计生委” should read “卫生健康委” (the name since the local restructuring of 2018–2019)",null,"卫生健康委"]]],
["agency-health-local","2016年，市卫生和计划生育委员会开展义诊活动。",[]],
["five-identifications","不断增进各族群众“五个认同”，即对伟大祖国、中华民族、中华文化、中国特色社会主义的认同。",[[17,40,"error","“伟大祖国、中华民族、中华文化、中国特色社会主义” should read “伟大祖国、中华民族、中华文化、中国共产党、中国特色社会主义” (“五个认同” lacks “中国共产党”)",null,"伟大祖国、中华民族、中华文化、中国共产党、中国特色社会主义"]]],
["five-identifications","增进各族群众对伟大祖国、中华民族、中华文化、中国共产党、中国特色社会主义的认同。",[]],
["four-togethers","各族人民休戚与共、荣辱与共、患难与共、命运与共。",[[14,18,"error","“患难与共” should read “生死与共” (the four togethers are 休戚与共, 荣辱与共, 生死与共, 命运与共 (四个与共); “生死与共” is missing)",null,"生死与共"]]],
["four-togethers","各民族休戚与共、荣辱与共、生死与共、命运与共。",[]],
["safety-responsibility-system","落实党政同责、一岗双责、齐抓共管、尽职免责。",[[17,21,"error","“尽职免责” should read “失职追责” (the safety responsibility system is 党政同责, 一岗双责, 齐抓共管, 失职追责 (安全生产责任); “失职追责” is missing)",null,"失职追责"]]],
["safety-responsibility-system","落实党政同责、一岗双责、齐抓共管、失职追责，同时建立尽职免责机制。",[]],
["strong-military-goal","建设一支听党指挥、能打胜仗、纪律严明的人民军队。",[[14,18,"error","“纪律严明” should read “作风优良” (the goal of a strong military: 听党指挥, 能打胜仗, 作风优良 (强军目标); “作风优良” is missing)",null,"作风优良"]]],
["strong-military-goal","建设一支听党指挥、能打胜仗、作风优良的人民军队。",[]],
["party-building-led-by-political","坚持以党的思想建设为统领，全面加强党的各项建设。",[[5,9,"error","“思想建设” should read “政治建设” (the general requirement puts political building in the lead (以党的政治建设为统领))","政治建设",null]]],
["party-building-led-by-political","坚持以党的政治建设为统领，把思想建设作为基础性建设。",[]],
["self-revolution-distinct-mark","勇于自我革命是我们党区别于其他政党的根本标志。",[[18,22,"error","“根本标志” should read “显著标志” (self-revolution is the distinct mark (显著标志) of the Party)","显著标志",null]]],
["self-revolution-distinct-mark","勇于自我革命是我们党区别于其他政党的显著标志。",[]],
["business-environment-rule-of-law","打造市场化、规范化、国际化一流营商环境。",[[6,9,"error","“规范化” should read “法治化” (the business environment is 市场化、法治化、国际化)","法治化",null]]],
["business-environment-rule-of-law","打造市场化、法治化、国际化一流营商环境，推进市场化、规范化、专业化运营。",[]],
["first-agenda-item","严格落实“第一议程”制度，及时传达学习重要讲话精神。",[[5,9,"error","“第一议程” should read “第一议题” (it is the 第一议题 system)","第一议题",null]]],
["first-agenda-item","严格落实“第一议题”制度，会议第一议程是传达文件。",[]],
["delegate-regulate-serve","持续推进简政放权、放管结合、优化环境改革。",[[14,18,"error","“优化环境” should read “优化服务” (放管服 is 简政放权、放管结合、优化服务)","优化服务",null]]],
["delegate-regulate-serve","持续推进简政放权、放管结合、优化服务改革。",[]],
["beautiful-china-2035","锚定到2030年美丽中国目标基本实现，打好污染防治攻坚战。",[[3,7,"error","“2030” should read “2035” (the goal of a beautiful China is to be basically reached by 2035)","2035",null]]],
["beautiful-china-2035","锚定到2035年美丽中国目标基本实现，2030年前实现碳达峰。",[]],
["fengqiao-town","坚持小事不出村、大事不出县、矛盾不上交。",[[8,13,"error","“大事不出县” should read “大事不出镇” (the Fengqiao experience: 小事不出村、大事不出镇、矛盾不上交)","大事不出镇",null]]],
["fengqiao-town","坚持小事不出村、大事不出镇、矛盾不上交。",[]],
["three-guarantees-housing","确保义务教育、基本医疗、饮水安全有保障。",[[12,16,"error","“饮水安全” should read “住房安全” (the three guarantees are 义务教育、基本医疗、住房安全)","住房安全",null]]],
["three-guarantees-housing","确保义务教育、基本医疗、住房安全有保障和饮水安全。",[]],
["organizational-line-focus","贯彻新时代党的组织路线，以政治体系建设为重点。",[[13,19,"error","“政治体系建设” should read “组织体系建设” (the organizational line puts building the organizational system first (以组织体系建设为重点))","组织体系建设",null]]],
["organizational-line-focus","贯彻新时代党的组织路线，以组织体系建设为重点。",[]],
["one-post-two-duties","各级领导干部要切实履行一岗两责。",[[11,15,"error","“一岗两责” should read “一岗双责” (it is 一岗双责)","一岗双责",null]]],
["one-post-two-duties","各级领导干部要切实履行一岗双责。",[]],
["high-quality-development-primary-task","高质量发展是全面建设社会主义现代化国家的根本任务。",[[20,24,"error","“根本任务” should read “首要任务” (high-quality development is the primary task (首要任务))","首要任务",null]]],
["high-quality-development-primary-task","高质量发展是全面建设社会主义现代化国家的首要任务。",[]],
["double-reduction-title","贯彻《关于进一步减轻义务教育阶段学生课业负担和校外培训负担的意见》。",[[18,22,"error","“课业负担” should read “作业负担” (the title says 作业负担)","作业负担",null]]],
["double-reduction-title","贯彻《关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见》。",[]],
["health-strategic-position","把保障人民健康放在优先发展的重要位置。",[[14,18,"error","“重要位置” should read “战略位置” (the fixed form is 优先发展的战略位置)","战略位置",null]]],
["health-strategic-position","把保障人民健康放在优先发展的战略位置。",[]],
["national-security-economic-basis","以政治安全为根本、以经济安全为保障。",[[15,17,"error","“保障” should read “基础” (the holistic view of national security takes economic security as its basis (基础))","基础",null]]],
["national-security-economic-basis","以政治安全为根本、以经济安全为基础、以军事科技文化社会安全为保障。",[]],
["rule-of-law-integrated-building","坚持法治国家、法治政府、法治社会协同建设。",[[16,20,"error","“协同建设” should read “一体建设” (the fixed form is 一体建设)","一体建设",null]]],
["rule-of-law-integrated-building","坚持法治国家、法治政府、法治社会一体建设。",[]],
["three-distinctions-discipline","把为推动发展的无意过失，同为谋取私利的违法行为区分开来。",[[19,23,"error","“违法行为” should read “违纪违法行为” (the 三个区分开来 speak of 违纪违法行为)","违纪违法行为",null]]],
["three-distinctions-discipline","把为推动发展的无意过失，同为谋取私利的违纪违法行为区分开来。",[]],
["county-safety-supervision-short","2025年，县安监局开展专项检查。",[[7,10,"warning","“安监局” should read “应急管理局” (since the local restructuring of 2018–2019: 应急管理局)",null,"应急管理局"]]],
["county-safety-supervision-short","2016年，县安监局开展专项检查。",[]],
["modernization-essential-requirements-count","中国式现代化的本质要求包括坚持中国共产党领导等八个方面。",[[23,24,"error","“八” should read “九” (the essential requirements of Chinese modernization are nine)","九",null]]],
["modernization-essential-requirements-count","中国式现代化的本质要求包括坚持中国共产党领导等九个方面。",[]],
["three-majors-one-large","落实重大事项决策、重要干部任免、重大项目安排、重大合同签订。",[[23,29,"error","“重大合同签订” should read “大额度资金运作” (the 三重一大 are 重大事项决策, 重要干部任免, 重大项目安排, 大额度资金运作 (三重一大); “大额度资金运作” is missing)",null,"大额度资金运作"]]],
["three-majors-one-large","严格执行重大事项决策、重要干部任免、重大项目安排和大额度资金运作集体决策制度。",[]],
["three-majors-one-large","严格执行重大事项决策、重要干部任免、重大项目安排和重大合同签订均须集体研究。",[[25,31,"error","“重大合同签订” should read “大额度资金运作” (the 三重一大 are 重大事项决策, 重要干部任免, 重大项目安排, 大额度资金运作 (三重一大); “大额度资金运作” is missing)",null,"大额度资金运作"]]],
["four-not-removed","做到摘帽不摘责任、摘帽不摘政策、摘帽不摘帮扶、摘帽不摘资金。",[[23,29,"error","“摘帽不摘资金” should read “摘帽不摘监管” (the four not-removed are 责任, 政策, 帮扶, 监管 (四个不摘); “摘帽不摘监管” is missing)",null,"摘帽不摘监管"]]],
["four-not-removed","做到摘帽不摘责任、摘帽不摘政策、摘帽不摘帮扶、摘帽不摘监管。",[]],
["good-cadre-standard-members","坚持信念坚定、为民服务、勤政务实、敢于负责、清正廉洁的标准。",[[17,21,"error","“敢于负责” should read “敢于担当” (the good cadre standard: 信念坚定, 为民服务, 勤政务实, 敢于担当, 清正廉洁 (好干部标准); “敢于担当” is missing)",null,"敢于担当"]]],
["good-cadre-standard-members","坚持信念坚定、为民服务、勤政务实、敢于担当、清正廉洁的标准。",[]],
["four-lower-levels","推动宣传党的路线方针政策、调查研究、信访接待、服务群众下基层。",[[23,27,"error","“服务群众” should read “现场办公” (the four are 宣传党的政策, 调查研究, 信访接待, 现场办公 (四下基层); “现场办公” is missing)",null,"现场办公"]]],
["four-lower-levels","推动宣传党的路线方针政策、调查研究、信访接待、现场办公下基层。",[]],
["education-science-talent-strategic-support","教育、科技、人才是全面建设社会主义现代化国家的基础性、全局性支撑。",[[27,30,"error","“全局性” should read “战略性” (education, science and talent are the basic and strategic (战略性) support)","战略性",null]]],
["education-science-talent-strategic-support","教育、科技、人才是全面建设社会主义现代化国家的基础性、战略性支撑。",[]],
["global-civilization-initiative","落实全球发展倡议、全球安全倡议、全球文化倡议。",[[16,22,"error","“全球文化倡议” should read “全球文明倡议” (it is the Global Civilization Initiative (全球文明倡议))","全球文明倡议",null]]],
["global-civilization-initiative","落实全球发展倡议、全球安全倡议、全球文明倡议，繁荣地方文化。",[]],
["five-connections-people","推动政策沟通、设施联通、贸易畅通、资金融通、人心相通。",[[22,26,"error","“人心相通” should read “民心相通” (the five connections end with 民心相通)","民心相通",null]]],
["five-connections-people","推动政策沟通、设施联通、贸易畅通、资金融通、民心相通，做到人心相通。",[]],
["three-control-lines-town","划定生态保护红线、永久基本农田、城市开发边界。",[[16,22,"error","“城市开发边界” should read “城镇开发边界” (the three control lines end with 城镇开发边界)","城镇开发边界",null]]],
["three-control-lines-town","划定生态保护红线、永久基本农田、城镇开发边界，优化城市开发格局。",[]],
["learn-history-act","坚持学史明理、学史增信、学史崇德、学史笃行。",[[17,21,"error","“学史笃行” should read “学史力行” (one of “党史学习教育目标要求”, misspelt)","学史力行",null]]],
["learn-history-act","坚持学史明理、学史增信、学史崇德、学史力行。",[]],
["universal-security-world","建设持久和平、共同安全、共同繁荣、开放包容、清洁美丽的世界。",[[7,11,"error","“共同安全” should read “普遍安全” (it is 普遍安全)","普遍安全",null]]],
["universal-security-world","建设持久和平、普遍安全、共同繁荣、开放包容、清洁美丽的世界。",[]],
["two-creations-order","推动中华优秀传统文化创新性转化、创造性发展。",[[10,21,"error","“创新性转化、创造性发展” should read “创造性转化、创新性发展” (the fixed form is 创造性转化、创新性发展)","创造性转化、创新性发展",null]]],
["two-creations-order","推动中华优秀传统文化创造性转化、创新性发展。",[]],
["anti-gang-normalized","常态化开展扫黑除恶专项斗争。",[[5,13,"error","“扫黑除恶专项斗争” should read “扫黑除恶斗争” (the special campaign ended in 2021; since then it is 常态化开展扫黑除恶斗争)","扫黑除恶斗争",null]]],
["anti-gang-normalized","2019年，深入开展扫黑除恶专项斗争；今年常态化开展扫黑除恶斗争。",[]],
["two-mountains-order","践行青山绿水就是金山银山的理念。",[[2,6,"error","“青山绿水” should read “绿水青山” (the fixed form is 绿水青山就是金山银山)","绿水青山",null]]],
["two-mountains-order","守护青山绿水，践行绿水青山就是金山银山的理念。",[]],
["army-centenary-2027","确保2035年实现建军一百年奋斗目标。",[[2,6,"error","“2035” should read “2027” (the goal for the army’s centenary is due in 2027)","2027",null]]],
["army-centenary-2027","确保2027年实现建军一百年奋斗目标。",[]],
["seven-haves-weak-supported","在老有所养、住有所居、弱有所助上持续用力。",[[11,15,"error","“弱有所助” should read “弱有所扶” (the seventh is 弱有所扶)","弱有所扶",null]]],
["seven-haves-weak-supported","在老有所养、住有所居、弱有所扶上持续用力。",[]],
["new-productive-forces-features","新质生产力具有高科技、高效益、高质量特征。",[[11,14,"error","“高效益” should read “高效能” (the features are 高科技、高效能、高质量)","高效能",null]]],
["new-productive-forces-features","新质生产力具有高科技、高效能、高质量特征。",[]],
["three-battles-clean-soil","深入打好蓝天、碧水、青山保卫战。",[[10,12,"error","“青山” should read “净土” (the three battles are for blue skies, clear waters and clean land (净土))","净土",null]]],
["three-battles-clean-soil","深入打好蓝天、碧水、净土保卫战。",[]],
["education-power-outline-years","落实《教育强国建设规划纲要（2024—2030年）》。",[[19,23,"error","“2030” should read “2035” (the outline covers 2024–2035)","2035",null]]],
["education-power-outline-years","落实《教育强国建设规划纲要（2024—2035年）》。",[]],
["safe-china-higher-level","建设更高质量的平安中国。",[[2,6,"error","“更高质量” should read “更高水平” (the fixed form is 更高水平的平安中国)","更高水平",null]]],
["safe-china-higher-level","建设更高水平的平安中国。",[]],
["taiwan-leader-modified","关注台湾新任总统的两岸政策。",[[4,8,"error","“新任总统” should read “地区新任领导人” (say 台湾地区领导人)","地区新任领导人",null]]],
["taiwan-leader-modified","关注台湾地区新任领导人的两岸政策。",[]],
["agency-financial-regulation-local","2025年，配合银保监分局开展风险排查。",[[8,13,"warning","“银保监分局” should read “金融监管分局” (since the 2023 restructuring: the financial regulatory branch (金融监管分局))",null,"金融监管分局"]]],
["agency-financial-regulation-local","2021年，配合银保监分局开展风险排查。",[]],
["nine-yis-count","把握党的自我革命“十个以”的实践要求。",[[9,10,"error","“十” should read “九” (the practical requirements of self-revolution are the 九个以)","九",null]]],
["nine-yis-count","把握党的自我革命“九个以”的实践要求，落实“三个以”工作法。",[]],
["four-selfs","不断增强党自我净化、自我完善、自我革命、自我提高能力。",[[15,19,"error","“自我革命” should read “自我革新” (the four selfs are 自我净化, 自我完善, 自我革新, 自我提高 (四个自我); “自我革新” is missing)",null,"自我革新"]]],
["four-selfs","不断增强党自我净化、自我完善、自我革新、自我提高能力。",[]],
["harmony-with-nature-modernization","加快推进人与自然和谐共处的现代化。",[[8,12,"error","“和谐共处” should read “和谐共生” (Chinese modernization is one of harmony between humanity and nature (和谐共生))","和谐共生",null]]],
["high-degree-autonomy","贯彻“港人治港”、“澳人治澳”、高度自主的方针。",[[16,20,"error","“高度自主” should read “高度自治” (the principle is a high degree of autonomy (高度自治))","高度自治",null]]],
["landscape-elements-order","坚持山水林湖田草沙一体化保护。",[[2,8,"error","“山水林湖田草” should read “山水林田湖草” (the fixed form is 山水林田湖草沙)","山水林田湖草",null]]],
["delegate-regulate-serve","持续深化简政放权、放管结合、提升服务改革。",[[14,18,"error","“提升服务” should read “优化服务” (放管服 is 简政放权、放管结合、优化服务)","优化服务",null]]],
["health-strategic-position","把保障人民健康放在优先发展的战略地位。",[[14,18,"error","“战略地位” should read “战略位置” (the fixed form is 优先发展的战略位置)","战略位置",null]]],
["theme-education-year","2018年开展的“不忘初心、牢记使命”主题教育成效明显。",[[0,4,"error","“2018” should read “2019” (that campaign ran in 2019)",null,"2019"]]],
["three-tough-battles","我市在防范化解重大风险、精准脱贫、乡村振兴三大攻坚战中取得明显成效。",[[17,21,"error","“乡村振兴” should read “污染防治” (the three tough battles are 防范化解重大风险, 精准脱贫, 污染防治 (三大攻坚战); “污染防治” is missing)",null,"污染防治"]]],
["three-tough-battles","我市在防范化解重大风险、精准脱贫、污染防治三大攻坚战中取得决定性成就。",[]],
["three-new-one-high-pattern","公司立足新发展阶段、贯彻新发展理念、构建新发展体系，推动高质量发展。",[[20,25,"error","“新发展体系” should read “新发展格局” (the 三新一高 build the new development pattern (新发展格局))","新发展格局",null]]],
["three-new-one-high-pattern","公司立足新发展阶段、贯彻新发展理念、构建新发展格局，推动高质量发展。",[]],
["five-necessary-paths-count","支部专题学习“三个必由之路”的深刻内涵。",[[7,8,"error","“三” should read “五” (it is the 五个必由之路)","五",null]]],
["five-necessary-paths-count","支部专题学习“五个必由之路”的深刻内涵，走好改革发展的必由之路。",[]],
["two-upholds-centralized","坚决维护党中央权威和统一领导，确保政令畅通。",[[10,14,"error","“统一领导” should read “集中统一领导” (the 两个维护 say 党中央权威和集中统一领导)","集中统一领导",null]]],
["two-upholds-centralized","坚决维护党中央权威和集中统一领导，确保政令畅通。",[]],
["eight-rules-study-campaign","局党组认真开展深入学习中央八项规定精神专题教育。",[[7,23,"error","“深入学习中央八项规定精神专题教育” should read “深入贯彻中央八项规定精神学习教育” (the 2025 campaign is 深入贯彻中央八项规定精神学习教育)","深入贯彻中央八项规定精神学习教育",null]]],
["eight-rules-study-campaign","局党组认真开展深入贯彻中央八项规定精神学习教育。",[]],
["modernization-material-spiritual","中国式现代化是物质文明和精神文明相结合的现代化。",[[16,19,"error","“相结合” should read “相协调” (Chinese modernization is one of material and cultural-ethical advancement in harmony (相协调))","相协调",null]]],
["modernization-material-spiritual","中国式现代化是物质文明和精神文明相协调的现代化。",[]],
["energy-four-revolutions","推动能源消费革命、供给革命、技术革命、市场革命。",[[19,21,"error","“市场” should read “体制” (the fourth of the four energy revolutions is 能源体制革命)","体制",null]]],
["energy-four-revolutions","推动能源消费革命、能源供给革命、能源技术革命、能源体制革命。",[]],
["landscape-elements-sand","统筹山水林田湖草一体化保护和系统治理。",[[2,8,"warning","“山水林田湖草” should read “山水林田湖草沙” (since 2021 the formula is 山水林田湖草沙)",null,"山水林田湖草沙"]]],
["landscape-elements-sand","2019年，统筹山水林田湖草一体化保护和系统治理；今年统筹山水林田湖草沙系统治理。",[]],
["two-studies-one-action","推进“两学一做”学习教育，引导党员学党章党规、学系列讲话，争做先进党员。",[[31,35,"error","“先进党员” should read “合格党员” (两学一做 is 学党章党规, 学系列讲话, 做合格党员)",null,"合格党员"]]],
["two-studies-one-action","推进“两学一做”学习教育，引导党员学党章党规、学系列讲话，争做合格党员。",[]],
["high-quality-development-primary-task","高质量发展是全面建设社会主义现代化国家的第一要务。",[[20,24,"error","“第一要务” should read “首要任务” (high-quality development is the primary task (首要任务))","首要任务",null]]],
["promotion-law-titles","县农业农村局组织学习《中华人民共和国乡村振兴法》。",[[18,23,"error","“乡村振兴法” should read “乡村振兴促进法” (the law’s title ends in 促进法)","乡村振兴促进法",null]]],
["promotion-law-titles","县农业农村局组织学习《中华人民共和国乡村振兴促进法》，宣传乡村振兴法治保障。",[]],
["work-safety-law-title","组织企业负责人学习《安全生产管理法》。",[[10,17,"error","“安全生产管理法” should read “安全生产法” (the law is the 安全生产法)","安全生产法",null]]],
["work-safety-law-title","组织企业负责人学习《中华人民共和国安全生产法》，强化安全生产管理。",[]],
["discipline-regulations-title","支部逐条学习《中国共产党党纪处分条例》。",[[12,18,"error","“党纪处分条例” should read “纪律处分条例” (the regulations are the 纪律处分条例)","纪律处分条例",null]]],
["discipline-regulations-title","支部逐条学习《中国共产党纪律处分条例》，严明党纪。",[]],
["integrity-self-discipline-code","组织党员干部学习《中国共产党廉政自律准则》。",[[14,20,"error","“廉政自律准则” should read “廉洁自律准则” (the code is the 廉洁自律准则)","廉洁自律准则",null]]],
["integrity-self-discipline-code","组织党员干部学习《中国共产党廉洁自律准则》，加强廉政建设。",[]],
["rural-grassroots-regulations-title","村“两委”认真学习《中国共产党农村基层党组织工作条例》。",[[19,22,"error","“党组织” should read “组织” (the regulations are the 农村基层组织工作条例)","组织",null]]],
["rural-grassroots-regulations-title","村“两委”认真学习《中国共产党农村基层组织工作条例》，加强农村基层党组织建设。",[]],
["inner-party-norms-kind","严格执行《关于新形势下党内政治生活的若干规定》。",[[20,22,"error","“规定” should read “准则” (it is the 若干准则)","准则",null]]],
["inner-party-norms-kind","严格执行《关于新形势下党内政治生活的若干准则》。",[]],
["new-quality-productive-forces-name","加快培育新质量生产力。",[[4,10,"error","“新质量生产力” should read “新质生产力” (the term is 新质生产力)","新质生产力",null]]],
["new-quality-productive-forces-name","加快培育新质生产力，提升产品质量。",[]],
["holistic-national-security-name","坚持整体国家安全观，统筹发展和安全。",[[2,9,"error","“整体国家安全观” should read “总体国家安全观” (the term is 总体国家安全观)","总体国家安全观",null]]],
["holistic-national-security-name","坚持总体国家安全观，统筹发展和安全。",[]],
["one-network-service-vs-governance","推进政务服务“一网统管”、城市运行“一网通办”。",[[7,11,"error","“一网统管” should read “一网通办” (government services are 一网通办, city operation is 一网统管)","一网通办",null],[18,22,"error","“一网通办” should read “一网统管” (government services are 一网通办, city operation is 一网统管)","一网统管",null]]],
["one-network-service-vs-governance","推进政务服务“一网通办”、城市运行“一网统管”。",[]],
["physicians-law-title","组织医师学习《中华人民共和国执业医师法》。",[[14,19,"warning","“执业医师法” should read “医师法” (the 医师法 replaced the 执业医师法 on 1 March 2022)",null,"医师法"]]],
["physicians-law-title","2019年，组织医师学习《中华人民共和国执业医师法》；今年学习《中华人民共和国医师法》。",[]],
["fengqiao-new-era","坚持和发展新时期“枫桥经验”。",[[5,8,"warning","“新时期” should read “新时代” (since the 19th Congress it is 新时代“枫桥经验”)",null,"新时代"]]],
["fengqiao-new-era","2015年，坚持和发展新时期“枫桥经验”；今年坚持和发展新时代“枫桥经验”。",[]],
["npc-session-year","2024年全国两会期间，十四届全国人大三次会议审议通过政府工作报告。",[[19,20,"error","“三” should read “二” (the session of 2024 is the 二次会议 of the 十四届 NPC)",null,"二"]]],
["npc-session-year","2024年3月，十四届全国人大二次会议审议通过政府工作报告。",[]],
["five-revitalizations","统筹推进产业振兴、人才振兴、文化振兴、经济振兴、组织振兴。",[[19,23,"error","“经济振兴” should read “生态振兴” (the five revitalizations are 产业, 人才, 文化, 生态, 组织 (五大振兴); “生态振兴” is missing)",null,"生态振兴"]]],
["five-revitalizations","统筹推进产业振兴、人才振兴、文化振兴、生态振兴、组织振兴。",[]],
["four-disciplines","引导党员干部学纪、懂纪、明纪、守纪。",[[9,11,"error","“懂纪” should read “知纪” (the discipline campaign asks 学纪, 知纪, 明纪, 守纪 (学纪知纪明纪守纪); “知纪” is missing)",null,"知纪"]]],
["four-disciplines","引导党员干部学纪、知纪、明纪、守纪。",[]],
["whole-process-democracy","积极践行全过程民主。",[[4,9,"error","“全过程民主” should read “全过程人民民主” (the term is 全过程人民民主)","全过程人民民主",null]]],
];

function run(text: string) {
  const { findings } = analyzeReport(text, { format: "plaintext", locale: "en", only: ["wording"] });
  return findings.map((f) => [
    f.range.start.character,
    f.range.end.character,
    f.severity,
    f.message,
    f.fix ? f.fix.map((e) => e.newText).join("|") : null,
    f.suggestions ? f.suggestions.map((s) => s.edits.map((e) => e.newText).join("|")).join(";") : null,
  ]);
}

describe("wording dictionary", () => {
  it("has a test case for every entry, and every entry names its source", () => {
    const tested = new Set(CASES.map((c) => c[0]));
    for (const e of WORDING_ENTRIES) {
      expect(tested.has(e.id), e.id).toBe(true);
      expect(e.source).toMatch(/official\/[a-z0-9-]+\.txt:\d+|《.+》|公报/);
    }
  });

  it.each(CASES)("%s: %s", (_id, text, expected) => {
    expect(run(text)).toEqual(expected);
  });

  it.each(CASES.filter((c) => c[2].some((f) => f[4] !== null)))("%s: the fix leaves no wording finding", (_id, text) => {
    const { findings } = analyzeReport(text, { format: "plaintext", locale: "en", only: ["wording"] });
    let fixed = text;
    for (const f of [...findings].reverse()) if (f.fix) for (const e of f.fix) fixed = fixed.slice(0, e.span.start) + e.newText + fixed.slice(e.span.end);
    expect(run(fixed).filter((f) => f[4] !== null)).toEqual([]);
  });
});

describe("wording: standard forms and look-alikes are left alone", () => {
  it.each([
    "全面贯彻习近平新时代中国特色社会主义思想，深入学习习近平经济思想、习近平法治思想和习近平生态文明思想。",
    "在以习近平同志为核心的党中央坚强领导下，坚持“三个代表”重要思想。",
    "统筹推进“五位一体”总体布局，协调推进“四个全面”战略布局。",
    "构建炼铁、炼钢、轧钢“三位一体”远程集控模式，推进技能、体能、战术“四位一体”训练。",
    "增强“四个意识”、坚定“四个自信”、做到“两个维护”，深刻领悟“两个确立”的决定性意义。",
    "增强政治意识、大局意识、核心意识、看齐意识。",
    "增强政治意识、责任意识和服务意识。",
    "树牢三个意识：服务意识、质量意识、安全意识。",
    "公司提出“三个自信”：产品自信、服务自信、品牌自信。",
    "牢固树立服务意识、质量意识、安全意识三个意识。",
    "加强经济建设、文化建设和社会建设。",
    "全面从严治党工作取得新成效，全面深化改革持续推进。",
    "环保部门和国土资源部门加强协作，原国土资源部已撤销。",
    "做好农业部署，文化部门加强指导。",
    "学习习近平总书记关于安全生产的重要论述和重要指示批示精神。",
    "学习贯彻党的二十大和二十届三中全会精神，编制“十五五”规划。",
    "2025年是“十四五”规划收官之年，2026年是“十五五”开局之年。",
    "第十四个意识形态工作责任制检查组。",
    "第十四届全国人民代表大会第三次会议审议通过。2024年7月召开的党的二十届三中全会作出部署。",
    "“十四五”时期（2021—2025年），党的十九届五中全会审议通过关于制定“十四五”规划的建议。",
    "原中央全面深化改革领导小组更名为委员会。共建“一带一路”倡议取得新成效。",
    "深入学习习近平生态文明思想和习近平法治思想，坚持“三个代表”重要思想。",
    "牢记“三个务必”，深刻领悟“两个确立”的决定性意义。",
    "2019年深入推进扫黑除恶专项斗争。扫黑除恶专项斗争取得决定性成果。",
    "坚持创新驱动，推动协调发展。",
    "坚持“三会一课”，按时召开党员大会、支委会、党小组会，上好党课。",
    "落实“三会一课”制度，召开支部委员会会议、支部党员大会和党小组会议。",
    "深化“两学一做”，学党章党规、学系列讲话、做合格党员。",
    "党的十八届三中全会作出全面深化改革若干重大问题的决定，党的二十届三中全会部署进一步全面深化改革。",
    "党的十九届四中全会审议通过关于坚持和完善中国特色社会主义制度的决定。自十九届三中全会以来，我们持续深化改革，进一步全面深化改革。",
    "党的二十大于2022年10月召开。2022年召开的党的二十大擘画了宏伟蓝图。",
    "党的十八大以来，中国特色社会主义进入新时代。改革开放新时期取得巨大成就。",
    "坚决维护习近平总书记党中央的核心、全党的核心地位，坚决维护党中央权威和集中统一领导。",
    "坚持“两个结合”，把马克思主义基本原理同中国具体实际相结合、同中华优秀传统文化相结合。",
    "加强思想政治工作，坚持邓小平理论。原国土资源厅的职责划入自然资源厅，环境保护部门加强监管。",
    "学习贯彻习近平总书记考察我市时的重要讲话精神和重要指示批示精神。",
    "推进社会主义经济建设、政治建设、文化建设、社会建设，加快全面建设小康社会进程。",
    "二十届三中全会部署的改革任务纳入“十五五”规划。",
    "牢记“三个务必”，务必不忘初心、牢记使命，务必谦虚谨慎、艰苦奋斗，务必敢于斗争、善于斗争。",
    "2018年3月，中央全面深化改革领导小组改为中央全面深化改革委员会。",
    "2018年，组建国家卫生健康委员会，不再保留国家卫生和计划生育委员会。",
    "2016年，国土资源部印发通知，部署耕地保护工作。",
    "“十五”计划时期（2001—2005年），经济保持较快增长。以毛泽东同志为首的党中央。",
    "建成富强民主文明和谐美丽的社会主义现代化强国。2012年，党的十八大提出建成富强民主文明和谐的社会主义现代化国家。",
    "增强“四个意识”、坚定“四个自信”，完整、准确、全面贯彻新发展理念，加快构建新发展格局。",
    "支持广西壮族自治区、宁夏回族自治区、新疆维吾尔自治区、内蒙古自治区、西藏自治区发展。",
    "2024年3月，十四届全国人大二次会议胜利召开。2020年，银保监会出台措施。",
    "2023年，组建国家金融监督管理总局，不再保留中国银行保险监督管理委员会。",
    "2025年是新中国成立76周年。2021年，隆重庆祝建党100周年。",
    "2016年工作总结\n\n深入学习贯彻习近平总书记系列重要讲话精神。",
    "当前，我国社会主要矛盾是人民日益增长的物质文化需要同落后的社会生产之间的矛盾。",
    "2025年工作总结\n\n党的十九大指出，社会主要矛盾已经由人民日益增长的物质文化需要同落后的社会生产之间的矛盾转化为新的矛盾。",
    "2016年，协调推进全面建成小康社会、全面深化改革、全面依法治国、全面从严治党的战略布局。",
    "坚持和完善民族区域自治制度、基层群众自治制度等基本政治制度，人民代表大会制度是根本政治制度。",
    "2012年12月中央政治局审议通过的中央八项规定，2024年1月召开的二十届中央纪委三次全会。",
    "防范化解重大风险，警惕安全生产的危险、交通出行的危险、用火用电的危险、溺水游泳的危险。",
    "坚持“十个明确”“十四个坚持”“十三个方面成就”。学习贯彻习近平总书记关于党的建设的重要思想。",
    "一体推进不敢腐、不能腐、不想腐，推进产业兴旺、生态宜居、乡风文明、治理有效、生活富裕。",
    "发挥国际大循环作用，全方位推进开放，全体人民共同富裕的现代化。",
    "坚持以经济建设为中心。\n\n当前，我国社会主要矛盾是人民日益增长的物质文化需要同落后的社会生产之间的矛盾。",
    "中港集团承建的港口项目，深化中澳经贸合作，中台化改造。",
    "推动宣传党的政策、调查研究、信访接待、现场办公下基层，纠治形式主义、官僚主义、享乐主义、奢靡之风。",
    "毫不动摇巩固和发展公有制经济，毫不动摇鼓励、支持、引导非公有制经济发展。",
    "学习习近平总书记关于党的建设的重要思想和关于党的自我革命的重要思想。",
    "2012年12月，中央政治局审议通过了关于改进工作作风、密切联系群众的八项规定。12月召开的中央经济工作会议。",
    "到2035年基本实现社会主义现代化，到本世纪中叶建成社会主义现代化强国。2020年全面建成小康社会。",
    "原县工商局并入县市场监督管理局。中国台湾地区。十九届六中全会决议提出“十个明确”。",
    "公司坚持安全第一、预防为主、综合治理、以人为本、科技兴安、持续改进六项方针。",
    "打好防范化解重大风险、精准脱贫、污染防治的攻坚战，做好稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期工作。",
    "发扬优良传统，发挥党员先锋模范作用。提高思想觉悟和发扬艰苦奋斗、勤俭节约的风尚具有积极作用。",
    "12月13日是南京大屠杀死难者国家公祭日，12月4日是国家宪法日。2019年开展“不忘初心、牢记使命”主题教育。",
    "深化“千村示范、万村整治”工程，坚持以政治安全为根本，秉持共商共建共享原则。",
    "党的十九届六中全会通过的历史决议。深入学习习近平法治思想和习近平生态文明思想。",
    "增强“四个意识”、坚定“四个自信”。坚持科学立法、严格执法、公正司法、全民守法。1997年7月1日香港回归。",
    "全国人大常委会委员、全国政协委员。台湾当局。2022年10月召开的党的二十大。1999年12月20日，澳门回归祖国。",
    "倡导自由、平等、公正、法治，做到严以修身、严以用权、严以律己。“两学一做”学习教育。",
  ])("%s", (text) => {
    expect(run(text)).toEqual([]);
  });

  it("reads the document's year from its title and its era from what it names", async () => {
    const { wordingContextOf } = await import("../../src/core");
    expect(wordingContextOf("2025年工作总结\n\n正文。")).toEqual({ documentYear: 2025, newEra: false });
    expect(wordingContextOf("工作总结\n\n深入学习贯彻党的二十大精神。")).toEqual({ documentYear: undefined, newEra: true });
    expect(wordingContextOf("工作总结\n\n编制“十四五”规划。")).toEqual({ documentYear: undefined, newEra: true });
    expect(wordingContextOf("工作总结\n\n落实十八届三中全会部署，编制“十三五”规划。")).toEqual({ documentYear: undefined, newEra: false });
  });

  it("reads 今年 against the year in the title", () => {
    expect(run("2025年工作总结\n\n今年是“十五五”开局之年。").map((f) => f[3])).toEqual([
      "「“十五五”开局之年」 should read 「“十四五”收官之年」 (the 十五五 period is 2026—2030; 2025 is the last year of 十四五)",
    ]);
    // A heading such as 一、2024年工作回顾 is not a title.
    expect(run("一、2024年工作回顾\n\n今年是“十四五”规划收官之年。")).toEqual([]);
  });

  it("never flags inside code", () => {
    const { findings } = analyzeReport("正文。\n\n`习总书记`\n\n```\n习总书记\n```\n", { format: "markdown", locale: "en", only: ["wording"] });
    expect(findings).toEqual([]);
  });
});

describe('phrase bank', () => {
  it('has the pinyin initials of every canonical expression (rebuild: node scripts/build-language-data.mjs --phrases)', async () => {
    const { phraseBank, phraseTexts } = await import('../../src/core/language/phrases');
    expect(phraseBank().map((p) => p.text)).toEqual(phraseTexts());
    for (const p of phraseBank()) expect(p.initials, p.text).toMatch(/^[a-z]{2,}$/);
    expect(phraseBank().find((p) => p.text === '习近平新时代中国特色社会主义思想')?.initials).toBe('xjpxsdzgtsshzysx');
    expect(phraseBank().find((p) => p.text === '坚决做到“两个维护”')?.initials).toBe('jjzdlgwh');
  });
});

/**
 * A set of sentences written blind (drafted, meant, what is wrong or "clean"): every clean one
 * unflagged, and the errors found but for the ones listed (each by its first ten characters).
 */
function blindSet(file: string, missed: string[], cleanCount = 40): void {
  describe(`wording: a set written blind (${file})`, () => {
    const rows = fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split('\t'));
    const flagged = (text: string) => analyzeReport(text, { format: 'plaintext', locale: 'en', only: ['wording', 'typo'] }).findings.length > 0;
    // (Rows are draft and meant, or, from the fourth set on, draft, `clean` or `error`, and a note.)
    const isClean = ([draft, second]: string[]) => second === 'clean' || draft === second;
    it(`flags none of its ${cleanCount} clean sentences`, () => {
      const clean = rows.filter(isClean);
      expect(clean.length).toBe(cleanCount);
      expect(clean.filter(([draft]) => flagged(draft)).map(([draft]) => draft)).toEqual([]);
    });
    it(`finds ${40 - missed.length} of its 40 errors; the misses are the ones the README names`, () => {
      const errors = rows.filter((row) => !isClean(row));
      expect(errors.length).toBe(40);
      expect(errors.filter(([draft]) => !flagged(draft)).map(([draft]) => draft.slice(0, 10)).sort()).toEqual([...missed].sort());
    });
  });
}

blindSet('test/fixtures/wording-blind.tsv', []);
blindSet('test/fixtures/wording-blind-2.tsv', [
  '局党组坚持把深入学习', // 新时代中国特色社会主义思想 without 习近平: the 20th Congress report writes it so
]);
blindSet('test/fixtures/wording-blind-3.tsv', [
  '当前，我国社会主要矛', // the principal contradiction in its pre-2017 wording
]);
blindSet('test/fixtures/wording-blind-15.tsv', ['我镇第一时间传达学习', '我校把“六个必须坚持']);
blindSet('test/fixtures/wording-blind-14.tsv', ['全县新型农村合作医疗', '深刻理解“八个明确”']);
blindSet('test/fixtures/wording-blind-13.tsv', ['落实立德树人根本任务'], 20);
blindSet('test/fixtures/wording-blind-12.tsv', [], 20);
blindSet('test/fixtures/wording-blind-11.tsv', ['全面贯彻党的教育方针'], 20);
blindSet('test/fixtures/wording-blind-10.tsv', [
  '局党组切实履行全面从', // 主体责任 and 监督责任 swapped between the Party group and the discipline team: two words far apart
  '不断增进各族群众对伟', // the fifth of the 五个认同 (中国特色社会主义) written 社会主义制度 at the end of a clause running on
  '自2013年12月中', // the year of the eight-point rules written before them
]);
blindSet('test/fixtures/wording-blind-9.tsv', [
  '2024年12月召开', // 稳健 for 适度宽松的货币政策 after the December 2024 conference: a yearly stance, not kept
  '全面贯彻党的教育方针', // 德智体美 without 劳 in an undated sentence (flagged in a document dated 2018 or later, or of the new era)
]);
blindSet('test/fixtures/wording-blind-8.tsv', [
  '2025年，要认真落', // 稳健的货币政策 in 2025 (适度宽松 since the December 2024 conference): a yearly stance, not kept
]);
blindSet('test/fixtures/wording-blind-7.tsv', []);
blindSet('test/fixtures/wording-blind-6.tsv', []);
blindSet('test/fixtures/wording-blind-5.tsv', []);
blindSet('test/fixtures/wording-blind-4.tsv', [
  '当前，我国社会主要矛', // the principal contradiction in its pre-2017 wording, in an undated text
]);
