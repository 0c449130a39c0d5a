import { loadLanguageDataSync } from '../../src/node/languageData';

loadLanguageDataSync();
