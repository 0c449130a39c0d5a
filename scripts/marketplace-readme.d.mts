/** The README the .vsix ships, made from the project README (see marketplace-readme.mjs). */
export function marketplaceReadme(text: string): string;
