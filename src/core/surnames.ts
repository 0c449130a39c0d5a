/**
 * Chinese surnames, commonest first (about nine in ten people bear one of these), one character
 * each. Shared by the checks that read a name by its surname: a titled name's variant
 * (language/titledNames.ts) and a name withheld on purpose before 某某 (placeholders.ts).
 */
export const SURNAMES_BY_FREQUENCY =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康葛易乔柳施文牛樊邢安齐伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻厉伊仝郜阚花权帅屠豆朴盖练廉禹井祖漆巴丰支卿狄计索宣晋初门云容敬扈晁芮普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况宿鲜印逯隆茹诸战慕危玉银亢嵇哈湛宾戎勾茅揭尉冶斯束檀衣展阴昝智幸奉植衡富尧闭';

/** All of them, for a lookup. */
export const SURNAMES = new Set(SURNAMES_BY_FREQUENCY);

/**
 * The 108 commonest (down to 柳): before 某某 they make a name withheld on purpose (刘某某). A rarer
 * surname's character is as often the last of a word before a blank (有关某某, 相关某某: 关), so
 * there 某某 stays a placeholder.
 */
export const COMMON_SURNAMES = new Set(SURNAMES_BY_FREQUENCY.slice(0, 108));
