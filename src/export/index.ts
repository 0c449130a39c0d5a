/**
 * The Word export and the preview's HTML: pure functions of the engine's model,
 * shared by the CLI and the desktop and web extensions.
 */
export { exportDocx, packDocx, buildDocument, type DocxOptions } from './docx';
export { isTitleMode, layoutReport, plainText, TITLE_MODES, type TitleMode, charWidth, type Block, type BlockKind, type Inline, type LayoutOptions, type LayoutProblem, type ReportLayout } from './layout';
export { renderPreviewBody, renderPreviewPage, previewStyles, type PreviewOptions, type PreviewPageOptions } from './html';
export * as gbt9704 from './constants';
