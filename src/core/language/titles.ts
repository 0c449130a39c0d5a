/** Titles that a person's name stands beside (县长李明华, 王主任); the longer ones hold the shorter (副县长 of 县长). */
export const TITLES = [
  '书记', '县长', '市长', '省长', '区长', '镇长', '乡长', '村长', '州长', '旗长', '主任', '局长', '处长', '科长', '部长',
  '厅长', '院长', '校长', '所长', '站长', '队长', '组长', '经理', '董事长', '主席', '秘书长', '总裁', '总监', '厂长',
  '行长', '社长', '会长', '理事长', '委员长', '总理', '政委', '检察长', '庭长', '主编', '教授', '主任委员', '巡视员',
  '调研员', '支书', '委员', '护士长', '老师', '医生', '医师', '工程师', '班长', '主管', '馆长', '台长', '团长',
  // (Roles a name follows in reports of power plants, police stations, schools, courts and hospitals:
  // 值长张建军, 民警王海涛, 教师陈思雨, 临床药师何静怡.)
  '值长', '民警', '辅警', '教师', '技师', '专工', '法官', '检察官', '警官', '律师', '护士', '药师', '护师',
  // (And of ships and aircraft: 船长王志鹏, 机长.)
  '船长', '机长', '轮机长',
  // (And of farms, salt fields and mines: 郑宏涛场长, 矿长.)
  '场长', '矿长',
  // (And of kindergartens and school clinics: 保健医王淑芬, 园长, 校医.)
  '保健医', '园长', '校医',
];
