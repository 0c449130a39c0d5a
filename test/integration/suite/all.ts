// Every suite file of the integration tests; the runner's bootstrap (test/integration/index.ts) imports this list.
import './diagnostics.test';
import './checkCommand.test';
import './symbols.test';
import './plaintext.test';
import './insertSection.test';
import './snippets.test';
import './codeActions.test';
import './placeholders.test';
import './outlineView.test';
import './maskedReport.test';
import './configFile.test';
import './preview.test';
import './localization.test';
import './responsiveness.test';
import './language.test';
import './proofreading.test';
import './docx.test';
