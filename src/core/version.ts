/** The library version; kept equal to package.json (a test checks). */
export const VERSION = '0.2.0';
